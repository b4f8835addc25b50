"""Guided dialogues (first contact, safety mapping): one schema each, one turn engine for both."""

from __future__ import annotations

from bot.dialogue.first_contact import FIRST_CONTACT_DIALOGUE
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE
from bot.dialogue.schema import Dialogue

DIALOGUES: dict[str, Dialogue] = {d.name: d for d in (FIRST_CONTACT_DIALOGUE, SAFETY_DIALOGUE)}
