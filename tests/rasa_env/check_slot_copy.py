"""Run by ``tests/test_rasa_plugins.py`` with ``.venv-rasa/bin/python``: ``bot.rasa_plugins.slot_copy``
makes the same slot copies as ``copy.copy`` without it, and the same trackers.

Prints one line per check; exits non-zero (an AssertionError) on the first failure.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered  # noqa: E402
from rasa.shared.core.slots import Slot, TextSlot  # noqa: E402
from rasa.shared.core.trackers import DialogueStateTracker  # noqa: E402

from bot.rasa_plugins import slot_copy  # noqa: E402


def generic(slot: Slot) -> Slot:
    """What copy.copy makes of a slot without a __copy__."""
    return copy._reconstruct(slot, None, *slot.__reduce_ex__(4))  # type: ignore[attr-defined]


def conversation(domain: Domain) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("slot-copy", EVENTS, domain.slots, domain=domain)


EVENTS = [UserUttered("hei", {"name": "greet", "confidence": 1.0}, timestamp=1.0),
          ActionExecuted("utter_greet", timestamp=2.0),
          *(SlotSet(name, "verdi", timestamp=3.0) for name in ("language", "why_contact_now", "requested_slot")),
          ActionExecuted("action_listen", timestamp=4.0)]


def main() -> None:
    domain = Domain.load(str(ROOT / "domain.yml"))
    before = conversation(domain)
    copied_before = before.copy()
    assert "__copy__" not in vars(Slot), "Rasa's Slot has a __copy__ of its own now: check slot_copy"
    slot_copy.register()
    slots = list(domain.slots)
    for slot in slots:
        slot.value = ["a list", "shared by a shallow copy"]
        assert slot_copy._plain(type(slot)), f"{type(slot).__name__} would not get the direct copy"
        ours, theirs = copy.copy(slot), generic(slot)
        assert ours is not slot and type(ours) is type(theirs) is type(slot), slot.name
        assert vars(ours).keys() == vars(theirs).keys() == vars(slot).keys(), slot.name
        assert all(vars(ours)[key] is vars(slot)[key] for key in vars(slot)), f"not a shallow copy: {slot.name}"
        ours.value = "changed"
        assert slot.value == ["a list", "shared by a shallow copy"], "the copy changed the original"
        slot.reset()
    print(f"ok: the {len(slots)} slots of the domain copy as copy.copy copies them without slot_copy")

    after = conversation(domain)
    assert after.current_state() == before.current_state()
    assert after.copy().current_state() == copied_before.current_state()
    assert [(type(s), s.name, s.value) for s in after.slots.values()] == \
        [(type(s), s.name, s.value) for s in before.slots.values()]
    assert list(after.generate_all_prior_trackers())[-1][0].current_state() == \
        list(before.generate_all_prior_trackers())[-1][0].current_state()
    print("ok: trackers, their copies and prior trackers come out the same")

    class Stateful(TextSlot):
        def __getstate__(self) -> dict:
            return {**self.__dict__, "marker": "from getstate"}

    stateful = Stateful("s", mappings=[])
    assert copy.copy(stateful).marker == "from getstate", "a slot with its own state must keep the generic copy"
    print("ok: a slot class with its own copying keeps the generic path")


if __name__ == "__main__":
    main()
