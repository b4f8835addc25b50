"""Against the real servers: the HTTP API is closed and both servers listen on loopback only.

(That nothing a person said is readable in the database bytes is checked where whole first
contacts are saved: test_resilience on SQLite, test_multi_instance on PostgreSQL.)"""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None])
def test_rest_takes_only_json_content_type(rasa_url: str, e2e_database_url: str, content_type) -> None:
    """Issue 15: a page open in a local browser can post ``text/plain`` (a «simple» request, no CORS
    preflight) to the loopback REST channel. Only ``application/json`` is read; the rest gets 415
    and nothing reaches Rasa."""
    from sqlalchemy import create_engine, text

    from bot.keys import conversation_key

    sender = "e2e-ct-" + secrets.token_hex(4)
    body = json.dumps({"sender": sender, "message": "ny henvendelse"})
    headers = {"Content-Type": content_type} if content_type else {}
    answer = requests.post(rasa_url + "/webhooks/rest/webhook", data=body.encode(), headers=headers, timeout=30)
    if content_type is None:  # requests sends no Content-Type for raw bytes
        assert "Content-Type" not in answer.request.headers
    assert answer.status_code == 415
    assert "application/json" in answer.json()["feil"]
    engine = create_engine(e2e_database_url)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM events WHERE sender_id = :s"),
                              {"s": conversation_key(sender)}).scalar_one()
    engine.dispose()
    assert stored == 0


def test_rest_still_takes_json_with_a_charset(rasa_url: str) -> None:
    sender = "e2e-ct-" + secrets.token_hex(4)
    answer = requests.post(rasa_url + "/webhooks/rest/webhook", timeout=30,
                           data=json.dumps({"sender": sender, "message": "hei"}).encode(),
                           headers={"Content-Type": "application/json; charset=utf-8"})
    assert answer.status_code == 200 and answer.json()


def test_a_browser_preflight_is_not_allowed(rasa_url: str) -> None:
    """What makes ``application/json`` safe: a browser asks first (CORS preflight), and the server
    does not allow any origin."""
    answer = requests.options(rasa_url + "/webhooks/rest/webhook", timeout=30, headers={
        "Origin": "http://evil.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert "Access-Control-Allow-Origin" not in answer.headers
