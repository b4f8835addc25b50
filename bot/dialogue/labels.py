"""Words for stored records: record keys and codes as the dialogues name them, for people reading a case.

Read from the dialogue schema (one place), so ``./botctl cases show`` and the web workspace's case
page say «Våpen tilgjengelig» where the export says ``weapon_access``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def record_labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(triage key → label, safety key → label, code → label)."""
    from bot.dialogue.first_contact import FIRST_CONTACT_DIALOGUE
    from bot.dialogue.outcome import MEASURES
    from bot.dialogue.safety_mapping import SAFETY_DIALOGUE

    triage = FIRST_CONTACT_DIALOGUE.labels()
    safety = {**SAFETY_DIALOGUE.labels(), "red_flags": "Røde flagg", "recommended": "Anbefalte tiltak"}
    codes = {**FIRST_CONTACT_DIALOGUE.code_labels(), **SAFETY_DIALOGUE.code_labels(),
             **{m.code: m.title.lower() for m in MEASURES}}
    return triage, safety, codes


def yes_no(value: bool | None) -> str:
    return {True: "ja", False: "nei", None: "–"}[value]


def value_text(key: str, value: Any) -> str:
    """A stored answer in words: «ikke besvart» for null, labels for codes and red flags."""
    _, safety, codes = record_labels()
    if value is None:
        return "ikke besvart"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, list):
        if not value:
            return "ingen"
        labels = safety if key == "red_flags" else codes
        return ", ".join(labels.get(v, v.replace("_", " ")) if isinstance(v, str) else str(v) for v in value)
    if isinstance(value, str):
        return codes.get(value, value)
    return str(value)
