"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search, best top-1 on the dev sets: 0.951): LinearSVC regularisation, and the
# weight of a line of an entry's text against an example question (1.0).
SVM_C = 1.0
BODY_LINE_WEIGHT = 0.5

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal (scoring.Signals).
W_BM25 = 0.1
W_NGRAM = 0.25

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.3545, 2.5652, 1.0112, -1.2562, 0.9017, 1.3561, 0.6973, 0.6587, 0.4630)
RIGHT_INTERCEPT = -7.0481
GUIDE_COEF = (1.2814, -0.0073, 0.4863, -1.9561, 3.2375, 0.7110, 0.3471, 1.0349, 1.1899)
GUIDE_INTERCEPT = -7.2412

# Thresholds chosen on cross-validated probabilities: confident answers 96.5 % right while
# 96.4 % of in-guide questions get one; 0.0 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.57  # p_right at or above: answer
T_GUIDE = 0.28  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
