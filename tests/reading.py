"""Reading one answer to one question by its record key, as the reader-round tests do (rounds 9–12): the
answer normalised as the engine does, the context built from the slots given."""

from __future__ import annotations

from typing import Any

from bot.dialogue import parse
from bot.dialogue.parse import Parsed
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.schema import Dialogue
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC

SM_SLOT = {q.key: q.slot for q in SM.questions}
FC_SLOT = {q.key: q.slot for q in FC.questions}


def read(dialogue: Dialogue, key: str, text: str, ctx: dict[str, Any] | None = None) -> Parsed:
    slot = (SM_SLOT if dialogue is SM else FC_SLOT)[key]
    return dialogue.by_slot[slot].read(parse.norm(text), dialogue.context(ctx or {}))
