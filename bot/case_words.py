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
# A case ref as staff write it in a message («kartlegging for K-7QX4MZ», «k7qx4mz»): the router's «this names
# a case» and the offered button's ref. ``CASE_REF`` is looser (spaces around the hyphen), only to be sure
# that a message naming any ref is never read as «ny sak».
REF_IN_MESSAGE = re.compile(r"\bK-?([2-9A-HJKMNP-Z]{6})\b", re.I)
CASE_REF = re.compile(r"\bK ?- ?([2-9A-HJKMNP-Z]{6})\b", re.I)
# «start kartlegging, ny sak», «kartlegg for en ny sak», «kartlegging – hun har ingen sak ennå», «mapping for a
# new case». Not «ny kartlegging» (a new mapping may belong to an old case).
_NEW_CASE_IN_START = re.compile(
    r"\b(ny|nye|nytt|en ny|ei ny|ein ny) (sak|saka|saken)\b|\bnytt saksnummer\b|\bny(tt)? saksnr\b|"
    r"\b(ingen|inga) sak\b|\b(uten|utan) (sak|saksnummer|saksnr)\b|"
    r"\bhar (ikke|ikkje) (noe |nokon |noen |ei |en )?(sak|saksnummer)\b|\b(a )?new case\b|\bno case\b", re.I)


def says_new_case(text: str) -> bool:
    """Whether a message that starts the mapping says it is for a new case, and names no case ref."""
    return CASE_REF.search(text or "") is None and bool(_NEW_CASE_IN_START.search(text or ""))
