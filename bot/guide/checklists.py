"""Checklists (``guidance_corpus/checklists.yml``): the guide's lists, short, with sources.

A tired staff member asks for «sjekkliste ny bolig» rather than a question; these are the lists
the guide itself gives, condensed, each pointing back to the entries it came from.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot import config
from bot.guide.corpus import Corpus
from bot.text import terms
from bot.text.glossary import with_norwegian_terms
from bot.text.regex import compiled


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str
    keywords: tuple[str, ...]
    sources: tuple[str, ...]
    items: tuple[str, ...]


def load_checklists(path: Path | None = None) -> list[Checklist]:
    raw = yaml.safe_load((path or config.corpus_dir() / "checklists.yml").read_text(encoding="utf-8"))
    return [
        Checklist(c["id"], c["title"], tuple(c.get("keywords", [])), tuple(c["sources"]), tuple(c["items"]))
        for c in raw["checklists"]
    ]


@functools.lru_cache(maxsize=1)
def default_checklists() -> tuple[Checklist, ...]:
    return tuple(load_checklists())


def check_sources(checklists: list[Checklist] | tuple[Checklist, ...], corpus: Corpus) -> list[str]:
    return [f"sjekkliste {c.id}: ukjent kilde {s}" for c in checklists for s in c.sources if corpus.entry(s) is None]


def find_checklist(text: str, checklists: tuple[Checklist, ...] | None = None) -> Checklist | None:
    """The checklist whose title/keywords share most stems with the request, if any.

    A stem in the title counts twice: «sjekkliste for kartlegging» is the mapping's list, even though
    the first conversation's list has «innledende kartlegging» among its keywords. English words get
    their Norwegian terms from the glossary («checklist for new housing»); a keyword of two words counts
    when written as one («førstesamtale»).
    """
    checklists = checklists if checklists is not None else default_checklists()
    wanted = set(terms(with_norwegian_terms(text))) - {"sjekklist", "list"}
    if not wanted:
        return None
    letters = compiled(r"\W+").sub("", text.lower())
    best, best_score = None, 0
    for c in checklists:
        title = set(terms(c.title)) - {"sjekklist"}
        vocab = set(terms(" ".join(c.keywords))) | title
        # a keyword written as one word («førstesamtale», «nybolig») counts too
        joined = sum(1 for k in c.keywords if " " in k and compiled(r"\W+").sub("", k.lower()) in letters)
        score = len(wanted & vocab) + len(wanted & title) + joined
        if score > best_score:
            best, best_score = c, score
    return best
