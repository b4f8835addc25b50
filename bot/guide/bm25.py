"""Okapi BM25 over pre-tokenised documents.

Small and dependency-free on purpose: the same class serves the real index (stemmed terms) and
the benchmark's baseline (plain lower-case words), so the two differ only in what they index.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np


class BM25:
    def __init__(self, docs: Sequence[Sequence[str]], k1: float = 1.4, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self.doc_freqs = [Counter(d) for d in docs]
        self.doc_lens = [len(d) for d in docs]
        self.avgdl = (sum(self.doc_lens) / len(docs)) if docs else 0.0
        df: Counter[str] = Counter()
        for freqs in self.doc_freqs:
            df.update(freqs.keys())
        n = len(docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        # Per term, its weight in every document, computed once: a query is then a sum of arrays.
        self._weights: dict[str, np.ndarray] = {}
        for i, freqs in enumerate(self.doc_freqs):
            norm = self.k1 * (1 - self.b + self.b * self.doc_lens[i] / (self.avgdl or 1))
            for term, tf in freqs.items():
                row = self._weights.setdefault(term, np.zeros(n))
                row[i] = self.idf[term] * tf * (self.k1 + 1) / (tf + norm)

    def score_array(self, query: Sequence[str]) -> np.ndarray:
        out = np.zeros(len(self.doc_freqs))
        for term in set(query):
            row = self._weights.get(term)
            if row is not None:
                out += row
        return out

    def scores(self, query: Sequence[str]) -> list[float]:
        return self.score_array(query).tolist()

    def known(self, term: str) -> bool:
        return term in self.idf
