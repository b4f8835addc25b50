"""Remove free text from Rasa events before they are stored: the turn that needed it is over.

What a later turn still needs is kept: intents and their confidences, entity names, action names,
active loops, and the current value of every slot the dialogue reads. What goes:

- the text of every user message and its entity values (a button's answer lands in a slot if it
  matters); the channel metadata of the message;
- the text of every bot message (summaries and journal notes repeat the answers), the titles of its
  buttons, the entities of their payloads (only the intent stays: ``/feedback``, ``/choose_entry``)
  and the guide's ``custom`` sources: a 👍/👎 token or the subsection cited would join the answer log
  (``./botctl feedback``) to this conversation;
- a slot value once the slot has been set again (the raw text ``from_text`` puts in a form slot
  before validation, and every answer once the dialogue resets its slots). The latest value of a
  slot stays until it is replaced, because the form reads it on the next turn: as it is when it
  cannot be typed text (``is_code_value``: a code, a number, a case ref, a list of codes), *sealed*
  (encrypted with the case keys, ``seal``/``unseal``) when it can – a free-text answer such as «why
  does she call now?» must reach the record the form saves at its end, but never lies in the events
  table as plain text. The message metadata Rasa copies into ``session_started_metadata`` is masked
  at once: nothing reads it later.

Slots whose values shape predictions (``influence_conversation`` with a categorical, boolean or
float type) are never masked: they hold codes by design, and masking would change what Rasa
predicts. Pure functions over the event dicts, so both environments can test them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

MASK = "[skjult]"
# A sealed slot value: this prefix, then a Fernet token of the value as JSON (``seal``).
SEALED = "sealed:v1:"
# Slots whose value nothing reads after the turn that set it: masked, never sealed.
NEVER_SEALED = frozenset({"session_started_metadata"})
Event = dict[str, Any]
# What the dialogues store in a slot: codes («telefon», «tidligere_partner»), one lowercase word (a
# language: «tigrinja»), a case ref. No spaces, capitals or punctuation: a name, an address or a
# phone number as typed never looks like this. (One lowercase word typed alone and left unvalidated
# – the action server down in that turn – would pass; the next turn's validation replaces it.)
_CODE_VALUE = re.compile(r"^(?:[a-z0-9_æøå]{1,64}|K-[A-Z0-9]{6})$")
_PAYLOAD_INTENT = re.compile(r"^/[A-Za-z0-9_]+")


def is_code_value(value: Any, _nested: bool = False) -> bool:
    """Whether a slot value is a code the dialogue set, not text someone typed (see ``_CODE_VALUE``)."""
    if value is None or isinstance(value, (bool, int, float)):
        return True
    if isinstance(value, str):
        return bool(_CODE_VALUE.match(value))
    if isinstance(value, list) and not _nested:
        return all(is_code_value(item, True) for item in value)
    return False


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
        parse = event["parse_data"] = dict(parse)  # a copy: the caller's event keeps its parse data
        if parse.get("text") is not None:
            parse["text"] = MASK
        parse["entities"] = _mask_entities(parse.get("entities"))
        parse["metadata"] = {}


def _mask_button(button: Any) -> Any:
    if not isinstance(button, dict):
        return MASK
    payload = button.get("payload")
    intent = _PAYLOAD_INTENT.match(payload) if isinstance(payload, str) else None
    return {**button, "title": MASK, "payload": intent.group(0) if intent else MASK}


def mask_bot_data(data: Any) -> None:
    """Buttons keep their intent only; ``custom`` (the guide's sources) goes (in ``data`` itself)."""
    if not isinstance(data, dict):
        return
    for key in ("buttons", "quick_replies"):
        if isinstance(data.get(key), list):
            data[key] = [_mask_button(b) for b in data[key]]
    if data.get("custom") is not None:
        data["custom"] = MASK


def seal(value: Any, encrypt: Callable[[str], str]) -> str:
    """The sealed form of a slot value (``encrypt``: ``bot.storage.crypto.encrypt``)."""
    return SEALED + encrypt(json.dumps(value, ensure_ascii=False))


def unseal_events(events: Iterable[Event], decrypt: Callable[[str], str]) -> list[Event]:
    """The stored events with sealed slot values opened again, for Rasa to rebuild the tracker.

    A value that no longer opens (the keys were rotated away mid-dialogue) becomes the mask: the
    answer is lost, the conversation is not."""
    opened = []
    for event in events:
        value = event.get("value")
        if event.get("event") == "slot" and isinstance(value, str) and value.startswith(SEALED):
            event = dict(event)
            try:
                event["value"] = json.loads(decrypt(value[len(SEALED):]))
            except Exception:  # noqa: BLE001 – any failure to open is the same: the value is gone
                event["value"] = MASK
        opened.append(event)
    return opened


def _slot_name(event: Event) -> str:
    """A slot event's slot name (Rasa always writes one; "" for a malformed event, never a real slot)."""
    return event.get("name") or ""


def mask_new_events(events: list[Event], maskable_slot: Callable[[str], bool],
                    encrypt: Callable[[str], str] | None = None) -> list[Event]:
    """Copies of the events of one turn with free text removed or sealed (see the module
    docstring); without ``encrypt`` nothing is sealed, everything typed is masked.

    Each copy is new down to the parts masking replaces (the event, a user message's parse data, a
    bot message's data); what it leaves as it is (intent ranking, slot values kept) is shared with
    the given events, which are never changed. ``copy.deepcopy`` of every event was most of this
    function's time (about 1 ms of a save turn's ~45 events, issue 18); the stored JSON is the same."""
    last_set: dict[str, int] = {}
    for index, event in enumerate(events):
        if event.get("event") == "slot":
            last_set[_slot_name(event)] = index
    masked: list[Event] = []
    for index, original in enumerate(events):
        event = dict(original)
        kind = event.get("event")
        if kind == "user":
            mask_user_event(event)
        elif kind == "bot":
            if event.get("text") is not None:
                event["text"] = MASK
            if isinstance(event.get("data"), dict):
                event["data"] = dict(event["data"])
            mask_bot_data(event.get("data"))
        elif kind == "action":
            if event.get("action_text") is not None:
                event["action_text"] = MASK
        elif kind == "entities":
            event["entities"] = _mask_entities(event.get("entities"))
        elif kind == "slot":
            name = _slot_name(event)
            value = event.get("value")
            if not maskable_slot(name) or (last_set.get(name) == index and is_code_value(value)):
                pass
            elif last_set.get(name) == index and encrypt is not None and name not in NEVER_SEALED:
                event["value"] = seal(value, encrypt)
            else:
                event["value"] = mask_value(value)
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
    return {_slot_name(e) for e in events if e.get("event") == "slot" and maskable_slot(_slot_name(e))}


def clears_all_slots(events: Iterable[Event]) -> bool:
    return any(e.get("event") in CLEARING_EVENTS for e in events)
