"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search on the dev sets, thin-gold questions weighted to 35 % of the objective
# (bench.tune.THIN_SHARE): weighted top-1 0.966, plain top-1 0.965): LinearSVC
# regularisation, and the weight of a line of an entry's text against an example question (1.0).
SVM_C = 0.5
BODY_LINE_WEIGHT = 0.1

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal − W_THIN for a subsection
# without the guide's text (scoring.Signals).
W_BM25 = 0.3
W_NGRAM = 0.25
W_THIN = 0.0

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.3750, 2.7570, 0.7127, -1.5960, 1.2210, 1.3462, 0.3406, 0.5935, 0.0545)
RIGHT_INTERCEPT = -7.1629
GUIDE_COEF = (1.2211, -0.2472, 0.3278, -2.2097, 3.4308, 0.7055, 0.1948, 0.9355, 1.3111)
GUIDE_INTERCEPT = -8.1069

# Thresholds chosen on cross-validated probabilities: confident answers 97.5 % right while
# 96.2 % of in-guide questions get one; 0.1 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.68  # p_right at or above: answer
T_GUIDE = 0.31  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
