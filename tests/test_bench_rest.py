"""The load generator's keep-alive JSON client (bench/rest.py) against a real HTTP server on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.rest import HTTPStatusError, JsonClient


class _Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Sanic answers
    connections: list[int] = []  # noqa: RUF012 - one list per test server, reset by the fixture
    close_after_reply = False

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        type(self).connections.append(id(self.connection))
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        status = 500 if payload.get("fail") else 200
        body = json.dumps([{"echo": payload, "path": self.path}]).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        if type(self).close_after_reply:  # an idle timeout on the server's side, without saying so
            self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[_Echo]]]:
    handler = type("Echo", (_Echo,), {"connections": [], "close_after_reply": False})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_posts_json_and_keeps_one_connection(server: tuple[str, type[_Echo]]) -> None:
    url, handler = server
    client = JsonClient(url)
    answers = [client.post("/webhooks/rest/webhook", {"sender": "s", "message": f"m{i}"}) for i in range(5)]
    client.close()
    assert [a[0]["echo"]["message"] for a in answers] == [f"m{i}" for i in range(5)]
    assert {a[0]["path"] for a in answers} == {"/webhooks/rest/webhook"}
    assert len(set(handler.connections)) == 1  # keep-alive: one connection for all five turns


def test_a_connection_the_server_closed_is_opened_again(server: tuple[str, type[_Echo]]) -> None:
    url, handler = server
    handler.close_after_reply = True  # the server drops every connection after its reply, silently
    client = JsonClient(url)
    answers = [client.post("/x", {"n": i}) for i in range(3)]
    client.close()
    assert [a[0]["echo"]["n"] for a in answers] == [0, 1, 2]
    assert len(handler.connections) == 3  # each request reached the server exactly once


def test_an_error_status_raises(server: tuple[str, type[_Echo]]) -> None:
    url, _ = server
    client = JsonClient(url)
    with pytest.raises(HTTPStatusError, match="500"):
        client.post("/x", {"fail": True})
    assert client.post("/x", {"n": 1})[0]["echo"] == {"n": 1}  # the client is still usable
    client.close()


def test_only_plain_http() -> None:
    with pytest.raises(ValueError):
        JsonClient("https://example.org")
