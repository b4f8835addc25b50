"""The guide's table of contents (``guidance_corpus/toc.yml``, a copy of ``shared/guide/toc.yml``): the
single authority on ids.

Every id the bot cites must come from here, so the corpus loader validates against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot import config

_TRANSLATE = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})


def slug(title: str) -> str:
    """The toc's ``id_rule``: lower case, æøå folded, other runs become one '-'."""
    text = title.lower().translate(_TRANSLATE)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@dataclass(frozen=True)
class TocSubsection:
    id: str
    title: str


@dataclass(frozen=True)
class TocSection:
    id: str
    title: str
    url: str
    last_updated: str | None
    in_seed: bool
    chapter_id: str
    chapter_title: str
    chapter_number: int
    subsections: tuple[TocSubsection, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class TocChapter:
    id: str
    number: int
    title: str
    sections: tuple[TocSection, ...]


@dataclass(frozen=True)
class Toc:
    chapters: tuple[TocChapter, ...]

    @property
    def sections(self) -> list[TocSection]:
        return [s for c in self.chapters for s in c.sections]

    def section(self, section_id: str) -> TocSection | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def subsection_ids(self) -> list[str]:
        return [sub.id for s in self.sections for sub in s.subsections]


def load_toc(path: Path | None = None) -> Toc:
    raw = yaml.safe_load((path or config.toc_path()).read_text(encoding="utf-8"))
    chapters = []
    for ch in raw["chapters"]:
        sections = []
        for sec in ch["sections"]:
            last = sec.get("last_updated")
            sections.append(
                TocSection(
                    id=sec["id"],
                    title=sec["title"],
                    url=sec["url"],
                    last_updated=str(last) if last else None,
                    in_seed=bool(sec.get("in_seed", False)),
                    chapter_id=ch["id"],
                    chapter_title=ch["title"],
                    chapter_number=int(ch["number"]),
                    subsections=tuple(
                        TocSubsection(id=sub["id"], title=sub["title"])
                        for sub in sec.get("subsections", [])
                    ),
                )
            )
        chapters.append(
            TocChapter(id=ch["id"], number=int(ch["number"]), title=ch["title"], sections=tuple(sections))
        )
    return Toc(chapters=tuple(chapters))
