"""``bot/guide/tuning.py`` must be what ``python -m bench.tune`` gives for this corpus and these dev sets.

The full check (``python -m bench.tune --check``) also re-runs the ranker's grid (nine index builds,
minutes); here the ranker's two constants are taken from the file and everything tuned on top of
them — fusion weights, decision models, thresholds, temperature — is recomputed and compared.
"""

from __future__ import annotations


def test_tuning_file_matches_what_bench_tune_gives():
    from bench.tune import current, differences, tune

    found = tune(log=lambda *_: None, ranker_grid=False)
    assert differences(found, current()) == [], "kjør `python -m bench.tune --write` (etter korpusendringer)"


def test_check_notices_a_stale_value():
    from bench.tune import current, differences

    values = current()
    stale = {**values, "T_ANSWER": values["T_ANSWER"] + 0.05,
             "RIGHT_COEF": tuple(c + 0.5 for c in values["RIGHT_COEF"])}
    diffs = differences(stale, values)
    assert any(d.startswith("T_ANSWER") for d in diffs) and any(d.startswith("RIGHT_COEF") for d in diffs)


def test_thin_golds_weigh_their_assumed_share_of_the_objective():
    """bench.tune weighs questions about thin subsections to ``THIN_SHARE`` of the objective, whatever
    their share in the dev sets (there 49 %), so the fusion is not fitted to one writer's habit."""
    from bench.quality import DevQuestion
    from bench.tune import THIN_SHARE, thin_weights

    qs = [DevQuestion("a", "t1", ()), DevQuestion("b", "t2", ()), DevQuestion("c", "x", ()),
          DevQuestion("d", None, ())]
    w = thin_weights(qs, {"t1", "t2"})
    assert len(w) == 3 and abs(w.sum() - 1.0) < 1e-9
    assert abs(w[:2].sum() - THIN_SHARE) < 1e-9 and abs(w[2] - (1 - THIN_SHARE)) < 1e-9
    assert abs(thin_weights(qs[2:], {"t1"}).sum() - 1.0) < 1e-9  # no thin gold: plain mean
