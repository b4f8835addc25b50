"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search, best top-1 on the dev sets: 0.940): LinearSVC regularisation, and the
# weight of a line of an entry's text against an example question (1.0).
SVM_C = 0.5
BODY_LINE_WEIGHT = 0.5

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal (scoring.Signals).
W_BM25 = 0.1
W_NGRAM = 0.5

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (0.1092, 3.4827, -0.2653, -1.1608, 1.2700, 2.2950, 0.2555, 1.0530, -0.3426)
RIGHT_INTERCEPT = -7.9303
GUIDE_COEF = (1.5947, -0.6287, -0.1161, -2.0737, 3.6684, 1.8128, 0.1349, 1.5339, 1.4219)
GUIDE_INTERCEPT = -9.9327

# Thresholds chosen on cross-validated probabilities: confident answers 96.6 % right while
# 90.4 % of in-guide questions get one; 1.8 % of in-guide and 93.2 % of off-topic declined.
T_ANSWER = 0.74  # p_right at or above: answer
T_GUIDE = 0.8  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.1

MAX_SOURCES = 3
