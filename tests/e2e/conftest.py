"""Start the real Rasa server and action server (scripts/serve.sh) once for the e2e tests.

The servers get their own migrated SQLite database, so the e2e run never touches var/. Its URL goes
to the servers' environment only: the rest of the session keeps its own DATABASE_URL.
"""

from __future__ import annotations

import os
import shutil

import pytest

from bot.config import PROJECT_ROOT
from bot.testing.served import served_bot, served_instance


@pytest.fixture(scope="session")
def e2e_database_url(tmp_path_factory) -> str:
    from bot.storage import db, migrate

    url = f"sqlite:///{tmp_path_factory.mktemp('e2e-db') / 'krise.sqlite3'}"
    migrate.upgrade(url)
    db.reset_engines()
    return url


def require_model() -> None:
    if not (PROJECT_ROOT / "models" / "krise.tar.gz").exists():
        pytest.fail("models/krise.tar.gz mangler: kjør `make train` (make test gjør det selv)")


@pytest.fixture(scope="session")
def e2e_data_dir(tmp_path_factory):
    """KRISE_DATA_DIR of the served bot (its logs) and of the Telegram bridge: a test can read
    every file under it (the masking test checks none holds a typed identifier). It gets a copy of
    the session's key file, so botctl in the tests reads what the servers encrypted; set-up
    (``bot.setup.ensure_keys``) makes the rest (the bridge's sender key), as on a real machine."""
    from bot import keys, setup

    data = tmp_path_factory.mktemp("e2e-data")
    if not keys.load_keyring().from_env:
        secrets = data / "secrets"
        secrets.mkdir(mode=0o700)
        shutil.copy2(keys.keys_path(), secrets / "keys.json")
        (secrets / "keys.json").chmod(0o600)
    setup.ensure_keys(data)
    return data


@pytest.fixture(scope="session")
def served_sqlite(tmp_path_factory, e2e_database_url, e2e_data_dir):
    """The session's server pair on SQLite (``bot.testing.served.Served``: ports and processes)."""
    require_model()
    env = dict(os.environ, DATABASE_URL=e2e_database_url, KRISE_DATA_DIR=str(e2e_data_dir))
    with served_instance(tmp_path_factory.mktemp("serve") / "serve.log", env=env) as served:
        yield served


@pytest.fixture(scope="session")
def isolated_rasa_url(tmp_path_factory) -> str:
    """A server pair on a database of its own, for tests that flood it (hostile input): what they
    leave behind (answer log, cases) must not reach the tests that count what is stored."""
    from bot.storage import db, migrate

    require_model()
    url = f"sqlite:///{tmp_path_factory.mktemp('isolated-db') / 'krise.sqlite3'}"
    migrate.upgrade(url)
    db.reset_engines()
    env = dict(os.environ, DATABASE_URL=url)
    with served_instance(tmp_path_factory.mktemp("serve-isolated") / "serve.log", env=env) as served:
        yield served.url


@pytest.fixture(scope="session")
def rasa_url(served_sqlite) -> str:
    return served_sqlite.url


@pytest.fixture(scope="session")
def pg_bot(tmp_path_factory, pg_cluster):
    """A second server pair on a migrated PostgreSQL database (started only when asked for)."""
    from bot.storage import db, migrate

    url = pg_cluster.create_database()
    migrate.upgrade(url)
    db.reset_engines()
    env = dict(os.environ, DATABASE_URL=url)
    with served_bot(tmp_path_factory.mktemp("serve-pg") / "serve.log", env=env) as rasa:
        yield rasa, url


@pytest.fixture(params=["sqlite", "postgresql"])
def bot_and_database(request):
    """(Rasa URL, DATABASE_URL) of the served bot on each backend."""
    if request.param == "sqlite":
        return request.getfixturevalue("rasa_url"), request.getfixturevalue("e2e_database_url")
    return request.getfixturevalue("pg_bot")


@pytest.fixture(scope="session")
def web_url(tmp_path_factory, served_sqlite, e2e_database_url, e2e_data_dir):
    """The real web workspace (``python -m bot.web``) on the session's database and key file, in front
    of the session's servers; it must stop cleanly on SIGTERM."""
    from bot.testing.served import served_workspace
    from tests.e2e.web import stopped_cleanly

    env = dict(os.environ, DATABASE_URL=e2e_database_url, KRISE_DATA_DIR=str(e2e_data_dir),
               RASA_PORT=str(served_sqlite.rasa_port))
    log = tmp_path_factory.mktemp("web") / "web.log"
    with served_workspace(log, env) as (url, proc):
        yield url
    assert stopped_cleanly(proc, log)
