"""SQLite in write-ahead-log mode, for both engines that open the database file: the app's
(``bot.storage.db``, SQLAlchemy 2.0) and Rasa's tracker store (``bot.rasa_plugins.tracker_store``,
SQLAlchemy 1.4). No SQLAlchemy import here, so both environments load the same settings.

Readers (Rasa loading a conversation) no longer wait for a writer (the action server saving a case),
and a commit is one append to the -wal file instead of journal + database + journal delete. With WAL,
synchronous=NORMAL syncs at checkpoints, not at every commit: a crash of the servers (kill -9) loses
nothing; a power cut may lose the last commits before the next checkpoint, never consistency. WAL is
stored in the file, so every later connection uses it.
"""

from __future__ import annotations

from typing import Any

SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")


def set_wal(dbapi_connection: Any, _record: Any) -> None:
    """A ``connect`` event listener: apply ``SQLITE_PRAGMAS`` to a new DB-API connection."""
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    except Exception:  # noqa: BLE001 - a read-only or locked file keeps its mode; the real error comes on use
        pass
    finally:
        cursor.close()
