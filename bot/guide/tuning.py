"""Constants of the guide ranker and its decision, with where each value came from.

Chosen with ``python -m bench.tune`` on ``bench/sets/dev.yml`` (never on ``final.yml``); copying
them here is a deliberate, reviewed step. Change them only with the figures that justify it,
recorded in the commit message.
"""

# Ranker: LinearSVC regularisation. C = 0.5 vs 0.2 / 1.0: top-1 0.920 / 0.915 / 0.918 on the dev set.
SVM_C = 0.5

# Decision models (scoring.FEATURE_NAMES: best, margin_2, margin_3, outside, best_over_outside,
# coverage): logistic regressions fitted by bench.tune on the dev set (1398 questions, 2026-11-27).
RIGHT_COEF = (-0.2976, 4.2590, 1.9059, -1.1835, 0.8858, 1.6057)
RIGHT_INTERCEPT = -4.4105
GUIDE_COEF = (1.8392, 0.6748, 1.3291, -1.9029, 3.7420, 1.7809)
GUIDE_INTERCEPT = -3.3159

# Thresholds chosen by bench.tune on cross-validated probabilities: confident answers 96.0 % right
# while 84.4 % of in-guide questions get one; 2.5 % of in-guide and 93.3 % of off-topic declined.
T_ANSWER = 0.74  # p_right at or above: answer
T_GUIDE = 0.76  # p_guide below: «finner ikke dette i veilederen»
T_GUIDE_OUT_OF_SCOPE = 0.76  # the same when the NLU classified the message as off-topic (REST-measured)

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev set).
SCORE_TEMPERATURE = 0.1

MAX_SOURCES = 3
