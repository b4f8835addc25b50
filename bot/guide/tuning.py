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
W_BM25 = 0.2
W_NGRAM = 0.5

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.3486, 3.2157, 0.3526, -1.4123, 1.0637, 1.4846, 0.4399, 0.7196, 0.3864)
RIGHT_INTERCEPT = -7.2392
GUIDE_COEF = (1.4113, -0.0617, 0.1086, -2.0236, 3.4349, 0.7387, 0.2617, 1.1085, 1.0981)
GUIDE_INTERCEPT = -7.8450

# Thresholds chosen on cross-validated probabilities: confident answers 96.6 % right while
# 95.6 % of in-guide questions get one; 0.1 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.64  # p_right at or above: answer
T_GUIDE = 0.32  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
