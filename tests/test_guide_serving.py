"""A served question goes through plain arrays, not scipy matrices (issue 14: «nothing slower»).

``Ranker.analyse`` keeps the question as one sparse row (indices, values) and multiplies it with
``RowSums`` (the stored rows of its features summed in one C loop, no copy) instead of stacking
scipy matrices and calling their product. These tests hold the fast path to the computation it
replaced, bit for bit, on every dev question: the same SVM values, «outside» value and n-gram
signal, and so the same ranking and the same replies.
"""

import numpy as np
import pytest
import scipy.sparse as sp

from bench.quality import DEV_SET, load_set
from bot.guide.rowsum import RowSums
from bot.guide.search import query_for

ODD = ["", "?!", "xqzv", "tolk tolk tolk natt", "Tolk  NATT\t\n nå", "å ø æ", "§ 4 a krisesenterlova", "a " * 300]


@pytest.fixture(scope="module")
def questions() -> list[str]:
    return [query_for(q.q) for q in load_set(DEV_SET)] + ODD


def reference_analyse(ranker, query: str) -> tuple[np.ndarray, float, np.ndarray]:
    """``Ranker.analyse`` as it was computed before: scipy's hstack, CSR products and ``toarray``
    (the coefficient and example matrices as scipy CSR, not through ``RowSums``), and the best
    cosine per subsection by ``np.maximum.at`` into zeros."""
    chars = ranker._chars.transform([query])
    x = sp.hstack([ranker._stems.transform([ranker.stem_text(query)]), chars]).tocsr()
    values = (x @ ranker._svm._coef_t.matrix()).toarray()[0] + ranker._svm._intercept
    n = ranker.outside_label
    outside = float(values[n]) if ranker.has_outside else float(values[:n].min())
    sims = (chars @ ranker._examples_t.matrix()).toarray().ravel()
    nearest = np.zeros(n)
    np.maximum.at(nearest, ranker._example_owner, sims)
    return np.asarray(values[:n], dtype=float), outside, nearest


def test_analyse_is_bit_for_bit_the_scipy_computation(search, questions) -> None:
    ranker = search._ranker
    for q in questions:
        values, outside, nearest = ranker.analyse(q)
        ref_values, ref_outside, ref_nearest = reference_analyse(ranker, q)
        assert np.array_equal(values, ref_values), q
        assert outside == ref_outside, q
        assert np.array_equal(nearest, ref_nearest), q
        # and the stems handed in by ``GuideSearch.signals`` give the same as computing them here
        given = ranker.analyse(q, ranker.stem_text(q))
        assert np.array_equal(given[0], values) and given[1] == outside and np.array_equal(given[2], nearest)


def test_tfidf_row_is_the_transform_row(search, questions) -> None:
    chars = search._ranker._chars
    for q in questions[:400]:
        indices, values = chars.row(q)
        ref = chars.transform([q])
        assert indices.dtype == np.int32 and list(indices) == sorted(indices)
        assert np.array_equal(indices, ref.indices) and np.array_equal(values, ref.data), q


def test_row_sums_are_scipys_product_bit_for_bit() -> None:
    """Random matrices with negative values, empty rows, a repeated row, the first and last row."""
    rng = np.random.default_rng(7)
    matrix = sp.random(500, 90, density=0.2, format="csr", random_state=8, data_rvs=rng.standard_normal)
    matrix = sp.vstack([matrix, sp.csr_matrix((3, 90))]).tocsr()  # three empty rows at the end
    sums = RowSums(matrix)
    assert sums.nnz == matrix.nnz and (sums.matrix() != matrix).nnz == 0
    for density in (0.0, 0.01, 0.1, 0.6, 1.0):
        row = sp.random(1, 503, density=density, format="csr", random_state=9, data_rvs=rng.standard_normal)
        row.sort_indices()
        ours = sums.weighted_sum(row.indices, row.data)
        assert ours.shape == (90,)
        assert np.array_equal(ours, (row @ matrix).toarray().ravel())
    rows, weights = np.array([0, 7, 7, 250, 499, 502]), rng.standard_normal(6)
    expected = np.zeros(90)
    for r, w in zip(rows, weights, strict=True):  # row by row, in order: the sums scipy's product adds
        expected += matrix[[r]].toarray().ravel() * w
    assert np.array_equal(sums.weighted_sum(rows, weights), expected)
    # Only the wanted rows' values are visited: every «column» between two wanted rows is empty (a
    # non-empty one would add its values times 0 — the same sums, but the whole matrix's work).
    for rows in (np.array([0, 7, 7, 250, 499, 502]), np.arange(503), np.array([3])):
        pointer = sums.pointer(rows)
        assert (pointer[1:-1:2] >= pointer[2::2]).all()
        assert (pointer[1::2] - pointer[0::2]).sum() == sum(matrix.indptr[r + 1] - matrix.indptr[r] for r in rows)
    with pytest.raises(ValueError):  # out of order would skip terms silently: refused
        sums.weighted_sum(np.array([7, 3]), np.ones(2))
    with pytest.raises(IndexError):
        sums.weighted_sum(np.array([3, 503]), np.ones(2))


def test_ranking_and_replies_are_unchanged(search, questions, monkeypatch) -> None:
    """The whole search, fast path against the scipy path: same ranked ids, scores and decision."""
    fast = [search.search(q) for q in questions]
    monkeypatch.setattr(type(search._ranker), "analyse",
                        lambda self, query, stems=None: reference_analyse(self, query))
    for q, got in zip(questions, fast, strict=True):
        ref = search.search(q)
        assert [h.entry.id for h in got.hits] == [h.entry.id for h in ref.hits], q
        assert [h.score for h in got.hits] == [h.score for h in ref.hits], q
        assert (got.decision, got.p_right, got.p_guide) == (ref.decision, ref.p_right, ref.p_guide), q
