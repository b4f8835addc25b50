"""``botctl purge``: remove cases, drafts, conversation events and logged guide questions past retention."""

from __future__ import annotations

import argparse
from datetime import datetime, timezone

from bot.admin.cli import CliError, actor, command_group, require_current_schema


def _duration(value: str):
    from bot.config import parse_duration

    try:
        return parse_duration(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def purge(args: argparse.Namespace) -> int:
    from bot import config
    from bot.storage import db, retention

    require_current_schema()
    if args.older_than is None:
        try:
            age = config.retention()
        except ValueError as exc:
            raise CliError(f"KRISE_RETENTION: {exc}") from None
    else:
        age = args.older_than
    cutoff = datetime.now(timezone.utc) - age
    days = age.total_seconds() / 86400
    with db.session_scope() as session:
        result = retention.purge(session, cutoff, actor=actor(), dry_run=not args.yes)
    what = (f"{result.cases} sak{'er' if result.cases != 1 else ''}, {result.drafts} utkast, "
            f"{result.events} samtalehendelser og {result.answers} veilederspørsmål (tilbakemeldingsloggen) "
            f"eldre enn {days:g} døgn")
    if not args.yes:
        print(f"Vil slette {what}. Ingenting er slettet ennå; kjør med --yes for å slette.")
        return 0
    print(f"Slettet {what}.")
    return 0


@command_group("purge", "slett saker, utkast og samtaler som er eldre enn lagringstiden")
def register(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Sletter saker som ikke er endret på lenge (med kartlegging, journalnotat, logg og "
                          "samtale), utkast, lagrede samtalehendelser og veilederspørsmålene i tilbakemeldingsloggen. "
                          "Lagringstiden er KRISE_RETENTION (standard 30d). Uten --yes vises bare hva som ville "
                          "blitt slettet.")
    parser.add_argument("--older-than", type=_duration, metavar="VARIGHET",
                        help="f.eks. 30d, 12h eller 2w (standard: KRISE_RETENTION, ellers 30d)")
    parser.add_argument("--yes", action="store_true", help="slett (uten dette: bare vis antall)")
    parser.set_defaults(handler=purge)
