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
RIGHT_COEF = (0.1876, 2.9289, -0.0822, -1.0094, 1.1970, 2.1251, 0.7428, 1.3107, 0.4554)
RIGHT_INTERCEPT = -8.3080
GUIDE_COEF = (1.6642, -0.5101, -0.4198, -1.8166, 3.4808, 2.2661, 0.4663, 1.8986, 1.3459)
GUIDE_INTERCEPT = -9.8598

# Thresholds chosen on cross-validated probabilities: confident answers 96.1 % right while
# 88.2 % of in-guide questions get one; 1.5 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.78  # p_right at or above: answer
T_GUIDE = 0.78  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.1

MAX_SOURCES = 3
