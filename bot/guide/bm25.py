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
        doc_freqs = [Counter(d) for d in docs]  # needed only to build: not kept (memory, issue 18)
        self.n_docs = len(docs)
        self.doc_lens = [len(d) for d in docs]
        self.avgdl = (sum(self.doc_lens) / len(docs)) if docs else 0.0
        df: Counter[str] = Counter()
        for freqs in doc_freqs:
            df.update(freqs.keys())
        n = len(docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        # Per term, its weight in the documents that have it, computed once: a query is then a sum
        # of a few short rows. Kept sparse (one row of a CSR matrix per term): a dense row per term
        # took 1.3 KB × 12,000 terms per index; adding only a row's non-zero weights gives exactly
        # the sums the dense rows gave (the rest were zeros).
        postings: dict[str, list[tuple[int, float]]] = {}
        for i, freqs in enumerate(doc_freqs):
            norm = self.k1 * (1 - self.b + self.b * self.doc_lens[i] / (self.avgdl or 1))
            for term, tf in freqs.items():
                postings.setdefault(term, []).append((i, self.idf[term] * tf * (self.k1 + 1) / (tf + norm)))
        self._row = {term: r for r, term in enumerate(postings)}
        self._ptr = np.cumsum([0] + [len(p) for p in postings.values()])
        self._docs = np.array([i for p in postings.values() for i, _ in p], dtype=np.int32)
        self._values = np.array([w for p in postings.values() for _, w in p], dtype=float)

    def score_array(self, query: Sequence[str]) -> np.ndarray:
        out = np.zeros(self.n_docs)
        for term in set(query):
            r = self._row.get(term)
            if r is not None:
                start, end = self._ptr[r], self._ptr[r + 1]
                out[self._docs[start:end]] += self._values[start:end]
        return out

    def scores(self, query: Sequence[str]) -> list[float]:
        return self.score_array(query).tolist()

    def has(self, term: str, doc: int) -> bool:
        """Whether document ``doc`` contains ``term``."""
        r = self._row.get(term)
        if r is None:
            return False
        return bool(np.any(self._docs[self._ptr[r]:self._ptr[r + 1]] == doc))

    def known(self, term: str) -> bool:
        return term in self.idf
