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
W_BM25 = 0.3
W_NGRAM = 0.25

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.2987, 2.4530, 0.9378, -1.1268, 0.8281, 1.5888, 0.3811, 0.8547, 0.1899)
RIGHT_INTERCEPT = -7.2245
GUIDE_COEF = (1.2920, 0.0123, 0.4862, -1.9246, 3.2167, 0.7360, -0.0417, 1.1299, 1.1838)
GUIDE_INTERCEPT = -7.9521

# Thresholds chosen on cross-validated probabilities: confident answers 96.5 % right while
# 95.8 % of in-guide questions get one; 0.0 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.63  # p_right at or above: answer
T_GUIDE = 0.3  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
