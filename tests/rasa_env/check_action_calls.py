"""Run by ``tests/test_rasa_plugins.py`` with ``.venv-rasa/bin/python``: the dialogue and guide actions'
request cuts (``bot.rasa_plugins.action_payload``) through Rasa's own plugin manager.

Prints one line per check; exits non-zero (an AssertionError) on the first failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from rasa.plugin import plugin_manager  # noqa: E402

from bot.rasa_plugins import action_payload  # noqa: E402

LISTEN = {"event": "action", "name": "action_listen"}
OLD = [{"event": "session_started"}, LISTEN, {"event": "user", "text": "ny henvendelse"},
       {"event": "action", "name": "triage_form"}]
LATEST = [LISTEN, {"event": "user", "text": "nei"}, {"event": "slot", "name": "acute_danger_now", "value": "nei"}]


def body(action: str) -> dict:
    return {"next_action": action, "sender_id": "s", "tracker": {"events": OLD + LATEST, "slots": {}}}


action_payload.register()
action_payload.register()  # twice: still one plugin
assert sum(isinstance(p, action_payload.ActionPayloadPlugin) for p in plugin_manager().get_plugins()) == 1
hook = plugin_manager().hook.prefix_stripping_for_custom_actions
assert hook(json_body=body("validate_triage_form"))["tracker"]["events"] == LATEST
print("ok: a form validation gets the latest turn through Rasa's hook")
assert hook(json_body=body("action_answer_guide"))["tracker"]["events"] == OLD[2:] + LATEST
print("ok: a guide answer gets the events from the previous user message through Rasa's hook")
assert hook(json_body=body("action_not_known_to_the_cut")) is None
print("ok: any other action gets every event (Rasa sends its own request)")
