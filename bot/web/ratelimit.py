"""Failed sign-ins counted per account and per address, in memory (a restart forgives, argon2 still costs)."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

_PRUNE_ABOVE = 10_000  # keys remembered before idle ones are forgotten (a flood of made-up ids)


class FailureLimiter:
    """At most ``limit`` failures per key within ``window`` seconds; then the key is blocked until the
    oldest failure leaves the window. A success does not erase failures (``reset`` is for the account
    once its owner has proved who she is)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    def blocked_for(self, key: str) -> float:
        """Seconds until ``key`` may try again; 0 when it may now."""
        with self._lock:
            now = self._clock()
            failures = self._recent(key, now)
            if len(failures) < self.limit:
                return 0.0
            return max(0.0, failures[0] + self.window - now)

    def fail(self, key: str) -> None:
        with self._lock:
            now = self._clock()
            if len(self._failures) > _PRUNE_ABOVE:
                for stale in [k for k, f in self._failures.items() if not f or f[-1] <= now - self.window]:
                    del self._failures[stale]
            self._recent(key, now).append(now)

    def reset(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
