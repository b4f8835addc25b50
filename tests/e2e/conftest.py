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


@pytest.fixture(scope="session")
def e2e_data_dir(tmp_path_factory):
    """KRISE_DATA_DIR of the served bot (its logs) and of the Telegram bridge: a test can read
    every file under it (the masking test checks none holds a typed identifier)."""
    return tmp_path_factory.mktemp("e2e-data")


@contextlib.contextmanager
def served_on(database_url: str, log: Path, data_dir: Path | None = None) -> Iterator[str]:
    """The served bot on ``database_url`` (and ``data_dir`` as KRISE_DATA_DIR, when given). The
    variables are set only while the servers start (they copy the environment then), so the rest
    of the test session keeps its own database – a test that logs in-process and reads back with
    botctl must not find the e2e database in between."""
    from bot.storage import db

    values = {"DATABASE_URL": database_url, **({"KRISE_DATA_DIR": str(data_dir)} if data_dir else {})}
    old = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    stack = contextlib.ExitStack()
    try:
        url = stack.enter_context(served_bot(log))
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        db.reset_engines()
    with stack:
        yield url


@pytest.fixture(scope="session")
def rasa_url(tmp_path_factory, e2e_database_url, e2e_data_dir):
    if not (PROJECT_ROOT / "models" / "krise.tar.gz").exists():
        pytest.fail("models/krise.tar.gz mangler: kjør `make train` (make test gjør det selv)")
    with served_on(e2e_database_url, tmp_path_factory.mktemp("serve") / "serve.log", e2e_data_dir) as url:
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
