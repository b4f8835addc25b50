"""Issue 14, round 10 (helper quality9): the leave-one-writer-out bench shows the margin over keyword
search per writer. The phrasings are written for these tests, apart from the guide's example
questions, the example files and the dev sets.

- ``bench.lowo`` measures the three BM25 variants of the quality bench (plain words, stems, the
  assistant's own normalisation) over exactly the text of each fold's index and prints the served
  ranking's margin over the strongest one, per writer and per subset.
"""

import math

from bench.lowo import WriterScore, measure, render
from bench.quality import DevQuestion
from bot.guide.corpus import load_corpus


def _score(**kw) -> WriterScore:
    q = DevQuestion("hvor lenge kan hun bo her?", "a/b", ())
    subsets = {"korte (1–3 ord)": (float("nan"), 0), "engelsk": (0.5, 2), "resten": (0.9, 10)}
    base = dict(name="final9 uten seg selv", n=12, n_thin=1, top1=0.9, top1_thin=1.0, top1_text=0.9, bm25=0.75,
                subsets=subsets, misses=((q, "a/c"),))
    return WriterScore(**{**base, **kw})


def test_lowo_table_shows_every_bm25_variant_and_the_margin_over_the_strongest():
    score = _score(bm25_stem=0.7, bm25_processed=0.8,
                   bm25_subsets={"korte (1–3 ord)": (float("nan"), 0), "engelsk": (0.25, 2), "resten": (0.8, 10)})
    table = render([score])
    header = table.splitlines()[0]
    assert "BM25 stammer" in header and "BM25 egen normalisering" in header and "over sterkeste BM25" in header
    row = table.splitlines()[2]
    # the strongest of 0.75 / 0.70 / 0.80 is the assistant's own normalisation: 0.9 − 0.8
    assert row.endswith("| 0.750 | 0.700 | 0.800 | +0.100 |"), row
    # per subset: top-1, count and the distance to the strongest BM25 on the same questions
    assert "| 0.500 (2, +0.250) | 0.900 (10, +0.100) |" in table


def test_lowo_measures_all_three_bm25_variants_over_the_folds_own_index():
    corpus = load_corpus()
    entry = next(e for e in corpus.entries if e.coverage != "tynn" and len(e.title.split()) >= 3)
    questions = [DevQuestion(entry.title.lower(), entry.id, ()),
                 DevQuestion("hva gjør vi når hun ikke vil snakke med oss om " + entry.title.lower(), entry.id, ())]
    score = measure("egne", corpus, questions)
    assert score.n == 2
    for value in (score.bm25, score.bm25_stem, score.bm25_processed):
        assert not math.isnan(value) and 0.0 <= value <= 1.0
    assert set(score.bm25_subsets) == set(score.subsets)
