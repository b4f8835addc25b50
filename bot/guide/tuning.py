"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search, best top-1 on the dev sets: 0.948): LinearSVC regularisation, and the
# weight of a line of an entry's text against an example question (1.0).
SVM_C = 1.0
BODY_LINE_WEIGHT = 0.1

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal (scoring.Signals).
W_BM25 = 0.1
W_NGRAM = 0.0

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.4763, 2.7175, 1.1797, -1.2723, 0.7959, 1.5193, 0.5333, 0.8325, 0.7271)
RIGHT_INTERCEPT = -7.3973
GUIDE_COEF = (1.2413, 0.0799, 0.5163, -2.1619, 3.4032, 0.8011, 0.1440, 1.1786, 1.4768)
GUIDE_INTERCEPT = -7.4023

# Thresholds chosen on cross-validated probabilities: confident answers 96.7 % right while
# 94.6 % of in-guide questions get one; 0.0 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.67  # p_right at or above: answer
T_GUIDE = 0.33  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
