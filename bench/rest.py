"""A keep-alive JSON POST client on ``http.client`` for the load generator.

Why not ``requests``: the load generator shares the machine's two cores with the servers it
measures, so its own CPU per turn is part of every throughput figure. ``requests.Session`` costs
about 1.2 ms of CPU per turn (header objects, hooks, adapters, urllib3's pool); one persistent
``http.client`` connection does the same POST, status check and JSON parse for a fraction of it.
"""

from __future__ import annotations

import http.client
import json
from typing import Any
from urllib.parse import urlsplit

# A kept-alive connection the server closed while idle fails on reuse with one of these; the request
# never reached the server, so it is sent once more on a new connection (as urllib3 does).
_STALE = (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError)


class HTTPStatusError(RuntimeError):
    """The server answered with a status other than 2xx."""


class JsonClient:
    """One kept-alive connection to one server (not thread-safe: one per thread)."""

    def __init__(self, base_url: str, timeout: float = 600) -> None:
        parts = urlsplit(base_url)
        if parts.scheme != "http" or not parts.hostname:
            raise ValueError(f"only plain http URLs: {base_url!r}")
        self.host, self.port, self.timeout = parts.hostname, parts.port or 80, timeout
        self.prefix = parts.path.rstrip("/")
        self._conn: http.client.HTTPConnection | None = None

    def _connection(self) -> tuple[http.client.HTTPConnection, bool]:
        """The open connection and whether it was used before (may have gone stale)."""
        if self._conn is None:
            self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            return self._conn, False
        return self._conn, True

    def post(self, path: str, payload: Any) -> Any:
        """POST ``payload`` as JSON and return the parsed JSON answer; ``HTTPStatusError`` unless 2xx."""
        body = json.dumps(payload).encode()
        headers = {"Content-Type": "application/json", "Content-Length": str(len(body))}
        while True:
            conn, reused = self._connection()
            try:
                conn.request("POST", self.prefix + path, body, headers)
                response = conn.getresponse()
                data = response.read()
            except _STALE:
                self.close()
                if reused:
                    continue
                raise
            except BaseException:
                self.close()
                raise
            if response.will_close:
                self.close()
            if not 200 <= response.status < 300:
                raise HTTPStatusError(f"{response.status} {response.reason} for POST {path}")
            return json.loads(data)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
