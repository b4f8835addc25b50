"""A fitted TF-IDF vectorizer's ``transform``, kept without scikit-learn.

The ranker fits two scikit-learn ``TfidfVectorizer`` (``ranker.py``); serving a question needs only
their vocabulary and idf weights. Importing scikit-learn costs the action server about 47 MB of
resident memory (issue 18: ≤ 300 MB) and the index is built in a child process
(``actions/startup.py``), so the served process keeps these plain arrays and never imports it.

``FittedTfidf.transform`` computes exactly what ``TfidfVectorizer.transform`` does for the settings
the ranker uses (``lowercase``, ``sublinear_tf``, ``norm="l2"``, ``use_idf``): counts per feature,
1 + log(count), times idf, each row divided by its Euclidean norm — with the norm summed in column
order as scikit-learn's ``inplace_csr_row_normalize_l2`` does, so every value is bit-for-bit the
same (``tests/test_guide_tfidf.py``, on the corpus and the dev questions).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's ``_VectorizerMixin._white_spaces``
CHAR_WB_RANGE = (2, 5)  # the ranker's character n-grams inside words


def char_wb_ngrams(text: str, ngram_range: tuple[int, int] = CHAR_WB_RANGE) -> list[str]:
    """scikit-learn's ``analyzer="char_wb"`` (lower-cased, n-grams padded with a space at word edges)."""
    min_n, max_n = ngram_range
    out: list[str] = []
    for w in _WHITE_SPACES.sub(" ", text.lower()).split():
        w = f" {w} "
        for n in range(min_n, max_n + 1):
            offset = 0
            out.append(w[offset:offset + n])
            while offset + n < len(w):
                offset += 1
                out.append(w[offset:offset + n])
            if offset == 0:  # a word shorter than n counts once
                break
    return out


class FittedTfidf:
    """Vocabulary and idf of a fitted ``TfidfVectorizer``, with the same ``transform``."""

    def __init__(self, vectorizer: Any, analyzer: Callable[[Any], Sequence[str]]) -> None:
        if not (vectorizer.sublinear_tf and vectorizer.use_idf and vectorizer.norm == "l2"):
            raise ValueError("FittedTfidf reproduces sublinear_tf, use_idf and norm='l2' only")
        self.vocabulary: dict[str, int] = dict(vectorizer.vocabulary_)
        self.idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        self.analyzer = analyzer  # a module-level function, so the index can be pickled

    def transform(self, texts: Sequence[Any]) -> Any:
        """One L2-normalised TF-IDF row per text (a string, or the token list the analyzer takes), as
        a CSR matrix with sorted indices."""
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        for text in texts:
            counts: dict[int, int] = {}
            for feature in self.analyzer(text):
                j = self.vocabulary.get(feature)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            row = sorted(counts)
            values = np.array([counts[j] for j in row], dtype=np.float64)
            np.log(values, values)
            values += 1.0
            values *= self.idf[np.asarray(row, dtype=np.intp)]
            total = 0.0
            for v in values.tolist():  # in column order, one term at a time: scikit-learn's sum
                total += v * v
            if total != 0.0:
                values /= math.sqrt(total)
            indices += row
            data += values.tolist()
            indptr.append(len(indices))
        return sp.csr_matrix((np.array(data, dtype=np.float64), np.array(indices, dtype=np.int32),
                              np.array(indptr, dtype=np.int32)), shape=(len(texts), len(self.idf)))
