"""FittedTfidf gives exactly scikit-learn's TF-IDF rows without scikit-learn (issue 18: memory)."""

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from bench.quality import DEV_SET, load_set
from bot.guide.corpus import load_corpus
from bot.guide.ranker import _uni_and_bigrams, stemmed, training_rows
from bot.guide.tfidf import CHAR_WB_RANGE, FittedTfidf, char_wb_ngrams, char_wb_words

EDGE_CASES = ["", "   ", "?!", "xqzv", "tolk tolk tolk natt", "Tolk  NATT\t\n nå", "a", "å ø æ", "§ 4 a krisesenterlova",
              "kan du hjelpe meg med en ny henvendelse?", "hvor skal hun bo når hun flytter herfra?"]


@pytest.fixture(scope="module")
def texts() -> tuple[list[str], list[str]]:
    entries = load_corpus().entries
    train = [row for e in entries for row in training_rows(e)]
    questions = [q.q for q in load_set(DEV_SET)] + EDGE_CASES
    return train, questions


def _same(ours: object, theirs: object) -> None:
    a, b = ours.tocsr(), theirs.tocsr()  # type: ignore[attr-defined]
    b.sort_indices()
    assert a.shape == b.shape
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)  # bit for bit, not approximately


def test_char_ngrams_are_scikit_learns(texts: tuple[list[str], list[str]]) -> None:
    train, questions = texts
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_WB_RANGE, sublinear_tf=True)
    vectorizer.fit(train)
    analyse = vectorizer.build_analyzer()
    for q in questions[:300]:
        assert char_wb_ngrams(q) == analyse(q)
    _same(FittedTfidf(vectorizer, char_wb_ngrams).transform(questions), vectorizer.transform(questions))
    _same(FittedTfidf(vectorizer, char_wb_ngrams).transform(train[:2000]), vectorizer.transform(train[:2000]))
    # by word, each word's n-gram indices kept: the same rows the first time and from the kept ones
    by_word = FittedTfidf(vectorizer, char_wb_ngrams, char_wb_words)
    for _ in range(2):
        _same(by_word.transform(questions), vectorizer.transform(questions))
    assert by_word._by_word


def test_stem_rows_are_scikit_learns(texts: tuple[list[str], list[str]]) -> None:
    train, questions = texts
    vectorizer = TfidfVectorizer(analyzer=_uni_and_bigrams, sublinear_tf=True)
    vectorizer.fit([stemmed(t).split() for t in train])
    docs = [stemmed(q).split() for q in questions]
    _same(FittedTfidf(vectorizer, _uni_and_bigrams).transform(docs), vectorizer.transform(docs))


def test_other_settings_are_refused() -> None:
    vectorizer = TfidfVectorizer(analyzer="char_wb").fit(["tolk natt"])  # sublinear_tf off
    with pytest.raises(ValueError):
        FittedTfidf(vectorizer, char_wb_ngrams)
