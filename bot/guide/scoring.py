"""From the ranker's values to a decision: answer, ask back, or say the guide has no answer.

The one public place for this computation: ``GuideSearch.search`` and the tuning script
(``bench/tune.py``) both call ``features``, ``probabilities`` and ``decide`` — the script fits the
constants in ``tuning.py``, it never re-implements the decision.

Two small logistic models over the same features, fitted on the dev set:

* ``p_right``: how likely the first subsection is the right one. Answer when it is high enough for
  confident answers to be right at least 95 % of the time.
* ``p_guide``: how likely the guide covers the question at all. Decline when it is low — this
  depends on how good the best match is and how it stands against «outside the guide», never on
  the question's length.

In between, the bot asks back with the best candidates as buttons.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from bot.guide import tuning
from bot.guide.audience import tie_break

ANSWER = "answer"
CLARIFY = "clarify"
NONE = "none"

FEATURE_NAMES = ("best", "margin_2", "margin_3", "outside", "best_over_outside", "coverage",
                 "bm25_agrees", "bm25_best", "ngram_best")


@dataclass(frozen=True)
class Signals:
    """What the three rankers say about one question.

    The order is a fusion: the SVM's decision value plus ``W_BM25`` × BM25 (over the same
    normalised stems, divided by its best score) plus ``W_NGRAM`` × the n-gram signal (best
    character n-gram cosine to the subsection's title or an example question), minus ``W_THIN``
    for a subsection without the guide's text (``dekning: tynn``). The weights are chosen by
    ``bench.tune``; ``None`` means the ones in ``tuning.py``.

    Why ``W_THIN``: a thin subsection is learned from its title and example questions alone, and
    the writers those came from asked about thin subsections as often as about the rest (49 %),
    so the ranker picks them as readily. A writer who asks from the guide's text almost never
    does (writer-g: 1.6 %), and then a thin subsection wins on one close example question. The
    weight is fitted on the dev sets with thin-gold questions counted at ``bench.tune.THIN_SHARE``
    (the mean share of three writers who wrote from the same material), so it is a prior, not a
    rule for one writer.
    """

    svm: np.ndarray  # one SVM decision value per subsection, corpus order
    outside: float  # the SVM's «outside the guide» value
    coverage: float  # share of the question's words the guide's entries know
    bm25: np.ndarray  # BM25 per subsection (raw)
    ngram: np.ndarray  # n-gram signal per subsection, 0–1
    thin: np.ndarray | None = None  # 1.0 for a subsection without the guide's text, else 0.0
    w_bm25: float | None = None
    w_ngram: float | None = None
    w_thin: float | None = None
    # Entries outside the question's audience (a child's entry for a question naming no child, an
    # after-the-stay entry for one set in the stay): the near-topic tie-break (``audience.py``).
    off_audience: np.ndarray | None = None

    @property
    def bm25_relative(self) -> np.ndarray:
        top = float(self.bm25.max()) if len(self.bm25) else 0.0
        return self.bm25 / top if top > 0 else np.zeros_like(self.bm25)

    @property
    def values(self) -> np.ndarray:
        w_bm25 = tuning.W_BM25 if self.w_bm25 is None else self.w_bm25
        w_ngram = tuning.W_NGRAM if self.w_ngram is None else self.w_ngram
        values = self.svm + w_bm25 * self.bm25_relative + w_ngram * self.ngram
        if self.thin is not None:
            values = values - (tuning.W_THIN if self.w_thin is None else self.w_thin) * self.thin
        return tie_break(values, self.off_audience)

    @property
    def order(self) -> np.ndarray:
        return np.argsort(-self.values, kind="stable")


def features(signals: Signals) -> np.ndarray:
    values = signals.values
    top = np.sort(values)[::-1][:3]
    if len(top) < 3:  # (``np.pad`` costs more than the rest of this function: only when needed)
        top = np.pad(top, (0, 3 - len(top)), constant_values=top[-1] if len(top) else 0.0)
    best = float(top[0])
    first = int(np.argmax(values)) if len(values) else 0
    agrees = float(len(values) > 0 and signals.bm25.max() > 0 and int(np.argmax(signals.bm25)) == first)
    return np.array([best, best - top[1], best - top[2], signals.outside, best - signals.outside,
                     signals.coverage, agrees, float(np.log1p(signals.bm25.max())) if len(values) else 0.0,
                     float(signals.ngram.max()) if len(values) else 0.0])


def _logistic(x: np.ndarray, coef: tuple[float, ...], intercept: float) -> float:
    z = float(np.dot(x, np.asarray(coef))) + intercept
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def probabilities(signals: Signals) -> tuple[float, float]:
    """(p_right, p_guide) for one question."""
    x = features(signals)
    return (_logistic(x, tuning.RIGHT_COEF, tuning.RIGHT_INTERCEPT),
            _logistic(x, tuning.GUIDE_COEF, tuning.GUIDE_INTERCEPT))


def decide(p_right: float, p_guide: float, t_answer: float | None = None, t_guide: float | None = None) -> str:
    """Answer only when sure; decline only when the guide most likely has nothing; else ask back.

    The thresholds default to ``tuning``; the tuning script passes candidates to choose them. The
    NLU's own «out_of_scope» intent is not used: the ranker learns «outside the guide» from the same
    examples, and on the dev set through REST the extra signal declined no more off-topic questions.
    """
    t_answer = tuning.T_ANSWER if t_answer is None else t_answer
    t_guide = tuning.T_GUIDE if t_guide is None else t_guide
    if p_guide < t_guide:
        return NONE
    if p_right >= t_answer:
        return ANSWER
    return CLARIFY


def entry_scores(signals: Signals) -> np.ndarray:
    """A probability-like score per subsection (softmax of the decision values), for ``sources``."""
    z = signals.values / tuning.SCORE_TEMPERATURE
    z = np.exp(z - z.max())
    return z / z.sum()
