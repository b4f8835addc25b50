"""Choose fusion weights and decision thresholds on the dev set (``python -m bench.tune``).

Prints the best settings; copying them into ``bot/guide/tuning.py`` is a deliberate, reviewed
step. Objective: top-1 first; then thresholds that keep confident answers ≥ 95 % right and
decline ≥ 90 % of off-topic questions while answering as many in-guide questions as possible.
"""

from __future__ import annotations

import itertools

import numpy as np

from bench.quality import load_dev_set
from bot.guide.corpus import load_corpus
from bot.guide.search import GuideSearch
from bot.text import terms


def main() -> None:
    search = GuideSearch(load_corpus())
    questions = load_dev_set()
    ids = [e.id for e in search.entries]
    raw = []
    for q in questions:
        q_terms = terms(q.q)
        bm = np.array(search._bm25.scores(q_terms)) if q_terms else np.zeros(len(ids))
        raw.append((q, bm, search._ngram_scores(q.q), search.coverage(q_terms)))
    best = None
    for w_bm, sat in itertools.product([0.1, 0.2, 0.3, 0.4, 0.5], [6.0, 10.0, 15.0, 25.0, 40.0]):
        fused_all = []
        for q, bm, ng, cov in raw:
            norm = bm / bm.max() if bm.max() > 0 else bm
            fused = w_bm * norm * min(1.0, bm.max() / sat) + (1 - w_bm) * ng
            order = np.argsort(-fused)
            fused_all.append((q, fused[order[0]], fused[order[1]], ids[order[0]], cov))
        top1 = np.mean([f[3] == f[0].id for f in fused_all if f[0].id])
        if best is None or top1 > best[0]:
            best = (top1, w_bm, sat, fused_all)
    top1, w_bm, sat, fused_all = best
    print(f"W_BM25={w_bm} W_NGRAM={1 - w_bm:.2f} BM25_SATURATION={sat}: top-1 {top1:.3f}")
    n_off = sum(1 for f in fused_all if not f[0].id)
    n_in = len(fused_all) - n_off
    options = []
    for t_none, t_ans, margin, cov_min in itertools.product(
        np.arange(0.2, 0.7, 0.025), np.arange(0.4, 1.0, 0.025), [0.0, 0.04, 0.08, 0.12, 0.16], [0.0, 0.34, 0.5]
    ):
        if t_ans < t_none:
            continue
        answered = [f for f in fused_all if f[4] >= cov_min and f[1] >= t_none and f[1] >= t_ans
                    and f[1] - f[2] >= margin]
        declined_off = sum(1 for f in fused_all if not f[0].id and (f[4] < cov_min or f[1] < t_none))
        right = sum(1 for f in answered if f[0].id and f[3] == f[0].id)
        precision = right / len(answered) if answered else 0.0
        if precision >= 0.95 and declined_off / n_off >= 0.9:
            in_answered = sum(1 for f in answered if f[0].id) / n_in
            declined_in = sum(1 for f in fused_all if f[0].id and (f[4] < cov_min or f[1] < t_none)) / n_in
            options.append((in_answered - declined_in, t_none, t_ans, margin, cov_min, precision,
                            declined_off / n_off, in_answered, declined_in))
    if not options:
        print("No thresholds reach 95 % precision and 90 % off-topic declined.")
        return
    s, t_none, t_ans, margin, cov_min, prec, off, ans, dec_in = max(options)
    print(f"T_NONE={t_none:.3f} T_ANSWER={t_ans:.3f} T_MARGIN={margin} MIN_COVERAGE={cov_min}: "
          f"precision {prec:.3f}, off-topic declined {off:.3f}, in-guide answered {ans:.3f}, "
          f"in-guide wrongly declined {dec_in:.3f}")


if __name__ == "__main__":
    main()
