"""«Ny sak» and case refs said in the message that starts the mapping: one reading for the router
(``bot.nlu.routing``), its offered button (``bot.offers``), both in the Rasa process, and the start action
(``actions.dialogue_actions``).

Kept apart from ``bot.dialogue`` so the Rasa process can read it without the dialogues, the storage
models or SQLAlchemy.
"""

from __future__ import annotations

import re

# The CASE answer «ny sak» as stored (``bot.dialogue.schema.NEW_CASE``; a test keeps the two equal).
NEW_CASE = "ny"
# A case ref as staff write it in a message («kartlegging for K-7QX4MZ», «saksnummer k-7qx4mz», «k7qx4mz»).
# ``new_case_ref`` draws from ``OUR_CODE`` (no 0/O, 1/I/L), but a code written after «K-» that has a digit
# is read as a ref whatever its letters («K-0LM6PS»: a ref from an older register, or one misread over the
# phone): the start then says whether that case exists, instead of asking «ny sak?» as if none was named
# (the fourth held-back starts set: 6 of 19 requests with such refs missed). Without the dash only our
# letters and a digit count, so a word like «kanskje» is never a ref. ``CASE_REF`` is looser (any code
# after «K-», spaces around the hyphen), only to be sure that a message naming any ref is never «ny sak».
OUR_CODE = r"[2-9A-HJKMNP-Z]{6}"
_UNDASHED = re.compile(rf"\bK({OUR_CODE})\b", re.I)
_OURS = re.compile(OUR_CODE, re.I)
CASE_REF = re.compile(r"\bK ?- ?([0-9A-Z]{6})\b", re.I)  # also the dashed form ``ref_in_message`` reads
# Staff also write the ref with a space or another dash for the hyphen («K 6QX4MZ», «k–6qx4mz»), or as a bare
# code after a word for case («sak 6qx4mz», «saksnummer: K7QX4MZ», «case 6qx4mz»): the fifth held-back starts set
# (spent) missed 4 of 21 requests naming a case, every one written «K <code>». Here the code needs a digit *and*
# a letter, so «k 2024» or a word after «sak» («sak kartlegging») is never a ref.
_SPACED = re.compile(r"\bK(?:\s+|\s*[–—_]\s*)([0-9A-Z]{6})\b", re.I)
_AFTER_CASE_WORD = re.compile(
    r"\b(?:sak|saka|saken|saki|sakene|saksnummer|saksnummeret|saksnr|saksref\w*|referanse|ref|case|case number|"
    r"case ref)\.?\s*(?:nr\.?|nummer|number|no\.?)?\s*[:#]?\s*(?:K\s*[-–—]?\s*)?([0-9A-Z]{6})\b", re.I)


def _code_like(code: str) -> bool:
    return any(c.isdigit() for c in code) and any(c.isalpha() for c in code)


def ref_in_message(text: str) -> str | None:
    """The first case ref a message names, in its stored form («K-7F3Q2A»), else None."""
    text = text or ""
    for match in CASE_REF.finditer(text):
        code = match.group(1)
        if _OURS.fullmatch(code) or any(c.isdigit() for c in code):
            return f"K-{code.upper()}"
    for match in _UNDASHED.finditer(text):
        if any(c.isdigit() for c in match.group(1)):
            return f"K-{match.group(1).upper()}"
    for pattern in (_SPACED, _AFTER_CASE_WORD):
        for match in pattern.finditer(text):
            if _code_like(match.group(1)):
                return f"K-{match.group(1).upper()}"
    return None


# «start kartlegging, ny sak», «kartlegg for en ny sak», «kartlegging – hun har ingen sak ennå», «mapping for a
# new case». Not «ny kartlegging» (a new mapping may belong to an old case).
_NEW_CASE_IN_START = re.compile(
    r"\b(ny|nye|nytt|en ny|ei ny|ein ny) (sak|saka|saken)\b|\bnytt saksnummer\b|\bny(tt)? saksnr\b|"
    r"\b(ingen|inga) sak\b|\b(uten|utan) (sak|saksnummer|saksnr)\b|"
    r"\bhar (ikke|ikkje) (noe |nokon |noen |ei |en )?(sak|saksnummer)\b|\b(a )?new case\b|\bno case\b", re.I)


def says_new_case(text: str) -> bool:
    """Whether a message that starts the mapping says it is for a new case, and names no case ref."""
    return ref_in_message(text) is None and CASE_REF.search(text or "") is None and \
        bool(_NEW_CASE_IN_START.search(text or ""))
