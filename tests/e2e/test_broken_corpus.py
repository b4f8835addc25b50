"""A broken corpus file at start: the assistant refuses to start and says what is wrong."""

from __future__ import annotations

import shutil

import pytest

from bot.config import corpus_dir
from bot.testing.served import served_instance

pytestmark = pytest.mark.e2e


def test_server_refuses_to_start_on_a_broken_corpus_file(tmp_path, monkeypatch) -> None:
    broken = tmp_path / "corpus"
    shutil.copytree(corpus_dir(), broken)
    victim = broken / "3-nar-den-utsatte-trenger-tolk.md"
    victim.write_text(victim.read_text(encoding="utf-8").replace("\nid: ", "\nid_: ", 1), encoding="utf-8")
    monkeypatch.setenv("KRISE_CORPUS_DIR", str(broken))
    log = tmp_path / "serve.log"
    with pytest.raises(RuntimeError, match="ble ikke klar"), served_instance(log, timeout=180):
        pass
    output = log.read_text(encoding="utf-8")
    assert "Assistenten starter ikke" in output and "3-nar-den-utsatte-trenger-tolk.md" in output
    assert "./botctl corpus check" in output
    assert "Starter Rasa-serveren" not in output  # nothing half-working was started
    assert "Traceback" not in output
