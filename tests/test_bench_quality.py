"""The quality bench's set handling (no served bot needed)."""

from __future__ import annotations

import pytest

from bench import quality, run


def test_final_looks_for_final18_and_says_so_when_it_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(run, "FINAL_SETS", (tmp_path / "final18.yml",))
    run.quality("http://127.0.0.1:9", final=True)  # returns before any server or index is touched
    out = capsys.readouterr().out
    assert "final18.yml finnes ikke" in out


def test_spent_held_back_sets_are_no_longer_bench_sets():
    """final … final17 were measured once and are training examples now; only dev sets and the new
    held-back final18 remain."""
    assert [p.name for p in quality.FINAL_SETS] == ["final18.yml"]
    assert [p.name for p in quality.DEV_SETS] == ["dev.yml", "dev2.yml"]
    names = {p.name for p in quality.SETS.glob("final*.yml")}
    assert names <= {"final18.yml"}
    spent = {p.stem for p in (quality.SETS.parent.parent / "guidance_corpus" / "examples").glob("final*.yml")}
    assert spent >= {"final", "final2", "final3", "final4", "final5", "final6", "final7", "final8", "final9", "final10",
                     "final11", "final12", "final13", "final14", "final15", "final16",
                     "final17"}


def test_held_back_starts_say_so_when_missing(tmp_path, monkeypatch, capsys):
    """The spent start batches are dev data now (``batch: final1-spent`` … ``final15-spent``); until the
    next held-back batch is dropped in, ``--only starts --final`` says so and starts no bot."""
    from bench import starts

    monkeypatch.setattr(starts, "FINAL_SET", tmp_path / "starts-final.yml")
    starts.starts_bench(final=True)
    assert "starts-final.yml finnes ikke" in capsys.readouterr().out
    batches = {x.get("batch") for x in starts.yaml.safe_load(starts.DEV_SET.read_text(encoding="utf-8"))["requests"]}
    assert {"final1-spent", "final2-spent", "final3-spent", "final4-spent", "final5-spent",
            "final6-spent", "final7-spent", "final8-spent", "final9-spent", "final10-spent", "final11-spent",
            "final12-spent", "final13-spent", "final14-spent", "final15-spent"} <= batches


def test_the_starts_report_knows_which_requests_are_training_examples():
    """The held-back starts figure is also given on the requests that are not NLU examples; the set of
    examples must hold plain ones and ones with entity markup, without the markup."""
    from bench.starts import loose, nlu_example_texts

    texts = nlu_example_texts()
    assert loose("Ny henvendelse!") in texts
    assert not any("](" in t or "]{" in t for t in texts)
    assert loose("hva er formålet med førstesamtalen?") not in texts


def test_the_dialogue_report_names_every_transcript_with_a_missed_or_false_112():
    """A wrong 112 must not hide behind «… N til» when many fields are wrong in the same set."""
    from bench.dialogue_transcripts import Result, Summary, Transcript, report

    many_wrong = Result(Transcript("triage", "t-a", {}), wrong=[f"t-a: felt{i}" for i in range(10)])
    missed = Result(Transcript("safety_mapping", "t-missed", {}, expect_112=True), missed_112=1)
    false = Result(Transcript("triage", "t-false", {}), false_112=1)
    lines = report([Summary("sett", [many_wrong, missed, false])], show_wrong=2)
    assert "      112 mangler: t-missed" in lines
    assert "      falsk 112: t-false" in lines
    assert not any("t-a" in line and "112" in line for line in lines)


def _write_set(path, items):
    path.write_text(quality.yaml.safe_dump({"questions": items}, allow_unicode=True), encoding="utf-8")


def test_a_set_whose_id_is_not_a_subsection_is_refused_at_load(tmp_path):
    """The assistant cites subsections only: a section-level id (final6 held 13) or a misspelt one could
    never be scored right, so the set is refused with the offending questions named, not scored as misses."""
    ids = quality.load_toc().subsection_ids()
    section = ids[0].rsplit("/", 1)[0]
    good = tmp_path / "good.yml"
    _write_set(good, [{"q": "hva nå?", "id": ids[0], "also": [ids[1]]}, {"q": "været i morgen?", "id": None}])
    assert [q.id for q in quality.load_set(good)] == [ids[0], None]
    for bad_item in ({"q": "første henvendelse, hvilke steg?", "id": section},
                     {"q": "hva nå?", "id": ids[0], "also": [section]},
                     {"q": "hva nå?", "id": ids[0] + "x"}):
        bad = tmp_path / "bad.yml"
        _write_set(bad, [{"q": "hva nå?", "id": ids[0]}, bad_item])
        with pytest.raises(quality.SetError, match="ikke er et underavsnitt") as e:
            quality.load_set(bad)
        assert bad_item["q"] in str(e.value) and "bad.yml: 1 id" in str(e.value)


def test_the_bench_refuses_such_a_set_before_any_bot_starts(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "final18.yml"
    _write_set(bad, [{"q": "første henvendelse, hvilke steg?", "id": "forste-henvendelse"}])
    monkeypatch.setattr(run, "FINAL_SETS", (bad,))
    monkeypatch.setattr(run, "served_bot", lambda *a, **k: pytest.fail("a bot was started"))
    with pytest.raises(SystemExit) as e:
        run.main(["--final", "--only", "quality"])
    assert e.value.code == 2
    assert "forste-henvendelse" in capsys.readouterr().err


def test_every_bench_set_names_subsections_only():
    for path in quality.DEV_SETS:
        assert quality.load_set(path)


def test_the_guide_text_baseline_indexes_the_guide_without_its_example_questions():
    """The line «BM25 over veilederteksten alene» must index titles and text lines only: an example
    question is found by the full-index BM25 but not through its own words in the guide-only one."""
    from bot.guide.corpus import load_corpus
    from bot.guide.search import GuideSearch

    search = GuideSearch(load_corpus())
    entry = next(e for e in search.entries if e.examples and len(e.examples[0].split()) >= 4)
    question = entry.examples[0]
    guide_only = quality.guide_text_baseline_predictor(search)
    full = quality.processed_baseline_predictor(search)
    assert full(question).ranked[0] == entry.id
    words = set(search.stem_text(question, correct=False))
    own = set(search.stem_text("\n".join([entry.title, entry.body]), correct=False))
    # Only the words the guide text shares with the question can count for the guide-only ranking.
    assert guide_only(" ".join(sorted(words - own)) or "zzz").ranked[0] != entry.id or not (words - own)
