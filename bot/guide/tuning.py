"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search on the dev sets, thin-gold questions weighted to 35 % of the objective
# (bench.tune.THIN_SHARE): weighted top-1 0.968, plain top-1 0.967): LinearSVC
# regularisation, and the weight of a line of an entry's text against an example question (1.0).
SVM_C = 0.5
BODY_LINE_WEIGHT = 0.25

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal − W_THIN for a subsection
# without the guide's text (scoring.Signals).
W_BM25 = 0.3
W_NGRAM = 0.0
W_THIN = 0.0

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.3105, 2.8428, 0.8504, -1.4130, 1.1025, 1.5293, 0.2960, 0.6108, 0.7839)
RIGHT_INTERCEPT = -7.2663
GUIDE_COEF = (1.1408, 0.1368, 0.4356, -2.2763, 3.4171, 0.6928, -0.3066, 0.9554, 1.6331)
GUIDE_INTERCEPT = -7.7780

# Thresholds chosen on cross-validated probabilities: confident answers 97.5 % right while
# 96.4 % of in-guide questions get one; 0.1 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.69  # p_right at or above: answer
T_GUIDE = 0.32  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
