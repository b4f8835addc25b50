"""Sender ids for Rasa: a keyed hash of the Telegram user id, never the id itself.

Rasa keeps a conversation per sender id (tracker store, logs, drafts). With a keyed hash
(HMAC-SHA256) nothing on the Rasa side can be turned back into a Telegram account, not even by
trying every possible id, without the key. The key comes from ``TELEGRAM_SENDER_KEY`` (needed
when several bridges share one Rasa) or from a file in the data directory, readable by the owner
only, that only set-up (``./botctl db upgrade``) creates: a bridge that made a new one when it was
missing would start every staff member's conversation over and cut saved cases off from theirs.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path

SENDER_PREFIX = "tg-"
_KEY_BYTES = 32
_MIN_ENV_KEY_CHARS = 32


class SenderKeyMissing(ValueError):
    """No sender key: the message tells the person starting the bridge what to do (Norwegian)."""


def load_key(path: Path, env_value: str | None = None) -> bytes:
    """The HMAC key: from the environment when given, else from ``path``; never created here."""
    if env_value:
        if len(env_value) < _MIN_ENV_KEY_CHARS:
            raise SenderKeyMissing(f"TELEGRAM_SENDER_KEY må ha minst {_MIN_ENV_KEY_CHARS} tegn")
        return env_value.encode("utf-8")
    if not path.exists():
        raise SenderKeyMissing(
            f"Nøkkelen for samtale-id-er i Telegram ({path}) finnes ikke. Legg den tilbake fra sikkerhetskopien, "
            "eller – på en ny installasjon – kjør: ./botctl db upgrade")
    os.chmod(path, 0o600)  # tighten a copy restored with looser permissions
    return _read_key(path)


def create_key(path: Path) -> bool:
    """Set-up only: create the key file (0600) when there is none. True when created now."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(_KEY_BYTES) + "\n")
    return True


def _read_key(path: Path) -> bytes:
    # Another bridge may have created the file a moment ago and not yet written it.
    for _ in range(50):
        text = path.read_text(encoding="ascii").strip()
        if len(text) == 2 * _KEY_BYTES:
            return bytes.fromhex(text)
        time.sleep(0.05)
    raise SenderKeyMissing(f"{path} holder ingen gyldig nøkkel. Legg tilbake filen fra sikkerhetskopien (en ny nøkkel "
                           "starter alle samtaler i Rasa på nytt og kobler sakene fra dem).")


def sender_id(key: bytes, telegram_user_id: int) -> str:
    digest = hmac.new(key, f"telegram-user:{telegram_user_id}".encode("ascii"), hashlib.sha256).hexdigest()
    return SENDER_PREFIX + digest[:40]
