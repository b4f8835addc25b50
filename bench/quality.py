"""Search quality on the held-out dev set, beside a plain BM25 baseline over the same corpus.

The baseline indexes unstemmed lower-case words of title and body only (no example questions),
and declines only when no word matches at all: the simplest honest search one could ship.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.guide.bm25 import BM25
from bot.guide.corpus import Corpus
from bot.guide.search import ANSWER, NONE, GuideSearch

DEV_SET = Path(__file__).with_name("dev_set.yml")
_WORD = re.compile(r"\w+", re.U)


@dataclass(frozen=True)
class DevQuestion:
    q: str
    id: str | None
    tags: tuple[str, ...]


def load_dev_set(path: Path = DEV_SET) -> list[DevQuestion]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [DevQuestion(x["q"], x.get("id"), tuple(x.get("tags") or ())) for x in raw["questions"]]


@dataclass(frozen=True)
class Prediction:
    ranked: list[str]
    decision: str


@dataclass
class Scores:
    n_in: int
    n_off: int
    top1: float
    top3: float
    confident_precision: float
    confident_share: float
    offtopic_declined: float
    top1_nynorsk: float
    top1_typo: float
    top1_plain: float


def _share(xs: list[bool]) -> float:
    return sum(xs) / len(xs) if xs else float("nan")


def evaluate(predict: Callable[[str], Prediction], questions: list[DevQuestion]) -> Scores:
    in_guide = [q for q in questions if q.id]
    off = [q for q in questions if not q.id]
    preds = {q.q: predict(q.q) for q in questions}
    top1 = {q.q: bool(preds[q.q].ranked) and preds[q.q].ranked[0] == q.id for q in in_guide}
    confident = [q for q in questions if preds[q.q].decision == ANSWER]
    return Scores(
        n_in=len(in_guide),
        n_off=len(off),
        top1=_share(list(top1.values())),
        top3=_share([q.id in preds[q.q].ranked[:3] for q in in_guide]),
        confident_precision=_share([bool(q.id) and preds[q.q].ranked[0] == q.id for q in confident]),
        confident_share=_share([preds[q.q].decision == ANSWER for q in in_guide]),
        offtopic_declined=_share([preds[q.q].decision == NONE for q in off]),
        top1_nynorsk=_share([top1[q.q] for q in in_guide if "nynorsk" in q.tags]),
        top1_typo=_share([top1[q.q] for q in in_guide if "typo" in q.tags]),
        top1_plain=_share([top1[q.q] for q in in_guide if not {"nynorsk", "typo"} & set(q.tags)]),
    )


def system_predictor(search: GuideSearch) -> Callable[[str], Prediction]:
    def predict(question: str) -> Prediction:
        hits, _ = search.rank(question)
        result = search.search(question)
        return Prediction([h.entry.id for h in hits], result.decision)

    return predict


def baseline_predictor(corpus: Corpus) -> Callable[[str], Prediction]:
    entries = corpus.entries
    index = BM25([_WORD.findall(f"{e.title}\n{e.body}".lower()) for e in entries])

    def predict(question: str) -> Prediction:
        scores = index.scores(_WORD.findall(question.lower()))
        order = sorted(range(len(entries)), key=lambda i: -scores[i])
        ranked = [entries[i].id for i in order[:10]]
        return Prediction(ranked, ANSWER if scores[order[0]] > 0 else NONE)

    return predict
