"""Constants of the guide ranker and its decision — every one written by ``python -m bench.tune``.

Do not edit by hand: run ``python -m bench.tune --write`` after a corpus or search change (``--check``,
run by the test suite, fails when this file no longer matches). Fitted on the dev sets only
(dev.yml, dev2.yml: 2002 questions, 1810 in the guide), never on a final split.
"""

# Ranker (grid search on the dev sets, thin-gold questions weighted to 35 % of the objective
# (bench.tune.THIN_SHARE): weighted top-1 0.967, plain top-1 0.965): LinearSVC
# regularisation, and the weight of a line of an entry's text against an example question (1.0).
SVM_C = 0.5
BODY_LINE_WEIGHT = 0.5

# Fusion: SVM value + W_BM25 × BM25 / best BM25 + W_NGRAM × n-gram signal − W_THIN for a subsection
# without the guide's text (scoring.Signals).
W_BM25 = 0.3
W_NGRAM = 0.25
W_THIN = 0.0

# Decision models over scoring.FEATURE_NAMES: logistic regressions fitted on the dev sets.
RIGHT_COEF = (0.3251, 2.4597, 0.4321, -1.2276, 1.5527, 1.1994, 0.2268, 0.6375, -0.0874)
RIGHT_INTERCEPT = -6.6930
GUIDE_COEF = (1.3364, -0.2235, 0.6469, -2.1073, 3.4436, 0.7108, 0.1965, 1.0284, 1.2196)
GUIDE_INTERCEPT = -8.2347

# Thresholds chosen on cross-validated probabilities: confident answers 97.6 % right while
# 96.7 % of in-guide questions get one; 0.1 % of in-guide and 92.2 % of off-topic declined.
T_ANSWER = 0.67  # p_right at or above: answer
T_GUIDE = 0.3  # p_guide below: «finner ikke dette i veilederen»

# Softmax temperature for the per-subsection scores shown in ``sources`` (least log-loss on the dev sets).
SCORE_TEMPERATURE = 0.15

MAX_SOURCES = 3
