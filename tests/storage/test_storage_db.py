"""Engine and transaction behaviour on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from bot import config
from bot.storage import db
from bot.storage.models import Case


def test_session_scope_commits(engine: Engine) -> None:
    with db.session_scope() as session:
        session.add(Case(ref="K-AAAAAA"))
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 1


def test_session_scope_rolls_back_on_error(engine: Engine) -> None:
    with pytest.raises(RuntimeError):
        with db.session_scope() as session:
            session.add(Case(ref="K-BBBBBB"))
            session.flush()
            raise RuntimeError("boom")
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_engine_follows_database_url(db_url: str) -> None:
    assert db.get_engine().url.render_as_string(hide_password=False) == db_url
    assert db.get_engine() is db.get_engine(db_url)


def test_sqlite_foreign_keys_are_on_except_for_migrations(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fk.sqlite3'}"
    for foreign_keys, expected in ((True, 1), (False, 0)):
        engine = db.make_engine(url, sqlite_foreign_keys=foreign_keys)
        try:
            with engine.connect() as conn:
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == expected
        finally:
            engine.dispose()


def test_sqlite_file_uses_the_write_ahead_log(tmp_path: Path) -> None:
    """WAL (readers do not wait for a writer; one append per commit), synced at checkpoints; kept in
    the file, so a plain connection made afterwards (Rasa's, sqlite3's) uses it too."""
    import sqlite3

    path = tmp_path / "wal.sqlite3"
    for foreign_keys in (True, False):  # the app's engine and the migrations'
        engine = db.make_engine(f"sqlite:///{path}", sqlite_foreign_keys=foreign_keys)
        try:
            with engine.connect() as conn:
                assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        finally:
            engine.dispose()
    with sqlite3.connect(path) as plain:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    read_only = db.make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with read_only.connect() as conn:  # a read-only file keeps its mode and can be read
            assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        read_only.dispose()


def test_default_url_is_sqlite_under_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("KRISE_DATA_DIR", str(tmp_path / "nested" / "var"))
    url = config.database_url()
    assert url == f"sqlite:///{tmp_path / 'nested' / 'var' / 'krise.sqlite3'}"
    engine = db.make_engine(url)
    try:
        with engine.connect():
            pass
        assert (tmp_path / "nested" / "var" / "krise.sqlite3").is_file()  # parent folder created
    finally:
        engine.dispose()


def test_in_memory_sqlite_is_shared_between_sessions() -> None:
    from bot.storage.models import Base

    url = "sqlite://"
    try:
        Base.metadata.create_all(db.get_engine(url))
        with db.session_scope(url) as session:
            session.add(Case(ref="K-CCCCCC"))
        with db.session_scope(url) as session:
            assert session.scalar(select(Case.ref)) == "K-CCCCCC"
    finally:
        db.reset_engines()
