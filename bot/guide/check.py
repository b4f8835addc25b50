"""Corpus check (``./botctl corpus check``): completeness, sources, examples and copying.

Loading already rejects unknown and duplicate ids; this adds what a complete, traceable corpus
needs: every toc id present, text, example questions and a source on every entry, no copying;
a warning wherever the guide's krisesenterlov paragraphs may be out of date; and, on every
«delvis» entry, a line saying what of the guide it leaves out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from bot import config
from bot.guide.checklists import check_sources, load_checklists
from bot.guide.copycheck import copied_runs
from bot.guide.corpus import MISSING_PREFIX, Corpus, CorpusError, Entry, load_corpus, outside_lines
from bot.guide.toc import Toc, load_toc

MIN_QUESTIONS = 15
MAX_QUESTIONS = 30

# Krisesenterlova was amended with effect from 1 January 2026 (Prop. 122 L (2024–2025); Bufdir's
# «Rundskriv til krisesenterlova (20/2026)»), after the guide was written. Any text citing one of
# its paragraphs must say so on an «Utenfor veilederen» line that links the current act.
# Every way the corpus cites a paragraph: «krisesenterlova § 4», «krisesenterlova (lov 19. juni 2009
# nr. 44) § 4» (a parenthesis between name and paragraph – the form the first pattern missed, issue 15),
# «krisesenterloven, § 3», «krisesenterlova – § 6», «krisesenterlovas § 2», and the paragraph first:
# «§ 4 i krisesenterlova», «§§ 2 og 3 i krisesenterloven».
KRISESENTERLOV_PARAGRAPH = re.compile(
    r"\bkrisesenterlov\w*(?:\s*\([^()\n]{0,120}\))?[\s,:–-]{0,4}§"
    r"|§§?\s*\d+\s*\w?(?:\s*(?:og|,|–|-|til)\s*\d+\s*\w?)*\s+i\s+krisesenterlov", re.I)
LAW_CHANGE_DATE = "1. januar 2026"
LAW_CURRENT_TEXT = "lovdata.no/lov/2009-06-19-44"
# An «Ikke med her: <what> – les … <URL>» line must say what is missing, not only point to the
# page: at least this many words before the pointer (three is the shortest useful phrase, e.g.
# «lista over tiltak»).
MIN_MISSING_WORDS = 3
_POINTER = " – "
_URL = re.compile(r"https?://\S+")
_WORD = re.compile(r"\w+", re.U)


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    thin: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    entries: int = 0
    expected: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and not self.missing


def check_corpus(directory: Path | None = None, toc: Toc | None = None,
                 require_complete: bool = True, sources: list[Path] | None = None) -> CheckReport:
    toc = toc or load_toc()
    report = CheckReport(expected=len(toc.subsection_ids()))
    try:
        corpus: Corpus = load_corpus(directory, toc)
    except CorpusError as exc:
        report.problems.append(str(exc))
        return report
    present = {e.id for e in corpus.entries}
    report.entries = len(present)
    if require_complete:
        report.missing = [i for i in toc.subsection_ids() if i not in present]
    for e in corpus.entries:
        if not e.body.strip():
            report.problems.append(f"{e.id}: mangler tekst")
        if not e.source_url.startswith("http"):
            report.problems.append(f"{e.id}: mangler «kilde: <URL>»")
        if not MIN_QUESTIONS <= len(e.questions) <= MAX_QUESTIONS:
            report.problems.append(
                f"{e.id}: har {len(e.questions)} eksempelspørsmål (skal ha {MIN_QUESTIONS}–{MAX_QUESTIONS})")
        for line in e.outside_lines:
            if "kilde:" not in line:
                report.problems.append(f"{e.id}: «Utenfor veilederen»-linje uten (kilde: URL)")
        if e.coverage == "tynn":
            report.thin.append(e.id)
        report.problems += law_note_problems(e.id, e.body)
        report.problems += missing_line_problems(e)
    for s in corpus.sections:
        report.problems += law_note_problems(f"{s.id} (innledning)", s.intro)
    checklists = (directory or config.corpus_dir()) / "checklists.yml"
    if checklists.exists():
        report.problems += check_sources(load_checklists(checklists), corpus)
    texts = [(e.id, e.body) for e in corpus.entries] + [(s.id, s.intro) for s in corpus.sections]
    for label, run in copied_runs(texts, sources):
        report.problems.append(f"{label}: kopiert tekst: «{run}»")
    return report


def has_law_change_note(text: str) -> bool:
    return any(LAW_CHANGE_DATE in ln and LAW_CURRENT_TEXT in ln for ln in outside_lines(text))


def law_note_problems(label: str, text: str) -> list[str]:
    """A text citing a krisesenterlov paragraph needs the note on the 2026 amendment."""
    if KRISESENTERLOV_PARAGRAPH.search(text) and not has_law_change_note(text):
        return [f"{label}: viser til krisesenterloven § uten «Utenfor veilederen»-linje om at loven er endret "
                f"fra {LAW_CHANGE_DATE} med lenke til gjeldende lov (https://{LAW_CURRENT_TEXT})"]
    return []


def missing_line_problems(entry: Entry) -> list[str]:
    """«delvis» must say what is left out (and where to read it); «full» must not leave anything out."""
    lines = entry.missing_lines
    if entry.coverage == "full" and lines:
        return [f"{entry.id}: dekning «full», men har en «{MISSING_PREFIX}»-linje (skal dekningen være «delvis»?)"]
    if entry.coverage == "delvis" and not lines:
        return [f"{entry.id}: dekning «delvis» uten «{MISSING_PREFIX} … – les hele underavsnittet på <URL>»"]
    problems = []
    for line in lines:
        if not _URL.search(line):
            problems.append(f"{entry.id}: «{MISSING_PREFIX}»-linje uten lenke til siden der resten står")
        what = _URL.sub(" ", line[len(MISSING_PREFIX):]).rsplit(_POINTER, 1)[0]
        if len(_WORD.findall(what)) < MIN_MISSING_WORDS:
            problems.append(f"{entry.id}: «{MISSING_PREFIX}»-linjen sier ikke hva som mangler")
    return problems


def main() -> int:
    report = check_corpus(require_complete=False)
    for p in report.problems:
        print("FEIL:", p)
    print(f"{report.entries} av {report.expected} underavsnitt; {len(report.thin)} tynne")
    return 0 if not report.problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
