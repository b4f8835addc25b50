"""Find the guide's subsections for a staff question and decide: answer, clarify or not found.

Ranking is the supervised ``Ranker`` (``ranker.py``); the decision is ``scoring.decide`` over two
calibrated probabilities. ``/sok <ord>`` (``find_word``) is a plain word look-up and uses BM25
over stems instead: there the staff member asks for the word, not for the best guess.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from bot.guide import tuning
from bot.guide.bm25 import BM25
from bot.guide.corpus import Corpus, Entry, load_corpus
from bot.guide.ranker import Ranker, boilerplate_lines, outside_examples, training_rows
from bot.guide.scoring import ANSWER, CLARIFY, NONE, Signals, decide, entry_scores, probabilities
from bot.text import terms

__all__ = ["ANSWER", "CLARIFY", "NONE", "GuideSearch", "Hit", "SearchResult", "default_search",
           "entry_documents"]


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float


@dataclass(frozen=True)
class SearchResult:
    query: str
    decision: str
    hits: list[Hit] = field(default_factory=list)
    p_right: float = 0.0
    p_guide: float = 0.0

    @property
    def best(self) -> Hit | None:
        return self.hits[0] if self.hits else None


def entry_documents(entries: list[Entry]) -> list[str]:
    """Exactly the text of each subsection the ranker learns from (the benchmark's BM25 indexes the same)."""
    boilerplate = boilerplate_lines(entries)
    return ["\n".join(training_rows(e, boilerplate)) for e in entries]


class GuideSearch:
    """An in-memory index of the corpus; rebuilt in seconds, so a corpus edit needs no retraining."""

    def __init__(self, corpus: Corpus, outside: list[str] | None = None) -> None:
        self.corpus = corpus
        self.entries: list[Entry] = corpus.entries
        self._ranker = Ranker(self.entries, outside_examples() if outside is None else outside)
        self._words = BM25([terms(doc) for doc in entry_documents(self.entries)])

    def signals(self, query: str) -> Signals:
        values, outside = self._ranker.decision(query)
        return Signals(values, outside, self._ranker.coverage(query))

    def rank(self, query: str, k: int = 10) -> tuple[list[Hit], Signals]:
        signals = self.signals(query)
        scores = entry_scores(signals)
        hits = [Hit(self.entries[i], float(scores[i])) for i in signals.order[:k]]
        return hits, signals

    def search(self, query: str) -> SearchResult:
        hits, signals = self.rank(query)
        p_right, p_guide = probabilities(signals)
        decision = decide(p_right, p_guide)
        if decision == NONE:
            return SearchResult(query, NONE, [], p_right, p_guide)
        return SearchResult(query, decision, hits[: tuning.MAX_SOURCES], p_right, p_guide)

    def find_word(self, word: str, k: int = 8) -> list[Hit]:
        """`/sok <ord>`: subsections containing the word (stemmed), best first; no guessing."""
        q_terms = terms(word)
        if not q_terms:
            return []
        scores = self._words.scores(q_terms)
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        return [Hit(self.entries[i], scores[i]) for i in order[:k] if scores[i] > 0]


@functools.lru_cache(maxsize=1)
def default_search() -> GuideSearch:
    return GuideSearch(load_corpus())


def reload_default() -> GuideSearch:
    """Re-read the corpus (after an edit) without restarting anything."""
    default_search.cache_clear()
    return default_search()
