"""Against the real servers: the HTTP API is closed and both servers listen on loopback only.

(That nothing a person said is readable in the database bytes is checked where whole first
contacts are saved: test_resilience on SQLite, test_multi_instance on PostgreSQL.)"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
import requests

from bot.channels.rest_client import send
from tests.e2e.dialogue import texts

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("method,path", [
    ("GET", "/conversations/{sender}/tracker"), ("GET", "/conversations/{sender}/story"),
    ("POST", "/conversations/{sender}/messages"), ("PUT", "/conversations/{sender}/tracker/events"),
    ("GET", "/status"), ("GET", "/version"), ("PUT", "/model"), ("POST", "/model/train"), ("DELETE", "/model"),
])
def test_rasa_http_api_refuses(rasa_url: str, method: str, path: str) -> None:
    sender = "e2e-api-" + secrets.token_hex(4)
    assert "Første henvendelse" in texts(send(sender, "ny henvendelse", url=rasa_url))
    answer = requests.request(method, rasa_url + path.format(sender=sender), json={}, timeout=30)
    assert answer.status_code in (404, 405), (path, answer.status_code)
    assert "contact_mode" not in answer.text and "slots" not in answer.text


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket LISTENing on ``port`` (from the kernel's own table)."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:
                found.add(address if width == 8 else "v6:" + address)
    return found


def test_servers_listen_on_loopback_only(served_sqlite) -> None:
    for port in (served_sqlite.rasa_port, served_sqlite.actions_port):
        assert _listening_addresses(port) == {"0100007F"}, port  # 127.0.0.1, nothing else
