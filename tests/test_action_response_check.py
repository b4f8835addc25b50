"""The Rasa server's action-response check (bot/nlu/action_response_check.py), run in the Rasa venv."""

from __future__ import annotations

import subprocess

from bot.config import PROJECT_ROOT

SCRIPT = r"""
import jsonschema
from jsonschema.validators import validator_for
import bot.nlu  # installs the check, as the Rasa server does when it loads the NLU components
from rasa.core.actions.action import RemoteAction

spec = RemoteAction.action_response_format_spec()
cls = validator_for(spec)
calls = []
original = cls.check_schema
cls.check_schema = classmethod(lambda c, s, **kw: (calls.append(1), original(s, **kw)))
from jsonschema import validate  # what Rasa does at each call
for _ in range(3):
    validate({"events": [{"event": "slot", "name": "x", "value": 1}], "responses": [{"text": "hei"}]},
             RemoteAction.action_response_format_spec())
try:
    validate({"events": "not a list"}, spec)
    raise SystemExit("an invalid response was accepted")
except jsonschema.ValidationError:
    pass
print("schema checks:", len(calls))
"""


def test_schema_checked_once_and_responses_still_validated():
    python = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"
    out = subprocess.run([str(python), "-c", SCRIPT], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin", "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert "schema checks: 1" in out.stdout
