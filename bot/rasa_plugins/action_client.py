"""The Rasa server's calls to the action server over one kept-alive HTTP connection, not a new one each.

Rasa 3.6's ``EndpointConfig.request`` opens an ``aiohttp.ClientSession`` for every call: a new
connector, a TCP connection to the action server (which Sanic accepts and sets up a protocol
for), one request, then the connection closed again. For a guide answer that was the largest part
of what it costs beyond a greeting that is not search: Rasa's side of the call took 1.8 ms of CPU
per action at the median against 0.5 ms for the rest of it (timed in both servers, 240 guide answers
and 240 greetings interleaved; issue 14 «nothing slower»), and each new connection is one more
wake-up of each server on a loaded machine.

Here the request is the same (method, URL, headers, body, timeout, compression, status handling,
the JSON it returns and the errors it raises), sent through one session per endpoint and event
loop whose connections are kept alive between calls:

- an idle connection is reused only within ``KEEPALIVE_SECONDS`` (2 s), well inside the action
  server's own keep-alive (Sanic closes an idle connection after 5 s), so a call never goes out on
  a connection the server is closing (aiohttp checks the idle time when it takes one from the pool);
- no limit on parallel connections, as before (aiohttp's default pool would queue calls past 100);
- an action server that is down still refuses the connection (``ClientConnectorError``) and one
  that died with a connection open ends it (``ServerDisconnectedError``): both are
  ``aiohttp.ClientConnectionError``, which Rasa handles exactly as before;
- the sessions are closed when the server stops (``close_all``, after Rasa's own clean-up).

``register`` installs it (from ``bot.rasa_plugins.server``); ``tests/rasa_env/check_action_client.py``
checks it against a real HTTP server: the same requests and answers, connections reused, and the
errors for a refused connection, a dead server and an error status.
"""

from __future__ import annotations

import asyncio
import os
import ssl
from typing import Any

import aiohttp
from aiohttp.client_exceptions import ContentTypeError

# An idle connection older than this is closed instead of reused (Sanic's KEEP_ALIVE_TIMEOUT is 5 s).
KEEPALIVE_SECONDS = 2.0
_SESSION = "_krise_kept_sessions"
_made: list[aiohttp.ClientSession] = []  # every kept session, for ``close_all``


def _session(endpoint: Any) -> aiohttp.ClientSession:
    """The endpoint's kept session for the running loop (made on first use, again after a close)."""
    from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT

    loop = asyncio.get_running_loop()
    kept: dict[int, aiohttp.ClientSession] = endpoint.__dict__.setdefault(_SESSION, {})
    session = kept.get(id(loop))
    if session is None or session.closed or session.connector is None or session.connector._loop is not loop:
        auth = aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"]) \
            if endpoint.basic_auth else None
        session = kept[id(loop)] = aiohttp.ClientSession(
            headers=endpoint.headers, auth=auth, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(limit=0, keepalive_timeout=KEEPALIVE_SECONDS))
        _made.append(session)
    return session


async def request(self: Any, method: str = "post", subpath: str | None = None,
                  content_type: str | None = "application/json", compress: bool = False,
                  **kwargs: Any) -> Any | None:
    """``rasa.utils.endpoints.EndpointConfig.request`` (Rasa 3.6.21), line for line, on the kept session."""
    from rasa.shared.exceptions import FileNotFoundException
    from rasa.utils.endpoints import ClientResponseError, concat_url

    headers = {}
    if content_type:
        headers["Content-Type"] = content_type
    if "headers" in kwargs:
        headers.update(kwargs["headers"])
        del kwargs["headers"]
    if self.headers:
        headers.update(self.headers)
    url = concat_url(self.url, subpath)
    sslcontext = None
    if self.cafile:
        try:
            sslcontext = ssl.create_default_context(cafile=self.cafile)
        except FileNotFoundError as e:
            raise FileNotFoundException(
                f"Failed to find certificate file, '{os.path.abspath(self.cafile)}' does not exist.") from e
    async with _session(self).request(method, url, headers=headers, params=self.combine_parameters(kwargs),
                                      compress=compress, ssl=sslcontext, **kwargs) as response:
        if response.status >= 400:
            raise ClientResponseError(response.status, response.reason, await response.content.read())
        try:
            return await response.json()
        except ContentTypeError:
            return None


async def close_all() -> None:
    """Close every kept session of the running loop (the server is stopping)."""
    loop = asyncio.get_running_loop()
    for session in [s for s in _made if s.connector is None or s.connector._loop is loop]:
        _made.remove(session)
        if not session.closed:
            await session.close()


def register() -> None:
    """Once per process: action calls (every ``EndpointConfig.request``) on kept sessions, closed
    after Rasa's own clean-up when the server stops."""
    import rasa.core.run
    from rasa.utils.endpoints import EndpointConfig

    if getattr(EndpointConfig.request, "__krise_kept__", False):
        return
    request.__krise_kept__ = True  # type: ignore[attr-defined]
    EndpointConfig.request = request
    close_resources = rasa.core.run.close_resources

    async def close_then_sessions(app: Any, loop: Any) -> None:
        try:
            await close_resources(app, loop)
        finally:
            await close_all()

    rasa.core.run.close_resources = close_then_sessions
