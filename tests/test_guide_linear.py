"""SparseLinear gives exactly LinearSVC's decision values, with fewer coefficients kept."""

import numpy as np
import scipy.sparse as sp
from sklearn.svm import LinearSVC

from bot.guide.linear import SparseLinear


def test_decision_values_are_bit_for_bit_the_dense_models() -> None:
    rng = np.random.default_rng(3)
    x = sp.random(300, 4000, density=0.01, format="csr", random_state=4)
    y = rng.integers(0, 15, 300)
    svm = LinearSVC(C=0.5, random_state=0).fit(x, y)
    sparse = SparseLinear(svm)
    queries = sp.vstack([sp.random(60, 4000, density=0.005, format="csr", random_state=5),
                         sp.csr_matrix((1, 4000))]).tocsr()  # and a question with no known feature
    assert np.array_equal(sparse.decision_function(queries), svm.decision_function(queries))
    assert list(sparse.classes_) == list(svm.classes_)
    kept = sparse._coef_t
    assert kept.nnz < svm.coef_.size  # features no support vector of a class has are not stored
    assert kept.nnz == np.count_nonzero(svm.coef_)
