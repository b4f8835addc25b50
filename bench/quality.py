"""Answer quality on questions written apart from the corpus, beside an honest keyword baseline.

Three systems answer the same questions in the same run:

* the assistant as staff meet it: the served Rasa bot over REST (NLU routing, guide search and
  its answer / clarify / decline decision, CONTRACTS.md §2), one fresh conversation per question;
* the assistant's own ranking without its decision layer (``GuideSearch.rank``), which shows what
  routing and declining cost;
* BM25 over exactly the text the assistant indexes (title, section, body and example questions of
  each subsection, ``search.entry_documents``), on plain lower-case words with nothing tuned: the
  strongest simple method on the same data. It always answers with its best match.

Sets (``bench/sets/``): ``dev.yml`` and ``dev2.yml`` are for tuning; ``final18.yml`` is held back and
read only by ``python -m bench.run --final``, once, at the end of a piece of work. None may be copied
into the corpus or the NLU data. Once a held-back set has been measured it is spent: its questions
may then become training data (``guidance_corpus/examples/``, as final, final2, final3, final4,
final5, final6, final7, final8, final9, final10, final11, final12, final13, final14, final15, final16 and final17
did), and a new held-back set takes its place.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.channels.rest_client import send
from bot.guide.bm25 import BM25
from bot.guide.corpus import Corpus
from bot.guide.ranker import body_lines, boilerplate_lines
from bot.guide.search import ANSWER, CLARIFY, NONE, GuideSearch, entry_documents, query_for
from bot.guide.toc import load_toc
from bot.text import terms

SETS = Path(__file__).with_name("sets")
DEV_SET = SETS / "dev.yml"
DEV2_SET = SETS / "dev2.yml"  # written by writers who saw neither the example questions nor dev.yml
DEV_SETS = (DEV_SET, DEV2_SET)  # tuning reads only these
# Held back. final.yml … final17.yml were measured once each and are now training examples
# (guidance_corpus/examples/); final18.yml is being written by new independent writers and may be absent.
FINAL_SET = SETS / "final18.yml"
FINAL_SETS = (FINAL_SET,)
OTHER = "other"  # the message never reached the guide (routed to a dialogue, a greeting, …)
LONG_WORDS = 15
SHORT_WORDS = 3
_WORD = re.compile(r"\w+", re.U)


@dataclass(frozen=True)
class DevQuestion:
    q: str
    id: str | None
    tags: tuple[str, ...]
    also: tuple[str, ...] = ()  # other subsections that answer the question just as well

    @property
    def long(self) -> bool:
        return len(self.q.split()) >= LONG_WORDS

    @property
    def short(self) -> bool:
        """A keyword look-up: 1–3 words («tolk natt»)."""
        return len(_WORD.findall(self.q)) <= SHORT_WORDS

    def right(self, entry_id: str | None) -> bool:
        return bool(self.id) and (entry_id == self.id or entry_id in self.also)


class SetError(ValueError):
    """A question set names an answer the assistant can never give."""


def load_set(path: Path = DEV_SET, subsection_ids: Iterable[str] | None = None) -> list[DevQuestion]:
    """The questions of one set. Every ``id`` and ``also`` must be a subsection id of the guide
    (``subsection_ids``; by default the toc's): the assistant cites subsections only, so a section id
    or a misspelt one could never be scored right. A writer's slip is caught here, at load, instead
    of being counted as the assistant's miss (final6 held 13 such ids)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    questions = [DevQuestion(x["q"], x.get("id"), tuple(x.get("tags") or ()), tuple(x.get("also") or ()))
                 for x in raw["questions"]]
    known = set(load_toc().subsection_ids() if subsection_ids is None else subsection_ids)
    bad = [(q.q, x) for q in questions for x in ((q.id,) if q.id else ()) + q.also if x not in known]
    if bad:
        shown = "; ".join(f"«{q}» → {x}" for q, x in bad[:5])
        more = f" (og {len(bad) - 5} til)" if len(bad) > 5 else ""
        raise SetError(f"{path.name}: {len(bad)} id-er som ikke er et underavsnitt i veilederen – et avsnitts-id "
                       f"eller en skrivefeil kan aldri bli riktig; gi underavsnittet som svarer, eller fjern "
                       f"spørsmålet: {shown}{more}")
    return questions


def load_sets(paths: Iterable[Path]) -> list[DevQuestion]:
    return [q for path in paths for q in load_set(path)]


@dataclass(frozen=True)
class Prediction:
    ranked: list[str]
    decision: str  # ANSWER, CLARIFY, NONE or OTHER


SPECIAL_TAGS = frozenset({"nynorsk", "typo", "english"})
SUBSETS: dict[str, Callable[[DevQuestion], bool]] = {
    "korte (1–3 ord)": lambda q: q.short,
    "nynorsk": lambda q: "nynorsk" in q.tags,
    "skrivefeil": lambda q: "typo" in q.tags,
    "engelsk": lambda q: "english" in q.tags,
    "lange (≥ 15 ord)": lambda q: q.long,
    "resten": lambda q: not SPECIAL_TAGS & set(q.tags) and not q.short,
}
GAP_SUBSETS = ("korte (1–3 ord)", "nynorsk", "skrivefeil", "engelsk")


@dataclass
class Scores:
    n_in: int
    n_off: int
    top1: float
    top3: float
    confident_share: float
    confident_precision: float
    clarify_share: float
    declined_share: float
    other_share: float
    offtopic_declined: float
    near_declined: float
    subsets: dict[str, tuple[float, int]]


def _share(xs: Iterable[bool]) -> float:
    xs = list(xs)
    return sum(xs) / len(xs) if xs else float("nan")


def score(preds: dict[str, Prediction], questions: list[DevQuestion]) -> Scores:
    in_guide = [q for q in questions if q.id]
    off = [q for q in questions if not q.id]
    top1 = {q.q: bool(preds[q.q].ranked) and q.right(preds[q.q].ranked[0]) for q in in_guide}
    confident = [q for q in questions if preds[q.q].decision == ANSWER]
    subsets = {}
    for name, member in SUBSETS.items():
        chosen = [top1[q.q] for q in in_guide if member(q)]
        subsets[name] = (_share(chosen), len(chosen))
    return Scores(
        n_in=len(in_guide),
        n_off=len(off),
        top1=_share(top1.values()),
        top3=_share(any(q.right(r) for r in preds[q.q].ranked[:3]) for q in in_guide),
        confident_share=_share(preds[q.q].decision == ANSWER for q in in_guide),
        confident_precision=_share(q.right(preds[q.q].ranked[0]) for q in confident),
        clarify_share=_share(preds[q.q].decision == CLARIFY for q in in_guide),
        declined_share=_share(preds[q.q].decision == NONE for q in in_guide),
        other_share=_share(preds[q.q].decision == OTHER for q in in_guide),
        offtopic_declined=_share(preds[q.q].decision in (NONE, OTHER) for q in off),
        near_declined=_share(preds[q.q].decision in (NONE, OTHER) for q in off if "near" in q.tags),
        subsets=subsets,
    )


def evaluate(predict: Callable[[str], Prediction], questions: list[DevQuestion]) -> tuple[Scores, dict]:
    preds = {q.q: predict(q.q) for q in questions}
    return score(preds, questions), preds


# --- the three systems --------------------------------------------------------------------------

def reply_prediction(messages: list[dict]) -> Prediction:
    """Read a REST reply the way CONTRACTS.md §2 defines it: the one message with ``custom.sources``."""
    customs = [m["custom"] for m in messages
               if isinstance(m.get("custom"), dict) and "sources" in m["custom"]]
    if not customs:
        return Prediction([], OTHER)
    sources = customs[0].get("sources") or []
    ids = [str(s["id"]) for s in sources if isinstance(s, dict) and s.get("id") is not None]
    if not ids:
        return Prediction([], NONE)
    return Prediction(ids, CLARIFY if customs[0].get("clarify") else ANSWER)


def served_predictor(url: str) -> Callable[[str], Prediction]:
    """The assistant over REST; every question opens a fresh conversation."""
    run = secrets.token_hex(3)
    counter = iter(range(10**9))

    def predict(question: str) -> Prediction:
        return reply_prediction(send(f"bench-q-{run}-{next(counter)}", question, url=url))

    return predict


def ranking_predictor(search: GuideSearch) -> Callable[[str], Prediction]:
    """The assistant's ranking with no decision layer: it always answers with its best match."""
    def predict(question: str) -> Prediction:
        return Prediction([h.entry.id for h in search.rank(query_for(question))[0]], ANSWER)

    return predict


def _bm25_predictor(entries: list, docs: list[list[str]], analyse: Callable[[str], list[str]]
                    ) -> Callable[[str], Prediction]:
    index = BM25(docs)

    def predict(question: str) -> Prediction:
        scores = index.score_array(analyse(question))
        order = sorted(range(len(entries)), key=lambda i: -scores[i])
        ranked = [entries[i].id for i in order[:10]]
        return Prediction(ranked, ANSWER if scores[order[0]] > 0 else NONE)

    return predict


def baseline_predictor(corpus: Corpus) -> Callable[[str], Prediction]:
    """BM25 over exactly the indexed text, plain lower-case words, default k1/b, no stop words."""
    entries = corpus.entries
    docs = [_WORD.findall(doc.lower()) for doc in entry_documents(entries)]
    return _bm25_predictor(entries, docs, lambda q: _WORD.findall(q.lower()))


def stem_baseline_predictor(corpus: Corpus) -> Callable[[str], Prediction]:
    """BM25 over the same text on plain Snowball stems without stop words (``bot.text.terms``)."""
    entries = corpus.entries
    return _bm25_predictor(entries, [terms(doc) for doc in entry_documents(entries)], terms)


def processed_baseline_predictor(search: GuideSearch) -> Callable[[str], Prediction]:
    """BM25 over the same text with the assistant's own text processing: the English glossary, then
    nynorsk, irregular forms, compounds and typo fixes against the corpus vocabulary, then stems."""
    entries = search.entries
    stem_text = search.stem_text
    docs = [stem_text(doc, correct=False) for doc in entry_documents(entries)]
    return _bm25_predictor(entries, docs, lambda q: stem_text(query_for(q)))


def guide_text_baseline_predictor(search: GuideSearch) -> Callable[[str], Prediction]:
    """BM25 over the guide's own text alone — each subsection's title and text lines, without the
    example questions the assistant also indexes — with the assistant's text processing.

    Not a baseline the ratio is taken against (it indexes less than the assistant does, so it is
    weaker by construction): it answers another question, how far the assistant is above keyword
    search over the guide as written — what the example questions and the classifier add. The
    strongest BM25 over exactly the indexed text stays the baseline of every ratio."""
    entries = search.entries
    stem_text = search.stem_text
    boilerplate = boilerplate_lines(entries)
    docs = [stem_text("\n".join([e.title, *(ln for ln in body_lines(e) if ln not in boilerplate)]), correct=False)
            for e in entries]
    return _bm25_predictor(entries, docs, lambda q: stem_text(query_for(q)))


# --- report -------------------------------------------------------------------------------------

ROWS = (
    ("topp-1 (første kilde riktig)", "top1", "≥ 0.92, ≥ +0.10 over sterkeste BM25"),
    ("topp-3", "top3", "≥ 0.95"),
    ("andel sikre svar (i veilederen)", "confident_share", "≥ 0.85"),
    ("presisjon på sikre svar", "confident_precision", "≥ 0.96"),
    ("andel spør tilbake (i veilederen)", "clarify_share", ""),
    ("andel avvist (i veilederen)", "declined_share", "≤ 0.05"),
    ("andel som ikke nådde søket", "other_share", ""),
    ("utenfor veilederen avvist", "offtopic_declined", "≥ 0.90"),
    ("  herav nesten-treff avvist", "near_declined", ""),
)


def _fmt(value: float) -> str:
    return "   –  " if value != value else f"{value:6.3f}"  # NaN → dash


def report(title: str, columns: list[tuple[str, Scores]]) -> list[str]:
    """A table with one column per system; the ratio is the first column over the strongest BM25
    column (the columns whose name starts with «BM25»; the last column when none does)."""
    first = columns[0][1]
    baselines = [(name, sc) for name, sc in columns if name.startswith("BM25")] or [columns[-1]]
    last_name, last = max(baselines, key=lambda c: c[1].top1)
    lines = [title, "  " + f"{'mål':<36}" + "".join(f"{name:>14}" for name, _ in columns)
             + f"{'forhold':>10}  mål"]
    for label, attr, target in ROWS:
        values = [getattr(s, attr) for _, s in columns]
        ratio = getattr(first, attr) / getattr(last, attr) if getattr(last, attr) else float("nan")
        lines.append("  " + f"{label:<36}" + "".join(f"{_fmt(v):>14}" for v in values)
                     + f"{_fmt(ratio):>9}x  {target}")
    for name in SUBSETS:
        values = [s.subsets[name][0] for _, s in columns]
        n = first.subsets[name][1]
        ratio = first.subsets[name][0] / last.subsets[name][0] if last.subsets[name][0] else float("nan")
        lines.append("  " + f"{'topp-1 ' + name + f' (n={n})':<36}" + "".join(f"{_fmt(v):>14}" for v in values)
                     + f"{_fmt(ratio):>9}x")
    rest = first.subsets["resten"][0]
    gaps = [f"{name} {first.subsets[name][0] - rest:+.3f}" for name in GAP_SUBSETS]
    lines.append("  avstand til resten (mål: innen 0.05): " + ", ".join(gaps))
    lines.append(f"  topp-1 over sterkeste BM25 ({last_name}): {first.top1 - last.top1:+.3f}; "
                 f"forhold-kolonnen er {columns[0][0]} / {last_name}")
    return lines
