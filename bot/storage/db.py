"""Engine and transaction handling, configured from ``bot.config.database_url()``.

One cached engine per URL, so the action server, botctl and tests (which switch ``DATABASE_URL``)
share pools without stepping on each other.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from bot import config
from bot.storage import sqlite_wal

_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_makers: dict[str, sessionmaker[Session]] = {}


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    # SQLite ignores ON DELETE CASCADE unless asked per connection; deletion relies on it.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str | None = None, *, sqlite_foreign_keys: bool = True) -> Engine:
    """A new engine. Migrations pass ``sqlite_foreign_keys=False``: batch table rebuilds on SQLite
    drop and recreate tables, which with foreign keys on would cascade-delete the children."""
    url = url or config.database_url()
    kwargs: dict[str, Any] = {}
    sqlite_file = _sqlite_file(url)
    if sqlite_file is not None:
        sqlite_file.parent.mkdir(parents=True, exist_ok=True)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and sqlite_file is None:
        kwargs["poolclass"] = StaticPool  # one in-memory database shared by every session
        kwargs["connect_args"] = {"check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite" and sqlite_foreign_keys:
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        event.listen(engine, "connect", sqlite_wal.set_wal)  # WAL: see bot.storage.sqlite_wal
    return engine


def get_engine(url: str | None = None) -> Engine:
    """The shared engine for ``url`` (default: the configured database)."""
    url = url or config.database_url()
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = make_engine(url)
        return engine


def get_sessionmaker(url: str | None = None) -> sessionmaker[Session]:
    url = url or config.database_url()
    engine = get_engine(url)
    with _lock:
        maker = _makers.get(url)
        if maker is None:
            # expire_on_commit=False: callers (botctl) read objects after the transaction ends.
            maker = _makers[url] = sessionmaker(bind=engine, expire_on_commit=False)
        return maker


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """One unit of work: commit when the block succeeds, roll back on any exception."""
    session = get_sessionmaker(url)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def reset_engines() -> None:
    """Dispose every cached engine (tests, and processes that fork after connecting)."""
    with _lock:
        engines = list(_engines.values())
        _engines.clear()
        _makers.clear()
    for engine in engines:
        engine.dispose()
