"""The hand-written dialogue transcripts as regression cases, in process through the turn engine.

Written from the question list by someone who never saw the parser (issue 14). Only the dev split
(``bench/sets/dialogue_transcripts``, with the second to sixteenth writers' batches ``*-h2-*``, ``*-h3-*``,
``*-h4-*``, ``*-h5-*``, ``*-h6-*``, ``*-h7-*``, ``*-h8-*``, ``*-h9-*``, ``*-h10-*``, ``*-h11-*``, ``*-h12-*``, ``*-h13-*``,
``*-h14-*``, ``*-h15-*`` and ``*-h16-*`` promoted after each was measured once) runs here; the next held-back batch
(``*-h17-*`` in ``bench/sets/dialogue_transcripts_final``, another writer) is measured once, through the served
assistant (``python -m bench.run --only dialogue --final``).
A few expectations differ from what the dialogue does on purpose; they are listed with the reason, and the rest
of those transcripts still counts.
"""

from __future__ import annotations

import pytest

from bench.dialogue_staff import generated
from bench.dialogue_transcripts import HELD_BACK, TRANSCRIPTS, Result, Summary, Transcript, dev_set, run_engine

DEV = dev_set()
# Expectations the dialogue does not meet on purpose, or not yet – each with why.
# Eight transcripts (triage-004, -008, -015, -023, -028, -030, -043, -050) expected the open «why now» answer stored
# without consent to registration; the save drops it (``note.triage_record``, the guide: register only with consent)
# and so does this runner, which builds its record with the same function – those expectations now say null.
KNOWN = {
    ("triage-030-kvinnelig-samboer-barnet-med-moren.yml", "children_with_perpetrator"):
        "the transcript gives «moren er hun selv …» as a second answer to the count; the dialogue asks "
        "«barn hos utøver nå?» as its own question, for which the transcript has no answer (a gap)",
    ("safety-h15-10-men-svar-barna-har-sett.yml", "previous_shelter"):
        "«nei, men hun har ringt hit før» is expected as a stay at a shelter before; a call is no stay, so the "
        "dialogue stores no (the h15 run, spent)",
}
_RESULTS: dict[str, Result] = {}


def test_the_runner_builds_its_record_with_the_saves_consent_rule(monkeypatch):
    """One rule for what is stored without consent: the in-process runner calls ``note.triage_record`` – the function
    the save (``bot.dialogue.store``) calls – rather than a copy of it."""
    from bot.dialogue import note

    calls: list[dict] = []
    real = note.triage_record

    def spy(values):
        calls.append(values)
        return real(values)

    monkeypatch.setattr(note, "triage_record", spy)
    transcript = next(t for t in DEV if t.source == "triage-023-nynorsk-mann-ekskona-born-hos-ho.yml")
    _, record = run_engine(transcript)
    assert calls and record["registration_consent"] is False and record["why_contact_now"] is None


def result_of(transcript: Transcript) -> Result:
    """One in-process run per transcript, shared by the tests below."""
    if transcript.source not in _RESULTS:
        _RESULTS[transcript.source] = run_engine(transcript)[0]
    return _RESULTS[transcript.source]


def missed(transcript: Transcript) -> set[tuple[str, str]]:
    return {(transcript.source, w.split(": ")[1].split(" ventet")[0]) for w in result_of(transcript).wrong}


def test_dev_split_has_at_least_40_per_dialogue_and_the_held_back_batch_is_apart():
    for name in ("triage", "safety_mapping"):
        assert sum(t.dialogue == name for t in DEV) >= 40  # issue 14: at least 40 per dialogue
    assert HELD_BACK != TRANSCRIPTS and not HELD_BACK.is_relative_to(TRANSCRIPTS)
    if HELD_BACK.is_dir():  # never read here beyond its file names: it is not tuned on
        assert not {p.name for p in HELD_BACK.glob("*.yml")} & {t.source for t in DEV}


def test_an_empty_held_back_folder_is_an_empty_split(tmp_path, monkeypatch):
    """Between batches the held-back folder has only its README: the split is empty, and the bench's
    ``--final`` says so instead of failing (the coordinator drops the next batch in)."""
    import bench.dialogue as bench_dialogue
    import bench.dialogue_transcripts as transcripts

    (tmp_path / "README.md").write_text("neste batch her\n", encoding="utf-8")
    monkeypatch.setattr(transcripts, "HELD_BACK", tmp_path)
    assert transcripts.held_back_set() == []
    monkeypatch.setattr(bench_dialogue, "held_back_set", transcripts.held_back_set)
    monkeypatch.setattr(bench_dialogue, "HELD_BACK", tmp_path)
    bench_dialogue.dialogue_bench(final=True)  # returns without starting a bot


@pytest.mark.parametrize("transcript", DEV, ids=[t.source for t in DEV])
def test_hand_written_transcript(transcript):
    result = result_of(transcript)
    assert result.completed
    wrong = [w for w in result.wrong if (transcript.source, w.split(": ")[1].split(" ventet")[0]) not in KNOWN]
    assert wrong == []
    assert result.refusals_as_yes_no == 0 and result.false_112 == 0 and result.missed_112 == 0


@pytest.mark.parametrize("dialogue", ["triage", "safety_mapping"])
def test_targets_on_the_dev_split(dialogue):
    """Issue 14's targets, in process: field accuracy ≥ 0.98, re-asks ≤ 1 per dialogue on average."""
    summary = Summary(dialogue, [result_of(t) for t in DEV if t.dialogue == dialogue])
    assert summary.accuracy >= 0.98
    assert summary.total("reasked") / summary.n <= 1


def test_every_known_miss_still_happens():
    """A known miss that no longer happens is taken off the list, so the list stays the truth."""
    seen = set().union(*(missed(t) for t in DEV))
    assert [k for k in KNOWN if k not in seen] == []


@pytest.mark.parametrize("dialogue,seed", [("triage", 8), ("safety_mapping", 9)])
def test_generated_scripts(dialogue, seed):
    results = [run_engine(t)[0] for t in generated(dialogue, 30, seed)]
    assert all(r.completed for r in results)
    assert Summary(dialogue, results).accuracy >= 0.98
