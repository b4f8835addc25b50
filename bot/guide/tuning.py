"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search on the dev sets, thin-gold questions weighted to 35 % of the objective
# (bench.tune.THIN_SHARE): weighted top-1 0.958, plain top-1 0.959): LinearSVC
# regularisation, and the weight of a line of an entry's text against an example question (1.0).
SVM_C = 1.0
BODY_LINE_WEIGHT = 0.25

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal − W_THIN for a subsection
# without the guide's text (scoring.Signals).
W_BM25 = 0.2
W_NGRAM = 0.0
W_THIN = 0.0

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (0.0878, 2.9460, 0.3007, -1.0365, 1.1243, 1.5212, 0.5839, 0.6530, 0.0186)
RIGHT_INTERCEPT = -6.6161
GUIDE_COEF = (1.2261, -0.1957, 0.7329, -2.0114, 3.2375, 0.7381, 0.2185, 1.1584, 1.3713)
GUIDE_INTERCEPT = -7.8101

# Thresholds chosen on cross-validated probabilities: confident answers 97.5 % right while
# 95.0 % of in-guide questions get one; 0.0 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.71  # p_right at or above: answer
T_GUIDE = 0.27  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
