"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search on the dev sets, thin-gold questions weighted to 35 % of the objective
# (bench.tune.THIN_SHARE): weighted top-1 0.956, plain top-1 0.954): LinearSVC
# regularisation, and the weight of a line of an entry's text against an example question (1.0).
SVM_C = 1.0
BODY_LINE_WEIGHT = 0.25

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal − W_THIN for a subsection
# without the guide's text (scoring.Signals).
W_BM25 = 0.2
W_NGRAM = 0.5
W_THIN = 0.1

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (0.0077, 2.6608, 0.4735, -1.0776, 1.0854, 1.3921, 0.5011, 0.7555, -0.7062)
RIGHT_INTERCEPT = -6.6810
GUIDE_COEF = (1.3864, -0.4014, 0.5450, -1.8055, 3.1919, 0.6959, 0.3641, 1.2616, 0.9329)
GUIDE_INTERCEPT = -8.0947

# Thresholds chosen on cross-validated probabilities: confident answers 96.6 % right while
# 97.1 % of in-guide questions get one; 0.0 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.56  # p_right at or above: answer
T_GUIDE = 0.31  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
