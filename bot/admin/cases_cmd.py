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

TRIAGE_LABELS = {
    "contact_mode": "Kontaktform",
    "acute_danger": "Akutt fare",
    "interpreter_needed": "Trenger tolk",
    "language": "Språk",
    "violence_forms": "Voldsformer",
    "perpetrator_relation": "Relasjon til utøver",
    "children_count": "Antall barn",
    "children_with_perpetrator": "Barn hos utøver",
    "help_needed": "Behov for hjelp",
    "going_home": "Velger å dra hjem",
    "escalated": "Volden har eskalert",
    "perpetrator_knows": "Utøver vet om kontakten",
    "police_aware": "Politiet kjenner til saken",
    "children_location": "Hvor barna er",
    "feared_for_life": "Har fryktet for livet",
    "information_given": "Informasjon gitt",
}
SAFETY_LABELS = {
    "escalation": "Eskalering",
    "threats_to_kill": "Drapstrusler",
    "weapon_access": "Tilgang til våpen",
    "strangulation": "Kvelning",
    "sexual_violence": "Seksuell vold",
    "stalking_or_surveillance": "Forfølgelse eller overvåking",
    "breached_restraining_order": "Brudd på besøksforbud",
    "perpetrator_substance_use": "Utøvers rusbruk",
    "perpetrator_mental_health": "Utøvers psykiske helse",
    "children_exposed": "Barn utsatt",
    "recent_separation": "Nylig brudd",
    "honour_related": "Æresrelatert",
    "feared_for_life": "Frykter for livet",
    "red_flags": "Røde flagg",
    "recommended": "Anbefalte tiltak",
}
# Codes are ASCII by contract; show them with Norwegian letters and spaces.
CODE_LABELS = {
    "oppmote": "oppmøte",
    "okonomisk": "økonomisk",
    "aeresrelatert": "æresrelatert",
    "kjonnslemlestelse": "kjønnslemlestelse",
    "besoksforbud": "besøksforbud",
    "digital_sikkerhetssjekk": "digital sikkerhetssjekk",
}


def _code(value: str) -> str:
    return CODE_LABELS.get(value, value.replace("_", " "))


def _value(key: str, value: Any) -> str:
    if value is None:
        return "ikke besvart"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, list):
        if not value:
            return "ingen"
        labels = SAFETY_LABELS if key == "red_flags" else {}
        return ", ".join(labels.get(v, _code(v)) if isinstance(v, str) else str(v) for v in value)
    if isinstance(value, str) and key in ("contact_mode", "perpetrator_relation"):
        return _code(value)
    return str(value)


def _print_section(title: str, values: dict[str, Any], labels: dict[str, str]) -> None:
    print(title)
    width = max(len(labels.get(key, key)) for key in values) + 2
    for key, value in values.items():
        print(f"  {labels.get(key, key) + ':':<{width}}{_value(key, value)}")


def list_(args: argparse.Namespace) -> int:
    from bot.storage import db, repository

    require_current_schema()
    with db.session_scope() as session:
        cases = repository.list_cases(session, limit=args.limit)
        rows = [(c.ref, format_time(c.created_at), c.triage.acute_danger if c.triage else None,
                 len(c.safety.red_flags or []) if c.safety else 0, c.journal_note is not None) for c in cases]
        repository.record_audit(session, "cases_listed", actor=actor(), detail={"count": len(rows)})
    if not rows:
        print("Ingen saker er lagret.")
        return 0
    print(f"{'REFERANSE':<12}{'OPPRETTET':<19}{'AKUTT FARE':<12}{'RØDE FLAGG':<12}JOURNALNOTAT")
    for ref, created, acute, flags, note in rows:
        print(f"{ref:<12}{created:<19}{yes_no(acute):<12}{flags:<12}{yes_no(note)}")
    print(f"{len(rows)} sak{'er' if len(rows) != 1 else ''}, nyeste først.")
    return 0


def show(args: argparse.Namespace) -> int:
    from bot.storage import db, repository

    require_current_schema()
    with db.session_scope() as session:
        case = _find(session, args.ref)
        record = repository.case_dict(case)
        repository.record_audit(session, "case_viewed", actor=actor(), case_ref=case.ref,
                                detail={"format": "json" if args.json else "text"})
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    print(f"Sak {case.ref}")
    print(f"  Opprettet:    {format_time(case.created_at)}")
    print(f"  Sist endret:  {format_time(case.updated_at)}")
    print()
    _print_section("Første samtale", record["triage"], TRIAGE_LABELS)
    print()
    _print_section("Kartlegging av vold og trusler", record["safety"], SAFETY_LABELS)
    print()
    print("Journalnotat")
    print("  " + (record["journal_note"] or "ikke skrevet").replace("\n", "\n  "))
    return 0


def export(args: argparse.Namespace) -> int:
    """Only the JSON array goes to stdout, so the output can be piped straight into a file or jq."""
    from bot.storage import db, repository

    require_current_schema()
    with db.session_scope() as session:
        cases = repository.export_cases(session)
        repository.record_audit(session, "cases_exported", actor=actor(), detail={"count": len(cases)})
    json.dump(cases, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def delete(args: argparse.Namespace) -> int:
    from bot.storage import db, repository

    require_current_schema()
    with db.session_scope() as session:
        ref = _find(session, args.ref).ref
        if not args.yes:
            raise CliError(f"Sletting kan ikke angres. Kjør på nytt med --yes for å slette sak {ref}:\n"
                           f"  ./botctl cases delete {ref} --yes", code=2)
        repository.delete_case(session, ref, actor=actor())
    print(f"Sak {ref} er slettet med alt som var lagret om den, også samtalen den ble registrert i.")
    return 0


def _find(session: Any, ref: str) -> Any:
    from bot.storage import repository

    try:
        case = repository.get_case(session, ref)
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
