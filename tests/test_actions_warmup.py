"""The action server builds before its first request what the first answers would build once
(``actions/warmup.py``; issue 14 «nothing slower»: in a fresh server the first guide answer took ~90 ms
of compute and the first checklist ~190 ms, against ~2 ms later). Each probe runs in a fresh
interpreter: the lazily built things are per process, and this test process may hold them already."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.config import PROJECT_ROOT

# After the guide is loaded as ``python -m actions`` loads it: optionally warm, then answer the bench's
# 60 dev questions and a checklist request, as a fresh server's first requests, and report what those
# first answers still had to build: the lemma table, the spaCy pipeline, and patterns compiled.
PROBE = """
import sys, sre_compile
from actions.startup import check_keys_or_exit, load_guide_or_exit, release_build_memory
check_keys_or_exit(); load_guide_or_exit()
if sys.argv[1] == "warm":
    from actions.warmup import warm
    warm()
release_build_memory()
from bot.text.lemmas import irregular_forms
from bot.text.pipeline import load_nlp
built_before = (irregular_forms.cache_info().currsize, load_nlp.cache_info().currsize)
compiled = []
original = sre_compile.compile
def counting(p, flags=0):
    compiled.append(p)
    return original(p, flags)
sre_compile.compile = counting
from bench.quality import load_set, DEV_SET
from bot.guide.checklists import find_checklist
from bot.respond import respond
for q in [q.q for q in load_set(DEV_SET) if q.id][:60]:
    respond(q)
find_checklist("ny bolig og sikkerhetstiltak sjekkliste")
print("probe", built_before[0], built_before[1], len(compiled))
"""


def _probe(mode: str, tmp_path: Path) -> tuple[int, int, int]:
    from bot.storage import migrate

    db = f"sqlite:///{tmp_path / 'k.sqlite3'}"
    migrate.upgrade(db)
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), DATABASE_URL=db)
    out = subprocess.run([sys.executable, "-c", PROBE, mode], env=env, capture_output=True, text=True, timeout=600,
                         cwd=PROJECT_ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    lemma, nlp, patterns = out.stdout.split()[-3:]
    return int(lemma), int(nlp), int(patterns)


def test_the_first_answers_build_nothing_after_the_warm_up(tmp_path: Path) -> None:
    (tmp_path / "cold").mkdir()
    (tmp_path / "warm").mkdir()
    cold = _probe("cold", tmp_path / "cold")
    warm = _probe("warm", tmp_path / "warm")
    # Without the warm-up the probe sees the first answers build: it can tell the difference.
    assert cold[:2] == (0, 0) and cold[2] > 0, cold
    # With it the table and the pipeline are there before the first request, and no pattern is compiled.
    assert warm == (1, 1, 0), warm


def test_a_failing_warm_up_does_not_stop_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    from actions import warmup
    from bot import respond

    def broken(text: str) -> Any:
        raise RuntimeError("x")

    monkeypatch.setattr(respond, "respond", broken)
    assert warmup.warm() >= 0.0


def test_the_server_warms_after_the_guide_is_loaded_and_before_it_serves(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasa_sdk.__main__
    import rasa_sdk.endpoint

    from actions import startup, warmup
    from actions.__main__ import main

    calls: list[str] = []
    for module, name in ((startup, "check_keys_or_exit"), (startup, "load_guide_or_exit"),
                         (startup, "release_build_memory"), (warmup, "warm")):
        monkeypatch.setattr(module, name, lambda name=name: calls.append(name))
    monkeypatch.setattr(rasa_sdk.__main__, "main_from_args", lambda args: calls.append("serve"))
    monkeypatch.setattr(rasa_sdk.endpoint, "create_app", rasa_sdk.endpoint.create_app)
    main(["--port", "5999"])
    assert calls == ["check_keys_or_exit", "load_guide_or_exit", "warm", "release_build_memory", "serve"]
