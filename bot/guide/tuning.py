"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search, best top-1 on the dev sets: 0.941): LinearSVC regularisation, and the
# weight of a line of an entry's text against an example question (1.0).
SVM_C = 0.5
BODY_LINE_WEIGHT = 0.5

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal (scoring.Signals).
W_BM25 = 0.1
W_NGRAM = 0.5

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (0.0581, 3.5218, -0.4434, -1.2119, 1.2700, 2.4504, 0.3374, 1.1027, -0.3187)
RIGHT_INTERCEPT = -8.2403
GUIDE_COEF = (1.5270, -0.6480, -0.1838, -2.0507, 3.5777, 1.8948, 0.2051, 1.6497, 1.3967)
GUIDE_INTERCEPT = -10.1998

# Thresholds chosen on cross-validated probabilities: confident answers 96.1 % right while
# 91.9 % of in-guide questions get one; 1.5 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.7  # p_right at or above: answer
T_GUIDE = 0.78  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.1

MAX_SOURCES = 3
