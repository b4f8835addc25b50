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
from tests.e2e.dialogue import stored_event_count, texts

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
    sender = "e2e-ct-" + secrets.token_hex(4)
    body = json.dumps({"sender": sender, "message": "ny henvendelse"})
    headers = {"Content-Type": content_type} if content_type else {}
    answer = requests.post(rasa_url + "/webhooks/rest/webhook", data=body.encode(), headers=headers, timeout=30)
    if content_type is None:  # requests sends no Content-Type for raw bytes
        assert "Content-Type" not in answer.request.headers
    assert answer.status_code == 415
    assert "application/json" in answer.json()["feil"]
    assert stored_event_count(e2e_database_url, sender) == 0


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


def test_what_the_servers_write_is_private(served_sqlite, e2e_data_dir) -> None:
    """serve.sh runs with umask 0077 (issue 15): the logs are the service account's only."""
    logs = e2e_data_dir / "logs"
    found = [p for p in logs.iterdir() if p.is_file()]
    assert found
    assert oct(logs.stat().st_mode & 0o777) == "0o700"
    assert {p.name: oct(p.stat().st_mode & 0o777) for p in found} == {p.name: "0o600" for p in found}


def test_the_rasa_server_refuses_keys_that_do_not_fit(tmp_path) -> None:
    """Fail closed on keys, with the real Rasa server: its tracker store finds that the key file does
    not open the check value set-up stored, and the server stops, saying why (issue 15)."""
    import json as _json
    import os
    import subprocess

    from bot import keys
    from bot.config import PROJECT_ROOT
    from bot.testing.served import free_port

    data = tmp_path / "data"
    env = {**os.environ, "KRISE_DATA_DIR": str(data), "DATABASE_URL": f"sqlite:///{data / 'krise.sqlite3'}",
           "KRISE_SERVE": "rasa", "RASA_PORT": str(free_port()), "ACTIONS_PORT": str(free_port())}
    env.pop(keys.KEYS_ENV, None)
    assert subprocess.run([str(PROJECT_ROOT / "botctl"), "db", "upgrade"], env=env, capture_output=True,
                          timeout=120).returncode == 0
    (data / "secrets" / "keys.json").write_text(_json.dumps({"fernet": [keys.new_fernet_key()], "hash_key": "h" * 44}))
    out = subprocess.run([str(PROJECT_ROOT / "scripts" / "serve.sh")], env=env, capture_output=True, text=True,
                         timeout=600, cwd=PROJECT_ROOT)
    assert out.returncode == 1
    assert "Rasa-serveren starter ikke" in out.stderr and "passer ikke" in out.stderr, out.stderr


def _stored(database_url: str, sender: str) -> str:
    """Every stored event of this conversation, as one string."""
    from sqlalchemy import create_engine, text

    from bot.keys import conversation_key

    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT data FROM events WHERE sender_id = :s ORDER BY id"),
                            {"s": conversation_key(sender)}).scalars().all()
    engine.dispose()
    return "\n".join(json.dumps(json.loads(r), ensure_ascii=False) for r in rows)


def test_metadata_sent_to_rest_does_not_land_in_a_slot(rasa_url, e2e_database_url) -> None:
    """Issue 15: Rasa copies a new session's metadata into ``session_started_metadata``; every slot
    value that can hold typed text is masked before it is stored."""
    sender = "e2e-meta-" + secrets.token_hex(4)
    answer = requests.post(rasa_url + "/webhooks/rest/webhook", timeout=60, json={
        "sender": sender, "message": "hei", "metadata": {"navn": "Kari Nordmann", "adresse": "Storgata 12"}})
    assert answer.status_code == 200
    stored = _stored(e2e_database_url, sender)
    assert stored and "session_started_metadata" in stored
    assert "Kari" not in stored and "Storgata" not in stored


def test_the_answer_log_cannot_be_joined_to_the_conversation(rasa_url, e2e_database_url) -> None:
    """Issue 15: a guide answer and a 👎 over REST. The button's token is in the reply, nowhere in the
    stored conversation, and not in the answer log either; the log's row has no time of day."""
    from sqlalchemy import create_engine, text

    sender = "e2e-log-" + secrets.token_hex(4)
    reply = send(sender, "hvordan bestiller jeg tolk?", url=rasa_url)
    vote = next(b["payload"] for m in reply for b in m.get("buttons", []) if b["payload"].startswith("/feedback")
                and '"down"' in b["payload"])
    token = json.loads(vote[len("/feedback"):])["answer_ref"]
    source = next(m["custom"]["sources"][0]["id"] for m in reply if "custom" in m)
    thanks = send(sender, vote, url=rasa_url)
    assert "Takk" in " ".join(m.get("text", "") for m in thanks)
    stored = _stored(e2e_database_url, sender)
    assert token not in stored and source not in stored and "Slik bestiller du tolk" not in stored
    engine = create_engine(e2e_database_url)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM answer_log WHERE vote = 'down'"))]
    engine.dispose()
    assert rows and not any(token in repr(r) for r in rows)
    assert all(str(r["asked_at"]).endswith("00:00:00") or "00:00:00" in str(r["asked_at"]) for r in rows)
    assert all(str(r["question"]).startswith("gAAAAA") for r in rows)
