"""The assistant's secrets: Fernet keys for case content and the key that hashes conversation ids.

Standard library only, because two processes with different environments read it: the action
server and botctl (``.venv``, which encrypts with these keys) and the Rasa server (``.venv-rasa``,
whose tracker store stores conversation ids only as keyed hashes).

Where the keys come from, first match wins:

- ``KRISE_ENCRYPTION_KEYS`` (Fernet keys, comma-separated, newest first) and ``KRISE_HASH_KEY``
  in the environment — for deployments that keep secrets in a secret store;
- otherwise ``$KRISE_DATA_DIR/secrets/keys.json`` (mode 0600 in a 0700 folder), created with fresh
  random keys the first time anything needs them (``make setup`` does, through ``botctl db upgrade``).

The hash key never rotates: cases find their conversation by ``conversation_key(sender_id)``, and a
new hash key would orphan every link. Fernet keys rotate with ``./botctl keys rotate``.
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

from bot import config

KEYS_ENV = "KRISE_ENCRYPTION_KEYS"
HASH_KEY_ENV = "KRISE_HASH_KEY"
FILE_MODE = 0o600
DIR_MODE = 0o700


class KeysUnavailable(RuntimeError):
    """The keys are missing, unreadable or malformed; the message says what to do (Norwegian)."""


@dataclass(frozen=True)
class Keyring:
    fernet_keys: tuple[str, ...]  # newest first: encrypt with [0], decrypt with any
    hash_key: bytes
    source: str  # "env" or the file path

    @property
    def from_env(self) -> bool:
        return self.source == "env"


def keys_path() -> Path:
    return config.data_dir() / "secrets" / "keys.json"


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


def _write_new(path: Path, keys: tuple[str, ...], hash_key: str, *, replace: bool) -> None:
    """Write the file completely under a temporary name, then link/rename it into place, so no
    reader ever sees half a file and two processes creating it at once agree on one."""
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
                pass
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


_cache: dict[tuple, Keyring] = {}


def load_keyring(create: bool = True) -> Keyring:
    """The current keys. File-based keys are re-read when the file changes, so servers pick up a
    rotation without a restart."""
    env = _from_env()
    if env is not None:
        return env
    path = keys_path()
    if not path.exists():
        if not create:
            raise KeysUnavailable(f"Nøkkelfilen {path} finnes ikke. Kjør: ./botctl db upgrade")
        try:
            _write_new(path, (new_fernet_key(),), base64.urlsafe_b64encode(os.urandom(32)).decode("ascii"),
                       replace=False)
        except OSError as exc:
            raise KeysUnavailable(f"Kan ikke opprette nøkkelfilen {path} ({type(exc).__name__}).") from None
    try:
        stat = path.stat()
    except OSError as exc:
        raise KeysUnavailable(f"Kan ikke lese nøkkelfilen {path} ({type(exc).__name__}).") from None
    marker = (str(path), stat.st_mtime_ns, stat.st_size, stat.st_ino)
    ring = _cache.get(marker)
    if ring is None:
        ring = _parse_file(path)
        _cache.clear()
        _cache[marker] = ring
    return ring


def save_fernet_keys(keys: tuple[str, ...]) -> None:
    """Replace the file's Fernet keys (newest first), keeping its hash key. File-based keys only."""
    ring = load_keyring(create=False)
    if ring.from_env:
        raise KeysUnavailable(f"Nøklene kommer fra {KEYS_ENV}; endre dem der.")
    _write_new(Path(ring.source), tuple(_check_fernet_key(k, "ny nøkkel") for k in keys),
               ring.hash_key.decode("utf-8"), replace=True)


def file_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def conversation_key(sender_id: str) -> str:
    """A keyed hash of a chat's sender id: stable, but useless without the key file, so neither the
    tracker store nor a case ever holds (or lets anyone brute-force) a Telegram id."""
    return hmac.new(load_keyring().hash_key, b"conversation:" + sender_id.encode("utf-8"),
                    hashlib.sha256).hexdigest()
