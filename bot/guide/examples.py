"""Example questions kept beside the corpus files, one YAML file per origin (``guidance_corpus/examples/``).

The «Spørsmål:» bullets in the section files are the examples written with each entry. Questions
from elsewhere — for instance a held-back bench set that has been measured once and is now spent —
are training data too, but they keep their provenance: each file says where its questions came
from, and each question keeps its author and tags. They teach the ranker exactly as the bullets do
(``Entry.examples``), and the bench's BM25 baselines index them too (``search.entry_documents``).
A question without an ``id`` was written as «not in the guide»: it joins the ranker's «outside
the guide» class (``Corpus.outside_questions``), never the NLU.

File format::

    origin: where the questions came from, and when they became training data
    questions:
    - q: the question
      id: <entry id>           # or null: outside the guide
      also: [<entry id>, ...]  # optional; only ``id`` is learned from
      tags: [nynorsk, ...]     # optional
      author: writer-c         # optional
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

EXAMPLES_DIR = "examples"  # under the corpus directory


@dataclass(frozen=True)
class ExampleQuestion:
    q: str
    id: str | None
    origin: str  # the file's stem
    author: str | None = None
    tags: tuple[str, ...] = ()


def load_examples(directory: Path, skip: Iterable[str] = ()) -> list[ExampleQuestion]:
    """Every question of every ``*.yml`` under ``directory`` (none when it does not exist).

    ``skip``: origins (file stems) to leave out, for a leave-one-writer-out check."""
    skipped = set(skip)
    out: list[ExampleQuestion] = []
    if not directory.is_dir():
        return out
    for path in sorted(directory.glob("*.yml")):
        if path.stem in skipped:
            continue
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in raw.get("questions") or []:
            out.append(ExampleQuestion(str(item["q"]).strip(), item.get("id") or None, path.stem,
                                       item.get("author"), tuple(item.get("tags") or ())))
    return out
