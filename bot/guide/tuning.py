"""Fusion weights and decision thresholds for the guide search.

Chosen with ``make bench`` (bench/tune.py) on the held-out dev set; change them only with the
figures that justify it, recorded in the commit message.
"""

W_BM25 = 0.5
W_NGRAM = 0.5
BM25_SATURATION = 6.0  # a best BM25 score at or above this counts as a full-strength match
T_NONE = 0.30
T_ANSWER = 0.55
T_MARGIN = 0.08
MIN_COVERAGE = 0.34
OOS_PENALTY = 0.15
MAX_SOURCES = 3
