"""Find the guide's subsections for a staff question and decide: answer, clarify or not found.

Ranking is the supervised ``Ranker`` (``ranker.py``); the decision is ``scoring.decide`` over two
calibrated probabilities. ``/sok <ord>`` (``find_word``) is a plain word look-up and uses BM25
over stems instead: there the staff member asks for the word, not for the best guess.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field

import numpy as np

from bot.guide import tuning
from bot.guide.audience import Audience
from bot.guide.bm25 import BM25
from bot.guide.corpus import Corpus, Entry, load_corpus
from bot.guide.medium import material_topic
from bot.guide.ranker import Ranker, boilerplate_lines, outside_examples, training_rows
from bot.guide.scoring import ANSWER, CLARIFY, NONE, Signals, decide, entry_scores, probabilities
from bot.text import stem, terms
from bot.text.glossary import knows_english, phrase_words, with_norwegian_terms
from bot.text.guard import ENGLISH, NORWEGIAN_MARKERS, check_input
from bot.text.normalize import stop_words
from bot.text.situations import with_situation_terms

__all__ = ["ANSWER", "CLARIFY", "NONE", "GuideSearch", "Hit", "SearchResult", "default_search",
           "entry_documents", "query_for"]


SHORT_QUERY_WORDS = 3  # a keyword look-up: one to three words
_WORD = re.compile(r"\w+", re.U)
_LETTERS = re.compile(r"[^\W\d_]+", re.U)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


# English words that say nothing by themselves but mark a look-up as English («safety after moving out»).
_ENGLISH_FUNCTION_WORDS = frozenset(
    "a an the for of to in on at by from after before with without through out up off into about and or etc "
    "is are what "
    # pronouns, auxiliaries and connectives that no Norwegian sentence uses («her», «be», «all», «still», «man»
    # are Norwegian words too and stay out)
    "his him them their our my your its this that these those was were been being has had does did "
    "would could should must might who whom which when where why how not never any some each every "
    "own other very just also only than then there here while during".split())
_NORWEGIAN_LETTERS = re.compile(r"[æøå]", re.I)


def _english_lookup(text: str) -> bool:
    """A short English look-up the input guard does not call English (it needs two marker words):
    no Norwegian marker or letter, and every word but one in three (beyond the third) is an English
    word the glossary knows or an English function word. «threat assessment form» is; «plan for
    oppholdet» is not."""
    ws = [w.lower() for w in _LETTERS.findall(text)]
    if len(ws) < 2 or _NORWEGIAN_LETTERS.search(text) or any(w in NORWEGIAN_MARKERS for w in ws):
        return False
    unknown = sum(not (w in _ENGLISH_FUNCTION_WORDS or knows_english(w)) for w in ws)
    return unknown <= max(0, (len(ws) - 3) // 3)


def _mostly_english(text: str) -> bool:
    """English by its words, where neither rule above sees it: a question with a Norwegian term in it
    («difference between a restraining order (besøksforbud) and a contact ban?»), or a look-up with a
    word the glossary lacks («regular conversations during the stay»). Words of both languages («for»,
    «her», «i», «man») count for neither; English words (function words, the glossary's words and
    phrases; each counted once) must be at least two and three times the Norwegian ones (markers, stop words, words
    with æ/ø/å)."""
    ws = [w.lower() for w in _LETTERS.findall(text)]
    if len(ws) < 2:
        return False
    phrased = {w.lower() for t in phrase_words(text) for w in _LETTERS.findall(t)}
    norwegian_words = NORWEGIAN_MARKERS | stop_words()
    english: set[str] = set()
    norwegian = 0
    for w in ws:
        known = w in _ENGLISH_FUNCTION_WORDS or w in phrased or knows_english(w)
        if _NORWEGIAN_LETTERS.search(w) or (w in norwegian_words and not known):
            norwegian += 1
        elif known and w not in norwegian_words:
            english.add(w)
    return len(english) >= 2 and len(english) >= 3 * norwegian


def query_for(text: str) -> str:
    """What the search is given for a message: an English question gets the Norwegian terms of the
    words it uses (``glossary.py``) added, so it can meet the Norwegian guide; a situation told in
    everyday words («hun har ikke noe sted å bo etterpå») gets the guide's term for it
    (``situations.py``)."""
    english = check_input(text).kind == ENGLISH or _english_lookup(text) or _mostly_english(text)
    return with_situation_terms(with_norwegian_terms(text, english=True) if english else text)


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
        if outside is None:  # the NLU's off-topic examples and the corpus's extra «not in the guide» questions
            outside = outside_examples() + corpus.outside_questions
        self._ranker = Ranker(self.entries, outside)
        documents = entry_documents(self.entries)
        self._words = BM25([terms(doc) for doc in documents])
        # BM25 for the fusion: the same documents, the same normalised stems as the ranker.
        self._bm25 = BM25([self._ranker.stem_text(doc, correct=False) for doc in documents])
        stops = {stem(w) for w in stop_words()}
        self._title_stems = [frozenset(self._ranker.stem_text(e.title, correct=False)) - stops
                             for e in self.entries]
        self._stops = frozenset(stops)
        # Subsections without the guide's text: the fusion gives them a prior (``Signals.thin``).
        self._thin = np.array([e.coverage == "tynn" for e in self.entries], dtype=float)
        self._audience = Audience([e.id for e in self.entries], [e.title for e in self.entries])

    def stem_text(self, text: str, correct: bool = True) -> list[str]:
        """The stems the search sees for a text (``Ranker.stem_text``), also for the bench's BM25."""
        return self._ranker.stem_text(text, correct)

    def title_matches(self, query: str) -> list[int]:
        """Entries whose title shares a content word (normalised stem) with the query."""
        q = set(self._ranker.stem_text(query)) - self._stops
        return [i for i, t in enumerate(self._title_stems) if q & t]

    def signals(self, query: str) -> Signals:
        stems = self._ranker.stem_text(query)  # once, for the ranker and the fusion's BM25
        values, outside, nearest = self._ranker.analyse(query, stems)
        return Signals(values, outside, self._ranker.coverage(query), self._bm25.score_array(stems), nearest,
                       self._thin, off_audience=self._audience.outside(query))

    def rank(self, query: str, k: int = 10) -> tuple[list[Hit], Signals]:
        signals = self.signals(query)
        scores = entry_scores(signals)
        hits = [Hit(self.entries[i], float(scores[i])) for i in signals.order[:k]]
        return hits, signals

    def search(self, query: str) -> SearchResult:
        hits, signals = self.rank(query)
        p_right, p_guide = probabilities(signals)
        decision = decide(p_right, p_guide, t_answer=tuning.T_ANSWER)
        if decision == NONE:
            matches = self.title_matches(query) if word_count(query) <= SHORT_QUERY_WORDS else []
            if not matches:
                return SearchResult(query, NONE, [], p_right, p_guide)
            # A keyword look-up («tolk natt») that names a title: offer those entries, best first,
            # rather than «finner ikke» — the staff member picks.
            scores = entry_scores(signals)
            order = [int(i) for i in signals.order if int(i) in set(matches)][: tuning.MAX_SOURCES]
            return SearchResult(query, CLARIFY, [Hit(self.entries[i], float(scores[i])) for i in order],
                                p_right, p_guide)
        if decision == ANSWER and self.misses_material_topic(query, signals):
            decision = CLARIFY
        return SearchResult(query, decision, hits[: tuning.MAX_SOURCES], p_right, p_guide)

    def misses_material_topic(self, query: str, signals: Signals) -> bool:
        """A look-up for material about a topic («har dere noen brosjyre om voldsalarm?») whose first
        hit lacks the topic's most telling word (the rarest in the guide; a word the guide lacks counts
        as rarest): it matched the kind of material, not the topic, so it is no confident answer."""
        topic = material_topic(query)
        if not topic:
            return False
        stems = [t for t in set(self._ranker.stem_text(topic)) if t not in self._stops]
        if not stems:
            return False
        rarest = max(stems, key=lambda t: (self._bm25.idf.get(t, math.inf), t))
        return not self._bm25.has(rarest, int(signals.order[0]))

    def find_word(self, word: str, k: int = 8) -> list[Hit]:
        """`/sok <ord>`: subsections containing the word (stemmed), best first; no guessing."""
        q_terms = terms(word)
        if not q_terms:
            return []
        scores = self._words.scores(q_terms)
        order = sorted(range(len(scores)), key=lambda i: -scores[i])
        return [Hit(self.entries[i], scores[i]) for i in order[:k] if scores[i] > 0]


_prebuilt: list[GuideSearch] = []


def install_default(search: GuideSearch) -> None:
    """Serve ``search`` as ``default_search()`` from now on: an index built elsewhere (the action
    server builds its own in a child process, ``apart.py``)."""
    _prebuilt[:] = [search]
    default_search.cache_clear()


@functools.lru_cache(maxsize=1)
def default_search() -> GuideSearch:
    return _prebuilt[0] if _prebuilt else GuideSearch(load_corpus())


