"""``botctl corpus`` and ``botctl search``: keep the guide corpus complete and look things up."""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date

from bot.admin.cli import command_group, subcommands

OLD_AFTER_YEARS = 5


def check(args: argparse.Namespace) -> int:
    from bot.guide.check import check_corpus

    report = check_corpus()
    for problem in report.problems:
        print("FEIL:", problem)
    for missing in report.missing:
        print("MANGLER:", missing)
    print(f"{report.entries} av {report.expected} underavsnitt finnes; {len(report.thin)} tynne "
          "(veilederens tekst ikke funnet – se «./botctl corpus stats»).")
    if report.ok:
        print("Korpuset er i orden.")
        return 0
    return 1


def stats(args: argparse.Namespace) -> int:
    from bot.guide.corpus import load_corpus

    corpus = load_corpus()
    entries = corpus.entries
    coverage = Counter(e.coverage for e in entries)
    print(f"Underavsnitt: {len(entries)} av {len(corpus.toc.subsection_ids())} i innholdsfortegnelsen")
    print("Dekning: " + ", ".join(f"{k} {coverage.get(k, 0)}" for k in ("full", "delvis", "tynn")))
    print(f"Eksempelspørsmål: {sum(len(e.questions) for e in entries)} i underavsnittene, "
          f"{sum(len(e.extra_questions) for e in entries)} i examples/ (brukte tilbakeholdte sett), "
          f"{len(corpus.outside_questions)} utenfor veilederen i examples/")
    today = date.today()
    print("\nSeksjoner med ukjent eller gammel «sist faglig oppdatert»-dato:")
    for s in corpus.sections:
        if s.last_updated is None:
            print(f"  ukjent dato   {s.id}")
        elif (today - date.fromisoformat(s.last_updated[:10])).days > 365 * OLD_AFTER_YEARS:
            print(f"  {s.last_updated}    {s.id}")
    if args.thin:
        print("\nTynne underavsnitt (veilederens tekst ikke funnet):")
        for e in entries:
            if e.coverage == "tynn":
                print(f"  {e.id}")
    return 0


def search(args: argparse.Namespace) -> int:
    from bot.guide.search import default_search

    result = default_search().search(" ".join(args.question))
    print(f"Avgjørelse: {result.decision}")
    for hit in result.hits:
        print(f"  {hit.score:.3f}  {hit.entry.id}")
    return 0


def fingerprints(args: argparse.Namespace) -> int:
    """Refresh the copy check's fingerprints from ``shared/guide`` (a maintainer's checkout)."""
    from bot.guide.copycheck import fingerprints_path, source_files, write_fingerprints

    files = source_files()
    missing = [str(f) for f in files if not f.exists()]
    if missing or not files:
        print("Fant ikke kildetekstene (shared/guide): " + ", ".join(missing or ["facts/*.md"]))
        return 1
    count = write_fingerprints(files)
    print(f"{count} fingeravtrykk skrevet til {fingerprints_path()}")
    return 0


@command_group("corpus", "veilederkorpuset: kontroll og oversikt")
def register(parser: argparse.ArgumentParser) -> None:
    commands = subcommands(parser)
    commands.add_parser("check", help="kontroller korpuset mot innholdsfortegnelsen",
                        description="Alle id-er, tekst, eksempelspørsmål, kilder og kopikontroll.").set_defaults(
        handler=check)
    st = commands.add_parser("stats", help="dekning og datoer", description="Viser dekning og gamle datoer.")
    st.add_argument("--thin", action="store_true", help="list tynne underavsnitt")
    st.set_defaults(handler=stats)
    se = commands.add_parser("search", help="vis rangeringen for et spørsmål",
                             description="Viser hvordan søket rangerer underavsnittene for et spørsmål.")
    se.add_argument("question", nargs="+")
    se.set_defaults(handler=search)
    commands.add_parser("fingerprints", help="oppdater kopikontrollens fingeravtrykk fra shared/guide",
                        description="Leser shared/guide og skriver guidance_corpus/source_fingerprints.txt "
                                    "(bare hasher, ingen tekst).").set_defaults(handler=fingerprints)
