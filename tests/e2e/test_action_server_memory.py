"""The served action server's memory (issue 18: ≤ 300 MB): it builds no index itself, and stays within it after
it has stored a case (the first save builds the masker, ~47 MB measured apart: load10).

``bot.guide.apart`` builds the index in a child process; the server loads the finished index and
serves from plain arrays (``bot.guide.tfidf``, ``bot.guide.linear``) without importing scikit-learn.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from bot.channels.rest_client import send
from tests.e2e.dialogue import complete_triage

pytestmark = pytest.mark.e2e

ACTION_SERVER_LIMIT_MB = 300  # issue 18's target, at rest and at its peak
QUESTIONS = ["hvordan bestiller jeg tolk?", "hva er et besøksforbud?", "tolk natt", "what is a restraining order?"]


def _status_mb(pid: int) -> dict[str, float]:
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return {key: int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM")}


def test_action_server_stays_within_its_memory_after_a_save_and_never_loads_scikit_learn(served_sqlite) -> None:
    for question in QUESTIONS:
        assert send("e2e-mem-" + secrets.token_hex(4), question, url=served_sqlite.url)
    sender = "e2e-mem-" + secrets.token_hex(4)
    complete_triage(lambda message: send(sender, message, url=served_sqlite.url))
    pid = served_sqlite.server_pid("actions")
    memory = _status_mb(pid)
    print(f"action server after guide questions and one saved case: {memory}")
    assert memory["VmHWM"] <= ACTION_SERVER_LIMIT_MB, memory  # the peak too: no build in this process
    maps = Path(f"/proc/{pid}/maps").read_text()
    assert "/sklearn/" not in maps  # scikit-learn is for the build (in the child) only
