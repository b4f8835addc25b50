"""Remove free text from Rasa events before they are stored: the turn that needed it is over.

What a later turn still needs is kept: intents and their confidences, entity names, action names,
active loops, and the current value of every slot the dialogue reads. What goes:

- the text of every user message and its entity values (a button's answer lands in a slot if it
  matters); the channel metadata of the message;
- the text of every bot message (summaries and journal notes repeat the answers); buttons and the
  guide's ``custom`` sources are kept, they come from the domain and the guide;
- a slot value once the slot has been set again (the raw text ``from_text`` puts in a form slot
  before validation, and every answer once the dialogue resets its slots). The latest value of a
  slot stays until it is replaced, because the form reads it on the next turn.

Slots whose values shape predictions (``influence_conversation`` with a categorical, boolean or
float type) are never masked: they hold codes by design, and masking would change what Rasa
predicts. Pure functions over the event dicts, so both environments can test them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from typing import Any

MASK = "[skjult]"
Event = dict[str, Any]


def mask_value(value: Any) -> Any:
    """``None`` stays ``None`` (a cleared slot); anything else becomes the mask, which keeps a
    text slot «set» for the policies that only look at whether it is."""
    return None if value is None else MASK


def _mask_entities(entities: Iterable[dict[str, Any]] | None) -> list[dict[str, Any]]:
    return [{key: (MASK if key in ("value", "text") else val) for key, val in entity.items()
             if key not in ("start", "end")} for entity in entities or []]


def mask_user_event(event: Event) -> None:
    if event.get("text") is not None:
        event["text"] = MASK
    event["metadata"] = {}
    parse = event.get("parse_data")
    if isinstance(parse, dict):
        if parse.get("text") is not None:
            parse["text"] = MASK
        parse["entities"] = _mask_entities(parse.get("entities"))
        parse["metadata"] = {}


def mask_new_events(events: list[Event], maskable_slot: Callable[[str], bool]) -> list[Event]:
    """Copies of the events of one turn with free text removed (see the module docstring)."""
    last_set: dict[str, int] = {}
    for index, event in enumerate(events):
        if event.get("event") == "slot":
            last_set[event.get("name")] = index
    masked: list[Event] = []
    for index, original in enumerate(events):
        event = copy.deepcopy(original)
        kind = event.get("event")
        if kind == "user":
            mask_user_event(event)
        elif kind == "bot":
            if event.get("text") is not None:
                event["text"] = MASK
        elif kind == "action":
            if event.get("action_text") is not None:
                event["action_text"] = MASK
        elif kind == "entities":
            event["entities"] = _mask_entities(event.get("entities"))
        elif kind == "slot":
            name = event.get("name")
            if maskable_slot(name) and last_set.get(name) != index:
                event["value"] = mask_value(event.get("value"))
        masked.append(event)
    return masked


def retire_slot_value(event: Event) -> bool:
    """Mask an older stored SlotSet whose slot has been set again; True when it changed."""
    if event.get("value") in (None, MASK):
        return False
    event["value"] = MASK
    return True


# Events after which no earlier slot value is read again: a new session (slots are not carried
# over), a restart, or every slot reset.
CLEARING_EVENTS = frozenset({"session_started", "restart", "reset_slots"})


def slots_set(events: Iterable[Event], maskable_slot: Callable[[str], bool]) -> set[str]:
    """Maskable slots this batch sets again (their older stored values are superseded)."""
    return {e.get("name") for e in events if e.get("event") == "slot" and maskable_slot(e.get("name"))}


def clears_all_slots(events: Iterable[Event]) -> bool:
    return any(e.get("event") in CLEARING_EVENTS for e in events)
