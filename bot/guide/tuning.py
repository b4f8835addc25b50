"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search on the dev sets, thin-gold questions weighted to 35 % of the objective
# (bench.tune.THIN_SHARE): weighted top-1 0.967, plain top-1 0.965): LinearSVC
# regularisation, and the weight of a line of an entry's text against an example question (1.0).
SVM_C = 0.5
BODY_LINE_WEIGHT = 0.1

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal − W_THIN for a subsection
# without the guide's text (scoring.Signals).
W_BM25 = 0.2
W_NGRAM = 0.0
W_THIN = 0.0

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (-0.3482, 2.7111, 0.9471, -1.5664, 1.2182, 1.3286, 0.5505, 0.5052, 0.4172)
RIGHT_INTERCEPT = -6.9376
GUIDE_COEF = (1.1561, -0.1862, 0.5292, -2.2824, 3.4385, 0.7436, 0.2342, 0.8883, 1.6264)
GUIDE_INTERCEPT = -7.4451

# Thresholds chosen on cross-validated probabilities: confident answers 97.6 % right while
# 96.2 % of in-guide questions get one; 0.1 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.68  # p_right at or above: answer
T_GUIDE = 0.31  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
