"""The first-contact dialogue («Første henvendelse»): its questions in the guide's order.

How contact came, acute danger, interpreter, the initial mapping (who, what, escalation, does the
perpetrator know, do the police know, children and where they are, feared for life), what help is
needed, what information was given, going home; then a confirmed summary.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.dialogue import parse
from bot.dialogue.parse import FAIL, Parsed, has
from bot.dialogue.schema import (
    ACUTE,
    CHOICE,
    CONFIRM,
    COUNT,
    MULTI,
    TEXT,
    YES_NO,
    Choice,
    Dialogue,
    Question,
    no,
    yes,
)

FIRST_CONTACT = "forste-henvendelse/fa-oversikt-over-situasjonen"
GOING_HOME_ENTRY = "forste-henvendelse/nar-den-voldsutsatte-vil-dra-hjem"
POLICE_ENTRY = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/nar-er-det-nodvendig-a-involvere-politiet"

# --- contact mode ---------------------------------------------------------------------------------

CONTACT_MODES = (
    Choice("telefon", "telefon", (r"ring", r"telefon", r"\btlf", r"\bsms\b", r"chat", r"på tråden"), "Telefon"),
    Choice("oppmote", "møtte opp selv", (r"møtte opp", r"kom (hit )?(selv|sjølv)", r"oppmøte", r"står (i|ved) døra",
                                         r"kom inn", r"på døra", r"ringte på", r"dukket opp", r"kom hit",
                                         r"står utenfor", r"møtt opp", r"personlig", r"egen hånd", r"taxi"),
           "Møtte opp selv"),
    Choice("brakt_av_politiet", "brakt av politiet", (r"politi", r"\bpatrulje"), "Brakt av politiet"),
    Choice("brakt_av_annen_tjeneste", "brakt av en annen tjeneste",
           (r"barnevern", r"legevakt", r"\bnav\b", r"sykehus", r"helsestasjon", r"fastlege", r"familievern",
            r"\bkommune", r"tjeneste", r"\bfulgt av\b", r"fulgte (henne|ham|han|ho)", r"sendt (hit )?av", r"sendte",
            r"henviste", r"krisesenter i", r"\bdps\b", r"skole"), "Brakt av annen tjeneste"),
    Choice("annet", "annet", (r"\bannet\b", r"\bandre måte", r"e-?post", r"brev"), "Annet"),
)
# Tried in this order: who brought the person beats how, «ringte på» (doorbell) beats «ringte».
_CONTACT_ORDER = ("brakt_av_politiet", "brakt_av_annen_tjeneste", "oppmote_doorbell", "telefon", "oppmote",
                  "annet")


def _contact_mode(t: str) -> Parsed:
    by_code = {c.code: c.phrases for c in CONTACT_MODES}
    by_code["oppmote_doorbell"] = (r"ringte på",)
    if t.strip() in by_code:
        return Parsed(True, t.strip())
    found = parse.one_of(t, [(code, by_code[code]) for code in _CONTACT_ORDER])
    return Parsed(True, "oppmote") if found.value == "oppmote_doorbell" else found


# --- interpreter and language ---------------------------------------------------------------------

LANGUAGES = (
    "arabisk", "somali", "somalisk", "tigrinja", "dari", "farsi", "persisk", "pashto", "kurdisk", "sorani",
    "kurmanji", "tyrkisk", "urdu", "punjabi", "hindi", "bengali", "tamil", "thai", "vietnamesisk", "kinesisk",
    "mandarin", "filippinsk", "tagalog", "polsk", "litauisk", "latvisk", "estisk", "russisk", "ukrainsk",
    "rumensk", "bulgarsk", "serbisk", "kroatisk", "bosnisk", "albansk", "engelsk", "spansk", "portugisisk",
    "fransk", "tysk", "italiensk", "amharisk", "oromo", "swahili", "lingala", "nordsamisk", "samisk",
    "lulesamisk", "sørsamisk", "kvensk", "romani", "romanes", "tegnspråk", "norsk tegnspråk", "gresk", "ungarsk",
    "tsjekkisk", "slovakisk", "nepali", "burmesisk", "karen", "japansk", "koreansk", "hebraisk", "armensk",
    "georgisk", "tsjetsjensk", "uigurisk", "usbekisk", "pashtu", "sinhala", "malayalam", "teluga", "gujarati",
)
_NOT_LANGUAGES = {"norsk", "ikkje", "ikke", "usikker", "sikker"}


def language(t: str) -> Parsed:
    for lang in sorted(LANGUAGES, key=len, reverse=True):
        if re.search(rf"\b{re.escape(lang)}\b", t):
            return Parsed(True, "somali" if lang == "somalisk" else lang)
    words = re.findall(r"[a-zæøå]+", t)
    if len(words) == 1 and words[0].endswith("isk") and words[0] not in _NOT_LANGUAGES:
        return Parsed(True, words[0])
    return FAIL


_NO_INTERPRETER = (r"snakker (godt |bra |flytende )?norsk", r"kan norsk", r"forstår norsk", r"ingen tolk",
                   r"trenger ikke tolk", r"ikke behov for tolk", r"norsk er greit", r"klarer seg på norsk",
                   r"snakkar norsk", r"treng ikkje tolk", r"går fint på norsk", r"norsk går fint")


def interpreter(t: str) -> Parsed:
    """Needs an interpreter? A language name alone means yes (and is kept for the next question)."""
    if has(t, *_NO_INTERPRETER):
        return Parsed(True, False)
    first = parse.first_word(t)
    if first in ("nei", "ja"):
        return parse.yes_no(t)
    if language(t).ok:
        return Parsed(True, not (has(t, r"\bnorsk\b") and not has(t, r"tolk")))
    if has(t, r"\btolk\b", r"telefontolk", r"skjermtolk", r"\btrolk\b") and not has(t, r"\b(ikke|ikkje)\b"):
        return Parsed(True, True)
    return parse.yes_no(t)


def _language_too(t: str, value: Any) -> dict[str, Any]:
    found = language(parse.norm(t)) if value is True else FAIL
    return {"language": found.value} if found.ok else {}


# --- perpetrator relation and violence forms ------------------------------------------------------

RELATIONS = (
    Choice("tidligere_partner", "tidligere partner",
           (r"\beks", r"tidligere (mann|kone|partner|samboer|kjæreste|ektemann|ektefelle)", r"\bex\b",
            r"forrige (mann|kone|partner|samboer)", r"separert", r"skilt", r"tidlegare"), "Tidligere partner"),
    Choice("partner", "partner",
           (r"\bmann(en)?\b", r"ektemann", r"ektefelle", r"\bkona\b", r"\bkone\b", r"samboer", r"kjæreste",
            r"partner", r"\bdama\b", r"\bfyren\b", r"typen", r"forlovede", r"gift med", r"\bkjærast",
            r"sambuar", r"\bhusbond", r"datet", r"mannen (hennes|hans|sin)"), "Partner"),
    Choice("forelder", "forelder", (r"\bfar(en)?\b", r"\bmor(a|en)?\b", r"foreldr", r"\bpappa", r"\bmamma",
                                    r"stefar", r"stemor"), "Forelder"),
    Choice("barn", "eget barn", (r"\bsønn", r"\bdatter", r"\bdattera\b", r"\bsonen\b", r"\bbarnet (hennes|hans|sitt)",
                                 r"voksne barn"), "Eget barn"),
    Choice("annen_familie", "annen familie",
           (r"svigerfamil", r"svigermor", r"svigerfar", r"\bbror", r"søster", r"\bonkel", r"\btante", r"fetter",
            r"kusine", r"familien", r"slekt", r"besteforeld", r"\bbestefar", r"\bbestemor", r"svoger",
            r"svigerinne", r"\bsyster", r"storfamil"), "Annen familie"),
    Choice("annen", "annen person", (r"nabo", r"venn", r"kollega", r"arbeidsgiver", r"fremmed", r"hallik",
                                     r"bekjent", r"\bannen\b", r"\bsjef"), "Annen"),
)

VIOLENCE_FORMS = (
    Choice("fysisk", "fysisk", (r"fysisk", r"\bslå", r"\bslag", r"\bslår\b", r"\bslo\b", r"dytt", r"spark", r"lugg",
                                r"kvel", r"biting", r"\bbit", r"skade", r"banket", r"juling", r"knuff", r"røsk",
                                r"valdeleg", r"fysisk vald"), "Fysisk"),
    Choice("psykisk", "psykisk", (r"psykisk", r"truer", r"truet", r"trusler", r"trussel", r"kontroll", r"isoler",
                                  r"nedverdig", r"kjefte", r"skjell", r"ydmyk", r"sjikan", r"trakass", r"manipul",
                                  r"trugsmål", r"truslar", r"trugar", r"truar", r"trua", r"får ikke lov",
                                  r"sosial kontroll"),
           "Psykisk"),
    Choice("seksuell", "seksuell", (r"seksuel", r"voldtekt", r"voldtatt", r"overgrep", r"\bsex\b"), "Seksuell"),
    Choice("materiell", "materiell", (r"materiel", r"ødelegg", r"knuser", r"knust", r"tingene (hennes|hans)",
                                      r"øydelegg")),
    Choice("okonomisk", "økonomisk", (r"økonomisk", r"\bpeng", r"lønn", r"bankkort", r"gjeld", r"økonomien"),
           "Økonomisk"),
    Choice("digital", "digital", (r"digital", r"\bnett", r"sosiale medier", r"snap", r"facebook", r"\bgps\b",
                                  r"sporing", r"sporer", r"telefonen hennes", r"meldinger", r"overvåk"), "Digital"),
    Choice("latent", "latent", (r"latent", r"konstant frykt", r"alltid redd", r"på vakt hele tiden",
                                r"eggeskall", r"tå hev")),
    Choice("aeresrelatert", "æresrelatert", (r"æres", r"\bære\b", r"aeres")),
    Choice("tvangsekteskap", "tvangsekteskap", (r"tvangsekteskap", r"tvangsgift", r"tvinge .*gifte",
                                                r"tvunget .*gift")),
    Choice("kjonnslemlestelse", "kjønnslemlestelse", (r"kjønnslemlest", r"omskjær", r"\bkls\b")),
    Choice("menneskehandel", "menneskehandel", (r"menneskehandel", r"trafficking", r"utnyttet", r"tvangsarbeid",
                                                r"prostitu")),
)

# --- children -------------------------------------------------------------------------------------


def children_count(t: str) -> Parsed:
    explicit = re.search(r"\b(\d{1,2}|[a-zæøå]+) (små |voksne |felles )?(barn|born|unger|ungar|stykker|jenter|"
                         r"gutter)\b", t)
    if explicit and parse.count_word(explicit.group(1)) is not None:
        n = parse.count_word(explicit.group(1))
        return Parsed(True, n) if n is not None and n <= 20 else FAIL
    if has(t, r"\b(ingen|null|har ikke barn|har ikkje born|ikke barn|ingen barn|barnløs|nei)\b") and not re.search(
            r"\d", t):
        return Parsed(True, 0)
    words = re.findall(r"[a-zæøå0-9]+", t)
    if len(words) <= 2:
        for w in words:
            n = parse.count_word(w)
            if n is not None and n <= 20:
                return Parsed(True, n)
    if has(t, r"\bbaby\b", r"\bsønn(en)?\b", r"\bdatter(en)?\b", r"^ barnet ", r"\btvillinger\b"):
        return Parsed(True, 2 if "tvilling" in t else 1)
    return FAIL


_WITH_PERPETRATOR = (r"hos (faren|far|mannen|han|utøver|pappa|eksen|eksmannen|moren|mora|mamma|henne|ho)\b",
                     r"med (faren|far|mannen|pappa|utøver)\b", r"hjemme (med|hos) (han|ham|faren|mannen)",
                     r"\bhos utøvar", r"er hos den", r"igjen hjemme")
_NOT_WITH_PERPETRATOR = (r"med (henne|meg|oss|seg|mor|moren|mamma|ho)\b", r"\bher\b", r"i barnehagen", r"på skolen",
                         r"hos (besteforeldre|mormor|farmor|søster|venn|bestemor|tante)", r"trygge",
                         r"\bhit\b", r"sammen med (henne|ho)", r"på senteret")


def _children_where_too(t: str, value: Any) -> dict[str, Any]:
    """«to barn, de er hos faren nå» answers where the children are as well."""
    if not isinstance(value, int) or value <= 0 or parse.button_value(t) is not None:
        return {}
    n = parse.norm(t)
    if has(n, *_WITH_PERPETRATOR):
        return {"children_with_perpetrator": True}
    if has(n, *_NOT_WITH_PERPETRATOR):
        return {"children_with_perpetrator": False}
    return {}


# --- help and information -------------------------------------------------------------------------

HELP_NEEDED = (
    Choice("botilbud", "botilbud", (r"sted å bo", r"\bbo\b", r"botilbud", r"overnatt", r"\bi natt\b", r"\bbu\b",
                                    r"husrom", r"rom her", r"flytte inn", r"opphold", r"plass her", r"beskyttelse",
                                    r"trygt sted", r"seng", r"stad å bu"), "Sted å bo (botilbud)"),
    Choice("dagtilbud", "samtaler (dagtilbud)", (r"samtale", r"snakke", r"dagtilbud", r"prate", r"støttesamtal",
                                                 r"komme på dagtid"), "Samtaler (dagtilbud)"),
    Choice("informasjon", "informasjon", (r"informasjon", r"\binfo\b", r"råd", r"veiledning", r"vite mer",
                                          r"rettigheter", r"hva som finnes"), "Informasjon"),
    Choice("henvisning", "henvisning til annen tjeneste",
           (r"henvis", r"videre til", r"familievern", r"advokat", r"\bnav\b", r"legevakt", r"barnevern", r"lege",
            r"dps", r"politiet", r"annen tjeneste", r"bistandsadvokat", r"kontakt med", r"anmelde"),
           "Henvisning videre"),
)

INFORMATION_ITEMS = (
    Choice("tilbudet", "hvilken hjelp krisesenteret gir (samtaler, botilbud, telefon døgnet rundt, oppfølging)",
           (r"tilbud", r"hjelp(en)? (vi|senteret|krisesenteret)", r"botilbud", r"samtaletilbud", r"døgnet",
            r"hva vi kan")),
    Choice("taushetsplikt", "at de ansatte har taushetsplikt (krisesenterloven § 5)", (r"taushet", r"teieplikt")),
    Choice("samtykke_politi", "at vi bare kontakter politiet med samtykke (unntak: avvergeplikt)",
           (r"samtykke", r"politi")),
    Choice("gratis_uten_henvisning", "at tilbudet er gratis og ikke krever henvisning (krisesenterlova § 2)",
           (r"gratis", r"henvisning", r"koster")),
)


_EXCEPT = re.compile(r"\b(unntatt|untatt|unntake|bortsett fr[aå]|utenom|utanom|men ikke|men ikkje|ikke om|ikkje om)\b")


def information_given(t: str) -> Parsed:
    """«alt», «ingen», the items named – and «alt unntatt gratis» / «taushetsplikt, men ikke politiet»:
    what follows an «except» word is taken out, never added."""
    codes = [c.code for c in INFORMATION_ITEMS]
    if t.strip() in codes:
        return Parsed(True, [t.strip()])
    match = _EXCEPT.search(t)
    head, rest = (t[:match.start()], t[match.end():]) if match else (t, "")
    items = [(c.code, c.phrases) for c in INFORMATION_ITEMS]
    excluded = parse.all_of(f" {rest} ", items).value if rest.strip() else []
    if rest.strip() and not excluded:
        return FAIL  # «alt unntatt det ene»: which one is not clear, so ask again
    if has(head, r"\b(alt|alle|alt sammen|hele lista|alle punktene|heile lista)\b"):
        return Parsed(True, [c for c in codes if c not in excluded])
    if has(head, r"\b(ingenting|ingen|ikke noe|ikkje noko|ikke ennå|nei|ingen ennå)\b"):
        return Parsed(True, [])
    named = parse.all_of(f" {head} ", items)
    if not named.ok:
        return named
    return Parsed(True, [c for c in named.value if c not in excluded])


_GOING_HOME = (r"(vil|skal|drar|reiser|må|ønsker å) (dra |reise |gå )?(hjem|heim)", r"hjem igjen", r"heim att",
               r"tilbake til (han|ham|mannen|henne)", r"drar hjem")
_STAYING = (r"(blir|bli|vil bo|skal bo|overnatter) (her|på senteret|på krisesenteret)", r"flytter inn",
            r"blir hos oss", r"vil bli")


def going_home(t: str) -> Parsed:
    if has(t, *_GOING_HOME) and parse.first_word(t) not in ("nei", "ja"):
        return Parsed(True, not has(t, r"\b(ikke|ikkje)\b"))
    if has(t, *_STAYING) and parse.first_word(t) != "ja":
        return Parsed(True, False)
    return parse.yes_no(t)


def _has_children(values: Mapping[str, Any]) -> bool:
    n = values.get("children_count")
    return isinstance(n, int) and not isinstance(n, bool) and n > 0


YES_NO_HINT = "Svar «ja», «nei» eller «vet ikke»."

QUESTIONS: tuple[Question, ...] = (
    Question("contact_mode", "contact_mode", "Kontakt",
             "Første henvendelse. Hvordan kom kontakten? (Skriv fritt, f.eks. «hun ringte», eller velg.)",
             CHOICE,
             "Veilederen skiller mellom telefon, oppmøte og at politiet eller en annen tjeneste kommer med personen; "
             "det avgjør hvordan du inviterer til samtale.",
             "forste-henvendelse/inviter-til-en-samtale",
             "Svar for eksempel «hun ringte», «møtte opp selv» eller «politiet kom med ham».",
             choices=CONTACT_MODES, parser=_contact_mode,
             change_words=("kontakt", "kontaktmåte", "kontaktform", "henvendelse", "oppmøte")),
    Question("acute_danger_now", "acute_danger", "Akutt fare nå",
             "Er personen eller noen andre i akutt fare akkurat nå?", YES_NO,
             "Er noen i fare akkurat nå, kommer 112 og politiet før alt annet.", POLICE_ENTRY,
             "Svar «ja» eller «nei».",
             choices=(yes(r"\bi fare\b", r"\bfare nå\b", r"livsfare"), no(r"\btrygg\b", r"\btrygt\b", r"i sikkerhet")),
             change_words=("akutt", "fare"), unknown_button=False, on_yes=ACUTE),
    Question("interpreter_needed", "interpreter_needed", "Tolk",
             "Trengs det tolk? (Skriv gjerne språket, f.eks. «arabisk».)", YES_NO,
             "Kan personen ikke nok norsk til å forklare seg, skal det brukes tolk – ofte er telefontolk raskest.",
             "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/gjor-en-vurdering",
             "Svar «ja», «nei» eller språket, for eksempel «arabisk».",
             choices=(yes(), no()), parser=interpreter, also=_language_too, change_words=("tolk",),
             unknown_button=False),
    Question("language", "language", "Språk", "Hvilket språk trengs tolk på?", TEXT,
             "Du trenger språket for å bestille riktig tolk.",
             "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/slik-bestiller-du-tolk",
             "Skriv språket, for eksempel «somali» eller «polsk».", parser=language,
             ask_if=lambda v: v.get("interpreter_needed") is True, depends_on=("interpreter_needed",),
             change_words=("språk",)),
    Question("perpetrator_relation", "perpetrator_relation", "Redd for",
             "Hvem er personen redd for – hvilken relasjon har de? (f.eks. «mannen hennes», «eksen», «faren»)",
             CHOICE, "Veilederen ber deg få oversikt over hvem som utøver vold og hvilken relasjon de har.",
             FIRST_CONTACT, "Svar for eksempel «mannen hennes», «eksen», «faren» eller «svigerfamilien».",
             choices=RELATIONS, change_words=("redd for", "utøver", "relasjon", "hvem")),
    Question("violence_forms", "violence_forms", "Voldsformer",
             "Hva slags vold gjelder det? Beskriv med egne ord (f.eks. «slår og truer», «kontrollerer pengene»).",
             MULTI, "Kartleggingen skal få fram hvilke former for vold det gjelder – mange kaller det ikke vold selv.",
             FIRST_CONTACT, "Beskriv hva som skjer, for eksempel «slår og truer» eller «kontrollerer pengene».",
             choices=VIOLENCE_FORMS, change_words=("vold", "voldsform", "voldsformer")),
    Question("escalated", "escalated", "Trappet opp", "Har volden trappet opp i det siste?", YES_NO,
             "Om volden har trappet opp i det siste, er ett av punktene veilederen vil at du skal ha oversikt over.",
             FIRST_CONTACT, YES_NO_HINT,
             choices=(yes(r"verre", r"trappet opp", r"\bøkt", r"oftere", r"eskal", r"grovere", r"\bmer (vold|alvorlig)",
                          r"vorte verre"),
                      no(r"som før", r"som vanlig", r"samme som", r"roet seg", r"første gang", r"i mange år")),
             change_words=("opptrapping", "trappet", "verre", "eskal")),
    Question("perpetrator_knows", "perpetrator_knows", "Utøver vet", "Vet utøveren at personen søker hjelp?",
             YES_NO, "Vet utøveren at personen søker hjelp, kan faren øke – det er med i veilederens innledende "
             "kartlegging.", FIRST_CONTACT, YES_NO_HINT,
             choices=(yes(r"\b(han|hun|ho|utøver\w*) (vet|veit|har funnet ut|skjønner|har skjønt)\b", r"vet om det"),
                      no()),
             change_words=("vet utøver", "utøver vet", "vet om")),
    Question("police_aware", "police_aware", "Politiet kjenner saken",
             "Kjenner politiet til volden (nå eller tidligere)?", YES_NO,
             "Veilederen vil vite om politiet er eller har vært involvert.", FIRST_CONTACT, YES_NO_HINT,
             choices=(yes(r"anmeldt", r"politiet (vet|veit|har|kjenner|var)", r"meldt"), no()),
             change_words=("politi",)),
    Question("children_count", "children_count", "Barn",
             "Har personen barn? Hvor mange? (f.eks. «to barn, de er hos faren nå» eller «ingen»)", COUNT,
             "Veilederen spør om det er barn, og hvor barna er nå.", FIRST_CONTACT,
             "Skriv antallet, for eksempel «2» eller «ingen» (eller «vet ikke»).",
             # No buttons: in the terminal chat a typed number picks a button, so «2» must reach the
             # parser as the number 2, not as the second button.
             parser=children_count, also=_children_where_too, change_words=("barn", "antall", "antall barn")),
    Question("children_with_perpetrator", "children_with_perpetrator", "Barn hos utøver nå",
             "Er barna hos utøveren nå?", YES_NO,
             "Om barn er hos utøveren nå, er et av punktene veilederen ber deg få oversikt over.", FIRST_CONTACT,
             "Svar for eksempel «de er hos faren nå» eller «de er med henne».",
             choices=(yes(*_WITH_PERPETRATOR), no(*_NOT_WITH_PERPETRATOR)),
             ask_if=_has_children, depends_on=("children_count",),
             change_words=("hos utøver", "hvor barna", "hvor er barna", "barna hos")),
    Question("feared_for_life", "feared_for_life", "Fryktet for livet", "Har personen fryktet for livet sitt?",
             YES_NO, "Om personen har fryktet for livet sitt, er et av de viktigste risikotegnene i kartleggingen.",
             FIRST_CONTACT, YES_NO_HINT,
             choices=(yes(r"redd for (å dø|livet)", r"trodde (hun|han|ho) skulle dø", r"fryktet for livet"), no()),
             change_words=("livet", "fryktet", "livsfare")),
    Question("help_needed", "help_needed", "Hjelp som trengs",
             "Hvilken hjelp trengs? (f.eks. «sted å bo i natt», «samtaler», «informasjon», «henvisning»)", MULTI,
             "Ikke alle trenger botilbudet; noen trenger samtaler, informasjon eller å bli henvist videre.",
             "forste-henvendelse/hvilken-hjelp-trenger-den-som-henvender-seg",
             "Svar for eksempel «sted å bo i natt», «bare samtaler», «informasjon» eller «henvisning til familievernet».",
             choices=HELP_NEEDED, change_words=("hjelp", "hjelpebehov", "botilbud", "dagtilbud", "henvisning")),
    Question("information_given", "information_given", "Informasjon gitt",
             "Hvilken informasjon har du gitt? Sjekkliste:\n"
             "☐ hvilken hjelp senteret gir (samtaler, botilbud, telefon døgnet rundt, oppfølging)\n"
             "☐ taushetsplikt (krisesenterloven § 5)\n"
             "☐ politiet kontaktes bare med samtykke (unntak: avvergeplikt)\n"
             "☐ gratis og uten henvisning (krisesenterlova § 2 – utenfor veilederen)\n"
             "Svar «alt», «ingen» eller det du har gitt.", MULTI,
             "Første kontakt er også sjansen til å fortelle hvilken hjelp som finnes.",
             "forste-henvendelse/gi-nodvendig-informasjon",
             "Svar «alt», «ingen» eller for eksempel «taushetsplikt og tilbudet».",
             choices=(*INFORMATION_ITEMS, Choice("alt", "alt", (), "Alt"), Choice("ingen", "ingen", (), "Ingen ennå")),
             parser=information_given, change_words=("informasjon", "info")),
    Question("going_home", "going_home", "Vil dra hjem", "Vil personen dra hjem i stedet for å bli?", YES_NO,
             "Vil personen dra hjem, har veilederen egne råd for det.", GOING_HOME_ENTRY, "Svar «ja» eller «nei».",
             choices=(yes(), no()), parser=going_home, change_words=("hjem", "heim", "dra hjem"),
             unknown_button=False, on_yes=GOING_HOME_ENTRY),
)

CONFIRM_QUESTION = Question(
    "triage_confirm", "", "Bekreftet", "Stemmer oppsummeringen?", CONFIRM,
    "Ingenting lagres før du har sett oppsummeringen og sagt ja.", FIRST_CONTACT,
    "Svar «ja» for å lagre, «endre <hva>» for å rette et svar, eller «avbryt» for å forkaste.",
    ask_action=True)

FIRST_CONTACT_DIALOGUE = Dialogue("triage", "triage_form", "første henvendelse", QUESTIONS, CONFIRM_QUESTION)
