"""Reading a free-text or button answer: the primitives every dialogue question is built from.

Staff answer in their own words, on a phone, at night: «nei, ingen akutt fare akkurat nå», «han vet
ikke at hun tar kontakt», «veit ikkje», «hopp over», «jepp». So an answer is read in this order:
a button payload exactly; the answers every question accepts («vet ikke» → unknown, «vil ikke svare»
→ declined, «hopp over» → skipped); then the question's own reading, negation included. Nothing is
guessed: when the text cannot be read, ``FAIL`` comes back and the dialogue asks again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

# Answers that every question accepts; all three are stored as null in the record (CONTRACTS.md §4).
UNKNOWN = "ukjent"
DECLINED = "vil_ikke_svare"
SKIPPED = "hoppet_over"
UNANSWERED = (UNKNOWN, DECLINED, SKIPPED)
UNANSWERED_LABELS = {UNKNOWN: "vet ikke", DECLINED: "vil ikke svare", SKIPPED: "hoppet over"}

MAX_ANSWER_CHARS = 500  # a pasted essay is cut here; no answer needs more

_BUTTON = re.compile(r'^/inform(\{.*\})\s*$', re.S)


@dataclass(frozen=True)
class Parsed:
    """A parsed answer; ``ok`` is False when the text could not be read as an answer."""

    ok: bool
    value: object = None


FAIL = Parsed(False)


def button_value(text: str) -> str | None:
    """The ``answer`` of a ``/inform{"answer": ...}`` button payload, else None."""
    match = _BUTTON.match(text.strip())
    if not match:
        return None
    try:
        value = json.loads(match.group(1)).get("answer")
    except (json.JSONDecodeError, AttributeError):
        return None
    return str(value) if value is not None else None


def is_payload(text: str) -> bool:
    """A button or intent payload (``/intent{...}``), never free text."""
    return text.strip().startswith("/")


# Frequent slips on a phone keyboard, mapped before any pattern is tried. Only whole words, and
# only ones that are not Norwegian words themselves (so «ni» = nine is never read as «nei»).
_TYPOS = {
    "neii": "nei", "neiii": "nei", "nie": "nei", "nej": "nei", "neij": "nei", "næ": "nei", "nææ": "nei",
    "jaa": "ja", "jaaa": "ja", "jupp": "ja", "jepps": "jepp", "yess": "ja", "yes": "ja", "jah": "ja",
    "ikek": "ikke", "ikk": "ikke", "ike": "ikke", "ikkee": "ikke", "ikkke": "ikke", "ikkj": "ikkje",
    "vte": "vet", "vett": "vet", "ve": "vet", "vetikke": "vet ikke", "veitikkje": "veit ikkje",
    "ukjen": "ukjent", "usiker": "usikker", "usikke": "usikker", "hopppe": "hoppe",
    "aldr": "aldri", "aldrig": "aldri", "ingn": "ingen", "ingenn": "ingen",
}
# Nynorsk forms of words the answer patterns are written with (the guide search's own nynorsk map,
# ``bot.text.normalize.NYNORSK``, plus dialogue words it does not need). Patterns keep the common
# nynorsk words they already list («ikkje», «veit», «ho»), so only content words are mapped.
_NYNORSK = {
    "høyrt": "hørt", "høyrde": "hørte", "følgjer": "følger", "følgde": "fulgte", "hennar": "hennes",
    "gong": "gang", "gonger": "ganger", "sjølv": "selv", "frå": "fra", "kvar": "hvor", "kven": "hvem",
    "eg": "jeg", "drep": "dreper", "trugsmål": "trusler", "sambuar": "samboer", "bustad": "bolig",
    "saman": "sammen", "åleine": "alene", "einsam": "ensom", "aleine": "alene",
}
_WORD_RE = re.compile(r"[^\W_]+|[^\w\s]")


def _word(w: str) -> str:
    from bot.text.normalize import NYNORSK

    w = _TYPOS.get(w, w)
    return _NYNORSK.get(w) or NYNORSK.get(w, w)


def norm(text: str) -> str:
    """Lower case, typo- and nynorsk-mapped words, single spaces, padded with spaces for matching."""
    words = _WORD_RE.findall(text.lower().strip()[:MAX_ANSWER_CHARS])
    return " " + " ".join(_word(w) for w in words) + " "


def fix_typos(t: str, vocabulary: frozenset[str]) -> str:
    """Replace words that are one slip (two in long words) away from a word the question's patterns
    use – «fysik» → «fysisk», «kjærsten» → «kjæreste». Only tried after a normal reading failed."""
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extractOne

    out = []
    for word in t.split():
        if len(word) >= 5 and word.isalpha() and word not in vocabulary:
            limit = 2 if len(word) >= 8 else 1
            best = extractOne(word, vocabulary, scorer=OSA.distance, score_cutoff=limit)
            out.append(best[0] if best else word)
        else:
            out.append(word)
    return " " + " ".join(out) + " "


def has(text: str, *patterns: str) -> bool:
    return any(re.search(p, text) for p in patterns)


def first_word(t: str) -> str:
    words = re.findall(r"[^\W_]+", t)
    return words[0] if words else ""


# --- answers every question accepts ----------------------------------------------------------------

_NEG = r"(ikke|ikkje|ikkeno|aldri|ingen|inga|ikkje noko|ikke noe|ingenting)"

_SKIP = (r"^ (hopp|hopp over|hoppe over|hopper over|vi hopper over|skip|skipp|neste|neste spørsmål|gå videre|"
         r"videre|dropp (det|dette|spørsmålet)|vent med (det|dette)|ta det senere|ta det seinare|"
         r"vi tar det senere|hopp over (det|dette|spørsmålet)|hopp over dette spørsmålet)\b",)
_DECLINED = (r"\b(vil|ønsker|ønskjer|orker|vil helst) (ikke|ikkje) (å )?(svare|si|seie|fortelle|snakke om)",
             r"\b(nekter|nektar) å svare", r"\bsvarer (ikke|ikkje)", r"\b(vil|ville) (ikke|ikkje) si",
             r"\bønsker ikke å svare", r"\bikke lyst (til )?å svare", r"\bvil ikke svare")
# «vet ikke» at the start (optionally «nei,» / «jeg» / «hun» before it) but not «vet ikke at …»,
# which is a statement: «nei, han vet ikke at hun tar kontakt» is a no, not an unknown.
_UNKNOWN = (r"^ (nei |tja |hmm |ærlig talt )?(, )?((jeg|eg|hun|ho|vi|det|dei|de|personen|beboeren|brukeren) )?"
            r"(vet|veit|kjenner) (ikke|ikkje)( (til|om|sikkert|helt|ennå|enda|no|nå)\b| ?$| ?[,.!?])",
            r"\b(usikker|usikkert|uvisst|ukjent|uklart|aner ikke|aner ikkje|ane ikkje|har ikke spurt|"
            r"har ikkje spurt|ikke spurt (om det)?|ikkje spurt|kanskje|kan hende|vanskelig å si|vanskeleg å seie|"
            r"umulig å si|ikke sikker|ikkje sikker|ikke godt å si|vet ikke om|veit ikkje om|vet ikke sikkert|"
            r"ikke avklart|ikkje avklart|har ikke fått svar|ikke kjent|ikkje kjent)\b",
            r"^ (ukjent|vet ikke|veit ikkje|vet ikkje|veit ikke|\?+|usikker) $")


def meta_answer(t: str) -> Parsed:
    """Skip, declined or unknown – the answers every question accepts; FAIL when none of them."""
    if has(t, *_SKIP):
        return Parsed(True, SKIPPED)
    if has(t, *_DECLINED):
        return Parsed(True, DECLINED)
    if has(t, *_UNKNOWN):
        return Parsed(True, UNKNOWN)
    return FAIL


# --- yes / no -------------------------------------------------------------------------------------

_NO_FIRST = {"nei", "nope", "niks", "nix", "neida", "nein", "no", "nepp", "neppe", "næh"}
_YES_FIRST = {"ja", "jepp", "japp", "jo", "jada", "javisst", "jaså", "jaha", "jaja", "absolutt", "definitivt",
              "stemmer", "riktig", "korrekt", "sant", "visst", "yes", "ok", "okei", "jau"}
_YES = (r"\b(ja|jepp|japp|stemmer|det stemmer|riktig|korrekt|absolutt|definitivt|helt klart|sikkert|"
        r"tror det|trur det|nok|antakelig|antageleg|sannsynligvis|truleg|trolig|det har (han|hun|ho|de|dei)|"
        r"det gjør (han|hun|ho)|det gjer (han|ho)|det er (han|hun|ho) det|det har skjedd|har skjedd|"
        r"flere ganger|fleire gonger|mange ganger|mange gonger|en gang|ein gong|ofte|hele tiden|heile tida|"
        r"av og til|innimellom|iblant|gjentatte ganger)\b",)
_NEGATION = (rf"\b{_NEG}\b", r"\bslett ikke\b", r"\bikke som (jeg|hun|ho|eg) vet\b")


def contradictory(t: str) -> bool:
    """A short answer that says both yes and no («ja og nei») cannot be stored as either."""
    words = re.findall(r"[a-zæøå]+", t)
    return len(words) <= 4 and bool({"ja", "jo"} & set(words)) and bool({"nei"} & set(words))


def yes_no(t: str, yes_phrases: Iterable[str] = (), no_phrases: Iterable[str] = ()) -> Parsed:
    """True / False from a normalised answer; a leading «ja»/«nei» decides, then negation, then phrases.

    ``yes_phrases`` are what a yes sounds like for this question («han har kvelt henne»);
    ``no_phrases`` what a no sounds like when it has no negation word («omtrent som før»).
    """
    if contradictory(t):
        return FAIL
    first = first_word(t)
    if first in _NO_FIRST:
        return Parsed(True, False)
    if first in _YES_FIRST:
        return Parsed(True, True)
    if has(t, *no_phrases):
        return Parsed(True, False)
    if has(t, *_NEGATION):
        return Parsed(True, False)
    if has(t, *_YES) or has(t, *yes_phrases):
        return Parsed(True, True)
    return FAIL


def strip_negated(t: str) -> str:
    """Drop «ikke X» / «ingen X» spans so «ikke telefon, hun kom selv» is not read as telephone."""
    return re.sub(rf"\b{_NEG} (\w+ )?", " ", t)


def one_of(t: str, table: Iterable[tuple[str, Iterable[str]]]) -> Parsed:
    """The first code whose phrase matches the negation-stripped text, else the text as written
    (so a choice that is itself a negation, «ingen av delene», is still found)."""
    table = list(table)
    for text in (strip_negated(t), t):
        for code, patterns in table:
            if has(text, *patterns):
                return Parsed(True, code)
    return FAIL


def all_of(t: str, table: Iterable[tuple[str, Iterable[str]]]) -> Parsed:
    """Every code whose phrase matches, in table order (a list answer)."""
    t = strip_negated(t)
    found = [code for code, patterns in table if has(t, *patterns)]
    return Parsed(True, found) if found else FAIL


# --- numbers ---------------------------------------------------------------------------------------

NUMBER_WORDS = {
    "null": 0, "ingen": 0, "ett": 1, "en": 1, "ei": 1, "eitt": 1, "ein": 1, "et": 1, "to": 2, "tre": 3,
    "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "tvillinger": 2,
}


def count_word(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


_CONFIRM = (r"\b(lagre|lagr|lagra|ja|jepp|stemmer|riktig|ok|okei|greit|bekreft|send|det stemmer|korrekt)\b",)


def confirm(t: str) -> Parsed:
    """«ja, lagre» → True; anything with «nei», «endre» or «feil» is not a confirmation."""
    if has(t, *_CONFIRM) and not has(t, r"\b(nei|ikke|ikkje|endre|feil|avbryt)\b"):
        return Parsed(True, True)
    return FAIL
