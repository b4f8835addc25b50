"""A fitted linear classifier's decision function, kept with sparse coefficients.

The ranker's LinearSVC holds one dense float64 row per class over every feature (154 × 75 000,
93 MB); 71 % of those values are exactly zero (a feature that no support vector of a class has).
``SparseLinear`` keeps only the non-zero ones (about 40 MB) and computes the same decision values:
the product sums the question's features in the same order as the dense product, and the dropped
terms were exact zeros, so every value is bit-for-bit the one LinearSVC gives
(``tests/test_guide_linear.py``; checked on 4,071 dev-set and corpus questions against the dense
model when it was introduced).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp

from bot.guide.rowsum import RowSums


class SparseLinear:
    """``decision_function`` of a fitted linear model (``coef_``, ``intercept_``), coefficients sparse."""

    def __init__(self, model: Any) -> None:
        # features × classes, only the non-zero values; a question sums its features' rows (``RowSums``)
        self._coef_t = RowSums(sp.csr_matrix(np.asarray(model.coef_).T))
        self._intercept = np.array(model.intercept_, dtype=float)
        self.classes_ = model.classes_

    def decision_function(self, x: Any) -> np.ndarray:
        """One row per sample, one column per class, as the model's own ``decision_function``."""
        rows: Any = sp.csr_matrix(x)  # Any: scipy-stubs type the CSR arrays on csr_matrix only loosely
        if not rows.has_sorted_indices:  # ``decision_row`` takes each row's features in ascending order
            rows = rows.sorted_indices()
        out = np.empty((rows.shape[0], len(self._intercept)))
        for i in range(rows.shape[0]):
            start, end = rows.indptr[i], rows.indptr[i + 1]
            out[i] = self.decision_row(rows.indices[start:end], rows.data[start:end])
        return out

    def decision_row(self, features: np.ndarray, values: np.ndarray) -> np.ndarray:
        """The decision values of one sample given as its sorted feature indices and their values."""
        return self._coef_t.weighted_sum(features, values) + self._intercept

