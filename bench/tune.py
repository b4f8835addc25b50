"""Fit the guide's decision on the dev set (``python -m bench.tune``) and print ``tuning.py`` values.

It calls the product's own ``GuideSearch.signals``, ``scoring.features`` and ``scoring.decide``, so
what is tuned is exactly what runs. Thresholds are chosen on cross-validated probabilities (each
question scored by models fitted without it), then the models are refitted on the whole dev set.
Never run it on ``final.yml``.
"""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from bench.quality import DEV_SET, load_set
from bot.guide import scoring
from bot.guide.corpus import load_corpus
from bot.guide.search import GuideSearch

TARGET_PRECISION = 0.96  # a margin above the 0.95 target, for a set the decision has not seen
TARGET_OFFTOPIC_DECLINED = 0.92
FOLDS = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)


def _model() -> LogisticRegression:
    return LogisticRegression(C=1.0, max_iter=1000)


def _choose_t_answer(p_right: np.ndarray, right: np.ndarray, in_guide: np.ndarray) -> float:
    for t in np.arange(0.40, 0.99, 0.01):
        answered = p_right >= t
        if answered.any() and right[answered].mean() >= TARGET_PRECISION:
            return round(float(t), 2)
    return 0.99


def _choose_t_guide(p_guide: np.ndarray, in_guide: np.ndarray) -> float:
    for t in np.arange(0.05, 0.95, 0.01):
        if (p_guide[~in_guide] < t).mean() >= TARGET_OFFTOPIC_DECLINED:
            return round(float(t), 2)
    return 0.95


def _temperature(values: list[np.ndarray], gold: list[int]) -> float:
    best_t, best_nll = 1.0, float("inf")
    for t in (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0):
        nll = 0.0
        for v, g in zip(values, gold, strict=True):
            z = v / t
            nll -= z[g] - z.max() - np.log(np.exp(z - z.max()).sum())
        if nll < best_nll:
            best_t, best_nll = t, nll
    return best_t


def main() -> None:
    search = GuideSearch(load_corpus())
    index = {e.id: i for i, e in enumerate(search.entries)}
    questions = load_set(DEV_SET)
    signals = [search.signals(q.q) for q in questions]
    x = np.array([scoring.features(s) for s in signals])
    in_guide = np.array([bool(q.id) for q in questions])
    right = np.array([bool(q.id) and int(s.order[0]) == index[q.id] for q, s in zip(questions, signals, strict=True)])
    print(f"Dev-settet: {len(questions)} spørsmål, topp-1 {right[in_guide].mean():.3f}")

    p_right = cross_val_predict(_model(), x, right, cv=FOLDS, method="predict_proba")[:, 1]
    p_guide = cross_val_predict(_model(), x, in_guide, cv=FOLDS, method="predict_proba")[:, 1]
    t_answer = _choose_t_answer(p_right, right, in_guide)
    t_guide = _choose_t_guide(p_guide, in_guide)
    decisions = np.array([scoring.decide(a, b, t_answer=t_answer, t_guide=t_guide)
                          for a, b in zip(p_right, p_guide, strict=True)])
    answered = decisions == scoring.ANSWER
    print(f"Kryssvalidert: presisjon {right[answered].mean():.3f}, sikre svar {answered[in_guide].mean():.3f}, "
          f"avvist i veilederen {(decisions[in_guide] == scoring.NONE).mean():.3f}, "
          f"utenfor avvist {(decisions[~in_guide] == scoring.NONE).mean():.3f}")

    fit_right = _model().fit(x, right)
    fit_guide = _model().fit(x, in_guide)
    temperature = _temperature([s.values for s, g in zip(signals, in_guide, strict=True) if g],
                               [index[q.id] for q in questions if q.id])

    def coef(m: LogisticRegression) -> str:
        return "(" + ", ".join(f"{c:.4f}" for c in m.coef_[0]) + ")"

    print("\n# --- lim inn i bot/guide/tuning.py ---")
    print(f"RIGHT_COEF = {coef(fit_right)}\nRIGHT_INTERCEPT = {fit_right.intercept_[0]:.4f}")
    print(f"GUIDE_COEF = {coef(fit_guide)}\nGUIDE_INTERCEPT = {fit_guide.intercept_[0]:.4f}")
    print(f"T_ANSWER = {t_answer}\nT_GUIDE = {t_guide}\nSCORE_TEMPERATURE = {temperature}")


if __name__ == "__main__":
    main()
