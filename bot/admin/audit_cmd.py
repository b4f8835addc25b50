"""``botctl audit``: who listed, viewed, exported, changed or deleted what — codes and ids only."""

from __future__ import annotations

import argparse
import json

from bot.admin.cli import CliError, command_group, format_time, positive_int, require_current_schema

_limit = positive_int("må være større enn 0")


def show(args: argparse.Namespace) -> int:
    from bot.storage import audit_trail, case_export, db

    require_current_schema()
    try:
        with db.session_scope() as session:
            rows = [(e.at, e.actor, e.action, e.case_ref, e.detail) for e in audit_trail.list_audit(
                session, case_ref=args.case, limit=args.limit, actor=args.actor, action=args.action)]
    except ValueError:
        raise CliError(f"Ugyldig saksreferanse: {args.case}") from None
    if args.json:
        print(json.dumps([{"at": case_export.iso(at), "actor": who, "action": what, "case_ref": ref, "detail": detail}
                          for at, who, what, ref, detail in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Ingen hendelser i loggen" + (" for dette utvalget." if args.case or args.actor or args.action else "."))
        return 0
    print(f"{'TIDSPUNKT':<18}{'HVEM':<22}{'HVA':<22}{'SAK':<11}DETALJER")
    for at, who, what, ref, detail in rows:
        details = " ".join(f"{k}={v}" for k, v in detail.items()) if detail else ""
        print(f"{format_time(at):<18}{who:<22}{what:<22}{ref or '–':<11}{details}")
    print(f"{len(rows)} hendelse{'r' if len(rows) != 1 else ''}, nyeste først.")
    return 0


@command_group("audit", "loggen over hvem som har sett, eksportert, endret eller slettet hva")
def register(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Viser revisjonsloggen, nyeste først: tidspunkt, hvem (ansattkode, cli:<bruker> eller "
                          "system), hva, hvilken sak og koder/antall – aldri innhold.")
    parser.add_argument("--case", metavar="REF", help="bare hendelser for denne saken")
    parser.add_argument("--actor", metavar="HVEM", help="bare hendelser fra denne (f.eks. S-7K2Q eller cli:kari)")
    parser.add_argument("--action", metavar="HVA", help="bare denne typen (f.eks. case_viewed, cases_exported)")
    parser.add_argument("--limit", type=_limit, default=50, metavar="N", help="høyst N hendelser (standard 50)")
    parser.add_argument("--json", action="store_true", help="skriv loggen som JSON")
    parser.set_defaults(handler=show)
