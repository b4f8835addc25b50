"""A supervised ranker: which subsection of the guide is a staff question about?

Every subsection brings its title, its example questions (15–50, written to set it apart from its
neighbours) and the lines of its text; a linear SVM learns from them which words and spellings
point to which subsection. One extra class, «outside the guide», learns from the off-topic examples
the NLU already has, so a question about printers or pizza scores high there instead of being
forced onto the nearest subsection.

Features: TF-IDF over Snowball stems (words and word pairs) and over character n-grams inside
words (2–5): stems meet inflections, n-grams meet typos, compounds and nynorsk spellings.
Measured on the dev set against BM25 and the earlier n-gram/BM25 fusion in ``bench/`` (see
``tuning.py``). Training takes a few seconds, so the index is rebuilt from the corpus at start-up
and a corpus edit needs no Rasa retraining.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from bot import config
from bot.guide import tuning
from bot.guide.corpus import Entry
from bot.guide.linear import SparseLinear
from bot.guide.rowsum import RowSums
from bot.guide.tfidf import CHAR_WB_RANGE, FittedTfidf, char_wb_ngrams, char_wb_words
from bot.nlu_examples import examples_of
from bot.text.normalize import stem
from bot.text.query import Vocabulary

_WORD = re.compile(r"\w+", re.U)
MIN_BODY_LINE_WORDS = 4  # shorter body lines are headings or fragments, not evidence


def stemmed(text: str) -> str:
    """Lower-case Snowball stems of every word, stop words kept (they separate «når» from «hvem»)."""
    return " ".join(stem(w) for w in _WORD.findall(text.lower()))


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def training_rows(entry: Entry, boilerplate: frozenset[str] = frozenset()) -> list[str]:
    """What one subsection teaches the ranker: title, example questions, lines of its text.

    Lines in ``boilerplate`` (repeated word for word in several subsections, such as the note that
    krisesenterlova changed in 2026) say nothing about any one subsection and are left out.
    """
    rows = [entry.title, *entry.examples]
    for line in body_lines(entry):
        if line not in boilerplate:
            rows.append(line)
    return rows


def body_lines(entry: Entry) -> list[str]:
    lines = (ln.strip().lstrip("-*• ").strip() for ln in entry.body.splitlines())
    return [ln for ln in lines if len(ln.split()) >= MIN_BODY_LINE_WORDS]


def boilerplate_lines(entries: Sequence[Entry]) -> frozenset[str]:
    counts = Counter(line for e in entries for line in set(body_lines(e)))
    return frozenset(line for line, n in counts.items() if n > 1)


def outside_examples(path: Path | None = None) -> list[str]:
    """The NLU's off-topic examples (``out_of_scope``): one source for «not in the guide»."""
    return examples_of(path or config.outside_examples_path(), ["out_of_scope"])


def _uni_and_bigrams(tokens: list[str]) -> list[str]:
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


class Ranker:
    """Decision values for every subsection plus one for «outside the guide»."""

    def __init__(self, entries: Sequence[Entry], outside: Sequence[str]) -> None:
        texts: list[str] = []
        labels: list[int] = []
        weights: list[float] = []
        guide_text: list[str] = []  # titles and text lines, not example questions: ``Vocabulary``'s yardstick
        boilerplate = boilerplate_lines(entries)
        for i, entry in enumerate(entries):
            rows = training_rows(entry, boilerplate)
            n_questions = 1 + len(entry.examples)  # title and example questions come first
            texts += rows
            guide_text += [entry.title, *rows[n_questions:]]
            labels += [i] * len(rows)
            weights += [1.0] * n_questions + [tuning.BODY_LINE_WEIGHT] * (len(rows) - n_questions)
        self.outside_label = len(entries)
        texts += list(outside)
        labels += [self.outside_label] * len(outside)
        weights += [1.0] * len(outside)
        self.has_outside = bool(outside)
        self.vocabulary = Vocabulary(texts[: len(texts) - len(outside)], guide_text)
        # scikit-learn only here, to fit: what serves a question keeps plain arrays (``tfidf.py``,
        # ``linear.py``), so a process that loads a built index never imports it (issue 18: memory).
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.svm import LinearSVC

        stems = TfidfVectorizer(analyzer=_uni_and_bigrams, sublinear_tf=True)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_WB_RANGE, sublinear_tf=True)
        x = sp.hstack([stems.fit_transform([self.stem_text(t, correct=False) for t in texts]),
                       chars.fit_transform(texts)]).tocsr()
        svm = LinearSVC(C=tuning.SVM_C, random_state=0)
        svm.fit(x, labels, sample_weight=np.asarray(weights))
        self._svm = SparseLinear(svm)  # the same decision values in less than half the memory
        self._stems = FittedTfidf(stems, _uni_and_bigrams)
        self._chars = FittedTfidf(chars, char_wb_ngrams, char_wb_words)
        examples = [(i, t) for i, e in enumerate(entries) for t in (e.title, *e.examples)]
        self._example_owner = np.array([i for i, _ in examples])
        # Every subsection's examples lie together (its title first), so the best per subsection is a
        # ``maximum.reduceat`` over these starts (a subsection always has its title).
        self._example_starts = np.searchsorted(self._example_owner, np.arange(len(entries)))
        if len(entries) and np.bincount(self._example_owner, minlength=len(entries)).min() == 0:
            raise ValueError("every subsection needs a title to compare a question with")
        # Transposed (n-grams × examples): a question's n-gram row times it is one C loop (``RowSums``).
        self._examples_t = RowSums(chars.transform([t for _, t in examples]).T)

    def stem_text(self, text: str, correct: bool = True) -> list[str]:
        """Stems of the corpus words the text's words stand for (``Vocabulary.normalize``)."""
        return [stem(w) for w in self.vocabulary.normalize(text, correct)]

    def analyse(self, query: str, stems: list[str] | None = None) -> tuple[np.ndarray, float, np.ndarray]:
        """(SVM value per subsection, the «outside the guide» value, n-gram signal per subsection).

        The n-gram signal: per subsection, the best character n-gram cosine between the question and
        its title or one of its example questions (robust to typos and spelling variants).
        ``stems``: the question's ``stem_text`` when the caller has it already.

        The question's stems and its n-grams for the SVM stay plain (indices, values) arrays, not
        stacked scipy matrices: the same numbers bit for bit (``SparseLinear.decision_row``), without
        scipy's construction and checks, which cost more than the product for one question; both
        products are ``RowSums`` loops over the stored rows of the question's features.
        """
        stem_features, stem_values = self._stems.row(self.stem_text(query) if stems is None else stems)
        char_features, char_values = self._chars.row(query)
        # The stem columns first, then the character n-grams: ``sp.hstack`` of the two matrices.
        features = np.concatenate([stem_features, char_features + len(self._stems.idf)])
        values = self._svm.decision_row(features, np.concatenate([stem_values, char_values]))
        n = self.outside_label
        outside = float(values[n]) if self.has_outside else float(values[:n].min())
        # ~250,000 products per question (common n-grams occur in thousands of examples), summed
        # n-gram by n-gram as ``chars @ examples_t`` does, without copying the examples' rows out.
        sims = self._examples_t.weighted_sum(char_features, char_values)
        # The best cosine per subsection; at least 0 (``np.maximum.at`` into zeros gave the same).
        nearest = np.maximum(np.maximum.reduceat(sims, self._example_starts), 0.0) if n else np.zeros(0)
        return np.asarray(values[:n], dtype=float), outside, nearest

    def decision(self, query: str) -> tuple[np.ndarray, float]:
        """(one value per subsection, the «outside the guide» value); higher is more likely."""
        values, outside, _ = self.analyse(query)
        return values, outside

    def coverage(self, query: str) -> float:
        """Share of the question's words the guide's entries know, once normalised (no typo fixes)."""
        return self.vocabulary.coverage(query)
