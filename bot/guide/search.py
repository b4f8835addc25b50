"""Rank the guide's subsections for a staff question and decide: answer, clarify or not found.

Two signals are fused (weights and thresholds in ``tuning.py``, chosen on the dev set):

* BM25 over stemmed terms of each subsection's title (twice), body and example questions: exact
  topical words such as «besøksforbud» or «tolk» weigh most here.
* Character n-gram TF-IDF similarity between the question and each subsection's example
  questions and title (best match counts): robust to typos, compounds and nynorsk spellings.

BM25 is relative (its scale depends on the query), so it is normalised by the best score; the
n-gram similarity is absolute and, with the share of the question's words the guide knows at
all, tells whether anything relevant exists. The guide never answers from a weak match.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from bot.guide import tuning
from bot.guide.bm25 import BM25
from bot.guide.corpus import Corpus, Entry, load_corpus
from bot.text import terms

ANSWER = "answer"
CLARIFY = "clarify"
NONE = "none"


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float
    bm25: float = 0.0
    ngram: float = 0.0


@dataclass(frozen=True)
class SearchResult:
    query: str
    decision: str
    hits: list[Hit] = field(default_factory=list)
    coverage: float = 0.0

    @property
    def best(self) -> Hit | None:
        return self.hits[0] if self.hits else None


def _entry_document(entry: Entry) -> str:
    return "\n".join([entry.title, entry.title, entry.section_title, entry.body, *entry.questions])


class GuideSearch:
    """An in-memory index of the corpus; cheap to rebuild, so a corpus edit needs no retraining."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.entries: list[Entry] = corpus.entries
        self._bm25 = BM25([terms(_entry_document(e)) for e in self.entries])
        # One row per example question or title; owner maps each row to its entry.
        texts: list[str] = []
        owner: list[int] = []
        for i, e in enumerate(self.entries):
            for text in (e.title, *e.questions):
                texts.append(text.lower())
                owner.append(i)
        self._owner = np.array(owner)
        self._vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
        self._matrix = self._vectorizer.fit_transform(texts)

    # --- signals -----------------------------------------------------------------------------

    def _ngram_scores(self, query: str) -> np.ndarray:
        sims = (self._matrix @ self._vectorizer.transform([query.lower()]).T).toarray().ravel()
        best = np.zeros(len(self.entries))
        np.maximum.at(best, self._owner, sims)
        return best

    def coverage(self, query_terms: list[str]) -> float:
        """Share of the question's content words that occur anywhere in the guide."""
        if not query_terms:
            return 0.0
        return sum(self._bm25.known(t) for t in query_terms) / len(query_terms)

    # --- ranking -----------------------------------------------------------------------------

    def rank(self, query: str, k: int = 10) -> tuple[list[Hit], float]:
        q_terms = terms(query)
        bm = np.array(self._bm25.scores(q_terms)) if q_terms else np.zeros(len(self.entries))
        bm_norm = bm / bm.max() if bm.max() > 0 else bm
        ng = self._ngram_scores(query)
        fused = tuning.W_BM25 * bm_norm * min(1.0, bm.max() / tuning.BM25_SATURATION) + tuning.W_NGRAM * ng
        order = np.argsort(-fused)[:k]
        hits = [Hit(self.entries[i], float(fused[i]), float(bm[i]), float(ng[i])) for i in order]
        return hits, self.coverage(q_terms)

    def search(self, query: str, out_of_scope_intent: bool = False) -> SearchResult:
        hits, coverage = self.rank(query)
        decision = decide(hits, coverage, out_of_scope_intent)
        if decision == NONE:
            return SearchResult(query, NONE, [], coverage)
        return SearchResult(query, decision, hits[: tuning.MAX_SOURCES], coverage)

    def find_word(self, word: str, k: int = 8) -> list[Hit]:
        """`/sok <ord>`: subsections containing the word (stemmed), best first; no guessing."""
        q_terms = terms(word)
        if not q_terms:
            return []
        scores = self._bm25.scores(q_terms)
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        return [Hit(self.entries[i], scores[i], scores[i]) for i in order[:k] if scores[i] > 0]


def decide(hits: list[Hit], coverage: float, out_of_scope_intent: bool = False) -> str:
    """Answer only when the best match is strong and clearly ahead; decline weak matches."""
    if not hits:
        return NONE
    top = hits[0].score
    second = hits[1].score if len(hits) > 1 else 0.0
    floor = tuning.T_NONE + (tuning.OOS_PENALTY if out_of_scope_intent else 0.0)
    if coverage < tuning.MIN_COVERAGE or top < floor:
        return NONE
    if top >= tuning.T_ANSWER and top - second >= tuning.T_MARGIN:
        return ANSWER
    return CLARIFY


@functools.lru_cache(maxsize=1)
def default_search() -> GuideSearch:
    return GuideSearch(load_corpus())


def reload_default() -> GuideSearch:
    """Re-read the corpus (after an edit) without restarting anything."""
    default_search.cache_clear()
    return default_search()
