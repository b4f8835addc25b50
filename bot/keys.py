"""The assistant's secrets: Fernet keys for case content and the key that hashes conversation ids.

Standard library only, because two processes with different environments read it: the action
server and botctl (``.venv``, which encrypts with these keys) and the Rasa server (``.venv-rasa``,
whose tracker store stores conversation ids only as keyed hashes).

Where the keys come from, first match wins:

- ``KRISE_ENCRYPTION_KEYS`` (Fernet keys, comma-separated, newest first) and ``KRISE_HASH_KEY``
  in the environment — for deployments that keep secrets in a secret store;
- otherwise ``$KRISE_DATA_DIR/secrets/keys.json`` (mode 0600 in a 0700 folder).

Only set-up creates keys (``create_keyring``, called by ``./botctl db upgrade``, which ``make setup``
runs). Everything else fails closed: a missing or unreadable key file is ``KeysUnavailable``, never
replaced – new keys would leave old data unreadable, encrypt new data under the wrong key and cut
cases off from their conversations. And because a key file can be there but wrong (restored from
another machine, re-created by hand), set-up stores a check value in the database (the ``key_check``
table) and every server and the Telegram bridge call ``verify_database`` at start-up: when the keys do
not open it, they refuse to start with a message that says what to do.

The hash key never rotates: cases find their conversation by ``conversation_key(sender_id)``, and a
new hash key would orphan every link. Fernet keys rotate with ``./botctl keys rotate`` (the check
value is an encrypted column like the others, so it rotates with them).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import config

KEYS_ENV = "KRISE_ENCRYPTION_KEYS"
HASH_KEY_ENV = "KRISE_HASH_KEY"
FILE_MODE = 0o600
DIR_MODE = 0o700


class KeysUnavailable(RuntimeError):
    """The keys are missing, unreadable or malformed; the message says what to do (Norwegian)."""


class KeysDoNotFit(KeysUnavailable):
    """The keys are there but do not open the check value stored in the database."""


@dataclass(frozen=True)
class Keyring:
    fernet_keys: tuple[str, ...]  # newest first: encrypt with [0], decrypt with any
    hash_key: bytes
    source: str  # "env" or the file path

    @property
    def from_env(self) -> bool:
        return self.source == "env"


def keys_path(data_dir: Path | None = None) -> Path:
    return (data_dir or config.data_dir()) / "secrets" / "keys.json"


def new_fernet_key() -> str:
    """Exactly what ``cryptography.fernet.Fernet.generate_key()`` returns (32 random bytes, urlsafe b64)."""
    return base64.urlsafe_b64encode(os.urandom(32)).decode("ascii")


def _check_fernet_key(key: str, where: str) -> str:
    key = key.strip()
    try:
        raw = base64.urlsafe_b64decode(key.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raw = b""
    if len(raw) != 32:
        raise KeysUnavailable(f"Ugyldig krypteringsnøkkel i {where}: forventet en Fernet-nøkkel (32 byte, base64).")
    return key


def _from_env() -> Keyring | None:
    raw = os.environ.get(KEYS_ENV, "").strip()
    if not raw:
        return None
    keys = tuple(_check_fernet_key(k, KEYS_ENV) for k in raw.split(",") if k.strip())
    hash_key = os.environ.get(HASH_KEY_ENV, "").strip()
    if not keys:
        raise KeysUnavailable(f"{KEYS_ENV} er satt, men inneholder ingen nøkler.")
    if len(hash_key) < 32:
        raise KeysUnavailable(f"{KEYS_ENV} er satt, men {HASH_KEY_ENV} mangler eller er kortere enn 32 tegn. "
                        "Sett begge (se README, «Drift og sikkerhet»).")
    return Keyring(keys, hash_key.encode("utf-8"), "env")


def _parse_file(path: Path) -> Keyring:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        keys = tuple(_check_fernet_key(k, str(path)) for k in data["fernet"])
        hash_key = str(data["hash_key"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeysUnavailable(f"Kan ikke lese nøkkelfilen {path} ({type(exc).__name__}).") from None
    if not keys or len(hash_key) < 32:
        raise KeysUnavailable(f"Nøkkelfilen {path} er ufullstendig.")
    return Keyring(keys, hash_key.encode("utf-8"), str(path))


def _write_new(path: Path, keys: tuple[str, ...], hash_key: str, *, replace: bool) -> bool:
    """Write the file completely under a temporary name, then link/rename it into place, so no
    reader ever sees half a file and two processes creating it at once agree on one. Returns
    False when another process's file won."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path.parent, DIR_MODE)
    fd, tmp = tempfile.mkstemp(prefix=".keys-", dir=path.parent)
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"fernet": list(keys), "hash_key": hash_key}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if another process created it first: then theirs wins
            except FileExistsError:
                return False
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return True


_cache: dict[tuple, Keyring] = {}


def load_keyring() -> Keyring:
    """The current keys; never creates them. File-based keys are re-read when the file changes, so
    servers pick up a rotation without a restart."""
    env = _from_env()
    if env is not None:
        return env
    path = keys_path()
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise KeysUnavailable(
            f"Nøkkelfilen {path} finnes ikke. Uten den kan lagrede saker ikke leses, og nye nøkler lages bare ved "
            "oppsett. Legg tilbake nøkkelfilen fra sikkerhetskopien, eller – på en ny installasjon – kjør: "
            "./botctl db upgrade") from None
    except OSError as exc:
        raise KeysUnavailable(f"Kan ikke lese nøkkelfilen {path} ({type(exc).__name__}).") from None
    marker = (str(path), stat.st_mtime_ns, stat.st_size, stat.st_ino)
    ring = _cache.get(marker)
    if ring is None:
        ring = _parse_file(path)
        _cache.clear()
        _cache[marker] = ring
    return ring


def create_keyring(data_dir: Path | None = None) -> bool:
    """Set-up only (``bot.setup``, i.e. ``./botctl db upgrade``): create the key file when there is
    none and the environment holds no keys. Returns whether it was created now."""
    path = keys_path(data_dir)
    if _from_env() is not None or path.exists():
        return False
    try:
        return _write_new(path, (new_fernet_key(),), base64.urlsafe_b64encode(os.urandom(32)).decode("ascii"),
                          replace=False)
    except OSError as exc:
        raise KeysUnavailable(f"Kan ikke opprette nøkkelfilen {path} ({type(exc).__name__}).") from None


def save_fernet_keys(keys: tuple[str, ...]) -> None:
    """Replace the file's Fernet keys (newest first), keeping its hash key. File-based keys only."""
    ring = load_keyring()
    if ring.from_env:
        raise KeysUnavailable(f"Nøklene kommer fra {KEYS_ENV}; endre dem der.")
    _write_new(Path(ring.source), tuple(_check_fernet_key(k, "ny nøkkel") for k in keys),
               ring.hash_key.decode("utf-8"), replace=True)


def file_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def keyed_digest(label: bytes, value: str) -> str:
    """HMAC-SHA256 under the hash key, hex; ``label`` keeps the uses apart (a conversation key can
    never equal a feedback token's hash)."""
    return hmac.new(load_keyring().hash_key, label + value.encode("utf-8"), hashlib.sha256).hexdigest()


def conversation_key(sender_id: str) -> str:
    """A keyed hash of a chat's sender id: stable, but useless without the key file, so neither the
    tracker store nor a case ever holds (or lets anyone brute-force) a Telegram id."""
    return keyed_digest(b"conversation:", sender_id)


# --- the check value: do these keys belong to this database? ------------------------------------

CHECK_PLAINTEXT = b"krisesenterassistenten:key-check:v1"
_CHECK_LABEL = b"key-check:"
CHECK_TABLE = "key_check"


def check_values(ring: Keyring | None = None) -> tuple[str, str]:
    """(Fernet token of a fixed text, keyed hash of a fixed text): what set-up stores in
    ``key_check``, so a start-up can tell whether its keys are the ones the data was written with."""
    from cryptography.fernet import Fernet  # in both environments; imported late, as the rest is stdlib

    ring = ring or load_keyring()
    token = Fernet(ring.fernet_keys[0]).encrypt(CHECK_PLAINTEXT).decode("ascii")
    return token, hmac.new(ring.hash_key, _CHECK_LABEL + CHECK_PLAINTEXT, hashlib.sha256).hexdigest()


def verify_check(fernet_token: str, hash_check: str, ring: Keyring | None = None) -> None:
    """Raise ``KeysUnavailable`` (Norwegian, saying what to do) unless these keys open the stored check."""
    from cryptography.fernet import Fernet, InvalidToken, MultiFernet

    ring = ring or load_keyring()
    where = f"i {KEYS_ENV}/{HASH_KEY_ENV}" if ring.from_env else f"i {ring.source}"
    advice = ("Har nøkkelfilen blitt slettet og laget på nytt, eller kommer den fra en annen installasjon? Legg "
              "tilbake riktig nøkkelfil fra sikkerhetskopien og start på nytt. Ingenting er startet, så ingenting "
              "er skrevet med feil nøkkel.")
    try:
        opened = MultiFernet([Fernet(k) for k in ring.fernet_keys]).decrypt(str(fernet_token).encode("ascii"))
    except (InvalidToken, UnicodeEncodeError, ValueError):
        opened = b""
    if opened != CHECK_PLAINTEXT:
        raise KeysDoNotFit(f"Krypteringsnøklene {where} passer ikke til databasen: de åpner ikke "
                              f"kontrollverdien som ble lagret ved oppsett. {advice}")
    expected = hmac.new(ring.hash_key, _CHECK_LABEL + CHECK_PLAINTEXT, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, str(hash_check)):
        raise KeysDoNotFit(f"Hash-nøkkelen {where} passer ikke til databasen (samtalene ville mistet koblingen "
                              f"til sakene sine). {advice}")


def verify_database(engine: Any) -> Keyring:
    """The start-up check every server and the bridge run: the keys exist and open the check value
    stored in this database (a SQLAlchemy 1.4 or 2.0 engine). Raises ``KeysUnavailable``."""
    ring = load_keyring()
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql(f"SELECT fernet_check, hash_check FROM {CHECK_TABLE}").fetchall()
    except Exception as exc:  # noqa: BLE001 - no table (an old schema), database down: cannot verify
        raise KeysUnavailable(f"Kan ikke lese nøkkelkontrollen i databasen ({type(exc).__name__}). Er databasen "
                              "oppe og oppdatert? Kjør: ./botctl db upgrade") from None
    if not rows:
        raise KeysUnavailable("Databasen har ingen nøkkelkontroll ennå. Kjør: ./botctl db upgrade")
    verify_check(rows[0][0], rows[0][1], ring)
    return ring
