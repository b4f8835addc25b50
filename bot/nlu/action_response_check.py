"""Check the action server's response schema once, not on every custom action (Rasa server only).

Rasa 3.6 validates every action-server response with ``jsonschema.validate``. With the jsonschema
it pins (4.17) that call first validates the response *schema* itself against the draft 2020-12
metaschema – about 90 ms per custom action on the project's 2-core machine (measured in the Rasa
server with cProfile: 4.1 s of 7.3 s for 15 first-contact turns), more than a whole greeting turn.
The schema is the same for every call, so checking it once is enough; the response is still
validated every time, exactly as ``jsonschema.validate`` does. Installed when Rasa imports the
project's NLU components (``bot/nlu/__init__.py``).
"""

from __future__ import annotations

import json
from typing import Any

_checked: set[str] = set()


def validate(instance: Any, schema: Any, cls: Any = None, *args: Any, **kwargs: Any) -> None:
    """``jsonschema.validate`` with the schema check done once per distinct schema."""
    from jsonschema import exceptions
    from jsonschema.validators import validator_for

    if cls is None:
        cls = validator_for(schema)
    key = f"{cls.__name__}:{json.dumps(schema, sort_keys=True, default=str)}"
    if key not in _checked:
        cls.check_schema(schema)
        _checked.add(key)
    error = exceptions.best_match(cls(schema, *args, **kwargs).iter_errors(instance))
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
