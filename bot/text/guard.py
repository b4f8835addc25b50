"""Triage of raw user input before it reaches the search: empty, huge, emoji, foreign, noise.

A night-shift user must always get a clear Norwegian reply, never an error; and a 10,000
character paste must not make the search slow. So input is classified and trimmed here first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_CHARS = 500
EMPTY = "empty"
NO_WORDS = "no_words"
ENGLISH = "english"
OK = "ok"

# Words that mark a language; words both languages use («i», «for») count for neither.
_ENGLISH_MARKERS = frozenset(
    "the what how is are do does can could should would you your my we our this that with an and "
    "of or where when which who why please help me about it she he they their there have has need "
    "get tonight resident residents child children".split()
)
NORWEGIAN_MARKERS = frozenset(
    "og på er det jeg du vi hun han hva hvordan når kan skal må ikke med til om av som "
    "eg ho kva korleis ikkje".split()
)
_NORWEGIAN_MARKERS = NORWEGIAN_MARKERS  # the old private name (tests/hostile.py)
_WORD = re.compile(r"[^\W\d_]+", re.U)


@dataclass(frozen=True)
class CheckedInput:
    kind: str
    text: str
    truncated: bool = False


def check_input(raw: str | None) -> CheckedInput:
    text = unicodedata.normalize("NFC", raw or "").replace("\x00", " ").strip()
    if not text:
        return CheckedInput(EMPTY, "")
    truncated = len(text) > MAX_QUERY_CHARS
    text = text[:MAX_QUERY_CHARS]
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return CheckedInput(NO_WORDS, text, truncated)
    english = sum(w in _ENGLISH_MARKERS for w in words)
    norwegian = sum(w in NORWEGIAN_MARKERS for w in words)
    if english >= 2 and english > 2 * norwegian:
        return CheckedInput(ENGLISH, text, truncated)
    return CheckedInput(OK, text, truncated)


REPLIES = {
    EMPTY: "Meldingen var tom. Skriv et spørsmål om veilederen, eller «hjelp» for å se hva jeg kan.",
    NO_WORDS: (
        "Jeg fant ingen ord i meldingen. Skriv spørsmålet med ord, for eksempel "
        "«hvordan bestiller jeg tolk?», eller «meny» for å bla i veilederen."
    ),
}
