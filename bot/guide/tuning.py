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
W_BM25 = 0.2
W_NGRAM = 0.0

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (0.0141, 3.9360, -0.4011, -1.2008, 1.2148, 2.4610, 0.0340, 1.1307, 0.3868)
RIGHT_INTERCEPT = -8.3169
GUIDE_COEF = (1.4778, -0.5422, 0.1087, -2.1404, 3.6182, 2.0898, 0.1688, 1.6012, 2.0251)
GUIDE_INTERCEPT = -10.2595

# Thresholds chosen on cross-validated probabilities: confident answers 96.6 % right while
# 88.0 % of in-guide questions get one; 2.0 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.79  # p_right at or above: answer
T_GUIDE = 0.81  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.1

MAX_SOURCES = 3
