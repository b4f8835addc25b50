"""A weighted sum of some rows of a sparse matrix, in one C loop, without copying the rows.

A served question multiplies its sparse row (~250 features) with two matrices: the SVM's
coefficients (features × classes, ~30,000 products) and the example questions' n-grams (n-grams ×
examples, ~250,000 products: common n-grams occur in thousands of examples). scipy's way,
``matrix[rows].T @ weights``, first copies those rows out (~3 MB for the examples) and then sums
them; the copy cost more than the sums (perf10g: 0.76 of 1.3 ms profiled), and numpy's gather and
``bincount`` pass over every product six times.

``RowSums`` keeps the matrix with its rows stored in reverse order and hands scipy's own
``csc_matvec`` kernel (``for each column j: for ii in Ap[j]..Ap[j+1]: y[Ai[ii]] += Ax[ii] * x[j]``)
a column pointer made of each wanted row's (start, end), one after the other: «column» 2i is the
i-th wanted row, weighted by its value, and «column» 2i+1 runs from that row's end to the next
wanted row's start. The rows are wanted in ascending order, so in reversed storage the next one
lies *before* the current one: its start is never after this one's end, and the loop between them
runs zero times. So exactly the wanted rows' products are summed, each ``matrix value × weight``,
row by row in ascending order, into zeros — the terms and the order of ``row @ matrix``
(``csr_matmat``: ``sums[k] += v * B[j, k]`` feature by feature), so every value is bit for bit
scipy's (``tests/test_guide_serving.py``, also against a copy of the old computation on every dev
question).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.sparse import _sparsetools  # type: ignore[attr-defined]  # scipy's C kernels: ``csc @ vector``'s loop


class RowSums:
    """``weighted_sum(rows, weights)`` = ``weights @ matrix[rows]`` as a dense row, bit for bit."""

    def __init__(self, matrix: Any) -> None:
        csr: Any = sp.csr_matrix(matrix)
        csr.sum_duplicates()  # one stored value per (row, column), as a product of two CSR matrices sees it
        self.shape: tuple[int, int] = (int(csr.shape[0]), int(csr.shape[1]))
        reversed_rows: Any = csr[::-1]
        self._indptr = np.ascontiguousarray(reversed_rows.indptr)
        self._indices = np.ascontiguousarray(reversed_rows.indices, dtype=self._indptr.dtype)
        self._data = np.ascontiguousarray(reversed_rows.data, dtype=np.float64)

    @property
    def nnz(self) -> int:
        return len(self._data)

    def matrix(self) -> Any:
        """The matrix as CSR in its own row order (for tests and references; not used to serve)."""
        stored = sp.csr_matrix((self._data, self._indices, self._indptr), shape=self.shape)
        return stored[::-1].tocsr()

    def pointer(self, rows: np.ndarray) -> np.ndarray:
        """The column pointer ``weighted_sum`` hands the kernel: each wanted row's (start, end) in the
        reversed storage. Between two ascending rows the «column» (end, next start) is empty."""
        stored = (self.shape[0] - 1) - np.asarray(rows).astype(self._indptr.dtype, copy=False)
        pointer = np.empty(2 * len(stored), dtype=self._indptr.dtype)
        pointer[0::2] = self._indptr[stored]
        pointer[1::2] = self._indptr[stored + 1]
        return pointer

    def weighted_sum(self, rows: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Σ weights[i] · matrix[rows[i], :] over i in order, as a dense float64 row.

        ``rows`` must be in ascending order (a sorted CSR row's indices are); a repeated row is
        allowed. Out-of-order rows would silently skip terms, so they are refused."""
        out = np.zeros(self.shape[1])
        n = len(rows)
        if n == 0:
            return out
        rows = np.asarray(rows)
        if n > 1 and bool((rows[1:] < rows[:-1]).any()):
            raise ValueError("RowSums.weighted_sum needs the rows in ascending order")
        if int(rows[0]) < 0 or int(rows[-1]) >= self.shape[0]:
            raise IndexError("row out of range")
        pointer = self.pointer(rows)
        x = np.zeros(2 * n - 1)
        x[0::2] = weights
        _sparsetools.csc_matvec(self.shape[1], 2 * n - 1, pointer, self._indices, self._data, x, out)
        return out
