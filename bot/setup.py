"""Set-up (``./botctl db upgrade``, run by ``make setup``): the one place that creates keys.

In order: the data directory made private (0700, files in it 0600, also when an older version or
a copy left them readable to others), the keys created when there are none (the encryption and
hash keys, and the Telegram bridge's sender key) – but never for a database that already holds
data written with keys that are now missing –, the database migrated, and the key check value
written (or, when one is there, checked: set-up does not go on with keys that do not fit the data).

Servers and the bridge never create keys; they call ``bot.keys.verify_database`` at start-up and
refuse to start when it fails (issue 15: a missing key file used to be replaced silently).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bot import config, keys

DIR_MODE = 0o700
FILE_MODE = 0o600
# The entry points set this umask (scripts, botctl, the bridge, make): new files 0600, folders 0700.
UMASK = 0o077


def private_umask() -> int:
    """Set the process umask to 0077 (returns the old one): every file a server, the bridge or botctl
    creates in the data directory (database, journals, logs, keys) is then readable by the owner only."""
    return os.umask(UMASK)


def secure_data_dir(data_dir: Path | None = None) -> list[Path]:
    """Make the data directory and everything under it private; returns what was tightened.

    Symlinks are left alone (their targets may be anywhere). Build artefacts that live under the
    default ``var/`` (the spaCy pipeline) are tightened too: nothing there needs to be shared.
    """
    root = data_dir or config.data_dir()
    root.mkdir(parents=True, exist_ok=True)
    changed: list[Path] = []
    for path in [root, *root.rglob("*")]:
        try:
            info = path.lstat()
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(info.st_mode):
            continue
        wanted = DIR_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE
        if stat.S_IMODE(info.st_mode) & ~wanted:
            os.chmod(path, stat.S_IMODE(info.st_mode) & wanted)
            changed.append(path)
    return changed


def ensure_keys(data_dir: Path | None = None) -> list[Path]:
    """Create the key files that do not exist yet; returns the ones created now (empty when all were
    there, or the environment holds the keys). ``run`` first makes sure no database holds data
    written with keys that are now missing."""
    from bot.telegram.identity import create_key
    from bot.telegram.settings import SENDER_KEY_FILE

    root = data_dir or config.data_dir()
    created: list[Path] = []
    if keys.create_keyring(root):
        created.append(keys.keys_path(root))
    if not os.environ.get("TELEGRAM_SENDER_KEY") and create_key(root / SENDER_KEY_FILE):
        created.append(root / SENDER_KEY_FILE)
    return created


def _refuse_new_keys(path: Path) -> keys.KeysUnavailable:
    return keys.KeysUnavailable(
        f"Nøkkelfilen {path} mangler, men databasen har allerede data kryptert med en nøkkel. Oppsettet lager "
        "ikke en ny nøkkel for den (da kunne ingenting leses, og nye data ville blitt kryptert med feil "
        "nøkkel). Legg tilbake nøkkelfilen fra sikkerhetskopien og kjør ./botctl db upgrade igjen.")


def _first_encrypted_value(url: str | None) -> str | None:
    """One stored token from any encrypted column this database has (of any revision), or None."""
    from sqlalchemy import inspect, text

    from bot.storage import db
    from bot.storage.rotation import encrypted_columns

    engine = db.make_engine(url)
    try:
        inspector = inspect(engine)
        tables = {name: {c["name"] for c in inspector.get_columns(name)} for name in inspector.get_table_names()}
        with engine.connect() as conn:
            for table, column in [(t.name, c.name) for t, c in encrypted_columns()]:
                if column in tables.get(table, ()):
                    found = conn.execute(text(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL LIMIT 1")
                                         ).scalar()
                    if found is not None:
                        return str(found)
        return None
    finally:
        engine.dispose()


def check_existing_data(url: str | None = None) -> None:
    """Before migrating: the keys must open what is stored already (the check value when there is
    one, else any encrypted value), or set-up would write more under keys that do not fit."""
    from bot.storage import crypto, migrate

    if migrate.current_revision(url) is None:
        return
    try:
        keys.verify_database(_engine(url))
        return
    except keys.KeysDoNotFit:
        raise
    except keys.KeysUnavailable:
        pass  # no check value yet (a schema before 0007): look at the data itself
    token = _first_encrypted_value(url)  # an older schema, without the check value
    if token is not None and token.startswith("gAAAA"):
        try:
            crypto.decrypt(token)
        except crypto.UndecryptableValue:
            raise keys.KeysDoNotFit(
                "Nøklene passer ikke til databasen: de åpner ikke dataene som er lagret. Legg tilbake riktig "
                "nøkkelfil fra sikkerhetskopien og kjør ./botctl db upgrade igjen.") from None


def ensure_key_check(url: str | None = None) -> bool:
    """Write the key check value when the database has none (True), else verify the one there."""
    from sqlalchemy import select

    from bot.storage import db
    from bot.storage.models import KeyCheck

    with db.session_scope(url) as session:
        if session.scalar(select(KeyCheck.id).limit(1)) is None:
            _, digest = keys.check_values()
            session.add(KeyCheck(fernet_check=keys.CHECK_PLAINTEXT.decode("ascii"), hash_check=digest))
            return True
    keys.verify_database(db.get_engine(url))
    return False


def run(url: str | None = None, revision: str = "head") -> list[Path]:
    """The whole set-up; returns the key files created now. Raises ``KeysUnavailable`` when keys are
    missing for data that exists, or the keys that exist do not fit the database."""
    from bot.storage import migrate

    private_umask()
    secure_data_dir()
    path = keys.keys_path()
    if not os.environ.get(keys.KEYS_ENV) and not path.exists() and _first_encrypted_value(url) is not None:
        raise _refuse_new_keys(path)
    created = ensure_keys()
    keys.load_keyring()
    check_existing_data(url)
    migrate.upgrade(url, revision)
    if migrate.current_revision(url) == migrate.head_revision():
        ensure_key_check(url)
    secure_data_dir()
    return created


def _engine(url: str | None):
    from bot.storage import db

    return db.get_engine(url)
