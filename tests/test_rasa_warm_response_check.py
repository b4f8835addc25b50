"""The Rasa server checks the action-response schema when the model is loaded, not on the first action
call (``bot.rasa_plugins.server.warm_action_response_check``; issue 14: 63 ms of the first guide answer
after a start). Runs in Rasa's own environment, in a fresh interpreter: the check keeps what it built per
process."""

from __future__ import annotations

import os
import subprocess

import pytest

from bot.config import PROJECT_ROOT

RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"

# Loaded as serve.sh's server loads (the project's NLU package installs the check), optionally through the
# loader wrapper; then: what the check keeps, and whether Rasa's own validation of a guide answer passes.
PROBE = """
import asyncio, sys
import bot.nlu  # noqa: F401  installs the check, as Rasa's import of the router does
from bot.nlu import action_response_check as check
from bot.rasa_plugins import server
from rasa.core.actions.action import RemoteAction
if sys.argv[1] == "tidy":
    async def load():
        return object()
    asyncio.run(server.tidy_after(load)())
kept = check._last is not None and check._last[0] == RemoteAction.action_response_format_spec()
answer = {"events": [{"event": "slot", "name": "x", "value": None, "timestamp": None}],
          "responses": [{"text": "svar", "buttons": []}]}
print("probe", kept, RemoteAction("action_answer_guide", None)._validate_action_result(answer))
"""


def _probe(mode: str) -> tuple[bool, bool]:
    if not os.path.exists(RASA_PYTHON):
        pytest.fail(f"{RASA_PYTHON} mangler: kjør `make setup`")
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), TF_CPP_MIN_LOG_LEVEL="3")
    out = subprocess.run([str(RASA_PYTHON), "-c", PROBE, mode], capture_output=True, text=True, timeout=300, env=env,
                         cwd=PROJECT_ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    kept, valid = out.stdout.split()[-2:]
    return kept == "True", valid == "True"


def test_the_loaded_server_has_checked_the_action_response_schema_before_any_call() -> None:
    assert _probe("bare") == (False, True)  # without the loader wrapper nothing is kept yet
    assert _probe("tidy") == (True, True)  # with it, Rasa's schema and its validator are there already
