"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search on the dev sets, thin-gold questions weighted to 35 % of the objective
# (bench.tune.THIN_SHARE): weighted top-1 0.958, plain top-1 0.956): LinearSVC
# regularisation, and the weight of a line of an entry's text against an example question (1.0).
SVM_C = 1.0
BODY_LINE_WEIGHT = 0.5

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal − W_THIN for a subsection
# without the guide's text (scoring.Signals).
W_BM25 = 0.2
W_NGRAM = 0.0
W_THIN = 0.1

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.1057, 2.5401, 1.0502, -1.1741, 1.0685, 1.2495, 0.5388, 0.6250, -0.0847)
RIGHT_INTERCEPT = -6.5768
GUIDE_COEF = (1.2236, -0.2448, 0.6776, -2.0378, 3.2614, 0.7335, 0.4041, 1.1661, 1.3912)
GUIDE_INTERCEPT = -7.6623

# Thresholds chosen on cross-validated probabilities: confident answers 96.7 % right while
# 97.3 % of in-guide questions get one; 0.1 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.51  # p_right at or above: answer
T_GUIDE = 0.32  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
