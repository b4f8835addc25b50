"""Run by ``tests/test_rasa_plugins.py`` with ``.venv-rasa/bin/python``: what ``bot.rasa_plugins.server``
changes about Rasa's calls to the action server, checked on Rasa's own ``RemoteAction``.

Prints one line per check; exits non-zero (an AssertionError) on the first failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import jsonschema  # noqa: E402
from rasa.core.actions.action import RemoteAction  # noqa: E402
from rasa.plugin import plugin_manager  # noqa: E402

from bot.rasa_plugins import action_payload, server  # noqa: E402

LISTEN = {"event": "action", "name": "action_listen"}
OLD = [{"event": "session_started"}, LISTEN, {"event": "user", "text": "ny henvendelse"},
       {"event": "action", "name": "triage_form"}]
LATEST = [LISTEN, {"event": "user", "text": "nei"}, {"event": "slot", "name": "acute_danger_now", "value": "nei"}]


def body(action: str) -> dict:
    return {"next_action": action, "sender_id": "s", "tracker": {"events": OLD + LATEST, "slots": {}}}


action_payload.register()
action_payload.register()  # twice: still one plugin
hook = plugin_manager().hook.prefix_stripping_for_custom_actions
assert hook(json_body=body("validate_triage_form"))["tracker"]["events"] == LATEST
print("ok: a form validation gets the latest turn through Rasa's hook")
assert hook(json_body=body("action_answer_guide")) is None
print("ok: a guide action gets every event (Rasa sends its own request)")

original = RemoteAction._validate_action_result
bad = {"events": [{"event": "slot", "name": 5}], "responses": "x"}
good = {"events": [{"event": "slot", "name": "a", "value": None, "timestamp": None}], "responses": [{"text": "t"}]}
errors = []
for variant in ("rasa", "once"):
    if variant == "once":
        server.check_action_responses_once()
        assert RemoteAction._validate_action_result is not original
    action = RemoteAction("validate_triage_form", None)
    assert action._validate_action_result(good) is True
    try:
        action._validate_action_result(bad)
    except jsonschema.ValidationError as exc:
        errors.append(exc.message)
    else:
        raise AssertionError(f"{variant}: a malformed response passed")
assert errors[0] == errors[1] and "Failed to validate Action server response" in errors[1], errors
print("ok: the response check built once accepts and rejects as Rasa's, with the same message")
