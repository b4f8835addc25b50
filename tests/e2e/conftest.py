"""Start the real Rasa server and action server (scripts/serve.sh) once for the e2e tests.

The servers get their own migrated SQLite database, so the e2e run never touches var/.
"""

from __future__ import annotations

import contextlib
import os

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
def _environment(**values: str):
    """Set environment variables while a server is started, then put them back: the server keeps
    its copy, and tests run later in this process (in-process actions, botctl) are not pointed at
    the e2e database by accident."""
    old = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="session")
def rasa_url(tmp_path_factory, e2e_database_url, e2e_data_dir):
    if not (PROJECT_ROOT / "models" / "krise.tar.gz").exists():
        pytest.fail("models/krise.tar.gz mangler: kjør `make train` (make test gjør det selv)")
    with contextlib.ExitStack() as stack:
        with _environment(DATABASE_URL=e2e_database_url, KRISE_DATA_DIR=str(e2e_data_dir)):
            url = stack.enter_context(served_bot(tmp_path_factory.mktemp("serve") / "serve.log"))
        yield url


@pytest.fixture(scope="session")
def pg_bot(tmp_path_factory, pg_cluster):
    """A second server pair on a migrated PostgreSQL database (started only when asked for)."""
    from bot.storage import db, migrate

    url = pg_cluster.create_database()
    migrate.upgrade(url)
    db.reset_engines()
    with contextlib.ExitStack() as stack:
        with _environment(DATABASE_URL=url):
            rasa = stack.enter_context(served_bot(tmp_path_factory.mktemp("serve-pg") / "serve.log"))
        yield rasa, url


@pytest.fixture(params=["sqlite", "postgresql"])
def bot_and_database(request):
    """(Rasa URL, DATABASE_URL) of the served bot on each backend."""
    if request.param == "sqlite":
        return request.getfixturevalue("rasa_url"), request.getfixturevalue("e2e_database_url")
    return request.getfixturevalue("pg_bot")
