"""Corpus check (``./botctl corpus check``): completeness, sources, examples and copying.

Loading already rejects unknown and duplicate ids; this adds what a complete, traceable corpus
needs: every toc id present, text, example questions and a source on every entry, no copying.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot import config
from bot.guide.checklists import check_sources, load_checklists
from bot.guide.copycheck import copied_runs
from bot.guide.corpus import Corpus, CorpusError, load_corpus
from bot.guide.toc import Toc, load_toc

MIN_QUESTIONS = 15
MAX_QUESTIONS = 30


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
    checklists = (directory or config.corpus_dir()) / "checklists.yml"
    if checklists.exists():
        report.problems += check_sources(load_checklists(checklists), corpus)
    texts = [(e.id, e.body) for e in corpus.entries] + [(s.id, s.intro) for s in corpus.sections]
    for label, run in copied_runs(texts, sources):
        report.problems.append(f"{label}: kopiert tekst: «{run}»")
    return report


def main() -> int:
    report = check_corpus(require_complete=False)
    for p in report.problems:
        print("FEIL:", p)
    print(f"{report.entries} av {report.expected} underavsnitt; {len(report.thin)} tynne")
    return 0 if not report.problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
