"""The tracker store's SQLite file over one kept connection, closed again when the server is idle.

SQLAlchemy 1.4 (Rasa's) gives a SQLite file a ``NullPool``: each of the store's sessions opened the
file and set WAL on it again, about three a turn (~1.3 ms of the Rasa server's CPU per turn at 50
staff, issue 18). Here one connection is kept while turns come, and closed once none has used it
for ``IDLE_SECONDS`` – the same rule as the action calls' kept HTTP connections.

Why close it at all: in WAL mode an open connection holds a shared lock on the file for as long
as it is open, so a process that needs the file to itself (an exclusive-mode connection, as the
resilience tests use to make the database unreadable) could never get it while Rasa runs. Closed
when idle, the file is as free between turns as with a new connection for every session, and
failing stays as it was: a kept connection holds no write lock and no read snapshot between
sessions (the driver begins a transaction only to write; every session ends in a commit or a
rollback), so a locked, full or unreadable database fails the next read or write as before.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from bot.storage import sqlite_wal

# Longer than the gap between a turn's reads and writes (the action call between them), far shorter
# than the pause between two staff members' messages on a quiet night.
IDLE_SECONDS = 2.0


def kept_engine(url: Any) -> sa.engine.Engine:
    """An engine on the SQLite file ``url`` that keeps one connection (WAL set when it opens). Any
    second connection at the same moment is opened and closed as before, never waited for: the
    pool must not block Rasa's event loop."""
    engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=1, max_overflow=-1,
                              # the pool, not the thread, decides who uses the connection
                              connect_args={"check_same_thread": False})
    sa.event.listen(engine, "connect", sqlite_wal.set_wal)
    return engine


class IdleClose:
    """Calls ``close`` once nothing has been ``used`` for ``seconds``, on the running event loop;
    outside one (start-up checks, scripts) at once, as a connection that is not kept."""

    def __init__(self, close: Callable[[], None], seconds: float | None = None) -> None:
        self._close = close
        self.seconds = IDLE_SECONDS if seconds is None else seconds
        self._last = 0.0
        self._timer: asyncio.TimerHandle | None = None

    def used(self) -> None:
        """A session has ended: its connection is back in the pool."""
        self._last = time.monotonic()
        if self._timer is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._close()
            return
        self._timer = loop.call_later(self.seconds, self._check)

    def _check(self) -> None:
        self._timer = None
        left = self._last + self.seconds - time.monotonic()
        if left > 0:
            self._timer = asyncio.get_running_loop().call_later(left, self._check)
        else:
            self._close()
