"""Start the real Rasa server and action server (scripts/serve.sh) once for the e2e tests.

The servers get their own migrated SQLite database, so the e2e run never touches var/.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.channels.served import served_bot
from bot.config import PROJECT_ROOT


@pytest.fixture(scope="session")
def e2e_database_url(tmp_path_factory) -> str:
    from bot.storage import db, migrate

    url = f"sqlite:///{tmp_path_factory.mktemp('e2e-db') / 'krise.sqlite3'}"
    migrate.upgrade(url)
    db.reset_engines()
    return url


@contextlib.contextmanager
def served_on(database_url: str, log: Path) -> Iterator[str]:
    """The served bot on ``database_url``. The variable is set only while the servers start (they
    copy the environment then), so the rest of the test session keeps its own database – a test
    that logs in-process and reads back with botctl must not find the e2e database in between."""
    from bot.storage import db

    old = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = database_url
    stack = contextlib.ExitStack()
    try:
        url = stack.enter_context(served_bot(log))
    finally:
        if old is None:
            os.environ.pop("DATABASE_URL", None)
        else:
            os.environ["DATABASE_URL"] = old
        db.reset_engines()
    with stack:
        yield url


@pytest.fixture(scope="session")
def rasa_url(tmp_path_factory, e2e_database_url):
    if not (PROJECT_ROOT / "models" / "krise.tar.gz").exists():
        pytest.fail("models/krise.tar.gz mangler: kjør `make train` (make test gjør det selv)")
    with served_on(e2e_database_url, tmp_path_factory.mktemp("serve") / "serve.log") as url:
        yield url


@pytest.fixture(scope="session")
def pg_bot(tmp_path_factory, pg_cluster):
    """A second server pair on a migrated PostgreSQL database (started only when asked for)."""
    from bot.storage import db, migrate

    url = pg_cluster.create_database()
    migrate.upgrade(url)
    db.reset_engines()
    with served_on(url, tmp_path_factory.mktemp("serve-pg") / "serve.log") as rasa:
        yield rasa, url


@pytest.fixture(params=["sqlite", "postgresql"])
def bot_and_database(request):
    """(Rasa URL, DATABASE_URL) of the served bot on each backend."""
    if request.param == "sqlite":
        return request.getfixturevalue("rasa_url"), request.getfixturevalue("e2e_database_url")
    return request.getfixturevalue("pg_bot")
