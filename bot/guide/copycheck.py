"""Copy check: no run of N words in the corpus may equal a run in the source material.

The guide text must be in our own words (DEVELOPERS.md); a 12-word shingle match against the
collected facts or the seed document is a reliable sign of copying, and cheap to compute.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from bot import config

DEFAULT_RUN = 12
_WORD = re.compile(r"[\wæøåÆØÅ§]+", re.U)
_URL = re.compile(r"https?://\S+")


def words(text: str) -> list[str]:
    """Lower-case words; URLs are left out (citing the same page twice is not copying)."""
    return [w.lower() for w in _WORD.findall(_URL.sub(" ", text))]


def shingles(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def source_files() -> list[Path]:
    guide = config.shared_dir() / "guide"
    return sorted((guide / "facts").glob("*.md")) + [guide / "seed-krisesenterveileder.txt"]


def copied_runs(texts: Iterable[tuple[str, str]], sources: Iterable[Path] | None = None,
                n: int = DEFAULT_RUN) -> list[tuple[str, str]]:
    """Return ``(label, run)`` for every text in ``texts`` sharing an n-word run with a source."""
    bank: set[tuple[str, ...]] = set()
    for path in sources if sources is not None else source_files():
        bank |= shingles(words(path.read_text(encoding="utf-8")), n)
    hits: list[tuple[str, str]] = []
    for label, text in texts:
        tokens = words(text)
        for i in range(len(tokens) - n + 1):
            run = tuple(tokens[i : i + n])
            if run in bank:
                hits.append((label, " ".join(run)))
                break
    return hits
