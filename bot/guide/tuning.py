"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search, best top-1 on the dev sets: 0.955): LinearSVC regularisation, and the
# weight of a line of an entry's text against an example question (1.0).
SVM_C = 1.0
BODY_LINE_WEIGHT = 0.5

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal (scoring.Signals).
W_BM25 = 0.0
W_NGRAM = 0.0

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.2128, 2.2054, 1.2382, -1.1640, 0.9512, 1.2144, 0.7498, 0.6775, 0.3481)
RIGHT_INTERCEPT = -6.5073
GUIDE_COEF = (1.2562, -0.0207, 0.6372, -1.9631, 3.2193, 0.7055, 0.3778, 1.0425, 1.5315)
GUIDE_INTERCEPT = -6.6227

# Thresholds chosen on cross-validated probabilities: confident answers 96.5 % right while
# 96.9 % of in-guide questions get one; 0.0 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.58  # p_right at or above: answer
T_GUIDE = 0.29  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
