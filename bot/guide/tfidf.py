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
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any

import numpy as np
import scipy.sparse as sp

_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's ``_VectorizerMixin._white_spaces``
CHAR_WB_RANGE = (2, 5)  # the ranker's character n-grams inside words


def char_wb_words(text: str) -> list[str]:
    """The words ``char_wb`` takes n-grams inside: lower-cased, split at white space."""
    return _WHITE_SPACES.sub(" ", text.lower()).split()


def char_wb_ngrams(text: str, ngram_range: tuple[int, int] = CHAR_WB_RANGE) -> list[str]:
    """scikit-learn's ``analyzer="char_wb"`` (lower-cased, n-grams padded with a space at word edges)."""
    min_n, max_n = ngram_range
    out: list[str] = []
    for w in char_wb_words(text):
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


MAX_CACHED_WORDS = 10_000  # words whose n-gram indices are kept: ~420 B each, ~4 MB at most (issue 18)


class FittedTfidf:
    """Vocabulary and idf of a fitted ``TfidfVectorizer``, with the same ``transform``."""

    def __init__(self, vectorizer: Any, analyzer: Callable[[Any], Sequence[str]],
                 words: Callable[[str], list[str]] | None = None) -> None:
        """``words``: when the analyzer's features of a text are exactly those of its words taken one
        by one (``char_wb``: n-grams never cross a word), the function that splits a text into those
        words. Each word's known feature indices are then computed once and kept: a question's
        n-grams cost a look-up per word instead of generating and looking up ~250 strings."""
        if not (vectorizer.sublinear_tf and vectorizer.use_idf and vectorizer.norm == "l2"):
            raise ValueError("FittedTfidf reproduces sublinear_tf, use_idf and norm='l2' only")
        self.vocabulary: dict[str, int] = dict(vectorizer.vocabulary_)
        self.idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        self.analyzer = analyzer  # a module-level function, so the index can be pickled
        self.words = words
        self._by_word: dict[str, tuple[int, ...]] = {}

    def _word_features(self, word: str) -> tuple[int, ...]:
        found = self._by_word.get(word)
        if found is None:
            vocabulary = self.vocabulary
            found = tuple(j for f in self.analyzer(word) if (j := vocabulary.get(f)) is not None)
            if len(self._by_word) < MAX_CACHED_WORDS:
                self._by_word[word] = found
        return found

    def _counts(self, text: Any) -> dict[int, int]:
        """How often each known feature (by index) occurs in the text."""
        if self.words is not None and isinstance(text, str):
            return Counter(chain.from_iterable(self._word_features(w) for w in self.words(text)))
        vocabulary = self.vocabulary
        return {j: n for feature, n in Counter(self.analyzer(text)).items()
                if (j := vocabulary.get(feature)) is not None}

    def row(self, text: Any) -> tuple[np.ndarray, np.ndarray]:
        """One text's L2-normalised TF-IDF row as (feature indices sorted, values): what ``transform``
        puts in a CSR row, without building a matrix (scipy's checks cost more than the row itself
        when a question is served, ``Ranker.analyse``).

        The analyzer's features are counted as strings (``Counter``, in C) and only the distinct ones
        are looked up: the vocabulary maps distinct features to distinct indices, so the counts per
        index are the same as counting index by index (and by word, with ``words``)."""
        counts = self._counts(text)
        row = sorted(counts)
        indices = np.array(row, dtype=np.int32)
        values = np.array([counts[j] for j in row], dtype=np.float64)
        np.log(values, values)
        values += 1.0
        values *= self.idf[indices]
        # The squares summed in column order, one term at a time, as scikit-learn's sum does: a running
        # sum (``accumulate`` adds strictly in order; ``np.sum``/``np.dot`` add pairwise and may differ).
        total = float(np.add.accumulate(values * values)[-1]) if len(values) else 0.0
        if total != 0.0:
            values /= math.sqrt(total)
        return indices, values

    def transform(self, texts: Sequence[Any]) -> Any:
        """One L2-normalised TF-IDF row per text (a string, or the token list the analyzer takes), as
        a CSR matrix with sorted indices."""
        rows = [self.row(text) for text in texts]
        indptr = np.cumsum([0] + [len(indices) for indices, _ in rows], dtype=np.int64).astype(np.int32)
        indices = np.concatenate([i for i, _ in rows]) if rows else np.zeros(0, dtype=np.int32)
        data = np.concatenate([v for _, v in rows]) if rows else np.zeros(0, dtype=np.float64)
        return sp.csr_matrix((data, indices.astype(np.int32), indptr), shape=(len(texts), len(self.idf)))
