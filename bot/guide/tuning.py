"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search, best top-1 on the dev sets: 0.935): LinearSVC regularisation, and the
# weight of a line of an entry's text against an example question (1.0).
SVM_C = 0.5
BODY_LINE_WEIGHT = 0.25

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal (scoring.Signals).
W_BM25 = 0.1
W_NGRAM = 0.25

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (0.1881, 2.9523, -0.0686, -1.0097, 1.1978, 2.0784, 0.7454, 1.3223, 0.4382)
RIGHT_INTERCEPT = -8.3108
GUIDE_COEF = (1.6677, -0.4969, -0.4302, -1.8185, 3.4863, 2.2680, 0.4525, 1.8945, 1.3400)
GUIDE_INTERCEPT = -9.8449

# Thresholds chosen on cross-validated probabilities: confident answers 96.0 % right while
# 88.0 % of in-guide questions get one; 1.5 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.78  # p_right at or above: answer
T_GUIDE = 0.78  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.1

MAX_SOURCES = 3
