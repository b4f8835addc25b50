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
        """One row per sample, one column per class, as the model's own ``decision_function``.

        Per sample: the coefficient rows of its features, gathered, each scaled by the feature's
        value and summed per class by ``np.bincount`` — in the sample's feature order, as the dense
        product sums them (a scipy sparse product gives the same values at twice the cost).
        """
        rows: Any = sp.csr_matrix(x)  # Any: scipy-stubs type the CSR arrays on csr_matrix only loosely
        coef, n_classes = self._coef_t, len(self._intercept)
        out = np.empty((rows.shape[0], n_classes))
        for i in range(rows.shape[0]):
            features = rows.indices[rows.indptr[i]:rows.indptr[i + 1]]
            starts, lengths = coef.indptr[features], coef.indptr[features + 1] - coef.indptr[features]
            at = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
            products = np.repeat(rows.data[rows.indptr[i]:rows.indptr[i + 1]], lengths) * coef.data[at]
            out[i] = np.bincount(coef.indices[at], weights=products, minlength=n_classes) + self._intercept
        return out
