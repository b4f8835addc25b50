"""Free-text answers → structured values for the triage questions.

Staff answer in their own words («hun ringte», «to barn, de er hos faren nå»), so each question
has a parser that returns a value from the record schema (CONTRACTS.md §4) or ``None`` when the
answer cannot be read — then the bot asks again rather than store a guess. A button press
arrives as ``/inform{"answer": "<value>"}`` and is read exactly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

UNKNOWN = "ukjent"

_BUTTON = re.compile(r'^/inform(\{.*\})\s*$', re.S)


@dataclass(frozen=True)
class Parsed:
    """A parsed answer; ``ok`` is False when the text could not be read as an answer."""

    ok: bool
    value: object = None


FAIL = Parsed(False)


def button_value(text: str) -> str | None:
    match = _BUTTON.match(text.strip())
    if not match:
        return None
    try:
        value = json.loads(match.group(1)).get("answer")
    except (json.JSONDecodeError, AttributeError):
        return None
    return str(value) if value is not None else None


def _norm(text: str) -> str:
    return " " + re.sub(r"\s+", " ", text.lower().strip()) + " "


def _has(text: str, *patterns: str) -> bool:
    return any(re.search(p, text) for p in patterns)


# --- yes / no / unknown -----------------------------------------------------------------------

_YES = (r"\b(ja|jepp|japp|jo|ja takk|stemmer|riktig|korrekt|absolutt|definitivt|det har (hun|han|ho) nok|"
        r"sikkert|helt klart|yes|yess)\b",)
_NO = (r"\b(nei|nope|ikke|ikkje|aldri|ingen|nei takk|no way)\b",)
_DONT_KNOW = (r"\b(vet ikke|veit ikke|veit ikkje|usikker|vet ikkje|uvisst|ukjent|kanskje|mulig|vanskelig å si|"
              r"vet ikke sikkert)\b",)


def contradictory(text: str) -> bool:
    """A short answer that says both yes and no («ja og nei») cannot be stored as either."""
    t = _norm(text)
    return len(t.split()) <= 4 and _has(t, *_YES) and _has(t, *_NO)


def parse_yes_no(text: str, allow_unknown: bool = True) -> Parsed:
    """«ja» / «nei» / «vet ikke» → True / False / "ukjent" (or FAIL)."""
    button = button_value(text)
    if button is not None:
        return {"ja": Parsed(True, True), "nei": Parsed(True, False)}.get(
            button, Parsed(True, UNKNOWN) if allow_unknown and button == UNKNOWN else FAIL)
    t = _norm(text)
    if allow_unknown and _has(t, *_DONT_KNOW):
        return Parsed(True, UNKNOWN)
    yes, no = _has(t, *_YES), _has(t, *_NO)
    if yes and not no:
        return Parsed(True, True)
    if no and not yes:
        return Parsed(True, False)
    return FAIL


def parse_escalated(text: str) -> Parsed:
    """«det har blitt verre» / «ikke verre enn før» as well as ja / nei / vet ikke."""
    t = _norm(text)
    if button_value(text) is None and _has(t, r"verre", r"trappet opp", r"\bøkt", r"oftere", r"eskal", r"grovere",
                                            r"\bmer (vold|alvorlig)"):
        return Parsed(True, not _has(t, r"\b(ikke|ikkje|ikkje blitt|ingen)\b"))
    return parse_yes_no(text)


# --- contact mode -------------------------------------------------------------------------------

CONTACT_PATTERNS = (
    ("brakt_av_politiet", (r"politi", r"\bpatrulje")),
    ("brakt_av_annen_tjeneste", (r"barnevern", r"legevakt", r"\bnav\b", r"sykehus", r"helsestasjon", r"fastlege",
                                 r"familievern", r"\bkommune", r"tjeneste", r"\bfulgt av\b", r"sendt (hit )?av",
                                 r"krisesenter i", r"\bdps\b", r"skole")),
    ("telefon", (r"ring", r"telefon", r"\btlf", r"\bsms\b", r"chat", r"på tråden", r"\bringde\b")),
    ("oppmote", (r"møtte opp", r"kom (hit )?selv", r"oppmøte", r"står (i|ved) døra", r"kom inn", r"på døra",
                 r"ringte på", r"dukket opp", r"kom hit", r"står utenfor", r"møtt opp", r"kom på døra", r"personlig")),
    ("annet", (r"\bannet\b", r"\bandre måte", r"e-?post", r"brev")),
)


def _one_of(text: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> Parsed:
    """A button value or a stored code reads as itself; otherwise the first row whose pattern matches."""
    codes = {code for code, _ in table}
    button = button_value(text)
    if button is not None:
        return Parsed(True, button) if button in codes else FAIL
    if text.strip() in codes:  # a stored value (resumed draft) reads as itself
        return Parsed(True, text.strip())
    t = _norm(text)
    for value, patterns in table:
        if _has(t, *patterns):
            return Parsed(True, value)
    return FAIL


def parse_contact_mode(text: str) -> Parsed:
    if button_value(text) is None and _has(_norm(text), r"ringte på"):  # rang the doorbell = turned up
        return Parsed(True, "oppmote")
    return _one_of(text, CONTACT_PATTERNS)


# --- language ----------------------------------------------------------------------------------

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


def parse_language(text: str) -> Parsed:
    button = button_value(text)
    if button is not None:
        return Parsed(True, button)
    t = _norm(text)
    for lang in sorted(LANGUAGES, key=len, reverse=True):
        if re.search(rf"\b{re.escape(lang)}\b", t):
            return Parsed(True, "somali" if lang == "somalisk" else lang)
    words = re.findall(r"[a-zæøå]+", t)
    if len(words) == 1 and words[0].endswith(("isk", "sk")):
        return Parsed(True, words[0])
    return FAIL


def parse_interpreter(text: str) -> Parsed:
    """Needs an interpreter? A language name alone means yes (and is kept for the next question)."""
    yn = parse_yes_no(text, allow_unknown=False)
    t = _norm(text)
    if _has(t, r"snakker (godt |bra |flytende )?norsk", r"kan norsk", r"forstår norsk", r"ingen tolk",
            r"trenger ikke tolk", r"ikke behov for tolk", r"norsk er greit", r"klarer seg på norsk",
            r"snakkar norsk", r"treng ikkje tolk"):
        return Parsed(True, False)
    if parse_language(text).ok and not _has(t, r"snakker (godt |bra )?engelsk og norsk"):
        if _has(t, r"\bnorsk\b") and not _has(t, r"tolk"):
            return Parsed(True, False)
        return Parsed(True, True)
    if _has(t, r"\btolk\b", r"telefontolk", r"skjermtolk") and not _has(t, *_NO):
        return Parsed(True, True)
    return yn


# --- perpetrator relation ----------------------------------------------------------------------

RELATION_PATTERNS = (
    ("tidligere_partner", (r"\beks", r"tidligere (mann|kone|partner|samboer|kjæreste|ektemann|ektefelle)",
                           r"forrige (mann|kone|partner|samboer)", r"\bex\b", r"separert", r"skilt")),
    ("partner", (r"\bmann(en)?\b", r"ektemann", r"ektefelle", r"\bkona\b", r"\bkone\b", r"samboer", r"kjæreste",
                 r"partner", r"\bdama\b", r"\bfyren\b", r"typen", r"forlovede", r"gift med", r"\bkjærast",
                 r"sambuar", r"\bhusbond", r"mannen (hennes|hans|sin)")),
    ("forelder", (r"\bfar(en)?\b", r"\bfaren (hennes|hans|sin)", r"\bmor(a|en)?\b", r"foreldr", r"\bpappa",
                  r"\bmamma", r"stefar", r"stemor")),
    ("barn", (r"\bsønn", r"\bdatter", r"\bdattera\b", r"\bsonen\b", r"\bbarnet (hennes|hans|sitt)",
              r"voksne barn", r"\bbarna (hennes|hans) ")),
    ("annen_familie", (r"svigerfamil", r"svigermor", r"svigerfar", r"\bbror", r"søster", r"\bonkel", r"\btante",
                       r"fetter", r"kusine", r"familien", r"slekt", r"besteforeld", r"\bbestefar", r"\bbestemor",
                       r"svoger", r"svigerinne", r"\bsyster", r"storfamil")),
    ("annen", (r"nabo", r"venn", r"kollega", r"arbeidsgiver", r"ukjent", r"fremmed", r"hallik", r"bekjent",
               r"\bannen\b", r"\bsjef")),
)


def parse_relation(text: str) -> Parsed:
    return _one_of(text, RELATION_PATTERNS)


# --- violence forms ----------------------------------------------------------------------------

VIOLENCE_PATTERNS = (
    ("fysisk", (r"fysisk", r"\bslå", r"\bslag", r"\bslår\b", r"\bslo\b", r"dytt", r"spark", r"lugg", r"kvel",
                r"biting", r"\bbit", r"skade", r"banket", r"juling", r"knuff", r"lugger", r"røsk", r"valdeleg")),
    ("psykisk", (r"psykisk", r"truer", r"trusler", r"trussel", r"kontroll", r"kontrollerer", r"isoler",
                 r"nedverdig", r"kjefte", r"skjell", r"ydmyk", r"sjikan", r"trakass", r"mobb", r"manipul",
                 r"trugsmål", r"trugar", r"overvåk")),
    ("seksuell", (r"seksuel", r"voldtekt", r"voldtatt", r"overgrep", r"tvinger (henne|ham|han) til sex",
                  r"\bsex\b")),
    ("materiell", (r"materiel", r"ødelegg", r"knuser", r"knust", r"tingene (hennes|hans)", r"ting i stykker",
                   r"øydelegg")),
    ("okonomisk", (r"økonomisk", r"\bpeng", r"lønn", r"bankkort", r"gjeld", r"økonomien")),
    ("digital", (r"digital", r"\bnett", r"sosiale medier", r"snap", r"facebook", r"\bgps\b", r"sporing",
                 r"sporer", r"telefonen hennes", r"\bsms", r"meldinger", r"bilder på nett", r"overvåker mobil")),
    ("latent", (r"latent", r"konstant frykt", r"alltid redd", r"trykket stemning", r"på vakt hele tiden",
                r"går på eggeskall")),
    ("aeresrelatert", (r"æres", r"\bære\b", r"familiens ære", r"aeres")),
    ("tvangsekteskap", (r"tvangsekteskap", r"tvangsgift", r"tvinge .*gifte", r"tvunget .*gift")),
    ("kjonnslemlestelse", (r"kjønnslemlest", r"omskjær", r"\bkls\b")),
    ("menneskehandel", (r"menneskehandel", r"trafficking", r"utnyttet", r"tvangsarbeid", r"prostitu")),
)


def _all_of(text: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> Parsed:
    """A button value as a one-item list; otherwise every row whose pattern matches, in table order."""
    button = button_value(text)
    if button is not None:
        return Parsed(True, [button]) if button in {code for code, _ in table} else FAIL
    t = _norm(text)
    found = [value for value, patterns in table if _has(t, *patterns)]
    return Parsed(True, found) if found else FAIL


def parse_violence_forms(text: str) -> Parsed:
    return _all_of(text, VIOLENCE_PATTERNS)


# --- numbers and children ----------------------------------------------------------------------

NUMBER_WORDS = {
    "null": 0, "ingen": 0, "ingen barn": 0, "ett": 1, "en": 1, "ei": 1, "eitt": 1, "ett barn": 1, "et": 1,
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10,
    "tvillinger": 2, "to stykker": 2,
}


def _count_word(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


def parse_children_count(text: str) -> Parsed:
    button = button_value(text)
    if button is not None and button.isdigit():
        return Parsed(True, int(button))
    t = _norm(text)
    explicit = re.search(r"\b(\d{1,2}|[a-zæøå]+) (små |voksne |felles )?(barn|born|unger|ungar|stykker|jenter|gutter)\b", t)
    if explicit and _count_word(explicit.group(1)) is not None:
        n = _count_word(explicit.group(1))
        return Parsed(True, n) if n is not None and n <= 20 else FAIL
    if _has(t, r"\b(ingen|null|har ikke barn|har ikkje born|ikke barn|ingen barn|barnløs|nei)\b") and not re.search(
            r"\d", t):
        return Parsed(True, 0)
    words = t.split()
    if len(words) <= 2:
        for w in words:
            n = _count_word(w)
            if n is not None and n <= 20:
                return Parsed(True, n)
    if _has(t, r"\bbaby\b", r"\bsønn(en)?\b", r"\bdatter(en)?\b", r"^ barnet ", r"\btvillinger\b"):
        return Parsed(True, 2 if "tvilling" in t else 1)
    return FAIL


_WITH_PERPETRATOR = (r"hos (faren|far|mannen|han|utøver|pappa|eksen|eksmannen|moren|mora|mamma|henne|ho)\b",
                     r"med (faren|far|mannen|pappa|utøver)\b", r"hjemme (med|hos) (han|ham|faren|mannen)",
                     r"\bhos utøvar", r"er hos den")
_NOT_WITH_PERPETRATOR = (r"med (henne|meg|oss|seg|mor|moren|mamma)\b", r"\bher\b", r"i barnehagen", r"på skolen",
                         r"hos (besteforeldre|mormor|farmor|søster|venn|bestemor|tante)", r"trygge",
                         r"\bhit\b", r"sammen med (henne|ho)")


def parse_children_with_perpetrator(text: str) -> Parsed:
    t = _norm(text)
    if button_value(text) is None:
        if _has(t, *_WITH_PERPETRATOR):
            return Parsed(True, True)
        if _has(t, *_NOT_WITH_PERPETRATOR):
            return Parsed(True, False)
    return parse_yes_no(text, allow_unknown=True)


# --- help needed and information given ---------------------------------------------------------

HELP_PATTERNS = (
    ("botilbud", (r"sted å bo", r"\bbo\b", r"botilbud", r"overnatt", r"\bi natt\b", r"\bbu\b", r"husrom", r"rom her",
                  r"flytte inn", r"opphold", r"plass her", r"beskyttelse", r"trygt sted", r"seng")),
    ("dagtilbud", (r"samtale", r"snakke", r"dagtilbud", r"prate", r"dagsamtal", r"støttesamtal", r"komme på dagtid")),
    ("informasjon", (r"informasjon", r"\binfo\b", r"råd", r"veiledning", r"vite mer", r"rettigheter", r"hva som finnes")),
    ("henvisning", (r"henvis", r"videre til", r"familievern", r"advokat", r"\bnav\b", r"legevakt", r"barnevern",
                    r"lege", r"dps", r"politiet", r"annen tjeneste", r"bistandsadvokat", r"kontakt med")),
)


def parse_help_needed(text: str) -> Parsed:
    return _all_of(text, HELP_PATTERNS)


INFORMATION_ITEMS = (
    ("tilbudet", "hvilken hjelp krisesenteret gir (samtaler, botilbud, telefon døgnet rundt, oppfølging)",
     (r"tilbud", r"hjelp(en)? (vi|senteret|krisesenteret)", r"botilbud", r"samtaletilbud", r"døgnet", r"hva vi kan")),
    ("taushetsplikt", "at de ansatte har taushetsplikt (krisesenterloven § 5)", (r"taushet", r"teieplikt")),
    ("samtykke_politi", "at vi bare kontakter politiet med samtykke (unntak: avvergeplikt)",
     (r"samtykke", r"politi")),
    ("gratis_uten_henvisning", "at tilbudet er gratis og ikke krever henvisning (krisesenterlova § 2)",
     (r"gratis", r"henvisning", r"koster")),
)


def parse_information_given(text: str) -> Parsed:
    button = button_value(text)
    codes = {code for code, _, _ in INFORMATION_ITEMS}
    if button is not None:
        if button == "alt":
            return Parsed(True, sorted(codes))
        if button == "ingen":
            return Parsed(True, [])
        return Parsed(True, [button]) if button in codes else FAIL
    t = _norm(text)
    if _has(t, r"\b(alt|alle|alt sammen|hele lista|alle punktene)\b"):
        return Parsed(True, [code for code, _, _ in INFORMATION_ITEMS])
    if _has(t, r"\b(ingenting|ingen|ikke noe|ikkje noko|ikke ennå|nei)\b"):
        return Parsed(True, [])
    found = [code for code, _, patterns in INFORMATION_ITEMS if _has(t, *patterns)]
    return Parsed(True, found) if found else FAIL


def parse_going_home(text: str) -> Parsed:
    t = _norm(text)
    if button_value(text) is None:
        if _has(t, r"(vil|skal|drar|reiser|må|ønsker å) (dra |reise |gå )?(hjem|heim)", r"hjem igjen", r"heim att",
                r"tilbake til (han|ham|mannen|henne)", r"drar hjem"):
            return Parsed(True, not _has(t, r"\b(ikke|ikkje)\b"))
        if _has(t, r"(blir|bli|vil bo|skal bo|overnatter) (her|på senteret|på krisesenteret)", r"flytter inn"):
            return Parsed(True, False)
    return parse_yes_no(text, allow_unknown=False)


def parse_confirm(text: str) -> Parsed:
    button = button_value(text)
    if button in {"ja", "lagre"}:
        return Parsed(True, True)
    t = _norm(text)
    if _has(t, r"\b(lagre|lagr|ja|stemmer|riktig|ok|greit|bekreft|send)\b") and not _has(t, r"\b(nei|ikke|endre|feil)\b"):
        return Parsed(True, True)
    return FAIL
