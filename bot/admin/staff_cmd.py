"""``botctl staff``: who may use the Telegram channel."""

from __future__ import annotations

import argparse

from bot.admin.cli import CliError, actor, command_group, format_time, positive_int, require_current_schema, subcommands
from bot.storage.vocab import STAFF_ROLES

_positive_int = positive_int("Telegram-id må være et positivt heltall")


def add(args: argparse.Namespace) -> int:
    from bot.storage import db, repository

    require_current_schema()
    try:
        with db.session_scope() as session:
            member = repository.add_staff(session, args.telegram_id, code=args.code, role=args.role,
                                            actor=actor())
    except repository.AlreadyEnrolled:
        raise CliError(f"Telegram-id {args.telegram_id} er allerede registrert.") from None
    except repository.CodeInUse:
        raise CliError(f"Koden {args.code} er allerede i bruk. Velg en annen.") from None
    except ValueError:
        raise CliError("Ugyldig kode: bruk 2–16 tegn (bokstaver, tall, - eller _).") from None
    print(f"Ansatt registrert: kode {member.display_code}, rolle {member.role}, "
          f"Telegram-id {member.telegram_user_id}.")
    return 0


def list_(args: argparse.Namespace) -> int:
    from bot.storage import db, repository

    require_current_schema()
    with db.session_scope() as session:
        members = repository.list_staff(session, include_inactive=args.all)
    if not members:
        print("Ingen ansatte er registrert" + (" (heller ikke deaktiverte)" if args.all else "") + ".")
        return 0
    print(f"{'KODE':<18}{'ROLLE':<9}{'AKTIV':<7}{'TELEGRAM-ID':<16}REGISTRERT")
    for member in members:
        telegram = str(member.telegram_user_id) if member.telegram_user_id is not None else "–"
        print(f"{member.display_code:<18}{member.role:<9}{'ja' if member.active else 'nei':<7}"
              f"{telegram:<16}{format_time(member.created_at)}")
    print(f"{len(members)} ansatt{'e' if len(members) != 1 else ''}.")
    return 0


def remove(args: argparse.Namespace) -> int:
    from bot.storage import db, repository

    require_current_schema()
    try:
        with db.session_scope() as session:
            member = repository.deactivate_staff(session, args.code, actor=actor())
    except ValueError:
        raise CliError("Ugyldig kode: bruk 2–16 tegn (bokstaver, tall, - eller _).") from None
    except repository.StaffNotFound:
        raise CliError(f"Fant ingen ansatt med koden {args.code}.") from None
    print(f"Ansatt {member.display_code} er deaktivert og har ikke lenger tilgang.")
    return 0


@command_group("staff", "ansatte som har tilgang via Telegram")
def register(parser: argparse.ArgumentParser) -> None:
    commands = subcommands(parser)
    add_p = commands.add_parser(
        "add", help="registrer en ansatt",
        description="Gir en Telegram-bruker tilgang. Ingen navn lagres, bare en kode.")
    add_p.add_argument("--telegram-id", type=_positive_int, required=True, metavar="N",
                       help="Telegram-brukerens numeriske id")
    add_p.add_argument("--code", metavar="KODE",
                       help="visningskode (standard: en tilfeldig kode, f.eks. S-7K2Q)")
    add_p.add_argument("--role", choices=STAFF_ROLES, default="ansatt", help="rolle (standard: ansatt)")
    add_p.set_defaults(handler=add)

    list_p = commands.add_parser("list", help="vis registrerte ansatte",
                                 description="Viser registrerte ansatte.")
    list_p.add_argument("--all", action="store_true", help="ta med deaktiverte ansatte")
    list_p.set_defaults(handler=list_)

    remove_p = commands.add_parser("remove", help="fjern tilgangen til en ansatt",
                                   description="Deaktiverer en ansatt og sletter Telegram-id-en.")
    remove_p.add_argument("code", metavar="KODE", help="den ansattes kode")
    remove_p.set_defaults(handler=remove)
