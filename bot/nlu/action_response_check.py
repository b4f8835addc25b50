"""Check the action server's response schema once, not on every custom action (Rasa server only).

Rasa 3.6 validates every action-server response with ``jsonschema.validate``. With the jsonschema
it pins (4.17) that call first validates the response *schema* itself against the draft 2020-12
metaschema – about 90 ms per custom action on the project's 2-core machine (measured in the Rasa
server with cProfile: 4.1 s of 7.3 s for 15 first-contact turns), more than a whole greeting turn.
The schema is the same for every call, so checking it once is enough; the response is still
validated every time, exactly as ``jsonschema.validate`` does. Installed when Rasa imports the
project's NLU components (``bot/nlu/__init__.py``).

The response's events are checked one by one against a ``oneOf`` over every event type: about 0.8 ms
per event at load 9, 30 ms for the 40 ``SlotSet`` events of a save turn (issue 18). Each event's
validity depends on the event alone (the schema's ``events`` is ``{"type": "array", "items": …}``),
so an event that passed once passes again: events already seen valid (a 128-bit digest of their JSON is
remembered, never the values themselves) are left out of the check, and the rest of the response is checked in
full as before. Only when that check fails is the whole response checked again, so a bad response
raises exactly the error it raised before.
"""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

_checked: set[str] = set()
# Digests of events that passed, per schema key; bounded (cleared when full: only a cache).
_valid_events: dict[str, set[bytes]] = {}
MAX_REMEMBERED_EVENTS = 20_000


def _items_only(schema: Any) -> bool:
    """Whether the schema's ``events`` is checked item by item and nothing else (so items are independent)."""
    events = schema.get("properties", {}).get("events") if isinstance(schema, dict) else None
    return isinstance(events, dict) and set(events) == {"type", "items"} and events["type"] == "array" \
        and isinstance(events["items"], dict)


def _digest(event: Any) -> bytes:
    return hashlib.blake2b(json.dumps(event, sort_keys=True, ensure_ascii=False).encode("utf-8"),
                           digest_size=16).digest()


# The schema of the latest plain call (a copy), its key and its validator: Rasa passes the same schema every time,
# as a new dict. Building the key (the schema as sorted JSON) and the validator was 85 of the check's 120 µs per
# custom action, paid by every guide answer (issue 14); comparing with the copy takes under a microsecond. Python's
# equality takes 1, 1.0 and True as equal: a schema differing from the remembered one only there would share its
# validator (Rasa's schema has no such values).
_last: tuple[Any, str, Any] | None = None


def _prepare(schema: Any, cls: Any = None, *args: Any, **kwargs: Any) -> tuple[str, Any]:
    """The schema's key (checked once per key) and a validator for it; a plain call's are remembered."""
    global _last
    from jsonschema.validators import validator_for

    plain = cls is None and not args and not kwargs
    if cls is None:
        cls = validator_for(schema)
    key = f"{cls.__name__}:{json.dumps(schema, sort_keys=True, default=str)}"
    if key not in _checked:
        cls.check_schema(schema)
        _checked.add(key)
    if not plain:
        return key, cls(schema, *args, **kwargs)
    snapshot = copy.deepcopy(schema)  # what later calls are compared with is what the validator checks
    validator = cls(snapshot)
    _last = (snapshot, key, validator)
    return key, validator


def validate(instance: Any, schema: Any, cls: Any = None, *args: Any, **kwargs: Any) -> None:
    """``jsonschema.validate`` with the schema check done once per distinct schema, and events that
    passed before not checked again."""
    from jsonschema import exceptions

    remembered = _last if cls is None and not args and not kwargs else None
    if remembered is not None and schema == remembered[0]:
        _, key, validator = remembered
    else:
        key, validator = _prepare(schema, cls, *args, **kwargs)
    events = instance.get("events") if isinstance(instance, dict) else None
    if not args and not kwargs and isinstance(events, list) and _items_only(schema):
        known = _valid_events.setdefault(key, set())
        try:
            digests = [_digest(e) for e in events]
        except (TypeError, ValueError):  # not JSON (never from the action server): the full check decides
            digests = []
        new = [(d, e) for d, e in zip(digests, events, strict=True) if d not in known]
        if digests and exceptions.best_match(validator.iter_errors({**instance, "events": [e for _, e in new]})) is None:
            if len(known) + len(new) > MAX_REMEMBERED_EVENTS:
                known.clear()
            known.update(d for d, _ in new)
            return
    error = exceptions.best_match(validator.iter_errors(instance))
    if error is not None:
        raise error


def install() -> bool:
    """Replace ``jsonschema.validate`` (Rasa imports it at call time); False when jsonschema is absent."""
    try:
        import jsonschema
    except ImportError:
        return False
    jsonschema.validate = validate
    return True
