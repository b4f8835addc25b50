"""``python -m bot.telegram`` (``make telegram``): run the bridge until SIGINT or SIGTERM."""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import sys


def _quiet_loggers() -> None:
    # httpx logs every request URL at INFO, and a Bot API URL contains the bot token.
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.telegram",
                                     description="Telegram-broen til Krisesenterassistenten")
    parser.add_argument("--wait", type=float, default=0,
                        help="sekunder å vente på at Rasa-serveren svarer før broen starter")
    args = parser.parse_args(argv)
    from bot.setup import private_umask

    private_umask()  # its log file and anything else it writes: owner only
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    _quiet_loggers()

    from bot import keys
    from bot.channels.rest_client import wait_ready
    from bot.storage import db, migrate
    from bot.telegram.app import build_application, run
    from bot.telegram.identity import SenderKeyMissing, load_key
    from bot.telegram.settings import SENDER_KEY_FILE, Settings, SettingsError

    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    if not migrate.is_up_to_date():
        print("Databasen er ikke oppdatert. Kjør: ./botctl db upgrade", file=sys.stderr)
        return 2
    # Fail closed on keys (issue 15): never make new ones; refuse when they are missing or do not
    # open the check value set-up stored in the database.
    try:
        keys.verify_database(db.get_engine())
        sender_key = load_key(settings.data_dir / SENDER_KEY_FILE, os.environ.get("TELEGRAM_SENDER_KEY"))
    except (keys.KeysUnavailable, SenderKeyMissing) as exc:
        print(f"Telegram-broen starter ikke: {exc}", file=sys.stderr)
        return 2
    if settings.webhook_url:
        if importlib.util.find_spec("tornado") is None:  # PTB's webhook server
            print("Webhook-modus trenger python-telegram-bot[webhooks] (tornado). Installer det, eller "
                  "fjern TELEGRAM_WEBHOOK_URL for å bruke long polling.", file=sys.stderr)
            return 2
    if args.wait and not wait_ready(settings.rasa_url, timeout=args.wait):
        print(f"Rasa-serveren svarer ikke på {settings.rasa_url}; broen starter likevel og svarer "
              "«får ikke kontakt» til den er oppe.", file=sys.stderr)
    from bot.text.mask import mask_text

    mask_text("0")  # load the spaCy pipeline now, not on the first message
    run(build_application(settings, sender_key), settings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
