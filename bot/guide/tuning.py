"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search, best top-1 on the dev sets: 0.941): LinearSVC regularisation, and the
# weight of a line of an entry's text against an example question (1.0).
SVM_C = 0.5
BODY_LINE_WEIGHT = 0.5

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal (scoring.Signals).
W_BM25 = 0.1
W_NGRAM = 0.5

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (0.0592, 3.5187, -0.4873, -1.2113, 1.2705, 2.4179, 0.3659, 1.1141, -0.3070)
RIGHT_INTERCEPT = -8.2323
GUIDE_COEF = (1.5310, -0.7006, -0.2527, -2.0360, 3.5670, 1.9056, 0.3258, 1.6882, 1.3855)
GUIDE_INTERCEPT = -10.2915

# Thresholds chosen on cross-validated probabilities: confident answers 96.1 % right while
# 92.0 % of in-guide questions get one; 1.8 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.69  # p_right at or above: answer
T_GUIDE = 0.79  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.1

MAX_SOURCES = 3
