"""``botctl db``: bring the database schema up to date and show its version."""

from __future__ import annotations

import argparse
import os

from bot.admin.cli import CliError, command_group, subcommands


def _where() -> str:
    """The configured database with any password hidden, so output can be pasted safely."""
    from sqlalchemy.engine import make_url

    from bot import config

    return make_url(config.database_url()).render_as_string(hide_password=True)


def _ensure_keys() -> None:
    """Set-up creates the encryption key file (0600) here, before anything is encrypted with it."""
    from bot import keys

    existed = bool(os.environ.get(keys.KEYS_ENV)) or keys.keys_path().exists()
    try:
        keys.load_keyring(create=True)
    except keys.KeysUnavailable as exc:
        raise CliError(str(exc)) from None
    if not existed:
        print(f"Nøkkelfil for kryptering av saksdata opprettet: {keys.keys_path()} (tilgang 0600). "
              "Ta sikkerhetskopi av den: uten den kan lagrede saker ikke leses.")


def upgrade(args: argparse.Namespace) -> int:
    from bot.storage import migrate

    _ensure_keys()
    before = migrate.current_revision()
    migrate.upgrade(revision=args.revision)
    after = migrate.current_revision()
    if before == after:
        print(f"Databasen er allerede oppdatert (versjon {after}): {_where()}")
    else:
        print(f"Databasen er oppdatert fra versjon {before or 'ingen'} til {after}: {_where()}")
    return 0


def current(args: argparse.Namespace) -> int:
    from bot.storage import migrate

    revision, head = migrate.current_revision(), migrate.head_revision()
    print(f"Database: {_where()}")
    if revision is None:
        print("Versjon: ingen – databasen er ikke satt opp. Kjør: ./botctl db upgrade")
    elif revision == head:
        print(f"Versjon: {revision} (nyeste)")
    else:
        print(f"Versjon: {revision} (nyeste er {head}). Kjør: ./botctl db upgrade")
    return 0


def _revision(value: str) -> str:
    if not value.strip():
        raise CliError("Oppgi en versjon, for eksempel head.")
    return value.strip()


@command_group("db", "databasen: oppgradering og versjon")
def register(parser: argparse.ArgumentParser) -> None:
    commands = subcommands(parser)
    up = commands.add_parser("upgrade", help="oppgrader databasen til nyeste versjon",
                             description="Oppretter eller oppgraderer tabellene (Alembic-migreringer).")
    up.add_argument("revision", nargs="?", default="head", type=_revision,
                    help="målversjon (standard: head, den nyeste)")
    up.set_defaults(handler=upgrade)
    cur = commands.add_parser("current", help="vis databasens versjon",
                              description="Viser hvilken migrering databasen står på.")
    cur.set_defaults(handler=current)
