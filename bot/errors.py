"""What went wrong, in words a night-shift user can act on, and a log line without personal data.

Used by the one error wrapper every action goes through (``actions/base.py``), so the same fault
gets the same Norwegian reply wherever it happens. Exception messages are read only to tell a
locked or full database from a down one; they are never logged or shown, because driver and
validation messages can echo the values that were being written.
"""

from __future__ import annotations

import errno
import traceback

DATABASE = "database_unavailable"
STORAGE_FULL = "storage_full"
STORAGE_READONLY = "storage_readonly"
KEYS = "keys_unavailable"
GUIDE = "guide_unavailable"
INTERNAL = "internal"

SAFETY_LINE = "Er noen i fare akkurat nå: ring 112."
KEPT = "Svarene du har gitt står fortsatt i samtalen."
REPLIES = {
    DATABASE: f"Beklager, databasen svarer ikke eller er opptatt akkurat nå, så dette ble ikke lagret. {KEPT} "
              "Prøv igjen om litt.",
    STORAGE_FULL: f"Beklager, lagringsplassen er full, så ingenting kan lagres nå. {KEPT} Si fra til den som "
                  "drifter assistenten: disken er full.",
    STORAGE_READONLY: f"Beklager, lagringen er skrivebeskyttet, så ingenting kan lagres nå. {KEPT} Si fra til den "
                      "som drifter assistenten: databasen kan bare leses.",
    KEYS: f"Beklager, krypteringsnøkkelen mangler eller passer ikke, så saksdata kan ikke lagres eller leses. {KEPT} "
          "Si fra til den som drifter assistenten.",
    GUIDE: f"Beklager, veilederen er ikke tilgjengelig akkurat nå. Prøv igjen om litt. {SAFETY_LINE}",
    INTERNAL: f"Beklager, noe gikk galt her. Prøv igjen, eller skriv «hjelp». {SAFETY_LINE}",
}


def _message(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).lower()


def classify(exc: BaseException) -> str:
    """One of the codes above."""
    from sqlalchemy import exc as sa_exc

    from bot.guide.corpus import CorpusError
    from bot.keys import KeysUnavailable

    if isinstance(exc, KeysUnavailable) or type(exc).__name__ == "UndecryptableValue":
        return KEYS
    if isinstance(exc, CorpusError):
        return GUIDE
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return STORAGE_FULL
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return STORAGE_READONLY
    if isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.DisconnectionError,
                        sa_exc.TimeoutError)):
        text = _message(exc)
        if "disk is full" in text or "no space left" in text or "could not extend file" in text:
            return STORAGE_FULL
        if "readonly" in text or "read-only" in text or "read only" in text:
            return STORAGE_READONLY
        return DATABASE
    return INTERNAL


def reply(kind: str) -> str:
    return REPLIES.get(kind, REPLIES[INTERNAL])


def log_line(where: str, exc: BaseException, kind: str, frames: int = 3) -> str:
    """``where`` failed: the kind, the exception class and the last code locations — no message."""
    tb = traceback.extract_tb(exc.__traceback__)[-frames:]
    location = " < ".join(f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} {frame.name}" for frame in reversed(tb))
    return f"{where} failed: {kind} ({type(exc).__name__}) at {location or '?'}"
