"""Per-user rate limit: a sliding window of recent messages, in memory."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    warn: bool = False  # the first refusal in a window: tell the person once, then stay quiet


_PRUNE_ABOVE = 10_000  # senders remembered before idle ones are forgotten (a flood of strangers)


class RateLimiter:
    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[int, deque[float]] = {}
        self._warned: dict[int, float] = {}

    def hit(self, key: int) -> Verdict:
        now = self._clock()
        if len(self._hits) > _PRUNE_ABOVE:
            self._prune(now)
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            return Verdict(True)
        last_warned = self._warned.get(key)
        if last_warned is None or last_warned <= now - self.window:
            self._warned[key] = now
            return Verdict(False, warn=True)
        return Verdict(False)

    def _prune(self, now: float) -> None:
        for key in [k for k, hits in self._hits.items() if not hits or hits[-1] <= now - self.window]:
            self._hits.pop(key, None)
            self._warned.pop(key, None)
