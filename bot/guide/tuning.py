"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search, best top-1 on the dev sets: 0.950): LinearSVC regularisation, and the
# weight of a line of an entry's text against an example question (1.0).
SVM_C = 1.0
BODY_LINE_WEIGHT = 0.25

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal (scoring.Signals).
W_BM25 = 0.2
W_NGRAM = 0.25

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.3262, 2.7244, 0.6954, -1.1577, 0.8315, 1.6419, 0.5530, 0.8270, 0.1398)
RIGHT_INTERCEPT = -7.1494
GUIDE_COEF = (1.3980, -0.0182, 0.4061, -1.8296, 3.2276, 0.7768, 0.0949, 1.1476, 1.1983)
GUIDE_INTERCEPT = -7.5189

# Thresholds chosen on cross-validated probabilities: confident answers 96.5 % right while
# 95.4 % of in-guide questions get one; 0.0 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.64  # p_right at or above: answer
T_GUIDE = 0.31  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
