"""Top-1 per writer, split by thin and text golds, with each spent set's writer left out of training.

    python -m bench.lowo                 # dev sets + every example file left out in turn
    python -m bench.lowo final5 final6   # only these example files (file stems)
    python -m bench.lowo --no-dev --set path/to/spent.yml   # a spent bench set, as it stands

Why: the dev sets' writers asked about thin subsections (``dekning: tynn``: no guide text, only a
title and example questions) in 49 % of their questions; writer-g (final6) in 1.6 %. One top-1 over
the dev sets cannot show whether the ranker has learned to prefer thin subsections, so this prints
the figure per writer and per kind of gold. For a spent set that became training examples
(``guidance_corpus/examples/<stem>.yml``) the index is rebuilt without that file and asked that
file's questions: leave-one-writer-out, the nearest thing to a new writer the repository holds. The
ranking is the product's own (``GuideSearch.rank`` through ``query_for``), without the decision layer
or routing, beside BM25 over plain words (``quality.baseline_predictor``) on the same index.

In process, no server; one index build per left-out file (about half a minute each).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.quality import (
    DEV_SETS,
    SUBSETS,
    DevQuestion,
    Prediction,
    baseline_predictor,
    load_set,
    processed_baseline_predictor,
    stem_baseline_predictor,
)
from bot import config
from bot.guide.corpus import Corpus, load_corpus
from bot.guide.examples import EXAMPLES_DIR, load_examples
from bot.guide.search import GuideSearch, query_for


@dataclass(frozen=True)
class WriterScore:
    name: str
    n: int
    n_thin: int
    top1: float
    top1_thin: float
    top1_text: float
    bm25: float  # BM25 over plain words
    subsets: dict[str, tuple[float, int]]  # top-1 and count per subset of bench.quality.SUBSETS
    misses: tuple[tuple[DevQuestion, str], ...] = ()  # (question, entry ranked first) for each miss
    bm25_stem: float = float("nan")  # BM25 over Snowball stems without stop words
    bm25_processed: float = float("nan")  # BM25 over the assistant's own normalised stems
    bm25_subsets: dict[str, tuple[float, int]] = field(default_factory=dict)  # strongest BM25 per subset


def _share(xs: Sequence[bool]) -> float:
    return sum(xs) / len(xs) if xs else float("nan")


def _top1(predict: Callable[[str], Prediction], asked: Sequence[DevQuestion]) -> list[bool]:
    return [bool(p.ranked) and q.right(p.ranked[0]) for q in asked for p in [predict(q.q)]]


def measure(name: str, corpus: Corpus, questions: Sequence[DevQuestion]) -> WriterScore:
    """Top-1 of the ranking and of BM25 on the in-guide questions whose gold is an entry (or has one
    in ``also``); a section-level gold no citation can match is left out.

    BM25 comes in the three variants of ``bench.quality`` (plain words, stems, the assistant's own
    normalisation), each over exactly this fold's indexed text, so the margin over the strongest one
    is visible per writer, as the quality bench shows it for the dev sets."""
    search = GuideSearch(corpus)
    known = {e.id: e for e in corpus.entries}
    asked = [q for q in questions if q.id and (q.id in known or any(a in known for a in q.also))]
    thin = [q.id in known and known[q.id].coverage == "tynn" for q in asked]
    ranked = [search.rank(query_for(q.q), k=1)[0][0].entry.id for q in asked]
    right = [q.right(r) for q, r in zip(asked, ranked, strict=True)]
    base = _top1(baseline_predictor(corpus), asked)
    stems = _top1(stem_baseline_predictor(corpus), asked)
    processed = _top1(processed_baseline_predictor(search), asked)
    strongest = max((base, stems, processed), key=_share)
    subsets, bm25_subsets = {}, {}
    for label, chosen in SUBSETS.items():
        picked = [r for q, r in zip(asked, right, strict=True) if chosen(q)]
        subsets[label] = (_share(picked), len(picked))
        picked = [r for q, r in zip(asked, strongest, strict=True) if chosen(q)]
        bm25_subsets[label] = (_share(picked), len(picked))
    misses = tuple((q, r) for q, r, ok in zip(asked, ranked, right, strict=True) if not ok)
    return WriterScore(name, len(asked), sum(thin), _share(right),
                       _share([r for r, t in zip(right, thin, strict=True) if t]),
                       _share([r for r, t in zip(right, thin, strict=True) if not t]), _share(base),
                       subsets, misses, _share(stems), _share(processed), bm25_subsets)


def run(origins: Sequence[str] | None = None, dev: bool = True, sets: Sequence[Path] = ()) -> list[WriterScore]:
    corpus = load_corpus()
    out = [measure(path.name, corpus, load_set(path)) for path in (*(DEV_SETS if dev else ()), *sets)]
    examples = load_examples(config.corpus_dir() / EXAMPLES_DIR)
    for origin in origins or sorted({e.origin for e in examples}):
        mine = [DevQuestion(e.q, e.id, e.tags) for e in examples if e.origin == origin]
        authors = sorted({e.author for e in examples if e.origin == origin and e.author})
        label = f"{origin} uten seg selv" + (f" ({', '.join(authors)})" if authors else "")
        out.append(measure(label, load_corpus(skip_examples=[origin]), mine))
    return out


def render(scores: Sequence[WriterScore]) -> str:
    lines = ["| sett (skribent) | spørsmål | tynt svar | topp-1 | topp-1 tynt | topp-1 med tekst | BM25 ord "
             "| BM25 stammer | BM25 egen normalisering | over sterkeste BM25 |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for s in scores:
        strongest = max(s.bm25, s.bm25_stem, s.bm25_processed)
        lines.append(f"| {s.name} | {s.n} | {s.n_thin / s.n:.0%} | {s.top1:.3f} | {s.top1_thin:.3f} | "
                     f"{s.top1_text:.3f} | {s.bm25:.3f} | {s.bm25_stem:.3f} | {s.bm25_processed:.3f} | "
                     f"{s.top1 - strongest:+.3f} |")
    lines += ["", "Topp-1 per delmengde, i parentes antall og avstanden til sterkeste BM25 i samme sett:", "",
              "| sett (skribent) | " + " | ".join(SUBSETS) + " |", "|---|" + "---|" * len(SUBSETS)]
    for s in scores:
        cells = [(f"{v:.3f} ({n}, {v - s.bm25_subsets[label][0]:+.3f})" if label in s.bm25_subsets
                  else f"{v:.3f} ({n})") if n else "– (0)" for label, (v, n) in s.subsets.items()]
        lines.append(f"| {s.name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def render_misses(scores: Sequence[WriterScore], tag: str) -> str:
    """Each miss of the questions tagged ``tag`` (``english``, ``typo``, …; ``all`` for every miss):
    the question, its gold and what was ranked first — the material for profiling a subset."""
    out = []
    for s in scores:
        for q, got in s.misses:
            if tag == "all" or tag in q.tags:
                out.append(f"[{s.name}] {q.q}\n    gull {q.id}  fikk {got}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Topp-1 per skribent, tynne og fulle svar hver for seg")
    parser.add_argument("origins", nargs="*", help="eksempelfiler (filnavn uten .yml) å holde utenfor én og én")
    parser.add_argument("--no-dev", action="store_true", help="hopp over dev-settene")
    parser.add_argument("--set", dest="sets", type=Path, action="append", default=[],
                        help="et brukt (ikke lenger holdt tilbake) benkesett å måle som det er")
    parser.add_argument("--misses", metavar="TAG", help="skriv bommene for spørsmål med denne taggen (eller «all»)")
    args = parser.parse_args(argv)
    scores = run(args.origins or None, dev=not args.no_dev, sets=args.sets)
    print(render(scores))
    if args.misses:
        print()
        print(render_misses(scores, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
