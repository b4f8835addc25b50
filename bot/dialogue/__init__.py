"""Guided dialogues (first contact, safety mapping): one schema each, one turn engine for both."""

from __future__ import annotations

from bot.dialogue.safety_mapping import SAFETY_DIALOGUE
from bot.dialogue.schema import Dialogue
from bot.dialogue.triage import TRIAGE_DIALOGUE

DIALOGUES: dict[str, Dialogue] = {d.name: d for d in (TRIAGE_DIALOGUE, SAFETY_DIALOGUE)}
