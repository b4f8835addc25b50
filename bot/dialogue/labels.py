"""Words for stored records: record keys and codes as the dialogues name them, for people reading a case.

Read from the dialogue schema (one place), so ``./botctl cases show`` and the web workspace's case
page say «Våpen tilgjengelig» where the export says ``weapon_access``, and both list what was asked
and left unknown under «Ikke avklart» (issue 16) instead of letting an unknown look like a no.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

UNKNOWN = "ukjent"  # an answer that was asked and left unknown, declined or skipped
NOT_ASKED = "–"     # a null that was never asked (a branch not taken)

# The contract's one relation code (CONTRACTS.md §4 ``perpetrator_relation``) in words.
RELATION_LABELS = {"partner": "partner", "tidligere_partner": "tidligere partner", "forelder": "forelder",
                   "barn": "eget barn", "annen_familie": "annen familie", "annen": "annen person"}


@lru_cache(maxsize=1)
def record_labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(triage key → label, safety key → label, code → label)."""
    from bot.dialogue.first_contact import FIRST_CONTACT_DIALOGUE
    from bot.dialogue.outcome import MEASURES
    from bot.dialogue.safety_mapping import SAFETY_DIALOGUE

    triage = {**FIRST_CONTACT_DIALOGUE.labels(), "perpetrator_relation": "Relasjon (første nevnte)",
              "perpetrator_relations": "Relasjoner", "feared_persons": "Redd for",
              "unresolved": "Ikke avklart"}
    safety = {**SAFETY_DIALOGUE.labels(), "lives_with_perpetrator": "Bor med utøver",
              "threat_picture_unclear": "Uklart trusselbilde", "unresolved": "Ikke avklart",
              "red_flags": "Kontraktens flagg som er ja", "recommended": "Anbefalte tiltak"}
    codes = {**FIRST_CONTACT_DIALOGUE.code_labels(), **SAFETY_DIALOGUE.code_labels(),
             **{m.code: m.title.lower() for m in MEASURES}}
    return triage, safety, codes


def yes_no(value: bool | None) -> str:
    return {True: "ja", False: "nei", None: NOT_ASKED}[value]


def value_text(key: str, value: Any, unresolved: frozenset[str] | set[str] = frozenset()) -> str:
    """A stored answer in words: «ukjent» for an unknown that was asked, «–» for one never asked,
    labels for codes, relations and flags."""
    triage, safety, codes = record_labels()
    if value is None:
        return UNKNOWN if key in unresolved else NOT_ASKED
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, list):
        if not value:
            return "ingen"
        names = ({**triage, **safety} if key in ("red_flags", "unresolved") else
                 RELATION_LABELS if key == "perpetrator_relations" else codes)
        return ", ".join(names.get(v, v.replace("_", " ")) if isinstance(v, str) else str(v) for v in value)
    if isinstance(value, str):
        return (RELATION_LABELS if key == "perpetrator_relation" else codes).get(value, value)
    return str(value)


def section(values: dict[str, Any], labels: dict[str, str]) -> tuple[list[tuple[str, str]], list[str], bool]:
    """A record part for reading: (label, answer) rows, the labels of what is «Ikke avklart», and
    whether the threat picture is unclear. One reading for botctl and the web workspace."""
    unresolved = set(values.get("unresolved") or [])
    rows = [(labels.get(key, key.replace("_", " ")), value_text(key, value, unresolved))
            for key, value in values.items() if key != "unresolved"]
    unclear = [labels.get(k, k.replace("_", " ")) for k in values.get("unresolved") or []]
    return rows, unclear, bool(values.get("threat_picture_unclear"))
