"""Constants of the guide ranker and its decision, with where each value came from.

Chosen with ``python -m bench.tune`` on ``bench/sets/dev.yml`` (never on ``final.yml``); copying
them here is a deliberate, reviewed step. Change them only with the figures that justify it,
recorded in the commit message.
"""

# Ranker: LinearSVC regularisation. C = 0.5 vs 0.2 / 1.0: top-1 0.920 / 0.915 / 0.918 on the dev set.
SVM_C = 0.5
# Weight of a line of an entry's text against an example question (1.0): 0.25 vs 1.0 / 0.5 / 0.1 / 0:
# top-1 0.925 vs 0.917 / 0.921 / 0.922 / 0.919 on the dev set — staff ask like the examples, not
# like the guide's prose.
BODY_LINE_WEIGHT = 0.25

# Decision models (scoring.FEATURE_NAMES: best, margin_2, margin_3, outside, best_over_outside,
# coverage): logistic regressions fitted by bench.tune on the dev set (1398 questions, 2026-11-27).
RIGHT_COEF = (0.0073, 3.5660, 2.0057, -1.0101, 1.0174, 1.8437)
RIGHT_INTERCEPT = -4.1228
GUIDE_COEF = (1.9071, 0.7609, 1.3154, -1.8821, 3.7892, 1.8173)
GUIDE_INTERCEPT = -3.2613

# Thresholds chosen by bench.tune on cross-validated probabilities: confident answers 96.2 % right
# while 86.2 % of in-guide questions get one; 2.4 % of in-guide and 92.5 % of off-topic declined.
T_ANSWER = 0.74  # p_right at or above: answer
T_GUIDE = 0.77  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev set).
SCORE_TEMPERATURE = 0.1

MAX_SOURCES = 3
