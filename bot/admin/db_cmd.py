"""``botctl db``: bring the database schema up to date and show its version."""

from __future__ import annotations

import argparse

from bot.admin.cli import CliError, command_group, subcommands


def _where() -> str:
    """The configured database with any password hidden, so output can be pasted safely."""
    from sqlalchemy.engine import make_url

    from bot import config

    return make_url(config.database_url()).render_as_string(hide_password=True)


def upgrade(args: argparse.Namespace) -> int:
    """Set-up (``bot.setup``): private data directory, keys when there are none, migrations, the
    key check value. The only command that creates keys."""
    from bot import keys, setup
    from bot.storage import migrate

    before = migrate.current_revision()
    try:
        created = setup.run(revision=args.revision)
    except keys.KeysUnavailable as exc:
        raise CliError(str(exc)) from None
    for path in created:
        what = ("Nøkkelfil for kryptering av saksdata" if path.name == "keys.json"
                else "Nøkkel for samtale-id-er i Telegram")
        print(f"{what} opprettet: {path} (tilgang 0600). Ta sikkerhetskopi av den, adskilt fra databasen: "
              "uten den kan lagrede data ikke leses eller kobles.")
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
