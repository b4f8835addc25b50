"""Rasa's calls to the action server over kept-alive connections.

Rasa's ``EndpointConfig.request`` opens a new ``aiohttp.ClientSession`` for every call, so every
form validation – one per free-text answer – paid a new TCP connection and a session's set-up and
tear-down on top of the action itself (issue 18: 5 ms of HTTP around 0.7 ms of action at low load;
loopback micro-benchmark at load 5: 3.2 ms → 0.9 ms a call at 10 events). Here the action
endpoint's ``session()`` hands out one session per event loop whose connections are kept open and
reused; everything else about the request (headers, auth, timeout, the JSON, the errors Rasa maps to
its replies) is Rasa's own.

What a kept connection must not change:

- the action server killed or restarted: its end of every kept connection closes with the process,
  the event loop sees that before the next call, and aiohttp drops a closed connection instead of
  reusing it – the next call opens a new one (or fails to connect, as before, while the server is
  down; ``tests/e2e/test_resilience.py`` kills it with SIGKILL mid-conversation);
- the action server closing an idle connection (Sanic's ``KEEP_ALIVE_TIMEOUT``, 5 s): a call sent
  down a connection at the moment the server closes it would fail. Connections idle for longer than
  ``KEEP_SECONDS`` (below Sanic's) are never reused, so this side always gives up first
  (``tests/test_action_session.py`` checks the two against each other).
"""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import Any

import aiohttp

# Seconds an idle connection may be reused: below the action server's keep-alive (Sanic's default 5).
KEEP_SECONDS = 2.0


class _Borrowed:
    """``async with`` over a kept session that leaves it open (Rasa closes what ``session()`` gives)."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self._session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self._session

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        return None


class KeptSessions:
    """The kept session of one endpoint, made in (and for) the running event loop."""

    def __init__(self, endpoint: Any) -> None:
        self._endpoint = endpoint
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _new(self) -> aiohttp.ClientSession:
        """As ``EndpointConfig.session`` makes it (headers, basic auth, timeout), connections kept."""
        from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT

        basic = self._endpoint.basic_auth
        return aiohttp.ClientSession(
            headers=self._endpoint.headers,
            auth=aiohttp.BasicAuth(basic["username"], basic["password"]) if basic else None,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(keepalive_timeout=KEEP_SECONDS))

    def __call__(self) -> _Borrowed:
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._loop is not loop:
            self._session, self._loop = self._new(), loop
        return _Borrowed(self._session)

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None


def install(endpoint: Any) -> KeptSessions | None:
    """Give ``endpoint`` (an ``EndpointConfig``; None when there is no action server) kept sessions."""
    if endpoint is None:
        return None
    kept = endpoint.__dict__.get("session")
    if isinstance(kept, KeptSessions):
        return kept
    kept = KeptSessions(endpoint)
    endpoint.session = kept  # the instance's ``session()``; ``request`` calls it through ``self``
    return kept
