"""Reading one answer to one question by its record key, as the reader-round tests do (rounds 9–15): the
answer normalised as the engine does, the context built from the slots given; and what a sweep case
expects of the reading (``right``)."""

from __future__ import annotations

from typing import Any

from bot.dialogue import engine, parse
from bot.dialogue.parse import Parsed
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.schema import Dialogue
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC

SM_SLOT = {q.key: q.slot for q in SM.questions}
FC_SLOT = {q.key: q.slot for q in FC.questions}


def read(dialogue: Dialogue, key: str, text: str, ctx: dict[str, Any] | None = None) -> Parsed:
    slot = (SM_SLOT if dialogue is SM else FC_SLOT)[key]
    return dialogue.by_slot[slot].read(parse.norm(text), dialogue.context(ctx or {}))


def slots_of(dialogue: Dialogue, ctx: dict[str, Any] | None) -> dict[str, Any]:
    """A sweep case's context by record key, as the dialogue's slots (unknown keys kept as given)."""
    slots = SM_SLOT if dialogue is SM else FC_SLOT
    return {slots.get(k, k): v for k, v in (ctx or {}).items()}


def right(expected: Any, got: Parsed) -> bool:
    """A sweep case's expectation met: «H» read back (not stored), «N?» read back or stored no, «U»
    stored unknown, «TEXT» some free text stored, a list in any order, else the value of its type."""
    stored = got.ok and not got.unsure
    if expected in ("H", "N?"):
        return not stored or (expected == "N?" and got.value is False)
    if not stored:
        return False
    if expected == "U":
        return got.value in parse.UNANSWERED
    if expected == "TEXT":
        return isinstance(got.value, str) and got.value not in parse.UNANSWERED
    if isinstance(expected, list):
        return isinstance(got.value, list) and sorted(got.value) == sorted(expected)
    return got.value == expected and type(got.value) is type(expected)


def case_ids(cases: list[tuple[Any, ...]]) -> list[str]:
    """Test ids for sweep cases ``(dialogue, key, text, …)``: «FC-key-text» / «SM-key-text»."""
    return [f"{'FC' if c[0] is FC else 'SM'}-{c[1]}-{c[2]}" for c in cases]


def gets_112(dialogue: Dialogue, key: str, text: str, ctx: dict[str, Any] | None) -> bool:
    """Whether the answer to ``key`` gets the 112 reply in the turn engine (the dialogues' own reading of danger
    now, which knows who the perpetrator is)."""
    slot = (FC_SLOT if dialogue is FC else SM_SLOT)[key]
    turn = engine.handle(dialogue, slot, text, None, slots_of(dialogue, ctx))
    return any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in turn.replies)


def check_sweep_case(d: str, key: str, text: str, expected: Any, ctx: dict[str, Any] | None, alarm: bool) -> None:
    """One sweep case of the ownwords probes (rounds 20, 24): the reader's reading is right — or, for a yes/no the
    engine decides over the whole turn (a danger-now answer to «akutt fare?»), the turn stores it — and the turn
    gives the 112 reply exactly when ``alarm``. ``d`` is «F» (first contact) or «S» (the mapping)."""
    dialogue = FC if d == "F" else SM
    slots = slots_of(dialogue, ctx)
    got = read(dialogue, key, text, slots)
    slot = (FC_SLOT if dialogue is FC else SM_SLOT)[key]
    turn = engine.handle(dialogue, slot, text, None, slots)
    assert right(expected, got) or (isinstance(expected, bool) and turn.slots.get(slot) is expected), got
    assert any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in turn.replies) is alarm
