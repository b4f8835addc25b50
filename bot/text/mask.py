"""Mask identifiers in free text before it is stored, logged or handed to Rasa.

Staff are told never to type names or identifiers, but at 3 a.m. someone will paste a phone
number or a national identity number anyway. Everything free-text passes through
``mask_text`` twice: in the Telegram bridge before the text reaches Rasa, and in the storage
layer (``bot/storage``) before anything is written, so the terminal and REST channels get the
same protection.

What is masked (a spaCy ``Matcher`` over the shared nb pipeline's vocabulary; every candidate
is then checked by a plain Python validator):

- fødselsnummer, D-number (day + 40), H-number (month + 40) and Skatteetaten's synthetic test
  numbers (month + 80): 11 digits, a real calendar date and both mod-11 control digits. A number
  with a wrong control digit is left alone (it is not a valid identifier, and masking every
  11-digit number would also eat account and case numbers from other systems);
- Norwegian bank account numbers (11 digits, mod-11) written as one block or ``1234.56.78903``;
- phone numbers: ``+47``/``0047`` followed by 8 digits in any grouping, other ``+<country>``
  numbers, and 8-digit national numbers starting 2–7 or 9 (8xx numbers are service lines such
  as 800 numbers, 0 and 1 are not used) written as one block, ``22 33 44 55``/``22.33.44.55`` or
  ``412 34 567`` – the groupings people actually use, so dates (``27.11.2026``), amounts and
  lists of years are not taken for phone numbers;
- e-mail addresses (spaCy's ``LIKE_EMAIL``, and an address glued to a prefix such as «epost:»);
- street addresses: a street name ending in a street word (``-veien``, ``-gata``, ``gate``…)
  followed by a house number, also two-word names such as «Thorvald Meyers gate 12 B»;
- postcodes: four digits followed by a place name («0179 Oslo») or after «postnummer»;
- Norwegian IBANs («NO93 8601 1117 947», mod 97), masked as account numbers;
- dates of birth: a date after «født», «f.», «fødselsdato», «fdato» or «DOB», in any of the usual
  forms (15.03.1985, 15/3/85, 150385, 1985-03-15, 15. mars 1985); a date without such a word is
  the date of an event and stays.

Text pasted from a web page or a PDF carries no-break, thin and figure spaces where people type a
space; they are read as ordinary spaces first (issue 15), so «412 34 567» with no-break spaces is
the same phone number. A fødselsnummer may be split with a slash («150385/12363»), an address may
say «nr.» and give a range («Storgata nr. 12», «Trondheimsveien 2-4»), and a street may be a plain
name and a street word («Bygdøy allé 10», «Trollåsen terrasse 6»).

Ordinary numbers («2 barn», «kl. 03», «§ 4 a», «112», «116 006», dates, years) are left alone;
``bot/testing/mask_vectors.py`` holds the table of cases, ``bot/testing/mask_review_vectors.py`` a second set
written apart from this code, and ``make bench`` reports recall and false masks on both.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.text.regex import compiled

FNR = "fødselsnummer"
ACCOUNT = "kontonummer"
PHONE = "telefon"
EMAIL = "e-post"
ADDRESS = "adresse"
POSTCODE = "postnummer"
BIRTH_DATE = "fødselsdato"
KINDS = (FNR, ACCOUNT, PHONE, EMAIL, ADDRESS, POSTCODE, BIRTH_DATE)


def label(kind: str) -> str:
    """The placeholder that replaces an identifier: readable, and free of digits (idempotent)."""
    return f"[{kind}]"


# --- validators (plain functions, also used by the test vectors) ---------------------------------

_FNR_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_FNR_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_ACCOUNT_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _mod11(digits: str, weights: tuple[int, ...]) -> int | None:
    """The mod-11 control digit for ``digits`` (None when it would be 10: no valid number)."""
    k = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    if k == 11:
        return 0
    return None if k == 10 else k


def _century(year2: int, individual: int) -> int | None:
    """Skatteetaten's rule for the birth century, from the individual number (digits 7–9)."""
    if individual <= 499:
        return 1900
    if individual <= 749 and year2 >= 54:
        return 1800
    if individual >= 500 and year2 <= 39:
        return 2000
    if individual >= 900 and year2 >= 40:
        return 1900
    return None


def fnr_valid(digits: str) -> bool:
    """Fødselsnummer, D-number, H-number or synthetic test number with a real date and both
    control digits right."""
    if not compiled(r"\d{11}").fullmatch(digits):
        return False
    day, month, year2, individual = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6:9])
    if day > 40:
        day -= 40  # D-number
    if month > 80:
        month -= 80  # synthetic (Skatteetaten's Tenor test data)
    elif month > 40:
        month -= 40  # H-number (health services)
    century = _century(year2, individual)
    if century is None:
        return False
    try:
        date(century + year2, month, day)
    except ValueError:
        return False
    k1 = _mod11(digits[:9], _FNR_W1)
    if k1 is None or k1 != int(digits[9]):
        return False
    k2 = _mod11(digits[:10], _FNR_W2)
    return k2 is not None and k2 == int(digits[10])


def iban_valid(text: str) -> bool:
    """A Norwegian IBAN: NO, two check digits (mod 97) and an 11-digit account number."""
    compact = compiled(r"\s").sub("", text).upper()
    if not compiled(r"NO\d{13}").fullmatch(compact):
        return False
    rearranged = compact[4:] + "2324" + compact[2:4]  # N = 23, O = 24
    return int(rearranged) % 97 == 1


def account_valid(digits: str) -> bool:
    """Norwegian bank account number: 11 digits, the last a mod-11 control digit."""
    if not compiled(r"\d{11}").fullmatch(digits):
        return False
    k = _mod11(digits[:10], _ACCOUNT_W)
    return k is not None and k == int(digits[10])


# Groupings of an 8-digit national number as people write them; not 2-2-4 (a date), 4-4 or 2-3-3
# (years and amounts). With +47 in front any grouping counts: then it is clearly a phone number.
PHONE_GROUPINGS = {(8,), (2, 2, 2, 2), (3, 2, 3)}
PHONE_FIRST_DIGITS = set("2345679")
ACCOUNT_GROUPINGS = {(11,), (4, 2, 5)}
MAX_INTERNATIONAL_DIGITS = 15  # E.164
MIN_INTERNATIONAL_DIGITS = 8


def classify_number(text: str) -> str | None:
    """What a run of digit tokens is (``FNR``, ``ACCOUNT``, ``PHONE``), or None for an ordinary
    number. ``text`` is the run as typed, with its spaces, dots, hyphens and brackets."""
    compact = compiled(r"[()\s]").sub("", text)
    groups = tuple(len(g) for g in compiled(r"\d+").findall(text))
    digits = "".join(compiled(r"\d").findall(text))
    if compact.startswith(("+47", "0047")):
        national = digits[2:] if compact.startswith("+47") else digits[4:]
        return PHONE if len(national) == 8 else None
    if compact.startswith("+"):
        ok = MIN_INTERNATIONAL_DIGITS <= len(digits) <= MAX_INTERNATIONAL_DIGITS
        return PHONE if ok else None
    if len(digits) == 11:
        if fnr_valid(digits):
            return FNR
        if groups in ACCOUNT_GROUPINGS and account_valid(digits):
            return ACCOUNT
        return None
    if len(digits) == 8 and groups in PHONE_GROUPINGS and digits[0] in PHONE_FIRST_DIGITS:
        return PHONE
    return None


# --- the matcher -------------------------------------------------------------------------------

# One token's pattern for spaCy's Matcher.
TokenPattern = dict[str, Any]

# A number token: digits, optionally grouped by dots or hyphens, optionally +/00 in front.
_NUM: TokenPattern = {"TEXT": {"REGEX": r"^\+?\d+(?:[.\-]\d+)*$"}}
_PREFIX_47: TokenPattern = {"TEXT": {"REGEX": r"^(?:\+|00)?47$"}}
MAX_NUMBER_TOKENS = 6

# Street words that make a street name whatever the case («storgata 12»)...
_STRONG_STREET = r"(?:veien|vegen|vei|veg|gata|gaten|gate|gt\.?|vn\.?|allé|alléen)"
# ...and words that are also ordinary nouns (arbeidsplass, bakken), so only in a proper name.
_WEAK_STREET = (r"(?:plass|plassen|stien|stigen|bakken|lia|lien|løkka|tunet|torget|brygga|bryggen|kaia|"
                r"kaien|haugen|kroken|svingen|terrassen|ringvei|ringveien|tråkket)")
# A house number, also a range («2-4») and a letter («12B»); then an optional letter on its own and
# an optional flat number («H0201»), and an optional «nr.» before it («Storgata nr. 12»).
_HOUSE_NO: TokenPattern = {"TEXT": {"REGEX": r"^\d{1,4}[A-Za-z]?(?:[-–]\d{1,4}[A-Za-z]?)?$"}}
_HOUSE_LETTER: TokenPattern = {"TEXT": {"REGEX": r"^[A-Ha-h]$"}, "OP": "?"}
_FLAT_NO: TokenPattern = {"TEXT": {"REGEX": r"^[HhUuKkLl]\d{4}$"}, "OP": "?"}
_NR: TokenPattern = {"LOWER": {"IN": ["nr", "nr."]}, "OP": "?"}
_NR_DOT: TokenPattern = {"ORTH": ".", "OP": "?"}
_HOUSE: list[TokenPattern] = [_NR, _NR_DOT, _HOUSE_NO, _HOUSE_LETTER, _FLAT_NO]
_STREET_WORDS = ["gate", "gata", "vei", "veien", "veg", "vegen", "plass", "allé", "alle", "gt.", "gt"]
# A plain proper name and a street word («Bygdøy allé 10», «Trollåsen terrasse 6»).
_NAMED_STREET_WORDS = ["allé", "alle", "terrasse", "gate", "vei", "veg", "plass"]
# Capitalised words that start sentences, not street names («Nå alle 3 barna …»).
_NOT_A_STREET_NAME = frozenset(
    "nå da så her der og men vi de hun han jeg du dere når hvis om at for fra til med på i etter før "
    "alle hele begge noen mange flere disse dette den det ja nei hei takk også bare kanskje "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag".split())
_POSTCODE_WORDS = ["postnummer", "postnr", "postnr.", "postnummeret"]
_EMAIL_IN_TOKEN = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}")
_TIME_WORDS = {"kl", "kl.", "klokka", "klokken", "klokka.", "år", "året"}


@dataclass(frozen=True)
class Found:
    """One identifier in the text: character offsets and what kind it is."""

    start: int
    end: int
    kind: str

    def __len__(self) -> int:
        return self.end - self.start


class Masker:
    """The tokenizer and matcher, built once per process from the shared nb pipeline."""

    def __init__(self) -> None:
        from spacy.matcher import Matcher
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_infix_regex, compile_suffix_regex

        from bot.text.pipeline import load_nlp

        nlp = load_nlp()
        base = nlp.tokenizer
        assert isinstance(base, Tokenizer)  # spaCy types Language.tokenizer as any callable
        # The shared pipeline's tokenizer keeps «tlf:41234567», «tlf41234567» and «41234567.» as
        # one token; for masking, split letters from digits and peel off punctuation, without
        # touching the tokenizer Rasa and the search use.
        infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[^\W\d_])(?=\d)", r"(?<=[^\W\d_])\.(?=\d)", r"[:;=/()]"]
        suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=\d)\."]
        self.tokenizer = Tokenizer(
            nlp.vocab, rules=base.rules, prefix_search=base.prefix_search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=base.token_match, url_match=base.url_match)
        self.matcher = Matcher(nlp.vocab)
        for n in range(1, MAX_NUMBER_TOKENS + 1):
            self.matcher.add("NUMBER", [[_NUM] * n])
            self.matcher.add("NUMBER", [[{"ORTH": "("}, _PREFIX_47, {"ORTH": ")"}, *[_NUM] * n]])
        self.matcher.add("EMAIL", [[{"LIKE_EMAIL": True}], [{"TEXT": {"REGEX": _EMAIL_IN_TOKEN.pattern}}]])
        self.matcher.add("STREET", [
            [{"TEXT": {"REGEX": rf"(?i)^[a-zæøåéü\-]{{2,}}{_STRONG_STREET}$"}}, {"ORTH": ".", "OP": "?"}, *_HOUSE],
            [{"TEXT": {"REGEX": rf"^[A-ZÆØÅ][a-zæøåéü\-]+{_WEAK_STREET}$"}}, *_HOUSE],
            # «Thorvald Meyers gate 12», «Karl Johans gate 22»: a possessive name before the street word.
            [{"IS_TITLE": True, "OP": "?"}, {"TEXT": {"REGEX": r"^[A-ZÆØÅ][a-zæøåéü\-]*s$"}},
             {"LOWER": {"IN": _STREET_WORDS}}, *_HOUSE],
        ])
        self.matcher.add("NAMED_STREET", [
            [{"TEXT": {"REGEX": r"^[A-ZÆØÅ][a-zæøåéü\-]+$"}}, {"LOWER": {"IN": _NAMED_STREET_WORDS}}, *_HOUSE],
        ])
        self.matcher.add("POSTCODE", [
            [{"TEXT": {"REGEX": r"^\d{4}$"}}, {"IS_ALPHA": True, "IS_LOWER": False}],
            [{"LOWER": {"IN": _POSTCODE_WORDS}}, {"IS_PUNCT": True, "OP": "?"}, {"TEXT": {"REGEX": r"^\d{4}$"}}],
        ])

    def find(self, text: str) -> list[Found]:
        # The regular expressions see the whole text (a date of birth may follow «født» on the next
        # line); spaCy sees it line by line, and only the lines that hold a digit or an @.
        candidates: list[Found] = list(_pattern_candidates(text))
        for offset, line in _lines(text):
            if _MAYBE_IDENTIFIER.search(line):
                candidates.extend(self._matches(line, offset))
        return resolve(candidates)

    def _matches(self, line: str, offset: int) -> list[Found]:
        """The matcher's validated candidates in one line, as offsets into the whole text.

        Exactly what a doc of the whole text gives for this line, so a long text (a journal note,
        a safety plan: 1–2 KB with one case ref in it) is not tokenized whole for one digit (issue
        18): the tokenizer splits at whitespace and makes a line break a token of its own, and no
        token pattern matches a whitespace token, so no match runs over a line break; token
        attributes are the token's own. The one thing that looks at the whole text — «the first
        token» in ``_named_street`` — is told whether the line starts the text.
        """
        doc = self.tokenizer(line)
        found: list[Found] = []
        for match_id, start, end in self.matcher(doc):
            rule = doc.vocab.strings[match_id]
            span = doc[start:end]
            one = _named_street(span, text_start=offset == 0) if rule == "NAMED_STREET" else _VALIDATORS[rule](span)
            if one is not None:
                found.append(Found(one.start + offset, one.end + offset, one.kind) if offset else one)
        return found


def resolve(candidates: list[Found]) -> list[Found]:
    """Longest first, then earliest; drop anything overlapping a span already kept; in text order."""
    kept: list[Found] = []
    for found in sorted(candidates, key=lambda f: (-len(f), f.start)):
        if all(found.end <= k.start or found.start >= k.end for k in kept):
            kept.append(found)
    return sorted(kept, key=lambda f: f.start)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of ``text``, without the line breaks."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _number(span: Any) -> Found | None:
    kind = classify_number(span.text)
    return Found(span.start_char, span.end_char, kind) if kind else None


def _email(span: Any) -> Found | None:
    # The token may carry a prefix the tokenizer left on («epost:ola@example.no» looks like a URL).
    match = _EMAIL_IN_TOKEN.search(span.text)
    if match is None:
        return None
    return Found(span.start_char + match.start(), span.start_char + match.end(), EMAIL)


def _street(span: Any) -> Found | None:
    return Found(span.start_char, span.end_char, ADDRESS)


def _named_street(span: Any, text_start: bool = True) -> Found | None:
    """``text_start``: whether ``span``'s doc begins where the text does (its first token is the text's)."""
    if span[0].lower_ in _NOT_A_STREET_NAME or (text_start and span[0].i == 0 and span[1].lower_ == "alle"):
        return None  # «Nå alle 3 …», «Alle 3 …»: a sentence, not «Bygdøy alle 10»
    return _street(span)


def _postcode(span: Any) -> Found | None:
    number = span[-1] if span[-1].is_digit else span[0]
    if not number.is_digit:
        return None
    if number.i > 0 and number.doc[number.i - 1].lower_ in _TIME_WORDS:
        return None  # «kl. 0300 Hun ringte»
    return Found(number.idx, number.idx + len(number.text), POSTCODE)


_VALIDATORS: dict[str, Callable[[Any], Found | None]] = {
    "NUMBER": _number, "EMAIL": _email, "STREET": _street, "NAMED_STREET": _named_street, "POSTCODE": _postcode,
}


# --- identifiers found with plain regular expressions (then validated) ---------------------------

_FNR_SLASH = re.compile(r"(?<![\d/])\d{6} ?/ ?\d{5}(?![\d/])")
_IBAN = re.compile(r"(?<![\w])[Nn][Oo] ?\d{2}(?: ?\d){11}(?!\d)")
_MONTH_NAMES = ("januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|"
                "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des")
_BIRTH_WORD = r"(?:født|fødd|f\.|fødselsdato|fødselsdag|f\. ?dato|fdato|dob|d\.o\.b\.?)"
_BIRTH_DATE = re.compile(
    rf"(?i)(?<![\w]){_BIRTH_WORD}\s*(?:den\s+|:\s*)?"
    r"(?P<date>\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)"
    r"|\d{4}-\d{1,2}-\d{1,2}(?!\d)"
    rf"|\d{{1,2}}\.? ?(?:{_MONTH_NAMES})\.?(?: \d{{4}}(?!\d))?(?![a-zæøå])"
    r"|\d{6}(?!\d))")


def _real_date(text: str) -> bool:
    """Whether a written date is a possible calendar date (day 1–31, month 1–12)."""
    numbers = [int(n) for n in compiled(r"\d+").findall(text)]
    if len(numbers) == 1 and len(text.strip()) == 6:  # ddmmyy
        value = text.strip()
        numbers = [int(value[:2]), int(value[2:4]), int(value[4:])]
    if len(numbers) >= 3 and numbers[0] > 31:  # yyyy-mm-dd
        numbers = [numbers[2], numbers[1], numbers[0]]
    if len(numbers) >= 2 and not compiled(r"[a-zæøå]", re.I).search(text):
        return 1 <= numbers[0] <= 31 and 1 <= numbers[1] <= 12
    return bool(numbers) and 1 <= numbers[0] <= 31


def _pattern_candidates(text: str) -> list[Found]:
    found: list[Found] = []
    for match in _FNR_SLASH.finditer(text):
        if fnr_valid(compiled(r"\D").sub("", match.group(0))):
            found.append(Found(match.start(), match.end(), FNR))
    for match in _IBAN.finditer(text):
        if iban_valid(match.group(0)):
            found.append(Found(match.start(), match.end(), ACCOUNT))
    for match in _BIRTH_DATE.finditer(text):
        if _real_date(match.group("date")):
            found.append(Found(match.start("date"), match.end("date"), BIRTH_DATE))
    return found

# No identifier we mask can be written without a digit or an @: skip spaCy for everything else.
_MAYBE_IDENTIFIER = re.compile(r"[\d@]")
# Spaces pasted from web pages and PDFs (no-break, thin, figure, narrow no-break, the rest of Unicode's
# space separators): read as an ordinary space. One character for one, so offsets stay the same.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def normalise_spaces(text: str) -> str:
    return _ODD_SPACES.sub(" ", text)


@functools.lru_cache(maxsize=1)
def _masker() -> Masker:
    return Masker()


def find_identifiers(text: str) -> list[Found]:
    """The identifiers in ``text``, in order, not overlapping."""
    if not text or not _MAYBE_IDENTIFIER.search(text):
        return []
    return _masker().find(normalise_spaces(text))


def mask_text(text: str) -> str:
    """``text`` with every identifier replaced by its label, e.g. «ring [telefon]»."""
    found = find_identifiers(text)
    if not found:
        return text
    parts: list[str] = []
    pos = 0
    for f in found:
        parts.append(text[pos:f.start])
        parts.append(label(f.kind))
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


def mask_value(value: Any) -> Any:
    """Mask every string inside a JSON-like value (dicts, lists, scalars); keys are left alone."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {key: mask_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_value(item) for item in value]
    return value
