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
RIGHT_COEF = (-0.3445, 2.5289, 1.0084, -1.2569, 0.9124, 1.4481, 0.6939, 0.6498, 0.4447)
RIGHT_INTERCEPT = -7.1070
GUIDE_COEF = (1.2851, 0.0372, 0.5198, -1.9489, 3.2340, 0.7259, 0.2728, 1.0462, 1.1513)
GUIDE_INTERCEPT = -7.2665

# Thresholds chosen on cross-validated probabilities: confident answers 96.5 % right while
# 96.2 % of in-guide questions get one; 0.0 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.58  # p_right at or above: answer
T_GUIDE = 0.27  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
