"""The quality bench's set handling (no served bot needed)."""

from __future__ import annotations

from bench import quality, run


def test_final_looks_for_final4_and_says_so_when_it_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(run, "FINAL_SETS", (tmp_path / "final4.yml",))
    run.quality("http://127.0.0.1:9", final=True)  # returns before any server or index is touched
    out = capsys.readouterr().out
    assert "final4.yml finnes ikke" in out


def test_spent_held_back_sets_are_no_longer_bench_sets():
    """final, final2 and final3 were measured once and are training examples now; only dev sets and
    the new held-back final4 remain."""
    assert [p.name for p in quality.FINAL_SETS] == ["final4.yml"]
    assert [p.name for p in quality.DEV_SETS] == ["dev.yml", "dev2.yml"]
    names = {p.name for p in quality.SETS.glob("final*.yml")}
    assert names <= {"final4.yml"}
