"""The real Rasa and action servers that end-to-end tests talk to: shared, and started early.

Fixtures (``tests/conftest.py`` makes them visible to every test package; keep these names):

- ``rasa_url``: base URL of the session's server pair on SQLite; ``served_sqlite``: the same pair as
  ``bot.testing.served.Served`` (ports, pids); ``e2e_database_url``: its migrated SQLite database;
  ``e2e_data_dir``: its ``KRISE_DATA_DIR`` (logs; a copy of the session's key file); ``web_url``: the
  web workspace in front of that pair;
- ``isolated_rasa_url``: a pair on a database of its own, for tests that flood it (hostile input),
  so what they leave (answer log, cases) never reaches tests that count what is stored;
- ``pg_bot``: ``(URL, DATABASE_URL)`` of a pair on a PostgreSQL database; ``bot_and_database``:
  ``(URL, DATABASE_URL)`` parametrized over SQLite and PostgreSQL.

A pair takes half a minute or more to start (TensorFlow, the model, the search index). So, at the
first test of a session, every pair the selected tests will ask for is started in a background
thread, and the tests that use a server run after all others (``order_server_tests_last``): the
start-ups overlap the unit tests. All pairs are stopped together at the end of the session.

A new test module reuses a pair by asking for one of these fixtures, with fresh sender ids
(``"e2e-<module>-" + secrets.token_hex(4)``) and, when it counts stored rows, counting before and
after (other tests share the database). It starts servers of its own only when it kills, floods or
reconfigures them. Groups in ``SINGLE_USE`` (a test kills or stops them) are handed out once: the
pool forgets a group when it gives it away, so a second test asking for it gets freshly started
servers, never the first one's killed pair. A new shared pair (a web workspace, say) is one more entry in ``GROUPS`` and a
fixture that calls ``server_pool.get(name)``, plus its fixture names in ``USES``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot.config import PROJECT_ROOT
from bot.testing.served import Served, free_port, start, wait_port_free, wait_until_ready

START_TIMEOUT = 300
# How long a stopping pair may take before it is killed: Sanic waits up to 15 s for idle keep-alive
# connections, which the test clients leave open; nothing is checked after the session.
STOP_GRACE_SECONDS = 5


def require_model() -> None:
    if not (PROJECT_ROOT / "models" / "krise.tar.gz").exists():
        pytest.fail("models/krise.tar.gz mangler: kjør `make train` (make test gjør det selv)")


# A group of servers started together: ``start()``'s keywords for each (env, serve, ports).
Group = list[dict[str, Any]]


def _sqlite_pair(request: pytest.FixtureRequest) -> Group:
    url = request.getfixturevalue("e2e_database_url")
    data = request.getfixturevalue("e2e_data_dir")
    return [{"env": dict(os.environ, DATABASE_URL=url, KRISE_DATA_DIR=str(data))}]


def _isolated_pair(request: pytest.FixtureRequest) -> Group:
    from bot.storage import db, migrate

    url = f"sqlite:///{request.getfixturevalue('tmp_path_factory').mktemp('isolated-db') / 'krise.sqlite3'}"
    migrate.upgrade(url)
    db.reset_engines()
    return [{"env": dict(os.environ, DATABASE_URL=url)}]


def _pg_pair(request: pytest.FixtureRequest) -> Group:
    from bot.storage import db, migrate

    url = request.getfixturevalue("pg_cluster").create_database()
    migrate.upgrade(url)
    db.reset_engines()
    return [{"env": dict(os.environ, DATABASE_URL=url)}]


def _own_data(request: pytest.FixtureRequest, name: str, url: str | None = None) -> dict[str, str]:
    """An environment with a KRISE_DATA_DIR of its own (its own key file, made by ``botctl db
    upgrade``) and a migrated database (SQLite in it unless ``url`` is given)."""
    data = request.getfixturevalue("tmp_path_factory").mktemp(name) / "data"
    env = dict(os.environ, KRISE_DATA_DIR=str(data), DATABASE_URL=url or f"sqlite:///{data / 'krise.sqlite3'}")
    out = subprocess.run([str(PROJECT_ROOT / "botctl"), "db", "upgrade"], cwd=PROJECT_ROOT, capture_output=True,
                         text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    return env


def _resilience_pair(request: pytest.FixtureRequest) -> Group:
    """test_resilience's first pair: the embedded default (SQLite and keys in its own data dir)."""
    return [{"env": _own_data(request, "resilience")}]


def _two_instances(request: pytest.FixtureRequest) -> Group:
    """test_multi_instance: two action servers, two Rasa servers on one PostgreSQL database and one
    Redis lock store, one key file for all (a shared secret in production)."""
    env = _own_data(request, "multi", request.getfixturevalue("pg_cluster").create_database())
    env["REDIS_URL"] = request.getfixturevalue("redis_url")
    ports = [free_port(), free_port()]
    return ([{"env": env, "serve": "actions", "actions_port": port} for port in ports]
            + [{"env": env, "serve": "rasa", "actions_port": port} for port in ports])


GROUPS: dict[str, Callable[[pytest.FixtureRequest], Group]] = {
    "sqlite": _sqlite_pair, "isolated": _isolated_pair, "pg": _pg_pair,
    "resilience": _resilience_pair, "multi": _two_instances}
# Groups a test kills or stops: each is given to one test only (``ServerPool.get``). The two
# test_multi_instance tests share theirs (one start of four servers fewer): neither stops it, the
# second tells its conversations apart by fresh sender ids, and the first, which counts every sender
# in the database, runs first (file order).
SINGLE_USE = {"resilience"}
# At most this many groups start at once (two cores: more would only slow each start-up down).
PARALLEL_STARTS = 2
# Which groups a test needs, by the fixtures it uses (directly or through other fixtures).
USES: dict[str, set[str]] = {"rasa_url": {"sqlite"}, "served_sqlite": {"sqlite"}, "web_url": {"sqlite"},
                             "isolated_rasa_url": {"isolated"},
                             "pg_bot": {"pg"}, "bot_and_database": {"sqlite", "pg"},
                             "resilience_servers": {"resilience"}, "two_instances": {"multi"}}


def pairs_needed(items: Iterable[pytest.Item]) -> list[str]:
    names = {pair for item in items for fixture in getattr(item, "fixturenames", ()) for pair in USES.get(fixture, ())}
    return [name for name in GROUPS if name in names]


def uses_servers(item: pytest.Item) -> bool:
    """End-to-end tests: marked ``e2e``, or asking for a shared pair."""
    return item.get_closest_marker("e2e") is not None or any(f in USES for f in getattr(item, "fixturenames", ()))


def order_server_tests_last(items: list[pytest.Item]) -> None:
    """Unit tests first, while the servers start; then the tests on servers started early; then
    the ones that start servers of their own."""
    def rank(item: pytest.Item) -> int:
        if not uses_servers(item):
            return 0
        return 1 if any(f in USES for f in getattr(item, "fixturenames", ())) else 2

    items.sort(key=rank)  # stable: file order within each group


class ServerPool:
    """Groups of servers by name: started in background threads, stopped together."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._tmp = tmp_path_factory
        self._lock = threading.Lock()
        self._starting: dict[str, Future[list[Served]]] = {}
        self._all: list[Future[list[Served]]] = []  # every group ever started, given away or not
        self._envs: dict[str, dict[str, str]] = {}
        self._executor = ThreadPoolExecutor(max_workers=PARALLEL_STARTS, thread_name_prefix="server-pool")

    def prestart(self, name: str, request: pytest.FixtureRequest) -> None:
        """Start the group ``name`` in the background unless it is already starting."""
        with self._lock:
            if name in self._starting:
                return
        require_model()
        group = GROUPS[name](request)  # fixtures are made here, in the test thread
        logs = self._tmp.mktemp(f"serve-{name}")
        with self._lock:
            if name in self._starting:
                return
            self._envs[name] = group[0]["env"]
            self._starting[name] = future = self._executor.submit(self._start, logs, group)
            self._all.append(future)

    @staticmethod
    def _start(logs: Path, group: Group) -> list[Served]:
        started = [start(logs / f"serve-{i}-{spec.get('serve', 'both')}.log", **spec) for i, spec in enumerate(group)]
        for served, spec in zip(started, group, strict=True):
            if not wait_until_ready(served, START_TIMEOUT, spec.get("serve", "both")):
                _stop(started)
                raise RuntimeError(f"Serveren ble ikke klar; se {served.log_path}:\n{_tail(served.log_path)}")
        return started

    def get(self, name: str, request: pytest.FixtureRequest) -> tuple[list[Served], dict[str, str]]:
        """The running group ``name`` and its environment (DATABASE_URL, KRISE_DATA_DIR …), starting
        it now if no one asked for it before; waits. A ``SINGLE_USE`` group is forgotten here, so the
        next test asking for it gets a group started for it alone."""
        self.prestart(name, request)
        with self._lock:
            future, env = self._starting[name], self._envs[name]
            if name in SINGLE_USE:
                del self._starting[name], self._envs[name]
        try:
            return future.result(timeout=START_TIMEOUT + 60), env
        except RuntimeError as exc:
            pytest.fail(str(exc), pytrace=False)

    def close(self) -> None:
        futures = list(self._all)
        self._executor.shutdown(wait=True)
        _stop([served for f in futures if f.done() and f.exception() is None for served in f.result()])


def _tail(log: Path, lines: int = 30) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    return ""


def _stop(pairs: list[Served]) -> None:
    """SIGTERM to every pair at once; what has not exited after the grace period is killed."""
    for served in pairs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(served.proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    for served in pairs:
        try:
            served.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        with contextlib.suppress(ProcessLookupError):
            os.killpg(served.proc.pid, signal.SIGKILL)  # serve.sh's children too, should any linger
        with contextlib.suppress(subprocess.TimeoutExpired):
            served.proc.wait(timeout=30)
    for served in pairs:
        wait_port_free(served.rasa_port)
        wait_port_free(served.actions_port)


# --- fixtures ------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def server_pool(tmp_path_factory) -> Iterator[ServerPool]:
    pool = ServerPool(tmp_path_factory)
    yield pool
    pool.close()


@pytest.fixture(scope="session", autouse=True)
def start_servers_early(request: pytest.FixtureRequest) -> None:
    """At the first test of the session: start the pairs the selected tests need (see the module)."""
    needed = pairs_needed(request.session.items)
    if needed and (PROJECT_ROOT / "models" / "krise.tar.gz").exists():
        pool = request.getfixturevalue("server_pool")
        for name in needed:
            pool.prestart(name, request)


@pytest.fixture(scope="session")
def e2e_database_url(tmp_path_factory) -> str:
    from bot.storage import db, migrate

    url = f"sqlite:///{tmp_path_factory.mktemp('e2e-db') / 'krise.sqlite3'}"
    migrate.upgrade(url)
    db.reset_engines()
    return url


@pytest.fixture(scope="session")
def e2e_data_dir(tmp_path_factory) -> Path:
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
def served_sqlite(server_pool: ServerPool, request: pytest.FixtureRequest) -> Served:
    """The session's server pair on SQLite (``e2e_database_url``, ``e2e_data_dir``)."""
    return server_pool.get("sqlite", request)[0][0]


@pytest.fixture(scope="session")
def rasa_url(served_sqlite: Served) -> str:
    return served_sqlite.url


@pytest.fixture(scope="session")
def isolated_rasa_url(server_pool: ServerPool, request: pytest.FixtureRequest) -> str:
    """A server pair on a database of its own, for tests that flood it (hostile input)."""
    return server_pool.get("isolated", request)[0][0].url


@pytest.fixture(scope="session")
def pg_bot(server_pool: ServerPool, request: pytest.FixtureRequest) -> tuple[str, str]:
    """A server pair on a migrated PostgreSQL database: (URL, DATABASE_URL)."""
    (served, *_), env = server_pool.get("pg", request)
    return served.url, env["DATABASE_URL"]


@pytest.fixture
def resilience_servers(server_pool: ServerPool, request: pytest.FixtureRequest) -> tuple[Served, dict[str, str]]:
    """test_resilience's first server pair (it kills it) and its environment; a fresh pair for
    every test that asks (``SINGLE_USE``)."""
    (served, *_), env = server_pool.get("resilience", request)
    return served, env


@pytest.fixture
def two_instances(server_pool: ServerPool, request: pytest.FixtureRequest) -> tuple[list[Served], list[Served],
                                                                                     dict[str, str]]:
    """test_multi_instance's servers: (action servers, Rasa servers, their environment), shared by
    its tests and stopped with the other groups at the end of the session."""
    group, env = server_pool.get("multi", request)
    return group[:2], group[2:], env


@pytest.fixture(params=["sqlite", "postgresql"])
def bot_and_database(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(Rasa URL, DATABASE_URL) of the served bot on each backend."""
    if request.param == "sqlite":
        return request.getfixturevalue("rasa_url"), request.getfixturevalue("e2e_database_url")
    return request.getfixturevalue("pg_bot")


@pytest.fixture(scope="session")
def web_url(tmp_path_factory, served_sqlite: Served, e2e_database_url: str, e2e_data_dir: Path) -> Iterator[str]:
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
