"""Fusion weights and decision thresholds for the guide search.

Chosen with ``python -m bench.tune`` on the held-out dev set (427 questions, 2026-11-27, after the
example questions were widened to 8 per subsection): top-1 0.775; confident answers 95.3 % right;
off-topic declined 93.9 %; 8.7 % of in-guide questions declined. Change them only with the figures
that justify it, recorded in the commit message.
"""

W_BM25 = 0.3
W_NGRAM = 0.7
BM25_SATURATION = 15.0  # a best BM25 score at or above this counts as a full-strength match
T_NONE = 0.35
T_ANSWER = 0.525
T_MARGIN = 0.0
MIN_COVERAGE = 0.5
OOS_PENALTY = 0.15
MAX_SOURCES = 3
