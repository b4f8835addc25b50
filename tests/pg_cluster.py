"""A throwaway PostgreSQL cluster for tests (storage on both backends, e2e on PostgreSQL).

Started once per session, only when a test asks for it. Without PostgreSQL binaries
(``KRISE_PG_BINDIR`` may point at them) those tests are skipped, unless ``KRISE_REQUIRE_POSTGRES=1``
(CI): there a silent skip would hide exactly the dialect differences these tests exist to catch.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.storage import db


def _require_postgres() -> bool:
    return os.environ.get("KRISE_REQUIRE_POSTGRES", "") == "1"


def _no_postgres(reason: str) -> None:
    if _require_postgres():
        pytest.fail(f"PostgreSQL required (KRISE_REQUIRE_POSTGRES=1) but {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


def find_pg_bindir() -> Path | None:
    """``KRISE_PG_BINDIR`` if set, else ``pg_config --bindir`` (it may point at client tools only),
    else Debian's /usr/lib/postgresql/<version>/bin, newest first."""
    explicit = os.environ.get("KRISE_PG_BINDIR")
    if explicit:
        path = Path(explicit)
        return path if (path / "initdb").is_file() and (path / "pg_ctl").is_file() else None
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10)
            if out.returncode == 0 and out.stdout.strip():
                candidates.append(Path(out.stdout.strip()))
        except (OSError, subprocess.SubprocessError):
            pass

    def version(path: str) -> float:
        try:
            return float(Path(path).parent.name)
        except ValueError:
            return 0.0

    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)]
    for path in candidates:
        if (path / "initdb").is_file() and (path / "pg_ctl").is_file():
            return path
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PgCluster:
    """A private PostgreSQL instance in a temp dir: trust auth, loopback only, fsync off."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="krise-pg-"))  # not pytest's 0700 tree: postgres must enter
        self.data = self.base / "data"
        self.log = self.base / "server.log"
        self.port = 0
        self._run_as: list[str] = []
        self._counter = itertools.count(1)
        if os.geteuid() == 0:  # initdb refuses to run as root
            import pwd

            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root and there is no 'postgres' user") from None
            os.chown(self.base, user.pw_uid, user.pw_gid)
            self._run_as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        out = subprocess.run([*self._run_as, *args], stdin=subprocess.DEVNULL, capture_output=True,
                             text=True, timeout=120)
        if out.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{Path(args[0]).name} failed ({out.returncode}):\n"
                               f"{out.stdout}\n{out.stderr}\n{log}")

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--no-locale", "--no-sync")
        for attempt in range(3):  # the free port can be taken between probing and binding
            self.port = _free_port()
            options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -F -c max_connections=200"
            try:
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                          "-o", options, "-w", "-t", "60", "start")
                return
            except RuntimeError:
                if attempt == 2:
                    raise
                time.sleep(0.5)

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def dump(self, url: str) -> bytes:
        """``pg_dump`` of one database, as an operator's backup would hold it."""
        from sqlalchemy.engine import make_url

        database = make_url(url).database
        out = subprocess.run([str(self.bindir / "pg_dump"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                              "--no-owner", str(database)], stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        if out.returncode != 0:
            raise RuntimeError(f"pg_dump failed: {out.stderr.decode(errors='replace')}")
        return out.stdout

    def create_database(self) -> str:
        """A fresh, empty database per test: no state leaks between tests."""
        import psycopg

        name = f"krise_test_{next(self._counter)}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    bindir = find_pg_bindir()
    if bindir is None:
        _no_postgres("no initdb/pg_ctl found (pg_config --bindir, /usr/lib/postgresql/*/bin)")
    try:
        cluster = PgCluster(bindir)
    except RuntimeError as exc:
        _no_postgres(str(exc))
    try:
        cluster.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        _no_postgres(f"the test cluster did not start: {exc}")
    try:
        yield cluster
    finally:
        db.reset_engines()
        cluster.stop()
