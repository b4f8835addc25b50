"""One-time notices shown on the next page («Sak K-… er slettet», the staff id after enrolment).

Kept in memory per session (by the hash of its token), never in a URL: a notice can name a case.
"""

from __future__ import annotations

import threading
from typing import Any

from starlette.requests import Request

from bot.storage.web_access import token_hash
from bot.web import auth

_MAX_PENDING = 1000  # sessions with a notice not yet shown; older ones are dropped first


class Notices:
    def __init__(self) -> None:
        self._pending: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def put(self, key: str, message: str) -> None:
        with self._lock:
            self._pending.setdefault(key, []).append(message)
            while len(self._pending) > _MAX_PENDING:
                self._pending.pop(next(iter(self._pending)))

    def take(self, key: str) -> list[str]:
        with self._lock:
            return self._pending.pop(key, [])


def put_for_token(app: Any, token: str, message: str) -> None:
    app.state.notices.put(token_hash(token), message)


def put(request: Request, message: str) -> None:
    token = request.cookies.get(auth.SESSION_COOKIE)
    if token:
        put_for_token(request.app, token, message)


def take(request: Request) -> list[str]:
    token = request.cookies.get(auth.SESSION_COOKIE)
    return request.app.state.notices.take(token_hash(token)) if token else []
