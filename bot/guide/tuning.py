"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search, best top-1 on the dev sets: 0.950): LinearSVC regularisation, and the
# weight of a line of an entry's text against an example question (1.0).
SVM_C = 0.5
BODY_LINE_WEIGHT = 0.25

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal (scoring.Signals).
W_BM25 = 0.3
W_NGRAM = 0.5

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.2923, 3.3151, 0.1078, -1.3779, 1.0856, 1.5853, 0.2863, 0.7357, 0.3450)
RIGHT_INTERCEPT = -7.2901
GUIDE_COEF = (1.3845, -0.0182, 0.1816, -2.0563, 3.4407, 0.7799, 0.0195, 1.0834, 1.0816)
GUIDE_INTERCEPT = -8.2161

# Thresholds chosen on cross-validated probabilities: confident answers 96.5 % right while
# 95.4 % of in-guide questions get one; 0.1 % of in-guide and 92.7 % of off-topic declined.
T_ANSWER = 0.65  # p_right at or above: answer
T_GUIDE = 0.31  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
