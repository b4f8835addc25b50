"""Reading answers, round 15 (issue 14): the 112 line when nothing is known of who is who, and a fresh sweep over
every question of both dialogues written before the reader code was read (/work/notes/dialogue11-sweep), as
regression tests. What it found, by cause:

- 112: in the first questions, with no perpetrator named and nothing said of who is who, a third person on the way
  here now («han er på vei hit nå», «hun kommer hit nå», «han er på veg hit no», «he's on his way here now») gave
  no 112 line – now it does, unless the words name someone safe or someone bringing her or the children (the
  police, the interpreter, her sister, a colleague, a friend, the father with the child), or another time; «på vei
  til jobb» is on the way elsewhere;
- a «men» tail whose subject cannot be the perpetrator and that names no one else keeps the no to a question about
  the perpetrator («nei, men hun har en katt» when he is the one feared); «nei, men hun har anmeldt ham» is still
  read whole;
- «usikker på noen ord» is unsure of something else, not of the answer; «vet ikke helt, tror ikke det» is a hedge
  with a lean (read back), not «vet ikke»;
- refusals and skips: «hun sa ikke noe om hvorfor», «ingen info», «ingen grunn oppgitt», «hoppes over», «spør i
  morgen»; a correction «ja – beklager, mente nei»;
- persons: «den tidligere kona» is the ex-wife, «eksa» a former wife, «her mother-in-law» the in-laws (not her
  mother); «han har ikke peiling» is «han vet ikke»; with the mother feared and the person «hun» too, «hun vet ikke»
  is asked back;
- one perpetrator stays one when a «men» tail says who backs it («én, men svigermor heier»);
- how the contact came: «politet» (a typo of «politiet»), «sto i resepsjonen», «ingen av delene, det var en sms».

Expected values: True/False stored; "U" stored as not known / declined / skipped; "H" asked again or read back;
an int, a list of codes (any order), a choice code, or "TEXT" (the free text as written).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.dialogue import engine, parse, persons
from bot.dialogue.engine import danger_coming
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import FC_SLOT, SM_SLOT, case_ids, read, right, slots_of

F, S = FC, SM
E = {"perpetrator_relation": ["ektemann"]}
SE = {"feared_persons": ["ektemann"]}
ALL_INFO = ["tilbudet", "taushetsplikt", "opplysningsplikt_barnevern", "samtykke_politi", "gratis_uten_henvisning"]
NO_DUTY = [c for c in ALL_INFO if c != "opplysningsplikt_barnevern"]

CASES = [
    (F, 'contact_mode', 'hu ringte rett før midnatt', 'telefon', None),
    (F, 'contact_mode', 'politet kom med henne kl 3', 'brakt_av_politiet', None),
    (F, 'contact_mode', 'hun sto plutselig i resepsjonen', 'oppmote', None),
    (F, 'contact_mode', 'ringde oss i natt', 'telefon', None),
    (F, 'contact_mode', 'she walked in herself', 'oppmote', None),
    (F, 'contact_mode', 'legevakta kjørte ho hit', 'brakt_av_annen_tjeneste', None),
    (F, 'contact_mode', 'vet ikke, fikk saken fra dagvakta', 'U', None),
    (F, 'contact_mode', 'hun tok kontakt på chatten', 'annet', None),
    (F, 'contact_mode', 'barnevernsvakta kom med henne og ungene', 'brakt_av_annen_tjeneste', None),
    (F, 'contact_mode', 'ingen av delene, det var en sms', 'annet', None),
    (F, 'contact_mode', 'telefn', 'telefon', None),
    (F, 'acute_danger', 'nei ikke noe akutt nå', False, None),
    (F, 'acute_danger', 'nei, han sitter i varetekt', False, None),
    (F, 'acute_danger', 'ikke som jeg vet', 'H', None),
    (F, 'acute_danger', 'ja, han er på vei hit nå', True, None),
    (F, 'acute_danger', 'nei vent, ja, han ringte og sa han kommer', True, None),
    (F, 'acute_danger', 'ingen fare akkurat nå, han er i utlandet', False, None),
    (F, 'acute_danger', 'ho er trygg no', False, None),
    (F, 'acute_danger', "not right now, he's at work", False, None),
    (F, 'acute_danger', 'hun ville ikke svare på det', 'U', None),
    (F, 'acute_danger', 'nei. ingen akutt fare', False, None),
    (F, 'acute_danger', 'ingen anelse', 'U', None),
    (F, 'acute_danger', 'ja – beklager, mente nei', False, None),
    (F, 'interpreter_needed', 'nei hun prater flytende norsk', False, None),
    (F, 'interpreter_needed', 'ja, kurmanji', True, None),
    (F, 'interpreter_needed', 'tolk på tigrinja takk', True, None),
    (F, 'interpreter_needed', 'nei trengs ikke, men hun er litt usikker på noen ord', False, None),
    (F, 'interpreter_needed', 'ikkje behov for tolk', False, None),
    (F, 'interpreter_needed', 'yes, she needs a somali interpreter', True, None),
    (F, 'interpreter_needed', 'kanskje, engelsken er litt svak', 'H', None),
    (F, 'interpreter_needed', 'rakk ikke å spørre', 'U', None),
    (F, 'language', 'farsi', 'farsi', None),
    (F, 'language', 'ho snakkar tigrinja', 'tigrinja', None),
    (F, 'language', 'vet ikke, hun sa lite', 'U', None),
    (F, 'why_contact_now', 'han truet med å ta ungene', 'TEXT', None),
    (F, 'why_contact_now', 'ingenting spesielt, hun bare orket ikke mer', 'TEXT', None),
    (F, 'why_contact_now', 'hun sa ikke noe om hvorfor', 'U', None),
    (F, 'why_contact_now', 'fikk ikke spurt om det', 'U', None),
    (F, 'why_contact_now', 'naboen ringte politiet i går', 'TEXT', None),
    (F, 'perpetrator_relation', 'svigermora', ['svigerfamilie'], None),
    (F, 'perpetrator_relation', 'sønnen hennes på 19', ['sonn'], None),
    (F, 'perpetrator_relation', 'den tidligere kona hans', ['ekskone'], None),
    (F, 'perpetrator_relation', 'svigerforeldrene', ['svigerfamilie'], None),
    (F, 'perpetrator_relation', 'her mother-in-law', ['svigerfamilie'], None),
    (F, 'perpetrator_relation', 'dattera', ['datter'], None),
    (F, 'perpetrator_relation', 'vil ho ikkje seie', 'U', None),
    (F, 'perpetrator_relation', 'faren til ungene', ['barnefar'], None),
    (F, 'perpetrator_relation', 'kona', ['kone'], None),
    (F, 'perpetrator_relation', 'hennes egen mor', ['mor'], None),
    (F, 'perpetrator_relation', 'onkelen', ['storfamilie'], None),
    (F, 'perpetrator_relation', 'bror og far', ['bror', 'far'], None),
    (F, 'perpetrator_relation', 'samboeren, ikke eksen', ['partner'], None),
    (F, 'perpetrator_relation', 'eksmannen hennes', ['eksmann'], None),
    (F, 'violence_forms', 'dytter og lugger', ['fysisk'], None),
    (F, 'violence_forms', 'han sjekker mobilen hennes og sporer henne', ['digital'], None),
    (F, 'violence_forms', 'tar lønna hennes', ['okonomisk'], None),
    (F, 'violence_forms', 'ingen fysisk vold, men mye kjefting og trusler', ['psykisk'], None),
    (F, 'violence_forms', 'tvinger henne til sex', ['seksuell'], None),
    (F, 'violence_forms', 'vet ikke, hun ville ikke gå inn på det', 'U', None),
    (F, 'violence_forms', 'slo ho i hovudet', ['fysisk'], None),
    (F, 'violence_forms', 'hits her and takes her money', ['fysisk', 'okonomisk'], None),
    (F, 'escalated', 'ja mye verre siste månedene', True, None),
    (F, 'escalated', 'nei, ikke noe verre', False, None),
    (F, 'escalated', 'det har vært sånn lenge, ikke noe nytt', False, None),
    (F, 'escalated', 'det har blitt oftere etter at hun mista jobben', True, None),
    (F, 'escalated', 'nei vent, ja – oftere nå', True, None),
    (F, 'escalated', 'tja, litt kanskje', 'H', None),
    (F, 'escalated', 'hun ville ikke snakke om det', 'U', None),
    (F, 'escalated', 'ingen endring', False, None),
    (F, 'perpetrator_knows', 'nei han aner ingenting', False, {'perpetrator_relation': ['ektemann']}),
    (F, 'perpetrator_knows', 'nei, han tror hun er på jobb', False, {'perpetrator_relation': ['ektemann']}),
    (F, 'perpetrator_knows', 'ja, hun sa det til ham', True, {'perpetrator_relation': ['ektemann']}),
    (F, 'perpetrator_knows', 'vet ikke om han vet', 'U', {'perpetrator_relation': ['ektemann']}),
    (F, 'perpetrator_knows', 'det tror jeg ikke', 'H', {'perpetrator_relation': ['ektemann']}),
    (F, 'perpetrator_knows', 'han har ingen anelse', False, {'perpetrator_relation': ['ektemann']}),
    (F, 'perpetrator_knows', 'he has no idea', False, {'perpetrator_relation': ['ektemann']}),
    (F, 'perpetrator_knows', 'mora vet ikke noe', False, {'perpetrator_relation': ['mor']}),
    (F, 'perpetrator_knows', 'ho veit ikkje noko om det', False, {'perpetrator_relation': ['mor']}),
    (F, 'perpetrator_knows', 'ja dessverre', True, {'perpetrator_relation': ['ektemann']}),
    (F, 'police_aware', 'ja, de har vært hjemme hos dem flere ganger', True, None),
    (F, 'police_aware', 'nei aldri meldt', False, None),
    (F, 'police_aware', 'vet ikke, hun har ikke sagt noe om det', 'U', None),
    (F, 'police_aware', 'ja, hun anmeldte i vinter, men saken ble henlagt', True, None),
    (F, 'police_aware', 'nei, men hun vil anmelde nå', False, None),
    (F, 'police_aware', 'politiet var innom i fjor', True, None),
    (F, 'police_aware', 'no, never reported', False, None),
    (F, 'police_aware', 'nei, det har ingen meldt', False, None),
    (F, 'police_aware', 'ikke avklart', 'U', None),
    (F, 'children_count', 'tre', 3, None),
    (F, 'children_count', 'ingen barn', 0, None),
    (F, 'children_count', 'to stykker, de er hos mormor', 2, None),
    (F, 'children_count', 'fire unger', 4, None),
    (F, 'children_count', 'en gutt på sju', 1, None),
    (F, 'children_count', 'hun har to, og er gravid', 2, None),
    (F, 'children_count', 'ho har tre born', 3, None),
    (F, 'children_count', 'two kids', 2, None),
    (F, 'children_count', 'tre – nei vent, fire', 4, None),
    (F, 'children_count', 'nei', 0, None),
    (F, 'children_count', 'seks', 6, None),
    (F, 'children_count', 'glemte å spørre', 'U', None),
    (F, 'children_with_perpetrator', 'nei, de er med henne', False, {'perpetrator_relation': ['ektemann']}),
    (F, 'children_with_perpetrator', 'ja, den minste er hos faren', True, {'perpetrator_relation': ['barnefar']}),
    (F, 'children_with_perpetrator', 'nei, de er på skolen', False, {'perpetrator_relation': ['ektemann']}),
    (F, 'children_with_perpetrator', 'vet ikke hvor de er nå', 'U', {'perpetrator_relation': ['ektemann']}),
    (F, 'children_with_perpetrator', 'ingen av dem', False, {'perpetrator_relation': ['ektemann']}),
    (F, 'children_with_perpetrator', 'eldste er hos ham', True, {'perpetrator_relation': ['ektemann']}),
    (F, 'children_with_perpetrator', 'ja, hos mora', True, {'perpetrator_relation': ['mor']}),
    (F, 'feared_for_life', 'ja, flere ganger', True, None),
    (F, 'feared_for_life', 'nei, det har hun ikke', False, None),
    (F, 'feared_for_life', 'ikke nå, men i fjor', True, None),
    (F, 'feared_for_life', 'hun svarte ikke', 'U', None),
    (F, 'feared_for_life', 'ja, da han tok kvelertak', True, None),
    (F, 'feared_for_life', 'ho har vore livredd', True, None),
    (F, 'feared_for_life', 'yes, she thought she would die', True, None),
    (F, 'feared_for_life', 'kansje', 'H', None),
    (F, 'information_given', 'alt', ALL_INFO, None),
    (F, 'information_given', 'ingen ennå', [], None),
    (F, 'information_given', 'taushetsplikt og at det er gratis', ['taushetsplikt', 'gratis_uten_henvisning'], None),
    (F, 'information_given', 'alt unntatt opplysningsplikten', NO_DUTY, None),
    (F, 'information_given', 'tilbudet og taushetsplikten', ['tilbudet', 'taushetsplikt'], None),
    (F, 'help_needed', 'et sted å sove i natt', ['botilbud'], None),
    (F, 'help_needed', 'samtaler og info', ['dagtilbud', 'informasjon'], None),
    (F, 'help_needed', 'vet ikke ennå', 'U', None),
    (F, 'help_needed', 'henvisning til familievernkontoret', ['henvisning'], None),
    (F, 'help_needed', 'hun vil bare ha noen å snakke med', ['dagtilbud'], None),
    (F, 'going_home', 'nei, hun vil bli', False, None),
    (F, 'going_home', 'nei absolutt ikke', False, None),
    (F, 'going_home', 'ja, hun skal hjem til ungene', True, None),
    (F, 'going_home', 'hun vet ikke ennå', 'U', None),
    (F, 'going_home', 'kanskje i morgen', 'H', None),
    (F, 'going_home', 'ho vil heim', True, None),
    (F, 'going_home', 'nei, hun blir her i natt', False, None),
    (F, 'going_home', 'nei, men hun må hente ting hjemme', False, None),
    (F, 'going_home', 'ho ville ikkje ta det no', 'U', None),
    (F, 'registration_consent', 'ja, hun skrev under', True, None),
    (F, 'registration_consent', 'nei, hun vil ikke', False, None),
    (F, 'registration_consent', 'har ikke spurt ennå', 'U', None),
    (F, 'registration_consent', 'det tar vi senere', 'U', None),
    (F, 'registration_consent', 'ja muntlig', True, None),
    (F, 'registration_consent', 'nei. rettelse: ja', True, None),
    (F, 'consent_form', 'muntlig', 'muntlig', None),
    (F, 'consent_form', 'hun signerte skjemaet', 'skriftlig', None),
    (F, 'consent_form', 'sa ja på telefonen', 'muntlig', None),
    (F, 'consent_form', 'skriftleg', 'skriftlig', None),
    (S, 'why_contact_now', 'han har truet henne på sms hele uka', 'TEXT', None),
    (S, 'why_contact_now', 'ingen kommentar', 'U', None),
    (S, 'what_happened', 'han dyttet henne ned trappa', 'TEXT', None),
    (S, 'what_happened', 'ho vil ikkje fortelje', 'U', None),
    (S, 'what_happened', 'ikke noe konkret, bare trusler over tid', 'TEXT', None),
    (S, 'feared_persons', 'svigerfamilien', ['svigerfamilie'], None),
    (S, 'feared_persons', 'sønnen på 22', ['sonn'], None),
    (S, 'feared_persons', 'ekskona hans', ['ekskone'], None),
    (S, 'feared_persons', 'mora', ['mor'], None),
    (S, 'feared_persons', 'faren og onkelen', ['far', 'storfamilie'], None),
    (S, 'feared_persons', 'her ex-husband', ['eksmann'], None),
    (S, 'feared_persons', 'dottera', ['datter'], None),
    (S, 'feared_persons', 'svigermor og svogeren', ['svigerfamilie'], None),
    (S, 'feared_persons', 'kjæresten, en kvinne', ['partner'], None),
    (S, 'feared_persons', 'ingen info', 'U', None),
    (S, 'why_afraid', 'han har truet med å drepe henne', 'TEXT', None),
    (S, 'why_afraid', 'vil ikke si', 'U', None),
    (S, 'living_situation', 'alene med barna', 'med_andre', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'hun bor med ham', 'med_utover', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'bor alene', 'alene', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'hos en venninne nå', 'med_andre', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'med mora si', 'med_utover', {'feared_persons': ['mor']}),
    (S, 'living_situation', 'med mora si', 'med_andre', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'ho bur saman med sambuaren', 'med_utover', {'feared_persons': ['partner']}),
    (S, 'living_situation', 'with her husband and kids', 'med_utover', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'alene nå, flyttet fra ham i mars', 'alene', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'med svigerforeldrene', 'med_utover', {'feared_persons': ['svigerfamilie']}),
    (S, 'children_count', 'to', 2, None),
    (S, 'children_count', 'ingen', 0, None),
    (S, 'children_count', 'tre, men én er voksen', 3, None),
    (S, 'children_count', 'et barn', 1, None),
    (S, 'children_where', 'med henne her', ['med_personen'], {'feared_persons': ['ektemann']}),
    (S, 'children_where', 'hos ham', ['hos_utover'], {'feared_persons': ['ektemann']}),
    (S, 'children_where', 'hos besteforeldrene', ['hos_andre'], {'feared_persons': ['ektemann']}),
    (S, 'children_where', 'i barnehagen', ['hos_andre'], {'feared_persons': ['ektemann']}),
    (S, 'children_where', 'vet ikke', 'U', {'feared_persons': ['ektemann']}),
    (S, 'children_where', 'to her, en hos faren', ['med_personen', 'hos_utover'], {'feared_persons': ['barnefar']}),
    (S, 'children_where', 'hos mora', ['hos_utover'], {'feared_persons': ['mor']}),
    (S, 'pets', 'nei', False, {'feared_persons': ['ektemann']}),
    (S, 'pets', 'ja, en katt', True, {'feared_persons': ['ektemann']}),
    (S, 'pets', 'to hunder', True, {'feared_persons': ['ektemann']}),
    (S, 'pets', 'ingen dyr', False, {'feared_persons': ['ektemann']}),
    (S, 'pets', 'hun har ikke noen dyr', False, {'feared_persons': ['ektemann']}),
    (S, 'pets', 'nei, men han har en hund', False, {'feared_persons': ['ektemann']}),
    (S, 'pets', 'no pets', False, {'feared_persons': ['ektemann']}),
    (S, 'pets', 'ho har ein hest', True, {'feared_persons': ['ektemann']}),
    (S, 'pets', 'ikke fått svar', 'U', {'feared_persons': ['ektemann']}),
    (S, 'fear_if_going_home', 'at han slår henne igjen', 'TEXT', None),
    (S, 'fear_if_going_home', 'hun ville ikke si', 'U', None),
    (S, 'previous_shelter', 'ja, i 2021', True, None),
    (S, 'previous_shelter', 'nei, første gang', False, None),
    (S, 'previous_shelter', 'aldri', False, None),
    (S, 'previous_shelter', 'ikke på krisesenter, men hos familievernet', False, None),
    (S, 'previous_shelter', 'ho har vore på krisesenter før', True, None),
    (S, 'previous_shelter', 'once, years ago', True, None),
    (S, 'previous_shelter', 'nei vent, jo, for lenge siden', True, None),
    (S, 'help_wanted', 'bolig og hjelp med advokat', 'TEXT', None),
    (S, 'help_wanted', 'vet ikke ennå', 'U', None),
    (S, 'perpetrators', 'samme', ['ektemann'], {'feared_persons': ['ektemann']}),
    (S, 'perpetrators', 'mannen', ['ektemann'], None),
    (S, 'perpetrators', 'svigerforeldrene og mannen', ['svigerfamilie', 'ektemann'], None),
    (S, 'perpetrators', 'sønnen', ['sonn'], None),
    (S, 'perpetrators', 'ekskona', ['ekskone'], None),
    (S, 'perpetrators', 'begge foreldrene', ['far', 'mor'], None),
    (S, 'perpetrators', 'the same person', ['ektemann'], {'feared_persons': ['ektemann']}),
    (S, 'perpetrators', 'samme som hun er redd for', ['mor'], {'feared_persons': ['mor']}),
    (S, 'several_perpetrators', 'én', False, None),
    (S, 'several_perpetrators', 'flere', True, None),
    (S, 'several_perpetrators', 'to stykker', True, None),
    (S, 'several_perpetrators', 'bare han', False, {'feared_persons': ['ektemann']}),
    (S, 'several_perpetrators', 'bare mora', False, None),
    (S, 'several_perpetrators', 'flere, hele familien', True, None),
    (S, 'several_perpetrators', 'ein', False, None),
    (S, 'several_perpetrators', 'just one', False, None),
    (S, 'perpetrator_knows', 'ja, han har skjønt det', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_knows', 'nei, han tror hun er hos venninna', False, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_knows', 'ho trur ikkje det', 'H', {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_knows', 'no, he has no clue', False, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_knows', 'hun vet ikke', False, {'feared_persons': ['mor']}),
    (S, 'perpetrator_knows', 'hun vet ikke', 'H', {'feared_persons': ['mor'], 'what_happened': 'mora slo henne'}),
    (S, 'violence_forms', 'slag, spark og trusler om å ta barna', ['fysisk', 'psykisk'], None),
    (S, 'violence_forms', 'hun vil ikke fortelle', 'U', None),
    (S, 'violence_forms', 'holder igjen pengene hennes', ['okonomisk'], None),
    (S, 'escalation', 'ja, siste måneden', True, None),
    (S, 'escalation', 'nei, det er som før', False, None),
    (S, 'escalation', 'verre etter bruddet', True, None),
    (S, 'escalation', 'ikke spurt', 'U', None),
    (S, 'escalation', 'nei, faktisk bedre', False, None),
    (S, 'violence_setting', 'bare hjemme når de er alene', 'bare_privat', None),
    (S, 'violence_setting', 'også foran barna og venner', 'ogsa_med_andre', None),
    (S, 'violence_setting', 'også ute på byen', 'ogsa_med_andre', None),
    (S, 'violence_setting', 'alltid bak lukkede dører', 'bare_privat', None),
    (S, 'violence_setting', 'vet ikke', 'U', None),
    (S, 'worst_fear', 'at han dreper henne', 'TEXT', None),
    (S, 'worst_fear', 'ville ikke si noe', 'U', None),
    (S, 'feared_for_life', 'nei, ikke det', False, None),
    (S, 'feared_for_life', 'ja, da han hadde kniven', True, None),
    (S, 'police_involved', 'ja, de kom da naboene ringte', True, None),
    (S, 'police_involved', 'nei aldri', False, None),
    (S, 'police_involved', 'nei, men hun har tenkt på det', False, None),
    (S, 'police_involved', 'ja en gang i fjor', True, None),
    (S, 'police_involved', 'ingen politi', False, None),
    (S, 'police_aware', 'nei, de vet ingenting', False, None),
    (S, 'police_aware', 'ingenting hun ville si om det', 'U', None),
    (S, 'prior_reports', 'ja, dømt for vold mot ekskona', True, {'feared_persons': ['ektemann']}),
    (S, 'prior_reports', 'nei, ikke som hun vet', 'H', {'feared_persons': ['ektemann']}),
    (S, 'prior_reports', 'anmeldt for promillekjøring', True, {'feared_persons': ['ektemann']}),
    (S, 'prior_reports', 'nei, rent rulleblad', False, {'feared_persons': ['ektemann']}),
    (S, 'breached_restraining_order', 'ja, flere ganger', True, {'feared_persons': ['ektemann']}),
    (S, 'breached_restraining_order', 'det finnes ikke noe besøksforbud', False, {'feared_persons': ['ektemann']}),
    (S, 'breached_restraining_order', 'ja, han møtte opp på jobben hennes', True, {'feared_persons': ['ektemann']}),
    (S, 'breached_restraining_order', 'hun har ikke kontaktforbud', False, {'feared_persons': ['ektemann']}),
    (S, 'breached_restraining_order', 'dunno', 'U', {'feared_persons': ['ektemann']}),
    (S, 'children_with_perpetrator', 'nei, alle er her', False, {'feared_persons': ['ektemann']}),
    (S, 'children_with_perpetrator', 'ja, de to eldste', True, {'feared_persons': ['ektemann']}),
    (S, 'children_exposed', 'ja, de har sett alt', True, {'feared_persons': ['ektemann']}),
    (S, 'children_exposed', 'nei, de sov', False, {'feared_persons': ['ektemann']}),
    (S, 'children_exposed', 'de har hørt det gjennom veggen', True, {'feared_persons': ['ektemann']}),
    (S, 'children_exposed', 'ja, han slo sønnen også', True, {'feared_persons': ['ektemann']}),
    (S, 'children_exposed', 'nei, ikke som hun vet', 'H', {'feared_persons': ['ektemann']}),
    (S, 'children_exposed', 'det har vi ikke snakket om', 'U', {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_has_animals', 'ja, to hunder', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_has_animals', 'han har en hund', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_has_animals', 'nei, ingen dyr', False, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_has_animals', 'nei, men hun har en katt', False, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_has_animals', 'not asked', 'U', {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_mental_health', 'ja, depresjon', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_mental_health', 'han er bipolar', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_mental_health', 'hun mener han er psykisk syk', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_mental_health', 'hun ønsker ikke å svare', 'U', {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_mental_health', 'nei, ikke som hun vet', 'H', {'feared_persons': ['ektemann']}),
    (S, 'weapon_access', 'ja, jaktvåpen', True, {'feared_persons': ['ektemann']}),
    (S, 'weapon_access', 'nei, ingen våpen', False, {'feared_persons': ['ektemann']}),
    (S, 'weapon_access', 'han har hagle', True, {'feared_persons': ['ektemann']}),
    (S, 'weapon_access', 'han har våpenlisens', True, {'feared_persons': ['ektemann']}),
    (S, 'weapon_access', 'ikke som hun vet', 'H', {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_substance_use', 'ja, alltid full', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_substance_use', 'nei, edru', False, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_substance_use', 'av og til', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_substance_use', 'ja, alkohol', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_substance_use', 'rakk ikke spørre, hun sovnet', 'U', {'feared_persons': ['ektemann']}),
    (S, 'family_supports_violence', 'ja, svigermor heier på ham', True, {'feared_persons': ['ektemann']}),
    (S, 'family_supports_violence', 'nei, familien hennes støtter henne', False, {'feared_persons': ['ektemann']}),
    (S, 'family_supports_violence', 'nei, ingen i familien', False, {'feared_persons': ['ektemann']}),
    (S, 'honour_related', 'kanskje', 'H', None),
    (S, 'honour_related', 'nei, ikke noe sånt', False, None),
    (S, 'ran_away_or_thrown_out', 'hun rømte i natt', 'romt', None),
    (S, 'ran_away_or_thrown_out', 'de kastet henne ut', 'kastet_ut', None),
    (S, 'ran_away_or_thrown_out', 'ingen av delene', 'ingen', None),
    (S, 'ran_away_or_thrown_out', 'hun stakk av hjemmefra', 'romt', None),
    (S, 'planned_travel_abroad', 'ja, til pakistan i sommer', True, None),
    (S, 'planned_travel_abroad', 'hun har hørt snakk om en tur til hjemlandet', True, None),
    (S, 'family_knows_contact', 'nei, ingen vet', False, None),
    (S, 'family_knows_contact', 'ja søsteren vet', True, None),
    (S, 'control_areas', 'telefonen og pengene', ['telefon', 'penger'], None),
    (S, 'control_areas', 'klær og venner', ['klaer', 'venner'], None),
    (S, 'control_areas', 'vet ikke', 'U', None),
    (S, 'punished_for_breaking_rules', 'ja, hun blir slått', True, None),
    (S, 'control_stricter', 'ja, mye strengere', True, None),
    (S, 'control_stricter', 'nei, som før', False, None),
    (S, 'marriage_planned', 'ja, med en fetter', True, None),
    (S, 'marriage_planned', 'ikke som hun vet', 'H', None),
    (S, 'forced_marriage_risk', 'ja, det er hun redd for', True, None),
    (S, 'threats_to_kill', 'han har sagt han skal drepe henne', True, {'feared_persons': ['ektemann']}),
    (S, 'threats_to_kill', 'han truet med å ta livet av seg selv', True, {'feared_persons': ['ektemann']}),
    (S, 'threats_to_kill', 'nei, men han har truet med å ta barna', False, {'feared_persons': ['ektemann']}),
    (S, 'threats_to_kill', 'nei, aldri', False, {'feared_persons': ['ektemann']}),
    (S, 'strangulation', 'ja, tok henne rundt halsen', True, {'feared_persons': ['ektemann']}),
    (S, 'strangulation', 'ikke kvelertak', False, {'feared_persons': ['ektemann']}),
    (S, 'strangulation', 'hoppes over', 'U', {'feared_persons': ['ektemann']}),
    (S, 'sexual_violence', 'det ville hun ikke snakke om', 'U', {'feared_persons': ['ektemann']}),
    (S, 'sexual_violence', 'ho vil ikkje svare', 'U', {'feared_persons': ['ektemann']}),
    (S, 'sexual_violence', 'nei, det har han ikke', False, {'feared_persons': ['ektemann']}),
    (S, 'stalking_or_surveillance', 'ja, han har gps på bilen hennes', True, {'feared_persons': ['ektemann']}),
    (S, 'stalking_or_surveillance', 'han følger etter henne', True, {'feared_persons': ['ektemann']}),
    (S, 'stalking_or_surveillance', 'spør i morgen', 'U', {'feared_persons': ['ektemann']}),
    (S, 'recent_separation', 'ja, hun flyttet ut forrige uke', True, {'feared_persons': ['ektemann']}),
    (S, 'recent_separation', 'hun planlegger det', True, {'feared_persons': ['ektemann']}),
    (S, 'recent_separation', 'nei, de er fortsatt sammen', False, {'feared_persons': ['ektemann']}),
    (S, 'recent_separation', "she wouldn't say", 'U', {'feared_persons': ['ektemann']}),
    # second set (written after the first fixes, run once untuned)
    (F, 'contact_mode', 'ho ringte på vakttelefonen kl 02', 'telefon', None),
    (F, 'contact_mode', 'krisetelefonen, hun var redd', 'telefon', None),
    (F, 'contact_mode', 'kom gående inn fra gata', 'oppmote', None),
    (F, 'contact_mode', 'politiet leverte ham her', 'brakt_av_politiet', None),
    (F, 'contact_mode', 'hun sendte e-post i går', 'annet', None),
    (F, 'acute_danger', 'neppe, han er på hytta', 'H', None),
    (F, 'acute_danger', 'nei, ikke akkurat nå – han vet ikke hvor hun er', False, None),
    (F, 'acute_danger', 'ja vent nei, hun er trygg', False, None),
    (F, 'acute_danger', 'fikk ikke svar på det', 'U', None),
    (F, 'interpreter_needed', 'nei, hun er norsk', False, None),
    (F, 'interpreter_needed', 'ja – arabisk, nei vent, kurdisk', True, None),
    (F, 'interpreter_needed', 'no, english is fine', False, None),
    (F, 'why_contact_now', 'ho orka ikkje meir', 'TEXT', None),
    (F, 'why_contact_now', 'ingen grunn oppgitt', 'U', None),
    (F, 'perpetrator_relation', 'svigerfaren og svogeren', ['svigerfamilie'], None),
    (F, 'perpetrator_relation', 'sønnen, han er 30', ['sonn'], None),
    (F, 'perpetrator_relation', 'my ex-wife', ['ekskone'], None),
    (F, 'perpetrator_relation', 'hans tidligere samboer', ['eks'], None),
    (F, 'perpetrator_relation', 'tidlegare kona', ['ekskone'], None),
    (F, 'perpetrator_relation', 'his father-in-law', ['svigerfamilie'], None),
    (F, 'violence_forms', 'kontrollerer alt, også pengene', ['psykisk', 'okonomisk'], None),
    (F, 'violence_forms', 'ingenting fysisk, bare kjeft', ['psykisk'], None),
    (F, 'violence_forms', 'tok bankkortet og passet', ['okonomisk'], None),
    (F, 'escalated', 'ja, nå er det daglig', True, None),
    (F, 'escalated', 'omtrent som før', False, None),
    (F, 'escalated', 'vet ikke helt, tror ikke det', 'H', None),
    (F, 'perpetrator_knows', 'nei hun veit ingenting', False, {'perpetrator_relation': ['ekskone']}),
    (F, 'perpetrator_knows', 'ja, sønnen så at hun pakket', True, {'perpetrator_relation': ['sonn']}),
    (F, 'perpetrator_knows', 'han har ikke peiling', False, {'perpetrator_relation': ['sonn']}),
    (F, 'police_aware', 'jo, de har en sak', True, None),
    (F, 'police_aware', 'ikke som jeg vet', 'H', None),
    (F, 'police_aware', 'nei, ingen har meldt noe', False, None),
    (F, 'children_count', 'tvillinger', 2, None),
    (F, 'children_count', 'tre voksne barn', 3, None),
    (F, 'children_count', 'ingen felles, men han har to fra før', 0, None),
    (F, 'children_count', 'ett, nei to', 2, None),
    (F, 'children_count', 'fire – nei, fem', 5, None),
    (F, 'children_with_perpetrator', 'nei, de er hos bestemor', False, {'perpetrator_relation': ['sonn']}),
    (F, 'children_with_perpetrator', 'ja, sønnen har barnebarna', True, {'perpetrator_relation': ['sonn']}),
    (F, 'feared_for_life', 'nei, ikke for livet, men for barna', False, None),
    (F, 'feared_for_life', 'ja det har ho', True, None),
    (F, 'feared_for_life', 'ho svara ikkje på det', 'U', None),
    (F, 'information_given', 'ingenting ennå', [], None),
    (F, 'information_given', 'bare taushetsplikten', ['taushetsplikt'], None),
    (F, 'help_needed', 'bo her en stund', ['botilbud'], None),
    (F, 'going_home', 'nei, aldri tilbake dit', False, None),
    (F, 'going_home', 'ja, men hun kommer tilbake i morgen', True, None),
    (F, 'going_home', 'ho veit ikkje enno', 'U', None),
    (F, 'registration_consent', 'ja, skriftlig', True, None),
    (F, 'registration_consent', 'nei, ikke ennå', False, None),
    (F, 'consent_form', 'ho skreiv under', 'skriftlig', None),
    (S, 'feared_persons', 'sønnen hennes', ['sonn'], None),
    (S, 'feared_persons', 'ekskona', ['ekskone'], None),
    (S, 'feared_persons', 'mannen og svigermor', ['ektemann', 'svigerfamilie'], None),
    (S, 'living_situation', 'med sønnen', 'med_utover', {'feared_persons': ['sonn']}),
    (S, 'living_situation', 'med sønnen', 'med_andre', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'hos svigerfamilien', 'med_utover', {'feared_persons': ['svigerfamilie']}),
    (S, 'living_situation', 'alene siden skilsmissen', 'alene', {'feared_persons': ['ekskone']}),
    (S, 'children_where', 'hos eksa', ['hos_utover'], {'feared_persons': ['ekskone']}),
    (S, 'children_where', 'hjemme med faren', ['hos_utover'], {'feared_persons': ['ektemann']}),
    (S, 'children_where', 'på sfo', ['hos_andre'], {'feared_persons': ['ektemann']}),
    (S, 'pets', 'nei, men sønnen har en hund', False, {'feared_persons': ['sonn']}),
    (S, 'pets', 'en gammel katt', True, {'feared_persons': ['ektemann']}),
    (S, 'pets', 'nei, ingen', False, {'feared_persons': ['ektemann']}),
    (S, 'previous_shelter', 'ja, to ganger før', True, None),
    (S, 'previous_shelter', 'ikke som hun husker', 'H', None),
    (S, 'perpetrators', 'samme som over', ['sonn'], {'feared_persons': ['sonn']}),
    (S, 'perpetrators', 'svigermora', ['svigerfamilie'], None),
    (S, 'several_perpetrators', 'bare ekskona', False, {'feared_persons': ['ekskone']}),
    (S, 'several_perpetrators', 'tre stykker', True, None),
    (S, 'several_perpetrators', 'en, men svigermor heier', False, None),
    (S, 'perpetrator_knows', 'nei, sønnen vet ikke', False, {'feared_persons': ['sonn']}),
    (S, 'perpetrator_knows', 'ja, ekskona fant det ut', True, {'feared_persons': ['ekskone']}),
    (S, 'escalation', 'ja, etter at hun sa hun ville skilles', True, None),
    (S, 'police_involved', 'nei, men naboen har truet med å ringe', False, None),
    (S, 'police_involved', 'ja, i sommer', True, None),
    (S, 'prior_reports', 'dømt for narkotika', True, {'feared_persons': ['sonn']}),
    (S, 'prior_reports', 'nei, aldri anmeldt', False, {'feared_persons': ['sonn']}),
    (S, 'breached_restraining_order', 'hun har ingen besøksforbud', False, {'feared_persons': ['ektemann']}),
    (S, 'children_exposed', 'ja, de så ham slå', True, {'feared_persons': ['ektemann']}),
    (S, 'children_exposed', 'ingen av dem har sett noe', False, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_has_animals', 'nei, men hun har en hund', False, {'feared_persons': ['sonn']}),
    (S, 'perpetrator_has_animals', 'ja, hunden bor hos ham', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_mental_health', 'hun tror han er deprimert', 'H', {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_mental_health', 'ja, schizofreni', True, {'feared_persons': ['sonn']}),
    (S, 'weapon_access', 'nei, men hun har pepperspray', False, {'feared_persons': ['ektemann']}),
    (S, 'weapon_access', 'kniv ja', True, {'feared_persons': ['ektemann']}),
    (S, 'perpetrator_substance_use', 'ja, kokain', True, {'feared_persons': ['sonn']}),
    (S, 'perpetrator_substance_use', 'aldri, han drikker ikke', False, {'feared_persons': ['ektemann']}),
    (S, 'family_supports_violence', 'ja, hele svigerfamilien', True, {'feared_persons': ['svigerfamilie']}),
    (S, 'honour_related', 'ja, familiens ære', True, {'feared_persons': ['svigerfamilie']}),
    (S, 'ran_away_or_thrown_out', 'hun ble kastet ut i natt', 'kastet_ut', None),
    (S, 'planned_travel_abroad', 'nei, ingen reiser planlagt', False, None),
    (S, 'control_stricter', 'ja, strengere etter sommeren', True, None),
    (S, 'marriage_planned', 'nei, ikke som hun vet om', 'H', None),
    (S, 'forced_marriage_risk', 'nei, det frykter hun ikke', False, None),
    (S, 'threats_to_kill', 'ja, at han skal ta livet av henne', True, {'feared_persons': ['ektemann']}),
    (S, 'threats_to_kill', 'ikke drepe, men skade', False, {'feared_persons': ['ektemann']}),
    (S, 'strangulation', 'nei, men han har holdt henne fast', False, {'feared_persons': ['ektemann']}),
    (S, 'sexual_violence', 'ja, voldtatt flere ganger', True, {'feared_persons': ['ektemann']}),
    (S, 'stalking_or_surveillance', 'ja, han sporer mobilen', True, {'feared_persons': ['ektemann']}),
    (S, 'stalking_or_surveillance', 'nei, ikke som hun har merket', 'H', {'feared_persons': ['ektemann']}),
    (S, 'recent_separation', 'ja, hun gikk fra ham i går', True, {'feared_persons': ['ektemann']}),
    (S, 'recent_separation', 'nei, hun vil ikke gå fra ham', False, {'feared_persons': ['ektemann']}),
]


@pytest.mark.parametrize("dialogue,key,text,expected,ctx", CASES,
                         ids=case_ids(CASES))
def test_sweep_15(dialogue, key, text, expected, ctx):
    got = read(dialogue, key, text, slots_of(dialogue, ctx))
    assert right(expected, got), got


def has_112(t: engine.Turn) -> bool:
    return any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in t.replies)


# (dialogue, key, text, perpetrators known, the person's gender known, 112 expected) – nothing known: the engine's
# whole turn, from empty slots
COMING_NOTHING_KNOWN = [
    (F, 'contact_mode', 'han er på vei hit nå', [], None, False),
    (S, 'why_contact_now', 'han er på vei hit nå', [], None, True),
    (F, 'contact_mode', 'hun ringte, han er på vei hit nå', [], None, True),
    (F, 'contact_mode', 'hun kommer hit nå', [], None, False),
    (S, 'why_contact_now', 'hun kommer hit nå', [], None, True),
    (F, 'contact_mode', 'han er på veg hit no', [], None, False),
    (S, 'why_contact_now', 'han er på veg hit no', [], None, True),
    (F, 'contact_mode', "he's on his way here now", [], None, False),
    (S, 'why_contact_now', "he's on his way here now", [], None, True),
    (F, 'contact_mode', "she's coming here now", [], None, False),
    (S, 'why_contact_now', "she's coming here now", [], None, True),
    (F, 'contact_mode', 'de er på vei hit nå', [], None, True),  # «de»: a family coming (coming_now, as before)
    (S, 'why_contact_now', 'de er på vei hit nå', [], None, True),
    (F, 'contact_mode', 'han kjem hit no', [], None, False),
    (S, 'why_contact_now', 'han kjem hit no', [], None, True),
    (F, 'contact_mode', 'he is coming over right now', [], None, False),
    (S, 'why_contact_now', 'he is coming over right now', [], None, True),
    (F, 'contact_mode', 'ringte, svigermora er på vei hit nå', [], None, True),
    (F, 'contact_mode', 'sønnen hennes er på vei hit og han er full', [], None, True),
    (F, 'contact_mode', 'hun ringte og sa at eksen er på vei', [], None, True),
    (F, 'contact_mode', 'han står utenfor nå', [], None, False),
    (F, 'acute_danger', 'han er på vei hit nå', [], None, True),
    (F, 'acute_danger', 'ho kjem hit no', [], None, True),
    (F, 'acute_danger', "he's on his way here now", [], None, True),
    (S, 'why_contact_now', 'hun sier han er på vei hit nå', [], None, True),
    (S, 'why_contact_now', 'they are on their way here now', [], None, True),
    (F, 'contact_mode', 'politiet er på vei hit med henne nå', [], None, False),
    (F, 'contact_mode', 'tolken er på vei hit nå', [], None, False),
    (F, 'contact_mode', 'søsteren hennes kommer hit med henne nå', [], None, False),
    (F, 'contact_mode', 'kollegaen kjører henne hit nå', [], None, False),
    (F, 'contact_mode', 'han kom hit i går', [], None, False),
    (F, 'contact_mode', 'han kommer kanskje hit i helgen', [], None, False),
    (F, 'contact_mode', 'barnevernet er på vei med henne', [], None, False),
    (F, 'contact_mode', 'hun kommer hit i morgen', [], None, False),
    (F, 'contact_mode', 'han er på vei hjem fra jobb nå', [], None, True),
    (F, 'contact_mode', 'naboen kjører henne hit nå', [], None, False),
    (S, 'why_contact_now', 'han var her i fjor og truet', [], None, False),
    (S, 'why_contact_now', 'the police are bringing her here now', [], None, False),
    (F, 'acute_danger', 'nei, han er i polen nå', [], None, False),
    (F, 'contact_mode', 'hun ringte, ho seier han er på veg no', [], None, True),
    (F, 'contact_mode', 'ringte, han kjører mot senteret nå', [], None, True),
    (F, 'acute_danger', 'nei, han er på vei til jobb', [], None, False),
    (F, 'contact_mode', 'moren hennes er på vei hit nå for å hente henne', [], None, True),
    (F, 'contact_mode', 'søstera kommer hit nå med bagen hennes', [], None, False),
    (F, 'contact_mode', 'barnefaren kommer med barnet nå', [], None, False),
    (F, 'contact_mode', 'hun kommer hit i kveld med taxi', [], None, False),
    (S, 'why_contact_now', 'she says he is heading here now', [], None, True),
    (S, 'why_contact_now', 'de er på vei hit, hele familien', [], None, True),
    (S, 'why_contact_now', 'han var på vei hit i helga men snudde', [], None, False),
    # the held-back h10 run (spent): the other time is the call, the coming is now
    (S, 'why_contact_now', 'samboeren ringte for ti minutter siden og sa at han er på vei hit nå', [], None, True),
    (S, 'why_contact_now', 'hun fikk en sms i går om at han er på vei nå', [], None, True),
    (F, 'acute_danger', 'han ringte for en time siden, nå er han på vei hit', [], None, True),
    (S, 'why_contact_now', 'han sa i går at han kommer hit i helgen', [], None, False),
    (S, 'why_contact_now', 'politiet kjører henne hit nå', [], None, False),
]


@pytest.mark.parametrize("dialogue,key,text,rels,gender,expected", COMING_NOTHING_KNOWN,
                         ids=[c[2] for c in COMING_NOTHING_KNOWN])
def test_112_with_nothing_known(dialogue, key, text, rels, gender, expected):
    slot = (FC_SLOT if dialogue is FC else SM_SLOT)[key]
    assert has_112(engine.handle(dialogue, slot, text, None, {})) is expected


_GENDER = {"F": persons.person_gender({"x": "han slo henne"}), "M": persons.person_gender({"x": "hun slo ham"}), None: None}

COMING_KNOWN = [
    (S, 'what_happened', 'han sa han skulle komme hit en gang', ['ektemann'], 'F', False),
    (S, 'living_situation', 'hun er på vei hit nå for å bo her', ['ektemann'], 'F', False),
    (S, 'pets', 'nei, men han er på vei hit nå', ['ektemann'], 'F', True),
    (S, 'threats_to_kill', 'ja, og mora er på vei hit nå', ['mor'], 'F', True),
    (S, 'threats_to_kill', 'ja, og hun er på vei hit nå', ['mor'], 'F', True),
    (S, 'threats_to_kill', 'ja, og ekskona står utenfor', ['ekskone'], 'M', True),
    (S, 'what_happened', 'sønnen slo henne og er på vei hit nå', ['sonn'], None, True),
    (S, 'pets', 'nei, men hun er på vei hit nå med hunden', ['ektemann'], 'F', False),
]


@pytest.mark.parametrize("dialogue,key,text,rels,gender,expected", COMING_KNOWN, ids=[c[2] for c in COMING_KNOWN])
def test_112_with_who_is_who_known(dialogue, key, text, rels, gender, expected):
    question = dialogue.by_slot[(FC_SLOT if dialogue is FC else SM_SLOT)[key]]
    assert danger_coming(text, question, rels, _GENDER[gender]) is expected


@pytest.mark.parametrize("text", ["she is on her way here", "hun er på vei hit", "hun kommer hit i morgen",
                                  "politiet er på vei hit med henne nå", "barnefaren kommer med barnet nå"])
def test_no_alarm_without_now_or_for_someone_bringing_her(text):
    assert not has_112(engine.handle(FC, FC_SLOT["contact_mode"], text, None, {}))


def test_her_standing_at_the_door_is_still_how_she_came():
    """Round 5's design: at the door, in «how did the contact come?», is the person arriving."""
    assert not has_112(engine.handle(FC, FC_SLOT["contact_mode"], "hun står utenfor døra nå", None, {}))


def test_what_she_did_to_him_is_still_read_whole():
    got = read(SM, "prior_reports", "nei, men hun har anmeldt ham en gang", slots_of(SM, SE))
    assert got.ok and got.value is True and not got.unsure


@pytest.mark.parametrize("text", ["hun er usikker på det", "usikker", "ho er usikker på om ho treng det"])
def test_unsure_of_the_answer_is_still_not_known(text):
    got = read(FC, "interpreter_needed", text)
    assert got.ok and got.value == parse.UNKNOWN


def test_complaining_is_no_correction():
    got = read(FC, "police_aware", "nei, hun beklager seg over politiet")
    assert got.ok and got.value is False and not got.unsure


@pytest.mark.parametrize(("text", "lean"), [("vet ikke, tror det", True), ("veit ikkje, trur ikkje det", False),
                                            ("vet ikke om det har blitt verre, tror ikke det", False)])
def test_not_knowing_with_a_lean_is_read_back(text, lean):
    got = read(FC, "escalated", text)
    assert got.ok and got.unsure and got.value is lean


def test_ingen_info_is_still_none_given_to_the_information_question():
    got = read(FC, "information_given", "ingen info")
    assert got.ok and got.value == []


def test_she_does_not_know_when_both_are_she_is_asked_back():
    ctx = slots_of(SM, {"feared_persons": ["mor"], "what_happened": "mora slo henne"})
    got = read(SM, "perpetrator_knows", "hun vet ikke", ctx)
    assert got.ok and got.unsure
    got = read(SM, "perpetrator_knows", "nei, hun vet ikke", ctx)  # a leading «nei» still answers
    assert got.ok and got.value is False and not got.unsure


@pytest.mark.parametrize(("text", "alarm"), [
    ("han er på vei hit nå, vi har ringt politiet", True),      # the police named, but not as the one coming
    ("han er på vei hit nå, politiet er varslet", True),
    ("politiet vet og han er på vei nå", True),
    ("he is on his way now, the neighbour called the police", True),
    ("han er på vei hit fra politistasjonen nå", True),           # let go by the police: not safe
    ("han er på vei hit nå med kniv", True),
    ("hun kommer hit nå med en venninne", False),                # the person, with company
    ("she is coming now with her sister", False),
    ("hun er på vei hit nå fra legevakta", False),
    ("tolken kommer nå", False),
    ("kollegaen kjører henne hit nå", False),
])
def test_a_safe_one_only_as_the_one_coming_or_as_company(text, alarm):
    assert has_112(engine.handle(FC, FC_SLOT["contact_mode"], text, None, {})) is alarm
    assert has_112(engine.handle(SM, SM_SLOT["why_contact_now"], text, None, {})) is alarm


# A third set (written after the second commit, run once untuned: 5/45 read wrong, the same 5 as on main – «det har
# hun ikke bestemt» and «ikke relevant, ingen barn» stored as no; «en undulat» asked again; «nei, ikke som jeg har
# fått med meg» stored as no; the mother feared and «nei, men hun har en katt» stored as yes).
CASES_C = [
    (F, 'acute_danger', 'nei, han bor i en annen by', False, None),
    (F, 'acute_danger', 'nei – han vet ikke hvor hun er', False, None),
    (F, 'acute_danger', 'hun sier nei', False, None),
    (F, 'acute_danger', 'ikke noe hun ville si', 'U', None),
    (F, 'interpreter_needed', 'nei takk', False, None),
    (F, 'interpreter_needed', 'ja, ukrainsk eller russisk', True, None),
    (F, 'escalated', 'verre nå enn før', True, None),
    (F, 'escalated', 'nei, ikke som jeg har fått med meg', 'H', None),
    (F, 'perpetrator_knows', 'nei, absolutt ikke', False, {'perpetrator_relation': ['mor']}),
    (F, 'perpetrator_knows', 'mamma vet det', True, {'perpetrator_relation': ['mor']}),
    (F, 'police_aware', 'ingen anmeldelse', False, None),
    (F, 'police_aware', 'ho har ikkje meldt det', False, None),
    (F, 'children_count', 'ho har ingen born', 0, None),
    (F, 'children_count', 'to gutter og ei jente', 3, None),
    (F, 'children_count', 'hun ville ikke si noe om barna', 'U', None),
    (F, 'feared_for_life', 'ja, i natt', True, None),
    (F, 'feared_for_life', 'nei, men hun er redd for barna', False, None),
    (F, 'going_home', 'nei, ikke i natt i hvert fall', False, None),
    (F, 'going_home', 'det har hun ikke bestemt', 'U', None),
    (F, 'registration_consent', 'ja det er greit for henne', True, None),
    (S, 'living_situation', 'med mamma', 'med_utover', {'feared_persons': ['mor']}),
    (S, 'living_situation', 'hun bor hos mora', 'med_utover', {'feared_persons': ['mor']}),
    (S, 'children_where', 'hos mormor', ['hos_andre'], {'feared_persons': ['mor']}),
    (S, 'pets', 'nei, men mora har katt', False, {'feared_persons': ['mor']}),
    (S, 'pets', 'en undulat', True, {'feared_persons': ['mor']}),
    (S, 'previous_shelter', 'nei aldri før', False, None),
    (S, 'perpetrators', 'samme', ['mor'], {'feared_persons': ['mor']}),
    (S, 'several_perpetrators', 'bare mamma', False, {'feared_persons': ['mor']}),
    (S, 'perpetrator_knows', 'nei, mora tror hun er på skolen', False, {'feared_persons': ['mor']}),
    (S, 'violence_setting', 'bare hjemme', 'bare_privat', {'feared_persons': ['mor']}),
    (S, 'feared_for_life', 'ingen svar', 'U', {'feared_persons': ['mor']}),
    (S, 'police_involved', 'nei, ingen har ringt politiet', False, {'feared_persons': ['mor']}),
    (S, 'prior_reports', 'nei, hun er ikke anmeldt', False, {'feared_persons': ['mor']}),
    (S, 'breached_restraining_order', 'nei, det finnes ikke noe forbud', False, {'feared_persons': ['mor']}),
    (S, 'children_exposed', 'ikke relevant, ingen barn', 'U', {'feared_persons': ['mor']}),
    (S, 'perpetrator_has_animals', 'nei, men hun har en katt', 'H',
     {'feared_persons': ['mor'], 'what_happened': 'mora slo henne'}),
    (S, 'perpetrator_has_animals', 'ja, mora har to katter', True, {'feared_persons': ['mor']}),
    (S, 'perpetrator_mental_health', 'ja, mora er syk', True, {'feared_persons': ['mor']}),
    (S, 'weapon_access', 'nei, ikke som jeg vet', 'H', {'feared_persons': ['mor']}),
    (S, 'perpetrator_substance_use', 'ja, piller', True, {'feared_persons': ['mor']}),
    (S, 'family_supports_violence', 'nei, faren prøver å stoppe det', False, {'feared_persons': ['mor']}),
    (S, 'threats_to_kill', 'nei, men hun har sagt hun skal kaste henne ut', False, {'feared_persons': ['mor']}),
    (S, 'strangulation', 'nei, aldri noe sånt', False, {'feared_persons': ['mor']}),
    (S, 'stalking_or_surveillance', 'ja, mora leser alle meldingene', True, {'feared_persons': ['mor']}),
    (S, 'recent_separation', 'nei, hun bor fortsatt hjemme', False, {'feared_persons': ['mor']}),
]


@pytest.mark.parametrize("dialogue,key,text,expected,ctx", CASES_C,
                         ids=case_ids(CASES_C))
def test_sweep_15c(dialogue, key, text, expected, ctx):
    got = read(dialogue, key, text, slots_of(dialogue, ctx))
    assert right(expected, got), got


# (dialogue, key, text, perpetrators, person gender, 112) – through the engine's whole turn, with the slots those say
COMING_C = [
    (S, 'pets', 'nei, men nå står mora utenfor', ['mor'], 'F', True),
    (S, 'pets', 'nei, men hun står utenfor nå', ['mor'], None, True),
    (S, 'weapon_access', 'ja, og hun er på vei hit nå', ['mor'], None, True),
    (S, 'threats_to_kill', 'ja, han sa han skulle komme hit en dag', ['ektemann'], 'F', False),
    (S, 'worst_fear', 'at han står utenfor en dag', ['ektemann'], 'F', False),
    (S, 'fear_if_going_home', 'at han er der når hun kommer hjem', ['ektemann'], 'F', False),
    (F, 'why_contact_now', 'han truet med å komme hit, men det var i fjor', [], None, False),
    (F, 'acute_danger', 'nei, han er på vei til utlandet', [], None, False),
    (F, 'acute_danger', 'ikke nå, men han kommer hit i kveld', [], None, True),
    (F, 'contact_mode', 'dei er på veg hit no, heile familien', [], None, True),
]


@pytest.mark.parametrize("dialogue,key,text,rels,gender,expected", COMING_C, ids=[c[2] for c in COMING_C])
def test_112_third_set_through_the_engine(dialogue, key, text, rels, gender, expected):
    slots = FC_SLOT if dialogue is FC else SM_SLOT
    values: dict[str, Any] = {}
    if rels:
        values[slots["feared_persons" if dialogue is SM else "perpetrator_relation"]] = rels
    if gender:
        values[slots["what_happened" if dialogue is SM else "why_contact_now"]] = (
            "hun slo ham" if gender == "M" else "han slo henne" if rels != ["mor"] else "mora slo henne")
    assert has_112(engine.handle(dialogue, slots[key], text, None, values)) is expected


def test_someone_elses_weapons_may_still_be_within_reach():
    got = read(SM, "weapon_access", "nei, men han har kniver", slots_of(SM, {"feared_persons": ["mor"]}))
    assert got.ok and got.value is True and not got.unsure
