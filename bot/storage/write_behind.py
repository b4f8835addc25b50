"""Database writes a reply does not wait for: run in order on one thread after the reply has gone.

The action server answers from the event loop; logging a guide reply for ``./botctl feedback``
(masking, a random-id look-up, a commit with its fsync) took 2 ms at the median and 6–7 ms at the
95th percentile of every guide answer (issue 14: a guide answer's p95 against a greeting's). The
reply needs only the token its 👍/👎 buttons carry, which is made before the write, so the write
can follow the reply.

- Order: one worker thread, first in first out.
- ``submit_after_reply``: handed to the worker only when the event loop has finished the current
  step – in the action server, once the reply is in the socket. The worker is Python (ORM, masking,
  encryption) and holds the GIL in turns with the event loop: started mid-action, it slowed the
  reply it was meant to follow.
- Reads that depend on a write (a vote on a just-logged answer) call ``drain()`` first.
- A normal shutdown (SIGTERM, Ctrl-C) loses nothing: the worker is not a daemon thread, and Python
  runs every write already queued before the process exits (``concurrent.futures`` joins its
  workers at interpreter exit, after they empty the queue). A ``kill -9`` loses only the writes
  still queued at that moment — replies sent within the last few milliseconds.
- A failed write is logged (``on_error``) and costs its row only; nothing is retried.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor


class WriteBehind:
    def __init__(self, name: str, on_error: Callable[[BaseException], None]) -> None:
        self._name = name
        self._on_error = on_error
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Callable[[], object]] = []

    def _executor(self) -> ThreadPoolExecutor:
        with self._lock:  # made on first use: importing the module starts no thread
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
            return self._pool

    def submit(self, write: Callable[[], object]) -> Future[None]:
        """Queue ``write``; its errors go to ``on_error``, never to the caller."""

        def guarded() -> None:
            try:
                write()
            except Exception as exc:  # noqa: BLE001 - the reply has gone; the log line is all that is left
                self._on_error(exc)

        return self._executor().submit(guarded)

    def submit_after_reply(self, write: Callable[[], object]) -> None:
        """Queue ``write`` when the running event loop has finished its current step (at once when
        no loop runs). rasa_sdk and Sanic do not suspend between an action's return and writing its
        reply to the socket, so that is after the reply has gone."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.submit(write)
            return
        with self._lock:
            self._pending.append(write)
        loop.call_soon(self._flush)

    def _flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
        for write in pending:
            self.submit(write)

    def drain(self, timeout: float | None = 30) -> None:
        """Wait until every write queued before this call has run (those waiting for the end of
        the loop's step included)."""
        self._flush()
        if self._pool is not None:
            self._executor().submit(lambda: None).result(timeout)
