"""``./botctl``: a small registry of command groups plus the shared entry point.

Command groups live in ``bot/admin/*_cmd.py`` and register themselves with ``@command_group``;
every such module is imported automatically, so adding a group (``corpus``, ``search``...) means
adding one file and editing nothing here. Keep heavy imports inside handlers so one slow or broken
group never delays or breaks the others.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PROG = "botctl"

Handler = Callable[[argparse.Namespace], int | None]
Registrar = Callable[[argparse.ArgumentParser], None]


class CliError(Exception):
    """A message for the user (Norwegian), printed to stderr; ``code`` becomes the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class CommandGroup:
    name: str
    help: str
    register: Registrar


_GROUPS: dict[str, CommandGroup] = {}


def positive_int(error: str) -> Callable[[str], int]:
    """An argparse ``type`` for whole numbers above zero, with a Norwegian message when not."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} er ikke et heltall") from None
        if number <= 0:
            raise argparse.ArgumentTypeError(error)
        return number

    return parse


_DURATION_UNITS = {"m": 60, "min": 60, "t": 3600, "h": 3600, "d": 86400, "u": 604800, "w": 604800}


def duration(value: str) -> timedelta:
    """An argparse ``type`` for spans such as ``30d``, ``24h``, ``2u`` (weeks) or ``90min``."""
    text = value.strip().lower()
    number = text.rstrip("abcdefghijklmnopqrstuvwxyzæøå")
    unit = text[len(number):] or "d"
    if not number.isdigit() or unit not in _DURATION_UNITS or int(number) <= 0:
        raise argparse.ArgumentTypeError(
            f"{value!r} er ikke en varighet; skriv f.eks. 30d (dager), 24h (timer), 2u (uker) eller 90min")
    return timedelta(seconds=int(number) * _DURATION_UNITS[unit])


def command_group(name: str, help: str) -> Callable[[Registrar], Registrar]:
    """Register ``register(parser)``, which adds the group's subcommands (or arguments) to
    ``parser`` and sets ``handler`` on each with ``set_defaults(handler=...)``."""

    def decorator(register: Registrar) -> Registrar:
        existing = _GROUPS.get(name)
        if existing is not None and existing.register is not register:
            raise ValueError(f"botctl command group {name!r} is registered twice")
        _GROUPS[name] = CommandGroup(name, help, register)
        return register

    return decorator


def subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """Subcommand container with Norwegian labels, for use inside a registrar."""
    return parser.add_subparsers(title="kommandoer", metavar="KOMMANDO")


def load_command_modules() -> None:
    """Import every ``bot.admin.*_cmd`` module so its groups register themselves."""
    import bot.admin as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if not info.name.endswith("_cmd"):
            continue
        module = f"{package.__name__}.{info.name}"
        try:
            importlib.import_module(module)
        except Exception as exc:  # one broken group must not lock staff out of the others
            print(f"Advarsel: kunne ikke laste {module} ({type(exc).__name__}: {exc}).", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    load_command_modules()
    parser = argparse.ArgumentParser(
        prog=PROG, description="Administrasjon av Krisesenterassistenten: saker, ansatte og database.")
    parser.set_defaults(handler=None, _parser=parser)
    groups = parser.add_subparsers(title="kommandogrupper", metavar="GRUPPE")
    for group in _GROUPS.values():
        sub = groups.add_parser(group.name, help=group.help, description=group.help)
        sub.set_defaults(handler=None, _parser=sub)
        group.register(sub)
    return parser


# argparse's own words, so that help and usage errors read in Norwegian as well.
_ARGPARSE_NB = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "optional arguments": "valg",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldig valg: %(value)r (velg blant %(choices)s)",
    "invalid %(type)s value: %(value)r": "ugyldig verdi: %(value)r",
    "expected one argument": "forventet én verdi",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig valg: %(option)s kan bety %(matches)s",
}


@contextmanager
def _norwegian_argparse() -> Iterator[None]:
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: _ARGPARSE_NB.get(text, original(text))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command; returns the exit status."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.setup import private_umask

    private_umask()  # also when run without ./botctl: what it writes is the owner's only

    with _norwegian_argparse():
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help or a usage error: argparse has already printed
            return exc.code if isinstance(exc.code, int) else 2
        if args.handler is None:
            args._parser.print_help(sys.stderr)
            return 2
    try:
        return args.handler(args) or 0
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except (SQLAlchemyError, OSError) as exc:
        # Only the class name: driver messages can echo the values that were being written.
        from bot import errors

        kind = errors.classify(exc)
        hint = {errors.STORAGE_FULL: "Lagringsplassen er full: frigjør plass på disken og prøv igjen.",
                errors.STORAGE_READONLY: "Databasen (eller disken) er skrivebeskyttet: sjekk monteringen og "
                                         "tilgangene til datakatalogen.",
                errors.DATABASE: "Sjekk DATABASE_URL og at databasen kjører, og kjør ./botctl db upgrade.",
                }.get(kind, "Sjekk DATABASE_URL og kjør ./botctl db upgrade.")
        print(f"Databasefeil ({type(exc).__name__}). {hint}", file=sys.stderr)
        return 1
    except Exception as exc:
        from bot import errors
        from bot.keys import KeysUnavailable

        if isinstance(exc, KeysUnavailable):
            print(str(exc), file=sys.stderr)
            return 1
        if errors.classify(exc) == errors.KEYS:
            print("Lagrede saksdata kan ikke dekrypteres med nøklene som er satt opp (feil nøkkelfil eller "
                  "KRISE_ENCRYPTION_KEYS?).", file=sys.stderr)
            return 1
        raise
    except KeyboardInterrupt:
        print("Avbrutt.", file=sys.stderr)
        return 130


# --- helpers shared by the command modules ------------------------------------------------------

def actor() -> str:
    """Who runs this command, for the audit log: the operating-system login as ``cli:<login>``, and
    with ``KRISE_ACTOR`` (a staff code) the staff member too: ``S-7K2Q/cli:<login>``.

    ``KRISE_ACTOR`` must name an active staff member; it is checked through ``bot.access.decide``,
    and an unknown code, a revoked one or a check that cannot be made refuses the command (an audit
    log that takes any name is no audit log)."""
    import getpass
    import os
    import re

    from bot import access
    from bot.storage import vocab

    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = "ukjent"
    login = re.sub(r"[^a-z0-9_.-]", "_", login.lower())[:32] or "ukjent"
    if not re.match(r"[a-z_]", login):
        login = "_" + login[:31]
    os_account = vocab.CLI_ACTOR_PREFIX + login
    explicit = os.environ.get("KRISE_ACTOR", "").strip()
    if not explicit:
        return os_account
    try:
        code = vocab.normalise_staff_code(explicit)
    except ValueError:
        raise CliError("KRISE_ACTOR må være koden til en aktiv ansatt (f.eks. S-7K2Q).") from None
    decision = access.decide(access.USE, staff_code=code)
    if decision.outcome == access.FAILED:
        raise CliError("KRISE_ACTOR kan ikke sjekkes akkurat nå (databasen svarer ikke); ingenting er gjort.")
    if decision.staff is None:
        raise CliError(f"KRISE_ACTOR={code}: ingen aktiv ansatt har den koden (./botctl staff list).")
    return vocab.check_actor(f"{decision.staff.code}/{os_account}")


def require_current_schema() -> None:
    """Fail with a hint instead of a 'no such table' error when migrations have not run."""
    from bot.storage import migrate

    current, head = migrate.current_revision(), migrate.head_revision()
    if current is None:
        raise CliError("Databasen er ikke satt opp ennå. Kjør: ./botctl db upgrade")
    if current != head:
        raise CliError(f"Databasen har versjon {current}, men nyeste er {head}. Kjør: ./botctl db upgrade")


def _local_zone() -> ZoneInfo | None:
    try:
        return ZoneInfo("Europe/Oslo")
    except ZoneInfoNotFoundError:
        return None


def format_time(value: datetime) -> str:
    """Norwegian local time for people reading the terminal (exports stay in UTC)."""
    zone = _local_zone()
    if zone is None:
        return value.strftime("%d.%m.%Y %H:%M UTC")
    return value.astimezone(zone).strftime("%d.%m.%Y %H:%M")


def yes_no(value: bool | None) -> str:
    return {True: "ja", False: "nei", None: "–"}[value]


if __name__ == "__main__":
    # Run through the imported module, not ``__main__``: the command modules register with it.
    from bot.admin import cli as _cli

    raise SystemExit(_cli.main())
