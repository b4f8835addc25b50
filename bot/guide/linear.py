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


class SparseLinear:
    """``decision_function`` of a fitted linear model (``coef_``, ``intercept_``), coefficients sparse."""

    def __init__(self, model: Any) -> None:
        self._coef_t: Any = sp.csr_matrix(np.asarray(model.coef_).T)  # features × classes
        self._intercept = np.array(model.intercept_, dtype=float)
        self.classes_ = model.classes_

    def decision_function(self, x: Any) -> np.ndarray:
        """One row per sample, one column per class, as the model's own ``decision_function``."""
        rows: Any = sp.csr_matrix(x)  # Any: scipy-stubs type the CSR arrays on csr_matrix only loosely
        out = np.empty((rows.shape[0], len(self._intercept)))
        for i in range(rows.shape[0]):
            start, end = rows.indptr[i], rows.indptr[i + 1]
            out[i] = self.decision_row(rows.indices[start:end], rows.data[start:end])
        return out

    def decision_row(self, features: np.ndarray, values: np.ndarray) -> np.ndarray:
        """The decision values of one sample given as its sorted feature indices and their values."""
        return row_product(features, values, self._coef_t, len(self._intercept)) + self._intercept


def row_product(features: np.ndarray, values: np.ndarray, matrix: Any, n_columns: int) -> np.ndarray:
    """One sparse row (sorted ``features``, ``values``) times a CSR ``matrix``, as a dense row.

    The coefficient rows of the sample's features, gathered, each scaled by the feature's value and
    summed per column by ``np.bincount`` — in the sample's feature order, as the dense product and
    scipy's sparse product (``csr_matmat``: ``sums[k] += v * B[j, k]`` feature by feature) sum them,
    so every value is bit-for-bit theirs; without scipy's matrix checks and output compression, which
    cost more than the sums for one question.
    """
    starts = matrix.indptr[features]
    lengths = matrix.indptr[features + 1] - starts
    at = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
    products = np.repeat(values, lengths) * matrix.data[at]
    return np.bincount(matrix.indices[at], weights=products, minlength=n_columns)
