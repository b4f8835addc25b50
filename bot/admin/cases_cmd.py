"""``botctl cases``: list, show, export (CONTRACTS.md §4) and delete case records.

Showing and exporting are audited too: who looked at case data matters as much as who wrote it.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.admin.cli import (
    CliError,
    actor,
    command_group,
    format_time,
    positive_int,
    require_current_schema,
    subcommands,
    yes_no,
)


def _print_section(title: str, values: dict[str, Any], labels: dict[str, str]) -> None:
    """The answers, then «Ikke avklart»: every question asked and left unknown, declined or skipped
    (a null that was never asked – a branch not taken – is not listed as unclear)."""
    from bot.dialogue.labels import section

    rows, unclear, unclear_picture = section(values, labels)
    print(title)
    width = max((len(label) for label, _ in rows), default=0) + 2
    for label, text in rows:
        print(f"  {label + ':':<{width}}{text}")
    if unclear:
        print("  Ikke avklart: " + ", ".join(label.lower() for label in unclear) + ".")
    if unclear_picture:
        from bot.dialogue.outcome import UNCLEAR_GUIDE

        print("  Mye av det trusselbildet bygger på, er ikke avklart. " + UNCLEAR_GUIDE)


def _print_text(title: str, text: str | None, empty: str) -> None:
    print(title)
    print("  " + (text or empty).replace("\n", "\n  "))


def list_(args: argparse.Namespace) -> int:
    from bot.storage import audit_trail, case_store, db

    require_current_schema()
    with db.session_scope() as session:
        cases = case_store.list_cases(session, limit=args.limit)
        rows = [(c.ref, format_time(c.created_at), c.triage.acute_danger if c.triage else None,
                 format_time(c.safety_versions[-1].created_at)[:10] if c.safety_versions else None,
                 c.journal_note is not None) for c in cases]
        audit_trail.record_audit(session, "cases_listed", actor=actor(), detail={"count": len(rows)})
    if not rows:
        print("Ingen saker er lagret.")
        return 0
    # No count of flags or risk factors here: a number reads as a score, and unknowns would count as 0.
    print(f"{'REFERANSE':<12}{'OPPRETTET':<19}{'AKUTT FARE':<12}{'KARTLAGT':<12}JOURNALNOTAT")
    for ref, created, acute, mapped, note in rows:
        print(f"{ref:<12}{created:<19}{yes_no(acute):<12}{mapped or 'nei':<12}{yes_no(note)}")
    print(f"{len(rows)} sak{'er' if len(rows) != 1 else ''}, nyeste først.")
    return 0


def show(args: argparse.Namespace) -> int:
    from bot.storage import audit_trail, case_export, db

    require_current_schema()
    with db.session_scope() as session:
        case = _find(session, args.ref)
        record = case_export.case_dict(case)
        audit_trail.record_audit(session, "case_viewed", actor=actor(), case_ref=case.ref,
                                detail={"format": "json" if args.json else "text"})
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    from bot.dialogue.labels import record_labels

    triage_labels, safety_labels, _ = record_labels()
    history = record["safety_history"]
    print(f"Sak {case.ref}")
    print(f"  Opprettet:    {format_time(case.created_at)}")
    print(f"  Sist endret:  {format_time(case.updated_at)}")
    print()
    _print_section("Første samtale", record["triage"], triage_labels)
    print()
    versions = f" (versjon {len(history)} av {len(history)})" if history else " (ingen ennå)"
    _print_section("Kartlegging av vold og trusler" + versions, record["safety"], safety_labels)
    print()
    _print_text("Utkast til sikkerhetsplan", record["safety_plan"], "ikke laget")
    if args.history:
        for n, version in enumerate(history, 1):
            print()
            flags = {k: v for k, v in version.items() if k not in ("created_at", "safety_plan")}
            _print_section(f"Kartlegging versjon {n} – {version['created_at'][:16].replace('T', ' ')} UTC", flags,
                           safety_labels)
            _print_text(f"Sikkerhetsplan versjon {n}", version["safety_plan"], "ikke laget")
    elif len(history) > 1:
        print(f"\n  (Eldre kartlegginger: {len(history) - 1}. Vis alle med «./botctl cases show {case.ref} --history».)")
    print()
    _print_text("Journalnotat", record["journal_note"], "ikke skrevet")
    return 0


def export(args: argparse.Namespace) -> int:
    """Only the JSON array goes to stdout, so the output can be piped straight into a file or jq."""
    from bot.storage import audit_trail, case_export, db

    require_current_schema()
    with db.session_scope() as session:
        cases = case_export.export_cases(session)
        audit_trail.record_audit(session, "cases_exported", actor=actor(), detail={"count": len(cases)})
    json.dump(cases, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def delete(args: argparse.Namespace) -> int:
    from bot.storage import case_store, db

    require_current_schema()
    with db.session_scope() as session:
        ref = _find(session, args.ref).ref
        if not args.yes:
            raise CliError(f"Sletting kan ikke angres. Kjør på nytt med --yes for å slette sak {ref}:\n"
                           f"  ./botctl cases delete {ref} --yes", code=2)
        case_store.delete_case(session, ref, actor=actor())
    print(f"Sak {ref} er slettet med alt som var lagret om den, også samtalen den ble registrert i.")
    return 0


def _find(session: Any, ref: str) -> Any:
    from bot.storage import case_store

    try:
        case = case_store.get_case(session, ref)
    except ValueError:
        case = None
    if case is None:
        raise CliError(f"Fant ingen sak med referansen {ref}.")
    return case


_limit = positive_int("må være større enn 0")


@command_group("cases", "saker: vis, eksporter og slett")
def register(parser: argparse.ArgumentParser) -> None:
    commands = subcommands(parser)
    list_p = commands.add_parser("list", help="vis sakene, nyeste først", description="Viser lagrede saker.")
    list_p.add_argument("--limit", type=_limit, metavar="N", help="vis bare de N nyeste")
    list_p.set_defaults(handler=list_)

    show_p = commands.add_parser("show", help="vis alt som er lagret om en sak",
                                 description="Viser alt som er lagret om en sak.")
    show_p.add_argument("ref", metavar="REF", help="sakens referanse, f.eks. K-7F3Q2A")
    show_p.add_argument("--json", action="store_true", help="vis saken som JSON (samme format som export)")
    show_p.add_argument("--history", action="store_true", help="vis alle versjoner av kartleggingen, eldste først")
    show_p.set_defaults(handler=show)

    export_p = commands.add_parser("export", help="skriv alle saker som JSON til standard ut",
                                   description="Skriver alle saker som en JSON-liste, nyeste først.")
    export_p.set_defaults(handler=export)

    delete_p = commands.add_parser("delete", help="slett en sak og alt som er lagret om den",
                                   description="Sletter saken, kartleggingen, journalnotatet, "
                                               "loggføringene om saken og de lagrede hendelsene i samtalen "
                                               "den ble registrert i. Kan ikke angres.")
    delete_p.add_argument("ref", metavar="REF", help="sakens referanse")
    delete_p.add_argument("--yes", action="store_true", help="bekreft slettingen (påkrevd)")
    delete_p.set_defaults(handler=delete)
