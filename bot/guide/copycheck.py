"""Copy check: no run of N words in the corpus may equal a run in the source material.

The guide text must be in our own words; a 12-word shingle match against the collected facts or
the seed document is a reliable sign of copying, and cheap to compute.

The source texts live outside the repository (``shared/guide``), which must stand alone. So the
repository keeps only *fingerprints* of their 12-word runs (``source_fingerprints.txt``: short
hashes, no text). ``./botctl corpus fingerprints`` refreshes them when the sources are at hand, and
a test compares the two whenever ``shared/`` exists.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from bot import config

DEFAULT_RUN = 12
_WORD = re.compile(r"[\wæøåÆØÅ§]+", re.U)
_URL = re.compile(r"https?://\S+")
FINGERPRINTS_HEADER = (
    "# 12-word runs of shared/guide/facts/*.md and the seed document, as 16-hex-digit BLAKE2b hashes.\n"
    "# Made by `./botctl corpus fingerprints`; read by the corpus copy check. No source text is kept.\n"
)


def words(text: str) -> list[str]:
    """Lower-case words; URLs are left out (citing the same page twice is not copying)."""
    return [w.lower() for w in _WORD.findall(_URL.sub(" ", text))]


def shingles(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def fingerprint(run: tuple[str, ...]) -> str:
    return hashlib.blake2b(" ".join(run).encode("utf-8"), digest_size=8).hexdigest()


def source_files() -> list[Path]:
    """The source texts in ``shared/guide`` (only a maintainer's checkout has them)."""
    guide = config.shared_dir() / "guide"
    return sorted((guide / "facts").glob("*.md")) + [guide / "seed-krisesenterveileder.txt"]


def fingerprints_path() -> Path:
    return config.corpus_dir() / "source_fingerprints.txt"


def source_fingerprints(sources: Iterable[Path], n: int = DEFAULT_RUN) -> set[str]:
    bank: set[str] = set()
    for path in sources:
        bank |= {fingerprint(run) for run in shingles(words(path.read_text(encoding="utf-8")), n)}
    return bank


def write_fingerprints(sources: Iterable[Path], path: Path | None = None) -> int:
    bank = sorted(source_fingerprints(sources))
    (path or fingerprints_path()).write_text(FINGERPRINTS_HEADER + "\n".join(bank) + "\n", encoding="utf-8")
    return len(bank)


def load_fingerprints(path: Path | None = None) -> set[str]:
    lines = (path or fingerprints_path()).read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def copied_runs(texts: Iterable[tuple[str, str]], sources: Iterable[Path] | None = None,
                n: int = DEFAULT_RUN) -> list[tuple[str, str]]:
    """Return ``(label, run)`` for every text in ``texts`` sharing an n-word run with a source.

    ``sources`` (files) are fingerprinted on the fly; by default the stored fingerprints are used.
    """
    bank = source_fingerprints(sources, n) if sources is not None else load_fingerprints()
    hits: list[tuple[str, str]] = []
    for label, text in texts:
        tokens = words(text)
        for i in range(len(tokens) - n + 1):
            run = tuple(tokens[i : i + n])
            if fingerprint(run) in bank:
                hits.append((label, " ".join(run)))
                break
    return hits
