"""``botctl staff``: who may use the Telegram channel and the web workspace.

Staff are enrolled with one-time codes (``invite``; ``/start CODE`` in Telegram or the enrolment
form on the workspace's /login redeems one),
listed with ``list`` and cut off with ``revoke``. The code is printed alone on the last line
(CONTRACTS.md §1) so a script can pick it up with ``tail -n1``.
"""

from __future__ import annotations

import argparse
from datetime import timedelta

from bot.admin.cli import CliError, actor, command_group, duration, format_time, require_current_schema, subcommands


def invite(args: argparse.Namespace) -> int:
    from bot.storage import db, invites

    require_current_schema()
    try:
        with db.session_scope() as session:
            created, code = invites.create_invite(session, args.role, args.expires, actor=actor())
    except ValueError:
        raise CliError(f"Ugyldig gyldighet: fra 1 minutt til {invites.MAX_LIFETIME.days} dager.") from None
    print(f"Invitasjon {created.handle} for rolle {created.role}, gyldig til {format_time(created.expires_at)}, "
          "kan brukes én gang.")
    print("Gi koden til den ansatte på en trygg måte. I Telegram skriver hun eller han: /start KODE – "
          "eller registrerer seg med koden på innloggingssiden i arbeidsflaten.")
    print(f"Trekk tilbake med: ./botctl staff revoke {created.handle}")
    print(code)
    return 0


def list_(args: argparse.Namespace) -> int:
    from bot.storage import db, invites, staff_store

    require_current_schema()
    with db.session_scope() as session:
        members = staff_store.list_staff(session, include_inactive=args.all)
        pending = invites.list_invites(session, include_closed=args.all)
        statuses = [invites.status(i) for i in pending]
    if not members:
        print("Ingen ansatte er registrert" + (" (heller ikke deaktiverte)" if args.all else "") + ".")
    else:
        print(f"{'KODE':<18}{'ROLLE':<9}{'AKTIV':<7}{'TELEGRAM-ID':<16}REGISTRERT")
        for member in members:
            telegram = str(member.telegram_user_id) if member.telegram_user_id is not None else "–"
            print(f"{member.display_code:<18}{member.role:<9}{'ja' if member.active else 'nei':<7}"
                  f"{telegram:<16}{format_time(member.created_at)}")
        print(f"{len(members)} ansatt{'e' if len(members) != 1 else ''}.")
    if pending:
        print()
        print(f"{'INVITASJON':<18}{'ROLLE':<9}{'STATUS':<9}GYLDIG TIL")
        for item, state in zip(pending, statuses, strict=True):
            print(f"{item.handle:<18}{item.role:<9}{state:<9}{format_time(item.expires_at)}")
    return 0


def revoke(args: argparse.Namespace) -> int:
    from bot.storage import db, invites, staff_store, web_access
    from bot.storage.models import INVITE_HANDLE_PREFIX

    require_current_schema()
    code = args.code.strip().upper()
    try:
        with db.session_scope() as session:
            if code.startswith(INVITE_HANDLE_PREFIX):
                invites.revoke_invite(session, code, actor=actor())
                message = f"Invitasjon {code} er trukket tilbake og kan ikke brukes."
            else:
                member = staff_store.deactivate_staff(session, code, actor=actor())
                web_access.end_all_sessions(session, member.id)  # signed out of every browser at once
                message = f"Ansatt {member.display_code} er deaktivert og har ikke lenger tilgang."
    except ValueError:
        raise CliError("Ugyldig kode: bruk 2–16 tegn (bokstaver, tall, - eller _).") from None
    except invites.InviteNotFound:
        raise CliError(f"Fant ingen åpen invitasjon {code}.") from None
    except staff_store.StaffNotFound:
        raise CliError(f"Fant ingen ansatt med koden {code}.") from None
    print(message)
    return 0


@command_group("staff", "ansatte som har tilgang via Telegram og arbeidsflaten i nettleseren")
def register(parser: argparse.ArgumentParser) -> None:
    commands = subcommands(parser)
    invite_p = commands.add_parser(
        "invite", help="lag en engangskode for en ny ansatt",
        description="Lager en engangskode. Den ansatte skriver /start KODE til boten i Telegram, eller "
                    "registrerer seg med koden på innloggingssiden i arbeidsflaten (make web). "
                    "Koden står alene på siste linje; bare en hash av den lagres.")
    invite_p.add_argument("--role", choices=("ansatt", "leder"), required=True,
                          help="rolle: ansatt, eller leder (kan også se og eksportere saker i chatten)")
    invite_p.add_argument("--expires", type=duration, default=timedelta(hours=24), metavar="VARIGHET",
                          help="hvor lenge koden gjelder, f.eks. 30m, 24h, 7d (standard: 24h)")
    invite_p.set_defaults(handler=invite)

    list_p = commands.add_parser("list", help="vis ansatte og åpne invitasjoner",
                                 description="Viser registrerte ansatte og invitasjoner som ikke er brukt.")
    list_p.add_argument("--all", action="store_true", help="ta med deaktiverte ansatte og brukte invitasjoner")
    list_p.set_defaults(handler=list_)

    revoke_p = commands.add_parser(
        "revoke", aliases=["remove"], help="fjern tilgangen til en ansatt eller trekk en invitasjon",
        description="Deaktiverer en ansatt (kode S-…) og sletter Telegram-id-en, eller trekker tilbake "
                    "en invitasjon (I-…). Virker med en gang, også midt i en samtale.")
    revoke_p.add_argument("code", metavar="KODE", help="den ansattes kode (S-…) eller invitasjonen (I-…)")
    revoke_p.set_defaults(handler=revoke)
