"""Dialogue answers written by helper dial18 from the question list only, before reading the reader.

Each case: (dialogue, question key, what staff types, expected, fills).
- dialogue: "t" = first contact (triage), "s" = safety mapping.
- expected: the value stored for the question's own key; ``None`` = null (refusal / unknown);
  ``Hedge(v)`` = the answer is read back once as ``v`` (unsure); ``REASK`` = asked again.
  For «Hvem er hun/han redd for» in the first contact the expected value is the feared_persons list.
- fills: later questions this answer also answers in passing, with the value; any other fill is false.
Data only (no test functions): the sweep in /work/notes/dial18-scripts measures it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Hedge:
    """An unsure answer: read back once as this value before it is stored."""

    value: Any


REASK = "REASK"

Case = tuple[str, str, str, Any, dict[str, Any]]

CASES: list[Case] = [
    # ---- first contact: contact_mode
    ("t", "contact_mode", "ringte rett før fire i natt", "telefon", {}),
    ("t", "contact_mode", "hun sto plutselig på trappa", "oppmote", {}),
    ("t", "contact_mode", "politiet kjørte ham hit", "brakt_av_politiet", {}),
    ("t", "contact_mode", "legevakta fulgte henne hit", "brakt_av_annen_tjeneste", {}),
    ("t", "contact_mode", "ho kom sjølv, nei vent, ho ringde først", "telefon", {}),
    ("t", "contact_mode", "via chat", "annet", {}),
    ("t", "contact_mode", "barnevernet kom med henne og to unger", "brakt_av_annen_tjeneste", {}),
    ("t", "contact_mode", "she called", "telefon", {}),
    # acute_danger
    ("t", "acute_danger", "nei ikke nå, han er på jobb", False, {}),
    ("t", "acute_danger", "neppe", Hedge(False), {}),
    ("t", "acute_danger", "vanskelig å si", None, {}),
    ("t", "acute_danger", "ho veit ikkje kvar han er", None, {}),
    ("t", "acute_danger", "ikkje akutt", False, {}),
    ("t", "acute_danger", "not right now, she is safe here", False, {}),
    ("t", "acute_danger", "nei tror ikke det", Hedge(False), {}),
    ("t", "acute_danger", "nei, hun er her på senteret", False, {}),
    # interpreter_needed / language
    ("t", "interpreter_needed", "ja, somali", True, {"language": "somali"}),
    ("t", "interpreter_needed", "nei hun snakker godt norsk", False, {}),
    ("t", "interpreter_needed", "tigrinja", True, {"language": "tigrinja"}),
    ("t", "interpreter_needed", "kanskje, hun forstår litt norsk", Hedge(True), {}),
    ("t", "interpreter_needed", "nei, engelsk går fint", False, {}),
    ("t", "interpreter_needed", "ja trenger tolk", True, {}),
    ("t", "language", "dari tror jeg", Hedge("dari"), {}),
    ("t", "language", "polsk", "polsk", {}),
    ("t", "language", "vet ikke hvilket språk ennå", None, {}),
    # why_contact_now (free text)
    ("t", "why_contact_now", "vil ikke si", None, {}),
    ("t", "why_contact_now", "han slo henne foran barna i går", "han slo henne foran barna i går", {}),
    ("t", "why_contact_now", "det har ho ikkje sagt", None, {}),
    # perpetrator_relation (feared_persons list)
    ("t", "perpetrator_relation", "mannen", ["ektemann"], {}),
    ("t", "perpetrator_relation", "kona hans", ["kone"], {}),
    ("t", "perpetrator_relation", "kjæresten hennes, hun er også kvinne", ["partner"], {}),
    ("t", "perpetrator_relation", "mannen hans", ["ektemann"], {}),
    ("t", "perpetrator_relation", "faren og to onkler", ["far", "storfamilie"], {}),
    ("t", "perpetrator_relation", "eksen, nei samboeren hun har nå", ["partner"], {}),
    ("t", "perpetrator_relation", "sønnen på 30", ["sonn"], {}),
    ("t", "perpetrator_relation", "vil ikke si hvem", None, {}),
    ("t", "perpetrator_relation", "svigerforeldrene", ["svigerfamilie"], {}),
    ("t", "perpetrator_relation", "her ex-husband", ["eksmann"], {}),
    ("t", "perpetrator_relation", "barnemora", ["barnemor"], {}),
    ("t", "perpetrator_relation", "hele familien hennes", ["storfamilie"], {}),
    # violence_forms
    ("t", "violence_forms", "slag og spark", ["fysisk"], {}),
    ("t", "violence_forms", "han tar alle pengene og sjekker mobilen", ["okonomisk", "digital"], {}),
    ("t", "violence_forms", "truer og knuser ting", ["psykisk", "materiell"], {}),
    ("t", "violence_forms", "tvinger henne til sex", ["seksuell"], {}),
    ("t", "violence_forms", "ho vil ikkje fortelje", None, {}),
    ("t", "violence_forms", "familien vil gifte henne bort mot hennes vilje", ["tvangsekteskap"], {}),
    ("t", "violence_forms", "mest psykisk, kontroll", ["psykisk"], {}),
    # escalated
    ("t", "escalated", "ja verre siden jul", True, {}),
    ("t", "escalated", "samme som før", False, {}),
    ("t", "escalated", "veit ikkje", None, {}),
    ("t", "escalated", "nei, men det har vart lenge", False, {}),
    ("t", "escalated", "trur det", Hedge(True), {}),
    ("t", "escalated", "yes much worse", True, {}),
    # perpetrator_knows
    ("t", "perpetrator_knows", "nei hun har ikke sagt noe", False, {}),
    ("t", "perpetrator_knows", "han aner nok ingenting", Hedge(False), {}),
    ("t", "perpetrator_knows", "ja han kjørte henne hit", True, {}),
    ("t", "perpetrator_knows", "ikke sikker", None, {}),
    ("t", "perpetrator_knows", "ho har ikkje sagt det til han", False, {}),
    # police_aware
    ("t", "police_aware", "ja, anmeldt i fjor", True, {}),
    ("t", "police_aware", "nei, hun vil ikke ha politiet inn", False, {}),
    ("t", "police_aware", "naboen ringte politiet en gang", True, {}),
    ("t", "police_aware", "det ville hun ikke svare på", None, {}),
    ("t", "police_aware", "nei, men de har vært på døra en gang for bråk", True, {}),
    # children_count
    ("t", "children_count", "to, nei tre barn", 3, {}),
    ("t", "children_count", "ingen", 0, {}),
    ("t", "children_count", "ett barn på 4", 1, {}),
    ("t", "children_count", "tre, to av dem er hos faren nå", 3, {"children_with_perpetrator": True}),
    ("t", "children_count", "har ikke spurt", None, {}),
    ("t", "children_count", "ho har to born, begge med henne her", 2, {"children_with_perpetrator": False}),
    ("t", "children_count", "voksne barn, to", 2, {}),
    ("t", "children_count", "nei", 0, {}),
    ("t", "children_count", "tvillinger", 2, {}),
    ("t", "children_count", "hun er gravid, ingen barn ennå", 0, {}),
    ("t", "children_count", "2 eller 3, usikker", None, {}),
    # children_with_perpetrator
    ("t", "children_with_perpetrator", "ja den minste er hos faren", True, {}),
    ("t", "children_with_perpetrator", "nei de er hos mormor", False, {}),
    ("t", "children_with_perpetrator", "kanskje, hun vet ikke hvor de er", None, {}),
    ("t", "children_with_perpetrator", "ja hos mora deira", True, {}),
    # feared_for_life
    ("t", "feared_for_life", "ja flere ganger", True, {}),
    ("t", "feared_for_life", "ikke nå lenger, men i sommer", True, {}),
    ("t", "feared_for_life", "nei", False, {}),
    ("t", "feared_for_life", "det vil ho ikkje snakke om", None, {}),
    ("t", "feared_for_life", "sikkert", Hedge(True), {}),
    ("t", "feared_for_life", "no comment", None, {}),
    # information_given
    ("t", "information_given", "alt", ["tilbudet", "taushetsplikt", "opplysningsplikt_barnevern", "samtykke_politi", "gratis_uten_henvisning"], {}),  # noqa: E501
    ("t", "information_given", "bare taushetsplikt", ["taushetsplikt"], {}),
    ("t", "information_given", "ingenting ennå", [], {}),
    ("t", "information_given", "alt unntatt opplysningsplikten", ["tilbudet", "taushetsplikt", "samtykke_politi", "gratis_uten_henvisning"], {}),  # noqa: E501
    ("t", "information_given", "taushetsplikt og at det er gratis", ["taushetsplikt", "gratis_uten_henvisning"], {}),
    # help_needed
    ("t", "help_needed", "trenger et sted å sove i natt", ["botilbud"], {}),
    ("t", "help_needed", "bare snakke med noen", ["dagtilbud"], {}),
    ("t", "help_needed", "info om rettigheter og henvisning til advokat", ["informasjon", "henvisning"], {}),
    ("t", "help_needed", "vet ikke helt hva hun vil", None, {}),
    ("t", "help_needed", "bu her ei stund", ["botilbud"], {}),
    # going_home
    ("t", "going_home", "nei hun blir", False, {}),
    ("t", "going_home", "ja hun skal hjem til han i morgen", True, {}),
    ("t", "going_home", "hun tenker på det", Hedge(True), {}),
    ("t", "going_home", "ho veit ikkje enno", None, {}),
    ("t", "going_home", "nei, men hun skal hente klær der i morgen", False, {}),
    # registration_consent / consent_form
    ("t", "registration_consent", "ja, skrev under", True, {"consent_form": "skriftlig"}),
    ("t", "registration_consent", "ja muntlig", True, {"consent_form": "muntlig"}),
    ("t", "registration_consent", "nei, hun vil ikke registreres", False, {}),
    ("t", "registration_consent", "ikke spurt ennå", None, {}),
    ("t", "registration_consent", "ja", True, {}),
    ("t", "consent_form", "hun sa det", "muntlig", {}),
    ("t", "consent_form", "signerte skjemaet", "skriftlig", {}),
    ("t", "consent_form", "muntleg", "muntlig", {}),
    # ---- safety mapping
    ("s", "why_contact_now", "orket ikke mer", "orket ikke mer", {}),
    ("s", "why_contact_now", "ønsker ikke å si", None, {}),
    ("s", "what_happened", "det har ho ikkje fortalt", None, {}),
    ("s", "what_happened", "han dyttet henne ned trappa", "han dyttet henne ned trappa", {}),
    ("s", "feared_persons", "kona", ["kone"], {}),
    ("s", "feared_persons", "faren og brødrene", ["far", "bror"], {}),
    ("s", "feared_persons", "mannen og svigermor", ["ektemann", "svigerfamilie"], {}),
    ("s", "feared_persons", "kjæresten, en mann", ["partner"], {}),
    ("s", "feared_persons", "the ex", ["eks"], {}),
    ("s", "feared_persons", "vil ikkje seie", None, {}),
    ("s", "feared_persons", "mora og søstera hans", ["mor", "soster"], {}),
    ("s", "feared_persons", "eks-kona", ["ekskone"], {}),
    ("s", "why_afraid", "han har truet med å ta barna", "han har truet med å ta barna", {}),
    ("s", "why_afraid", "vet ikke", None, {}),
    # living_situation
    ("s", "living_situation", "bor sammen med mannen", "med_utover", {}),
    ("s", "living_situation", "alene med barna", "med_andre", {}),
    ("s", "living_situation", "alene", "alene", {}),
    ("s", "living_situation", "hos foreldrene sine", "med_andre", {}),
    ("s", "living_situation", "med kona, eller hun har flyttet ut nå, så alene", "alene", {}),
    ("s", "living_situation", "ho bur med sambuaren", "med_utover", {}),
    ("s", "living_situation", "hun vil ikke si hvor hun bor", None, {}),
    ("s", "living_situation", "med kjæresten sin", "med_utover", {}),
    # children_count (mapping)
    ("s", "children_count", "fire", 4, {}),
    ("s", "children_count", "tre born", 3, {}),
    ("s", "children_count", "eitt, nei to", 2, {}),
    ("s", "children_count", "ingen felles, men han har to fra før", 0, {}),
    ("s", "children_count", "two kids", 2, {}),
    # children_where
    ("s", "children_where", "i barnehagen", ["hos_andre"], {"children_with_perpetrator": False}),
    ("s", "children_where", "med henne", ["med_personen"], {"children_with_perpetrator": False}),
    ("s", "children_where", "den eldste hos faren, den minste her", ["hos_utover", "med_personen"], {"children_with_perpetrator": True}),  # noqa: E501
    ("s", "children_where", "veit ikkje kvar dei er", None, {}),
    ("s", "children_where", "hos mora si (utøver)", ["hos_utover"], {"children_with_perpetrator": True}),
    ("s", "children_where", "på skolen", ["hos_andre"], {"children_with_perpetrator": False}),
    # pets
    ("s", "pets", "en hund", True, {}),
    ("s", "pets", "nei ingen dyr", False, {}),
    ("s", "pets", "ja, katt og hest", True, {}),
    ("s", "pets", "katten er hos ham", True, {}),
    ("s", "pets", "ikkje spurt", None, {}),
    # fear_if_going_home
    ("s", "fear_if_going_home", "at han dreper henne", "at han dreper henne", {}),
    ("s", "fear_if_going_home", "vil ikke si", None, {}),
    # previous_shelter
    ("s", "previous_shelter", "nei, men hun har ringt hit før", False, {}),
    ("s", "previous_shelter", "ja, i Bergen for to år siden", True, {}),
    ("s", "previous_shelter", "nei aldri", False, {}),
    ("s", "previous_shelter", "ho har vore her før", True, {}),
    ("s", "previous_shelter", "tror det, for lenge siden", Hedge(True), {}),
    ("s", "previous_shelter", "hun har bare ringt krisetelefonen før", False, {}),
    ("s", "previous_shelter", "nei, men hun har hatt samtaler på dagtid her", True, {}),
    ("s", "previous_shelter", "det har ho ikkje sagt noko om", None, {}),
    # help_wanted
    ("s", "help_wanted", "bolig og advokat", "bolig og advokat", {}),
    # perpetrators
    ("s", "perpetrators", "samme", ["SAME"], {}),
    ("s", "perpetrators", "samme som over", ["SAME"], {}),
    ("s", "perpetrators", "faren, brødrene og en fetter", ["far", "bror", "storfamilie"], {"several_perpetrators": True}),
    ("s", "perpetrators", "svigerfamilien", ["svigerfamilie"], {"several_perpetrators": True}),
    ("s", "perpetrators", "kona", ["kone"], {}),
    ("s", "perpetrators", "samboeren, hun er kvinne", ["partner"], {}),
    ("s", "perpetrators", "den same", ["SAME"], {}),
    ("s", "perpetrators", "vil ikke si", None, {}),
    ("s", "perpetrators", "mor og stefar", ["mor", "annen"], {"several_perpetrators": True}),
    # several_perpetrators
    ("s", "several_perpetrators", "én", False, {}),
    ("s", "several_perpetrators", "flere", True, {}),
    ("s", "several_perpetrators", "bare han", False, {}),
    ("s", "several_perpetrators", "tre stykker", True, {}),
    ("s", "several_perpetrators", "berre ein", False, {}),
    ("s", "several_perpetrators", "usikker, kanskje flere", Hedge(True), {}),
    # perpetrator_knows (mapping)
    ("s", "perpetrator_knows", "nei", False, {}),
    ("s", "perpetrator_knows", "han har skjønt det tror hun", Hedge(True), {}),
    ("s", "perpetrator_knows", "ho vil ikkje svare", None, {}),
    # violence_forms (mapping)
    ("s", "violence_forms", "kvelertak og trusler", ["fysisk", "psykisk"], {}),
    ("s", "violence_forms", "overvåker telefonen og tar lønna", ["digital", "okonomisk"], {}),
    ("s", "violence_forms", "hun skal giftes bort, familiens ære", ["aeresrelatert", "tvangsekteskap"], {}),
    # escalation
    ("s", "escalation", "ja, særlig etter at hun sa hun ville gå", True, {}),
    ("s", "escalation", "nei det er som før", False, {}),
    ("s", "escalation", "kanskje litt", Hedge(True), {}),
    # violence_setting
    ("s", "violence_setting", "bare hjemme når de er alene", "bare_privat", {}),
    ("s", "violence_setting", "også ute blant folk", "ogsa_med_andre", {}),
    ("s", "violence_setting", "foran barna også", "ogsa_med_andre", {}),
    ("s", "violence_setting", "vet ikke", None, {}),
    # feared_for_life (mapping)
    ("s", "feared_for_life", "ja", True, {}),
    ("s", "feared_for_life", "nei, men hun er redd han skal skade barna", False, {}),
    ("s", "feared_for_life", "ho svarte ikkje", None, {}),
    # police_involved / police_aware
    ("s", "police_involved", "ja, de kom i går", True, {"police_aware": True}),
    ("s", "police_involved", "nei", False, {}),
    ("s", "police_involved", "ikke nå, men for to år siden", True, {"police_aware": True}),
    ("s", "police_involved", "hun vil ikke si noe om politiet", None, {}),
    ("s", "police_aware", "nei, ingen har meldt fra", False, {}),
    ("s", "police_aware", "antakelig", Hedge(True), {}),
    # prior_reports
    ("s", "prior_reports", "ja, dømt for vold mot eks", True, {}),
    ("s", "prior_reports", "ikke som hun vet om", None, {}),
    ("s", "prior_reports", "nei ikke anmeldt", False, {}),
    ("s", "prior_reports", "he has a record for drugs", True, {}),
    # breached_restraining_order
    ("s", "breached_restraining_order", "det finnes ikke noe besøksforbud", False, {}),
    ("s", "breached_restraining_order", "ja, flere ganger", True, {}),
    ("s", "breached_restraining_order", "veit ikkje", None, {}),
    # children_with_perpetrator (mapping)
    ("s", "children_with_perpetrator", "nei, men de har sett volden", False, {"children_exposed": True}),
    ("s", "children_with_perpetrator", "ja, hos faren denne helgen", True, {}),
    ("s", "children_with_perpetrator", "nei", False, {}),
    # children_exposed
    ("s", "children_exposed", "ja de har hørt alt", True, {}),
    ("s", "children_exposed", "nei de sov", False, {}),
    ("s", "children_exposed", "den eldste har blitt slått", True, {}),
    ("s", "children_exposed", "ho trur ikkje dei har merka noko", Hedge(False), {}),
    ("s", "children_exposed", "vil ikke snakke om barna", None, {}),
    # perpetrator_has_animals / mental health / weapon / substance
    ("s", "perpetrator_has_animals", "ja hunden er igjen hos ham", True, {}),
    ("s", "perpetrator_has_animals", "nei", False, {}),
    ("s", "perpetrator_mental_health", "han er deprimert", True, {}),
    ("s", "perpetrator_mental_health", "vet ikke, han vil ikke til lege", None, {}),
    ("s", "perpetrator_mental_health", "nei, men han er sjalu", False, {}),
    ("s", "weapon_access", "han jakter, har rifle", True, {}),
    ("s", "weapon_access", "nei ingen våpen", False, {}),
    ("s", "weapon_access", "kniver på kjøkkenet som alle", False, {}),
    ("s", "weapon_access", "ja, nei, ikke skytevåpen, men han har kniv", True, {}),
    ("s", "weapon_access", "det har ho ikkje sagt noko om", None, {}),
    ("s", "perpetrator_substance_use", "drikker mye", True, {}),
    ("s", "perpetrator_substance_use", "nei, edru", False, {}),
    ("s", "perpetrator_substance_use", "iblant", True, {}),
    # family_supports_violence / honour
    ("s", "family_supports_violence", "ja, moren hans synes det er riktig", True, {}),
    ("s", "family_supports_violence", "ingen i familien vet om det", False, {}),
    ("s", "family_supports_violence", "nei", False, {}),
    ("s", "family_supports_violence", "kanskje svigerfar", Hedge(True), {}),
    ("s", "honour_related", "ja det handler om ære", True, {}),
    ("s", "honour_related", "nei", False, {}),
    ("s", "honour_related", "usikker", None, {}),
    ("s", "honour_related", "ho meiner det", True, {}),
    ("s", "ran_away_or_thrown_out", "rømte i natt", "romt", {}),
    ("s", "ran_away_or_thrown_out", "faren kastet ham ut", "kastet_ut", {}),
    ("s", "ran_away_or_thrown_out", "ingen av delene", "ingen", {}),
    ("s", "ran_away_or_thrown_out", "ho rømde", "romt", {}),
    ("s", "planned_travel_abroad", "ja, til Pakistan i sommer", True, {}),
    ("s", "planned_travel_abroad", "ikke som hun vet", False, {}),
    ("s", "planned_travel_abroad", "de snakker om en ferie i hjemlandet", True, {}),
    ("s", "family_knows_contact", "nei", False, {}),
    ("s", "family_knows_contact", "søsteren vet", True, {}),
    ("s", "control_areas", "telefonen og klærne", ["telefon", "klaer"], {}),
    ("s", "control_areas", "alt", ["telefon", "penger", "bevegelse", "venner", "fritid", "klaer", "skole"], {}),
    ("s", "control_areas", "får ikke gå på skolen eller treffe venner", ["skole", "venner"], {}),
    ("s", "punished_for_breaking_rules", "ja, blir slått", True, {}),
    ("s", "punished_for_breaking_rules", "innestengt hvis hun kommer sent", True, {}),
    ("s", "control_stricter", "ja etter at hun fikk kjæreste", True, {}),
    ("s", "control_stricter", "samme som før", False, {}),
    ("s", "marriage_planned", "ja, med en fetter", True, {}),
    ("s", "marriage_planned", "ikke som hun vet om", None, {}),
    ("s", "marriage_planned", "ho er allereie gift", False, {}),
    ("s", "forced_marriage_risk", "ja hun er livredd for det", True, {}),
    ("s", "forced_marriage_risk", "nei", False, {}),
    # DA/Dash
    ("s", "threats_to_kill", "ja, sa han skulle drepe henne hvis hun gikk", True, {}),
    ("s", "threats_to_kill", "nei, men han truer med å ta sitt eget liv", True, {}),
    ("s", "threats_to_kill", "not that she said", None, {}),
    ("s", "strangulation", "ja, i fjor", True, {}),
    ("s", "strangulation", "nei, men han har holdt henne fast", False, {}),
    ("s", "strangulation", "ho vil ikkje svare på det", None, {}),
    ("s", "sexual_violence", "ja", True, {}),
    ("s", "sexual_violence", "det vil hun ikke snakke om nå", None, {}),
    ("s", "sexual_violence", "nei", False, {}),
    ("s", "stalking_or_surveillance", "ja, GPS på bilen", True, {}),
    ("s", "stalking_or_surveillance", "sporer henne på snap", True, {}),
    ("s", "stalking_or_surveillance", "nei", False, {}),
    ("s", "recent_separation", "ja, hun gikk forrige uke", True, {}),
    ("s", "recent_separation", "ho tenkjer på det", Hedge(True), {}),
    ("s", "recent_separation", "nei, hun vil bli", False, {}),
    ("s", "recent_separation", "they split up last month", True, {}),
]
