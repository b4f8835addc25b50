"""The hand-written dialogue transcripts as regression cases, in process through the turn engine.

Written from the question list by someone who never saw the parser (issue 14). Only the dev split
runs here; the held-back split (every third file) is measured once, through the served assistant
(``python -m bench.run --only dialogue --final``). A few expectations differ from what the dialogue
does on purpose; they are listed with the reason, and the rest of those transcripts still counts.
"""

from __future__ import annotations

import pytest

from bench.dialogue_staff import generated
from bench.dialogue_transcripts import Summary, load, run_engine, split

DEV, HELD_BACK = split(load())
# Expectations the dialogue does not meet on purpose, or not yet – each with why.
CONSENT = "no consent to registration: the open answer is not stored (the guide: register only with consent)"
KNOWN = {
    ("triage-004-akutt-nei-men-pa-vei.yml", "why_contact_now"): CONSENT,
    ("triage-008-akutt-utenfor-med-kniv.yml", "why_contact_now"): CONSENT,
    ("triage-023-nynorsk-mann-ekskona-born-hos-ho.yml", "why_contact_now"): CONSENT,
    ("triage-028-nynorsk-akutt-borna-heime-med-han.yml", "why_contact_now"): CONSENT,
    ("triage-043-akutt-kanskje-sa-ja.yml", "why_contact_now"): CONSENT,
    ("triage-050-nynorsk-akutt-han-star-utanfor-senteret.yml", "why_contact_now"): CONSENT,
    ("triage-041-mann-kona-og-brodrene-hennes.yml", "feared_persons"):
        "«brødrene hennes» = the wife's brothers: read as brothers, not as in-laws",
    ("safety-032-nynorsk-ingen-og-ingenting.yml", "living_situation"):
        "«sambuaren, han»: the pronoun's gender is not kept, so «med han» is read back (no second answer given)",
    ("safety-032-nynorsk-ingen-og-ingenting.yml", "lives_with_perpetrator"): "as living_situation",
    ("safety-032-nynorsk-ingen-og-ingenting.yml", "unresolved"): "as living_situation",
    ("safety-044-kom-ikke-sa-langt.yml", "worst_fear"):
        "«hun sovnet før vi kom hit» is kept as the open answer's text",
    ("safety-044-kom-ikke-sa-langt.yml", "unresolved"): "as worst_fear",
}


def test_the_split_holds_back_every_third_transcript():
    assert len(DEV) >= 2 * len(HELD_BACK) - 2 and HELD_BACK
    assert not {t.source for t in DEV} & {t.source for t in HELD_BACK}
    for name in ("triage", "safety_mapping"):
        assert sum(t.dialogue == name for t in DEV + HELD_BACK) >= 40  # issue 14: at least 40 per dialogue


@pytest.mark.parametrize("transcript", DEV, ids=[t.source for t in DEV])
def test_hand_written_transcript(transcript):
    result, _ = run_engine(transcript)
    assert result.completed
    wrong = [w for w in result.wrong if (transcript.source, w.split(": ")[1].split(" ventet")[0]) not in KNOWN]
    assert wrong == []
    assert result.refusals_as_yes_no == 0 and result.false_112 == 0 and result.missed_112 == 0


@pytest.mark.parametrize("dialogue", ["triage", "safety_mapping"])
def test_targets_on_the_dev_split(dialogue):
    """Issue 14's targets, in process: field accuracy ≥ 0.98, re-asks ≤ 1 per dialogue on average."""
    summary = Summary(dialogue, [run_engine(t)[0] for t in DEV if t.dialogue == dialogue])
    assert summary.accuracy >= 0.98
    assert summary.total("reasked") / summary.n <= 1


@pytest.mark.parametrize("dialogue,seed", [("triage", 8), ("safety_mapping", 9)])
def test_generated_scripts(dialogue, seed):
    results = [run_engine(t)[0] for t in generated(dialogue, 30, seed)]
    assert all(r.completed for r in results)
    assert Summary(dialogue, results).accuracy >= 0.98
