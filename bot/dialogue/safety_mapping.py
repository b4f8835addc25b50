"""The safety-mapping dialogue («Kartlegging av vold og trusler»): questions in the guide's order.

The guide's form has an initial part and an overarching part («Kartlegging av vold og trusler»,
the form under «Skjemaer og maler»), and a separate form for honour-related violence («Kartlegging
av æresrelatert vold»), asked here as a branch when staff say the violence may be honour-related
(or start the mapping with «æresrelatert»). Record keys follow CONTRACTS.md §4 ``safety``; the
questions the contract does not name are stored as extra keys beside them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.dialogue import parse
from bot.dialogue.parse import FAIL, Parsed, has
from bot.dialogue.schema import CASE, CHOICE, CONFIRM, MULTI, NEW_CASE, YES_NO, Choice, Dialogue, Question, no, yes
from bot.storage.models import REF_ALPHABET, REF_LENGTH

MAPPING = "under-oppholdet-botilbudet/gjennomfor-systematisk-kartlegging/kartlegging-av-vold-og-trusler"
FORM = "skjemaer-og-maler/kartlegging-av-vold-og-trusler-skjema"
HONOUR = "under-oppholdet-botilbudet/gjennomfor-systematisk-kartlegging/kartlegging-av-aeresrelatert-vold"
DIGITAL = "oppfolging-av-barn-pa-krisesenter/barn-og-sikkerhet/digital-sikkerhet"
CHILD_PLAN = "oppfolging-av-barn-pa-krisesenter/barn-og-sikkerhet/sikkerhetsplan-for-barn"

INITIAL = "Innledende del"
OVERARCHING = "Overordnet del"
HONOUR_PART = "Æresrelatert vold"

# The letters ``new_case_ref`` uses (no 0/O, 1/I/L), so text can only point at a code that can exist.
_CODE = f"[{REF_ALPHABET}]{{{REF_LENGTH}}}"
REF_RE = re.compile(rf"\bK ?- ?({_CODE})\b", re.I)
REF_NO_DASH_RE = re.compile(rf"\bK({_CODE})\b", re.I)


def find_ref(text: str) -> str | None:
    """A case ref in free text («kartlegging for k-7f3q2a») in its stored form, else None.

    Without the dash only a code with a digit counts, so a word like «kanskje» is never a ref.
    """
    match = REF_RE.search(text or "")
    if match is None:
        match = next((m for m in REF_NO_DASH_RE.finditer(text or "") if re.search(r"\d", m.group(1))), None)
    return f"K-{match.group(1).upper()}" if match else None


def case_answer(t: str) -> Parsed:
    """«K-7F3Q2A» → that ref; «ny sak», «ingen sak», «ny» → a new case. Existence is checked later."""
    ref = find_ref(t)
    if ref:
        return Parsed(True, ref)
    if has(t, r"^ (ny|nei|ingen)\b", r"\bny sak\b", r"\bingen sak\b", r"\bopprett\w*\b", r"\blag (en )?ny\b",
           r"\bnytt saksnummer\b", r"\bhar ikke (noe )?saksnummer\b", r"\bikke registrert\b", r"\bny kartlegging\b"):
        return Parsed(True, NEW_CASE)
    return FAIL


def _several(t: str) -> Parsed:
    """One perpetrator or several? «bare han» is one; «faren og brødrene» several."""
    if has(t, r"\b(flere|fleire|begge|to stykker|hele familien|heile familien|storfamilien)\b",
           r"\b(og|og så) (broren|brødrene|brørne|faren|moren|mora|onkel\w*|fetter\w*|svigerfamilien|sønnen|"
           r"vennene|kameratene)\b", r"\bbrødrene\b", r"\b(familien|slekta) (hans|hennes)\b"):
        return Parsed(True, True)
    if has(t, r"\b(bare|berre|kun|bere) (han|ho|hun|en|én|ein|ei|mannen|eksen|faren|den ene)\b",
           r"^ (en|én|ein|ei|1|han|mannen|eksen) $", r"\b(én|ein) utøver\b", r"\bingen andre\b", r"\bikke flere\b"):
        return Parsed(True, False)
    return parse.yes_no(t)


def _honour_hinted(values: Mapping[str, Any]) -> bool:
    return values.get("sm_honour_related") is True


CONTROL_AREAS = (
    Choice("telefon", "telefon", (r"telefon", r"mobil", r"meldinger", r"snap", r"sosiale medier")),
    Choice("penger", "penger", (r"peng", r"lønn", r"bankkort", r"økonomi")),
    Choice("bevegelse", "hvor hun/han går", (r"går", r"bevegelse", r"ute", r"hjemme", r"følge",
                                             r"alene", r"kveld", r"sperret inne", r"stengt inne")),
    Choice("venner", "venner og kjæreste", (r"venn", r"kjæreste", r"omgang", r"nettverk")),
    Choice("klaer", "klær", (r"klær", r"hijab", r"sminke", r"kle seg")),
    Choice("skole", "skole eller jobb", (r"skole", r"jobb", r"utdanning", r"studier")),
)


def _control(t: str) -> Parsed:
    if has(t, r"^ (alt|alle|alt sammen|absolutt alt|hele livet|heile livet)\b"):
        return Parsed(True, [c.code for c in CONTROL_AREAS])
    if has(t, r"^ (ingenting|ingen|ikke noe|ikkje noko|nei)\b"):
        return Parsed(True, [])
    return parse.all_of(t, [(c.code, c.phrases) for c in CONTROL_AREAS])


YES_NO_HINT = "Svar «ja», «nei» eller «vet ikke» (eller «vil ikke svare», «hopp over»)."


def _yn(slot: str, key: str, label: str, text: str, reason: str, source: str, yes_phrases: tuple[str, ...],
        no_phrases: tuple[str, ...] = (), change: tuple[str, ...] = (), part: str = OVERARCHING,
        **kw: Any) -> Question:
    return Question(slot, key, label, text, YES_NO, reason, source, YES_NO_HINT,
                    choices=(yes(*yes_phrases), no(*no_phrases)), change_words=change, part=part, **kw)


CASE_QUESTION = Question(
    "sm_case", "", "Sak",
    "Hvilken sak gjelder kartleggingen? Skriv saksnummeret (f.eks. K-7F3Q2A), eller «ny sak».", CASE,
    "Kartleggingen lagres med saken, slik at den kan oppdateres senere (hver kartlegging blir en ny versjon).",
    MAPPING, "Skriv saksnummeret, for eksempel «K-7F3Q2A», eller «ny sak» hvis personen ikke har en sak ennå.",
    parser=case_answer, change_words=("sak", "saksnummer"), part=INITIAL, ask_action=True)

QUESTIONS: tuple[Question, ...] = (
    CASE_QUESTION,
    # --- the initial part: the situation in brief --------------------------------------------------
    _yn("sm_lives_with_perpetrator", "lives_with_perpetrator", "Bor sammen med utøver",
        "Bor hun/han sammen med utøveren?",
        "Skjemaets innledende del spør om personen bor alene eller sammen med noen – det avgjør hvor trygt det er "
        "å dra hjem.", FORM,
        (r"\bbor sammen\b", r"\bsamboer", r"\bgift\b", r"\bbor (med|hos) (han|ham|henne|ho|dei|de)"),
        (r"\bbor alene\b", r"\bflyttet fra\b", r"\bflytta frå\b", r"\bhver for seg\b",
         r"\bbor for seg selv\b"),
        change=("bor sammen", "bor", "bur"), part=INITIAL),
    _yn("sm_previous_shelter", "previous_shelter", "Vært på krisesenter før", "Har hun/han vært på krisesenter før?",
        "Har personen vært på krisesenter før, spør veilederen hvor, hvorfor hun/han dro og hvordan det var.", FORM,
        (r"\bvært (her|på (krisesenter|senter))", r"\bvore (her|på)", r"\bførste gang\b(?! hun)",
         r"\bpå (et )?annet (krise)?senter\b", r"\btidligere opphold\b"),
        (r"\baldri vært\b", r"\bførste gang (hun|ho|han) er\b", r"\bførste gang på\b"),
        change=("krisesenter før", "tidligere opphold", "vært her før"), part=INITIAL),
    _yn("sm_pets", "pets", "Dyr", "Har hun/han dyr (kjæledyr eller husdyr) som må tas hensyn til?",
        "Skjemaet spør om dyr: utøvere bruker dem til å true og presse, og mange drar ikke uten dem.", FORM,
        (r"\b(hund|katt|katter|hunder|hest|kanin|dyr|fugl|papegøye|marsvin|kjæledyr|husdyr|gårdsdyr)\b",),
        (r"\bingen dyr\b", r"\bikke dyr\b"), change=("dyr", "kjæledyr", "husdyr"), part=INITIAL),
    # --- the overarching part, in the form's order --------------------------------------------------
    Question("sm_several_perpetrators", "several_perpetrators", "Flere utøvere",
             "Er det én eller flere utøvere?", YES_NO,
             "Flere utøvere er ett av punktene veilederen ber deg kartlegge; det kan også peke mot æresrelatert "
             "vold.", MAPPING, "Svar «én», «flere» eller «vet ikke».",
             choices=(Choice(False, "én", (), "Én"), Choice(True, "flere", (), "Flere")), parser=_several,
             change_words=("flere utøvere", "utøvere", "én eller flere"), part=OVERARCHING),
    _yn("sm_perpetrator_knows", "perpetrator_knows", "Utøver vet",
        "Vet utøveren hvor hun/han er, eller at hun/han søker hjelp?",
        "Om utøveren vet at hun/han har søkt hjelp, er med i veilederens kartlegging av vold og trusler – det kan "
        "øke faren.", MAPPING,
        (r"\b(han|hun|ho|utøver\w*|de|dei) (vet|veit|har funnet ut|fant ut|skjønner|har skjønt|har sett)\b",
         r"\bvet om det\b", r"\bhar sporet\b", r"\bfulgte etter\b", r"\bkjenner adressen\b"),
        change=("utøver vet", "vet utøver", "vet hvor")),
    _yn("sm_escalation", "escalation", "Volden har økt",
        "Har volden blitt verre eller hyppigere i det siste?",
        "Økende vold er et av tegnene veilederen ber deg se etter.", MAPPING,
        (r"verre", r"trappet opp", r"\bøkt", r"\bøker\b", r"oftere", r"hyppigere", r"eskal", r"grovere",
         r"\bmer (vold|alvorlig)", r"vorte verre", r"meir"),
        (r"som før", r"som vanlig", r"samme som", r"roet seg", r"mindre", r"sjeldnere"),
        change=("opptrapping", "verre", "eskalering", "økt", "trappet")),
    _yn("sm_feared_for_life", "feared_for_life", "Fryktet for livet", "Har hun/han fryktet for livet sitt?",
        "Om personen har fryktet for livet, er et av de viktigste punktene i kartleggingen.", MAPPING,
        (r"redd for (å dø|livet)", r"trodde (hun|han|ho) skulle dø", r"fryktet for livet", r"frykta for livet",
         r"redd (han|ho|hun) skal drepe"),
        change=("fryktet", "livet", "frykt for livet")),
    _yn("sm_threats_to_kill", "threats_to_kill", "Drapstrusler",
        "Har utøveren truet med å drepe henne/ham, barna eller seg selv?",
        "Trusler om drap sier mye om trusselbildet, som veilederen sier kan gå helt til livsfare.", MAPPING,
        (r"drepe", r"drap", r"ta livet", r"\bdø\b", r"\bskal (drepe|ta)\b", r"trua med å drepe", r"\bkverke"),
        change=("drapstrusler", "drap", "trusler", "truet")),
    _yn("sm_weapon_access", "weapon_access", "Tilgang til våpen",
        "Har utøveren tilgang til våpen (skytevåpen, kniv eller annet)?",
        "Tilgang til våpen er et av punktene veilederen ber deg kartlegge.", MAPPING,
        (r"våpen", r"gevær", r"pistol", r"rifle", r"hagle", r"jakt", r"kniv", r"\bøks\b", r"skytevåpen",
         r"våpenkort"),
        change=("våpen", "vapen", "kniv", "gevær")),
    _yn("sm_strangulation", "strangulation", "Kvelning",
        "Har utøveren tatt kvelertak eller prøvd å kvele henne/ham?",
        "Kvelning er spurt om fordi det er en av de farligste formene for fysisk vold.", FORM,
        (r"kvel", r"kvelertak", r"rundt halsen", r"halsen", r"strup", r"fikk ikke puste", r"fekk ikkje puste",
         r"kvelt"),
        change=("kvelning", "kvelertak", "kvele", "kvelt")),
    _yn("sm_sexual_violence", "sexual_violence", "Seksuell vold",
        "Har utøveren utsatt henne/ham for seksuell vold eller tvunget til sex?",
        "Seksuell vold er en av voldsformene kartleggingen skal få fram.", MAPPING,
        (r"voldt", r"overgrep", r"tvunget", r"tvinger", r"\bsex\b", r"seksuel", r"valdtekt", r"valdteke"),
        change=("seksuell", "sex", "voldtekt", "seksuell vold")),
    _yn("sm_stalking", "stalking_or_surveillance", "Forfølgelse eller overvåking",
        "Forfølger, overvåker eller sporer utøveren henne/ham – også digitalt (telefon, GPS, sosiale medier)?",
        "Utøveren kan spore og kontakte via telefon, nett, GPS og sosiale medier; veilederen ber deg sjekke "
        "dette tidlig.", DIGITAL,
        (r"forfølg", r"overvåk", r"spor", r"gps", r"følger etter", r"fulgte etter", r"sjekker (telefonen|mobilen)",
         r"snap", r"meldinger", r"ringer (hele tiden|stadig|konstant)", r"dukker opp", r"passer på", r"lokasjon",
         r"kamera", r"app", r"forfylg"),
        change=("forfølgelse", "overvåking", "sporing", "digital", "forfølger")),
    _yn("sm_prior_reports", "prior_reports", "Anmeldt eller dømt før",
        "Er utøveren anmeldt eller dømt for vold før?",
        "Tidligere anmeldelser og dommer er et av punktene veilederen ber deg kartlegge.", MAPPING,
        (r"anmeldt", r"dømt", r"dom\b", r"straffet", r"sittet inne", r"fengsel", r"meldt til politiet", r"melde"),
        change=("anmeldt", "dømt", "anmeldelse", "dom")),
    _yn("sm_breached_order", "breached_restraining_order", "Brutt besøks- eller kontaktforbud",
        "Har utøveren brutt et besøksforbud eller kontaktforbud?",
        "Brutt besøksforbud er et av punktene veilederen ber deg kartlegge.", MAPPING,
        (r"\bbrutt\b", r"\bbrøt\b", r"\bbryter\b", r"\bbrote\b", r"tok kontakt likevel", r"kom likevel"),
        (r"ikke (noe |noen )?(besøksforbud|kontaktforbud)", r"har ikke (hatt )?besøksforbud",
         r"aldri hatt (besøks|kontakt)forbud", r"ingen (besøks|kontakt)forbud"),
        change=("besøksforbud", "kontaktforbud", "brutt")),
    _yn("sm_children_exposed", "children_exposed", "Barn hos eller utsatt for utøver",
        "Er det barn hos utøveren nå, eller har barn sett, hørt eller vært utsatt for volden?",
        "Veilederen spør om barn er hos utøveren nå og hva barna har opplevd; barn skal ha egen trusselkartlegging "
        "og sikkerhetsplan.", MAPPING,
        (r"\b(hos|med) (han|ham|faren|far|pappa|utøver\w*)\b", r"\b(sett|hørt|så|hørte|opplevd|til stede|vitne)\b",
         r"\butsatt\b", r"\bslått (barna|barnet|ungene)"),
        (r"\bingen barn\b", r"\bhar ikke barn\b", r"\bikke barn\b", r"\bbarnløs\b", r"\bhar ikkje born\b"),
        change=("barn", "barna", "barnet")),
    _yn("sm_recent_separation", "recent_separation", "Nylig eller planlagt brudd",
        "Har hun/han nylig gått fra utøveren, eller planlegger å gjøre det?",
        "Et brudd som nettopp har skjedd eller er planlagt, er spurt om fordi utøver kan reagere på det.", MAPPING,
        (r"\b(gått|gikk|flyttet|flytta|dro) fra\b", r"\bgjort det slutt\b", r"\bslutt\b", r"\bskille\b",
         r"\bskilsmisse\b", r"\bseparer",
         r"\bflytte (ut|fra)\b", r"\bplanlegg", r"\bbrudd\b", r"\bgå fra\b", r"\bforlate\b", r"\bforlot\b",
         r"\bvil gå\b", r"\bnettopp\b"),
        change=("brudd", "separasjon", "gått fra", "skilsmisse")),
    _yn("sm_substance_use", "perpetrator_substance_use", "Utøvers rusbruk",
        "Ruser utøveren seg (alkohol, narkotika, piller), også når volden skjer?",
        "Rus hos utøver er et av punktene veilederen ber deg kartlegge.", MAPPING,
        (r"\brus", r"drikk", r"full\b", r"fyll", r"alkohol", r"narkotika", r"hasj", r"kokain", r"amfetamin",
         r"piller", r"dop", r"ruset", r"drekk"),
        change=("rus", "rusbruk", "alkohol", "drikker")),
    _yn("sm_mental_health", "perpetrator_mental_health", "Utøvers psykiske helse",
        "Har utøveren psykiske problemer, så vidt hun/han vet?",
        "Psykiske problemer hos utøver er et av punktene veilederen ber deg kartlegge.", MAPPING,
        (r"psykisk", r"psykose", r"diagnose", r"deprimert", r"depresjon", r"bipolar", r"schizo", r"ustabil",
         r"sjuk i hovudet", r"syk i hodet", r"innlagt", r"dps", r"paranoid"),
        change=("psykisk", "psykiske problemer", "psykisk helse")),
    _yn("sm_family_support", "family_supports_violence", "Andre i familien støtter volden",
        "Støtter andre i familien volden eller truslene?",
        "Om andre i familien støtter volden, er et av punktene veilederen ber deg kartlegge – og et kjennetegn "
        "på æresrelatert vold.", MAPPING,
        (r"familien (hans|hennes|støtter|er med|står bak|presser|truer)", r"\bstøtter\b", r"svigerfamilien",
         r"(broren|faren|moren|mora|onkelen|brødrene) (hans|hennes )?(er med|støtter|truer)", r"står bak"),
        change=("familien", "støtter volden", "familie"),
        note=lambda v: HONOUR_NOTE if answers_point_to_honour(v) else None),
    Question("sm_honour_related", "honour_related", "Æresrelatert",
             "Kan volden være æresrelatert – for å verne eller gjenreise familiens ære (ofte flere utøvere, streng "
             "kontroll, tvangsekteskap)?", YES_NO,
             "Æresrelatert vold kan gi svært høy risiko; veilederen ber deg fange den opp tidlig og bruke eget "
             "kartleggingsskjema.", HONOUR, YES_NO_HINT,
             choices=(yes(r"\bære", r"æres", r"tvangsekteskap", r"tvangsgift", r"familiens", r"skam", r"kontroll"),
                      no(r"\bpartnervold\b", r"\bbare han\b")),
             change_words=("æresrelatert", "ære", "æresvold"), part=OVERARCHING),
    # --- the honour-related branch («Kartlegging av æresrelatert vold») ----------------------------
    Question("sm_hr_ran_away", "ran_away_or_thrown_out", "Rømt eller kastet ut",
             "Har hun/han rømt hjemmefra, eller er hun/han kastet ut?", CHOICE,
             "Veilederens skjema for æresrelatert vold spør om personen har rømt eller er kastet ut.", HONOUR,
             "Svar «rømt», «kastet ut» eller «ingen av delene».",
             choices=(Choice("romt", "rømt", (r"\brømt", r"\brømte", r"\bstakk av", r"\bflykta", r"\bflyktet",
                                              r"\bdro (hjemmefra|sin vei)"), "Rømt"),
                      Choice("kastet_ut", "kastet ut", (r"kast\w* (\w+ )?ut", r"kasta ut", r"kastet på dør", r"jaget",
                                                        r"utestengt", r"utstøtt"), "Kastet ut"),
                      Choice("ingen", "ingen av delene", (r"^ (nei|ingen|ingen av delene|ingen av dem|verken)\b",
                                                          r"\bbor (fortsatt )?hjemme\b"), "Ingen av delene")),
             ask_if=_honour_hinted, depends_on=("sm_honour_related",), change_words=("rømt", "kastet ut"),
             part=HONOUR_PART),
    Question("sm_hr_feared_persons", "feared_persons", "Redd for (familie)",
             "Hvem i familien eller nettverket er hun/han redd for?", MULTI,
             "Veilederen spør hvem personen er redd for; ved æresrelatert vold er det ofte flere.", HONOUR,
             "Svar for eksempel «faren og brødrene», «onkelen» eller «svigerfamilien».",
             choices=(Choice("far", "far", (r"\bfar(en)?\b", r"\bpappa",)),
                      Choice("mor", "mor", (r"\bmor(a|en)?\b", r"\bmamma")),
                      Choice("sosken", "søsken", (r"\bbror", r"\bbrødre", r"\bsøster", r"\bsøsken", r"\bsyster")),
                      Choice("partner", "partner eller ektefelle", (r"\bmann(en)?\b", r"ektemann", r"\bkone",
                                                                    r"kjæreste", r"forlovede", r"partner")),
                      Choice("svigerfamilie", "svigerfamilie", (r"svigerfamil", r"svigerfar", r"svigermor",
                                                                 r"svoger")),
                      Choice("storfamilie", "storfamilie og slekt", (r"onkel", r"tante", r"fetter", r"kusine",
                                                                      r"storfamil", r"slekt", r"besteforeld",
                                                                      r"bestefar", r"familien")),
                      Choice("andre", "andre i nettverket", (r"\bmiljø", r"\bvenn", r"\bimam\b", r"\bnettverk",
                                                             r"\bandre\b"))),
             ask_if=_honour_hinted, depends_on=("sm_honour_related",), change_words=("redd for",),
             part=HONOUR_PART),
    _yn("sm_hr_travel_abroad", "planned_travel_abroad", "Planlagt reise til utlandet",
        "Er det planlagt en reise til utlandet (f.eks. «ferie» til hjemlandet), og er hun/han redd for hva som skjer "
        "ved retur?",
        "Veilederen ber deg spørre om planlagte reiser til utlandet og hva som skjer ved retur.", HONOUR,
        (r"reise", r"ferie", r"hjemlandet", r"utlandet", r"sendt (ut|til)", r"\bfly\b", r"billett"),
        change=("reise", "utlandet", "utenlandsreise"), part=HONOUR_PART, ask_if=_honour_hinted,
        depends_on=("sm_honour_related",)),
    _yn("sm_hr_family_knows", "family_knows_contact", "Familien vet om kontakten",
        "Vet familien at hun/han har kontakt med krisesenteret?",
        "Veilederen spør om familien vet om kontakten med senteret – det påvirker hvor trygg personen er.", HONOUR,
        (r"\b(familien|de|dei|faren|moren) (vet|veit|har funnet ut|fant ut)\b", r"vet om det"),
        change=("familien vet",), part=HONOUR_PART, ask_if=_honour_hinted, depends_on=("sm_honour_related",)),
    Question("sm_hr_control", "control_areas", "Kontroll",
             "Hva blir kontrollert – telefon, penger, hvor hun/han går, venner eller kjæreste, klær, skole?", MULTI,
             "Veilederen ber deg kartlegge graden av kontroll (telefon, penger, bevegelsesfrihet, kjæreste).", HONOUR,
             "Svar for eksempel «telefonen og pengene», «alt» eller «ingenting».",
             choices=CONTROL_AREAS, parser=_control,
             ask_if=_honour_hinted, depends_on=("sm_honour_related",),
             change_words=("kontroll",), part=HONOUR_PART),
    _yn("sm_hr_punishment", "punished_for_breaking_rules", "Straff ved regelbrudd",
        "Blir hun/han straffet når familiens regler brytes?",
        "Veilederen ber deg spørre om straff ved regelbrudd.", HONOUR,
        (r"straff", r"slått", r"slår", r"innestengt", r"stengt inne", r"tatt (fra|telefonen)", r"husarrest",
         r"juling", r"konsekvens"),
        change=("straff", "regelbrudd"), part=HONOUR_PART, ask_if=_honour_hinted, depends_on=("sm_honour_related",)),
    _yn("sm_hr_marriage", "forced_marriage_risk", "Planlagt ekteskap eller frykt for tvangsekteskap",
        "Er det planlagt ekteskap, eller er hun/han redd for tvangsekteskap?",
        "Veilederen ber deg spørre om planlagt ekteskap eller frykt for tvangsekteskap.", HONOUR,
        (r"gift", r"ekteskap", r"bryllup", r"forlov", r"tvangs", r"giftemål", r"fetter"),
        change=("ekteskap", "tvangsekteskap", "gifte"), part=HONOUR_PART, ask_if=_honour_hinted,
        depends_on=("sm_honour_related",)),
)


CONFIRM_QUESTION = Question(
    "sm_confirm", "", "Bekreftet", "Stemmer oppsummeringen?", CONFIRM,
    "Ingenting lagres før du har sett oppsummeringen og sagt ja.", MAPPING,
    "Svar «ja» for å lagre, «endre <hva>» for å rette et svar, eller «avbryt» for å forkaste.", ask_action=True)

SAFETY_DIALOGUE = Dialogue("safety_mapping", "safety_mapping_form", "kartleggingen av vold og trusler", QUESTIONS,
                           CONFIRM_QUESTION)


HONOUR_NOTE = ("Flere utøvere og familie som støtter volden kan peke mot æresrelatert vold "
               "(veilederen: «Kartlegging av æresrelatert vold»). Svarer du ja på neste spørsmål, tar vi "
               "veilederens spørsmål om æresrelatert vold.")


def answers_point_to_honour(values: Mapping[str, Any]) -> bool:
    """Several perpetrators and family support together point to honour-related violence."""
    return values.get("sm_several_perpetrators") is True and values.get("sm_family_support") is True


def wants_honour_branch(text: str) -> bool:
    """Staff asked for the honour-related part when starting («kartlegging av æresrelatert vold»)."""
    return bool(re.search(r"æres|aeres|tvangsekteskap", text or "", re.I))
