"""A long conversation on the served bot, and Rasa's recent-turns tracker checked against the whole one.

The tracker store loads only the latest turns of a conversation (``bot/rasa_plugins/window.py``), so
a turn costs the same late in a night shift. Here one conversation has guide questions, a first
contact with a guide question and «hvorfor» in the middle, pause and resume, a saved case, a safety
mapping that is cancelled, and more questions after: it must behave as usual, and at every point
where Rasa predicted an action the windowed tracker must give the policies the states the whole
conversation gives (``tests/rasa_env/check_window.py``, run on what the servers stored).
"""

from __future__ import annotations

import os
import secrets
import subprocess

import pytest

from bot.channels.rest_client import send
from bot.config import PROJECT_ROOT
from tests.e2e.dialogue import START, answer_questions, complete_triage, texts

pytestmark = pytest.mark.e2e

RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"
QUESTIONS = ["hvordan bestiller jeg tolk?", "hva er et besøksforbud?", "kan barna gå på skolen?",
             "hvem betaler for oppholdet?", "hva er voldsalarm?", "må jeg ha samtykke før jeg ringer politiet?",
             "takk", "hei", "hva gjør jeg med husdyr?", "asdfgh qwerty"]


def test_long_conversation_and_its_window(rasa_url, e2e_database_url) -> None:
    sender = "e2e-window-" + secrets.token_hex(4)

    def say(message: str) -> list[dict]:
        reply = send(sender, message, url=rasa_url, timeout=120)
        assert texts(reply).strip(), f"no reply to {message!r}"
        return reply

    for question in QUESTIONS:
        say(question)
    replies = say(START)
    replies = answer_questions(say, replies, 3)[-1]
    asked = texts(replies[-1:])
    assert asked in texts(say("hvordan bestiller jeg tolk?")), "the form did not ask again after a guide question"
    assert asked in texts(say("hvorfor spør vi om dette?"))
    replies = answer_questions(say, replies, 2)[-1]
    assert "pause" in texts(say("pause")).lower()
    for question in QUESTIONS[:3]:
        say(question)
    ref = complete_triage(say, say("fortsett"))
    assert "Hvilken sak" in texts(say("start kartlegging"))
    answer_questions(say, say("ny sak"), 1)
    assert "Vil du avbryte" in texts(say("avbryt"))
    assert "Avbrutt" in texts(say("ja"))
    for question in QUESTIONS:
        say(question)
    assert ref.startswith("K-")

    out = subprocess.run([str(RASA_PYTHON), str(PROJECT_ROOT / "tests" / "rasa_env" / "check_window.py"),
                          e2e_database_url, sender], capture_output=True, text=True, timeout=600,
                         cwd=PROJECT_ROOT, env=dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), TF_CPP_MIN_LOG_LEVEL="3",
                                                    SQLALCHEMY_SILENCE_UBER_WARNING="1"))
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    assert out.stdout.count("ok:") == 3, out.stdout
