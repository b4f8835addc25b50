"""Load ``guidance_corpus/`` (CONTRACTS.md §3) and validate it against the toc.

The corpus is the only source of answers, so a broken corpus must fail loudly at load time
(unknown or duplicate ids, missing front matter) instead of silently answering less.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot import config
from bot.guide.examples import EXAMPLES_DIR, load_examples
from bot.guide.toc import Toc, TocSection, load_toc, slug

COVERAGE_VALUES = ("full", "delvis", "tynn")
# Line prefixes with a meaning of their own (guidance_corpus/README.md): text that does not come
# from the guide, and what of the guide's subsection a «delvis» entry leaves out.
OUTSIDE_PREFIX = "Utenfor veilederen:"
MISSING_PREFIX = "Ikke med her:"
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_META_LINE = re.compile(r"^(kilde|dekning):\s*(.*)$", re.I)
_QUESTIONS_HEADER = re.compile(r"^spørsmål:\s*$", re.I)
_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")


def outside_lines(text: str) -> list[str]:
    """Lines of ``text`` (an entry body or a section intro) marked as not from the guide."""
    return [ln for ln in text.splitlines() if ln.startswith(OUTSIDE_PREFIX)]


class CorpusError(ValueError):
    """The corpus does not match its contract; the message lists every problem found."""


@dataclass(frozen=True)
class Entry:
    """One subsection of the guide: the unit the bot answers from."""

    id: str
    title: str
    section_id: str
    section_title: str
    chapter_title: str
    chapter_number: int
    url: str
    source_url: str
    last_updated: str | None
    coverage: str
    body: str
    questions: tuple[str, ...]
    file: str
    extra_questions: tuple[str, ...] = ()  # from ``examples/*.yml`` (``bot.guide.examples``)

    @property
    def examples(self) -> tuple[str, ...]:
        """Every example question the ranker learns from: the entry's own, then the extra ones."""
        return self.questions + self.extra_questions

    @property
    def breadcrumb(self) -> str:
        parts = ["Veilederen", self.chapter_title]
        if self.section_title != self.chapter_title:
            parts.append(self.section_title)
        parts.append(self.title)
        return " › ".join(parts)

    @property
    def outside_lines(self) -> list[str]:
        return outside_lines(self.body)

    @property
    def missing_lines(self) -> list[str]:
        """Lines saying which part of the guide's subsection this entry does not cover."""
        return [ln for ln in self.body.splitlines() if ln.startswith(MISSING_PREFIX)]


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    url: str
    last_updated: str | None
    intro: str
    entries: tuple[Entry, ...]
    file: str


@dataclass
class Corpus:
    sections: list[Section]
    toc: Toc
    warnings: list[str] = field(default_factory=list)
    outside_questions: list[str] = field(default_factory=list)  # extra «not in the guide» examples

    @property
    def entries(self) -> list[Entry]:
        return [e for s in self.sections for e in s.entries]

    def entry(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    @functools.cached_property
    def _by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}


def _parse_front_matter(text: str, file: str, errors: list[str]) -> tuple[dict, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        errors.append(f"{file}: mangler YAML front matter (--- ... ---)")
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        errors.append(f"{file}: ugyldig front matter: {exc}")
        return {}, text[match.end():]
    return meta, text[match.end():]


def _split_subsections(body: str) -> tuple[str, list[tuple[str, list[str]]]]:
    intro: list[str] = []
    blocks: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("## "):
            blocks.append((line[3:].strip(), []))
        elif blocks:
            blocks[-1][1].append(line)
        else:
            intro.append(line)
    return "\n".join(intro).strip(), blocks


def _parse_block(lines: list[str]) -> tuple[dict[str, str], str, list[str]]:
    meta: dict[str, str] = {}
    body: list[str] = []
    questions: list[str] = []
    in_questions = False
    for line in lines:
        stripped = line.strip()
        if in_questions:
            bullet = _BULLET.match(line)
            if bullet:
                questions.append(bullet.group(1).strip())
            elif stripped:
                in_questions = False
                body.append(line)
            continue
        if _QUESTIONS_HEADER.match(stripped):
            in_questions = True
            continue
        meta_match = _META_LINE.match(stripped)
        if meta_match and not body:
            meta[meta_match.group(1).lower()] = meta_match.group(2).strip()
            continue
        body.append(line)
    return meta, "\n".join(body).strip(), questions


def _date_or_none(value: object) -> str | None:
    if value in (None, "", "null"):
        return None
    return str(value)


def load_corpus(directory: Path | None = None, toc: Toc | None = None, skip_examples: Iterable[str] = ()) -> Corpus:
    """Parse every section file and check it against the toc; raise CorpusError on any fault.

    The extra example questions under ``examples/`` are attached to their entries (an unknown id is
    an error); ``skip_examples`` leaves out the files with those stems."""
    directory = directory or config.corpus_dir()
    toc = toc or load_toc()
    errors: list[str] = []
    sections: list[Section] = []
    seen_sections: dict[str, str] = {}
    seen_entries: dict[str, str] = {}
    files = sorted(p for p in directory.glob("*.md") if p.name.lower() != "readme.md")
    for path in files:
        file = path.name
        meta, rest = _parse_front_matter(path.read_text(encoding="utf-8"), file, errors)
        if not meta:
            continue
        for key in ("id", "title", "url", "last_updated"):
            if key not in meta:
                errors.append(f"{file}: front matter mangler «{key}»")
        sec_id = str(meta.get("id", ""))
        toc_sec: TocSection | None = toc.section(sec_id)
        if toc_sec is None:
            errors.append(f"{file}: ukjent seksjons-id «{sec_id}» (finnes ikke i toc.yml)")
            continue
        if sec_id in seen_sections:
            errors.append(f"{file}: seksjons-id «{sec_id}» finnes også i {seen_sections[sec_id]}")
            continue
        seen_sections[sec_id] = file
        intro, blocks = _split_subsections(rest)
        known = {sub.id: sub for sub in toc_sec.subsections}
        entries: list[Entry] = []
        for title, lines in blocks:
            entry_id = f"{sec_id}/{slug(title)}"
            if entry_id not in known:
                errors.append(f"{file}: ukjent underavsnitt «{title}» (id {entry_id} finnes ikke i toc.yml)")
                continue
            if entry_id in seen_entries:
                errors.append(f"{file}: underavsnitt-id «{entry_id}» er duplisert")
                continue
            seen_entries[entry_id] = file
            block_meta, body, questions = _parse_block(lines)
            coverage = block_meta.get("dekning", "").lower()
            if coverage and coverage not in COVERAGE_VALUES:
                errors.append(f"{file}: «{title}»: ugyldig dekning «{coverage}»")
            entries.append(
                Entry(
                    id=entry_id,
                    title=known[entry_id].title,
                    section_id=sec_id,
                    section_title=toc_sec.title,
                    chapter_title=toc_sec.chapter_title,
                    chapter_number=toc_sec.chapter_number,
                    url=str(meta.get("url") or toc_sec.url),
                    source_url=block_meta.get("kilde", ""),
                    last_updated=_date_or_none(meta.get("last_updated")),
                    coverage=coverage or "full",
                    body=body,
                    questions=tuple(questions),
                    file=file,
                )
            )
        sections.append(
            Section(
                id=sec_id,
                title=toc_sec.title,
                url=str(meta.get("url") or toc_sec.url),
                last_updated=_date_or_none(meta.get("last_updated")),
                intro=intro,
                entries=tuple(entries),
                file=file,
            )
        )
    extra: dict[str, list[str]] = {}
    outside: list[str] = []
    toc_ids = {sub.id for sec in toc.sections for sub in sec.subsections}
    warnings: list[str] = []
    for ex in load_examples(directory / EXAMPLES_DIR, skip_examples):
        if ex.id is None:
            outside.append(ex.q)
        elif ex.id not in toc_ids:
            errors.append(f"{EXAMPLES_DIR}/{ex.origin}.yml: ukjent underavsnitt-id «{ex.id}»")
        elif ex.id not in seen_entries:  # in the toc, not (yet) in the corpus: the check reports it missing
            warnings.append(f"{EXAMPLES_DIR}/{ex.origin}.yml: «{ex.id}» mangler i korpuset; eksempelet brukes ikke")
        else:
            extra.setdefault(ex.id, []).append(ex.q)
    if errors:
        raise CorpusError("Korpuset er ugyldig:\n- " + "\n- ".join(errors))
    sections = [dataclasses.replace(s, entries=tuple(
        dataclasses.replace(e, extra_questions=tuple(extra.get(e.id, ()))) for e in s.entries)) for s in sections]
    order = {s.id: i for i, s in enumerate(toc.sections)}
    sections.sort(key=lambda s: order[s.id])
    return Corpus(sections=sections, toc=toc, warnings=warnings, outside_questions=outside)
