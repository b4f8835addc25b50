"""The gate and the role checks fail closed (issue 15): the real PTB ``Application`` the bridge
builds, in process, against the Bot API stand-in and a recording Rasa on loopback.

Whatever goes wrong while deciding who someone is or what they may do – SQLite locked, an
``OperationalError``, a pool timeout, anything else – the person gets one sentence and the update
stops there: nothing reaches Rasa, nothing is exported, and no later handler group runs. Replies go
only to the sender's own private chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import sqlalchemy.exc
from sqlalchemy import select
from telegram import Update

from bot.storage import case_store, db, staff_store
from bot.storage.models import AuditEvent
from bot.telegram import texts
from bot.telegram.app import build_application
from bot.telegram.bridge import BRIDGE_KEY
from bot.telegram.rasa import RasaClient
from bot.telegram.settings import Settings
from bot.testing.botapi_standin import BotApiStandIn

LEADER, STAFF_ID, STRANGER, OTHER_CHAT = 710_000_001, 710_000_002, 710_000_003, 710_000_099


class RecordingRasa:
    """A REST channel stand-in on loopback that records every message it is sent."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                recorder.received.append(body)
                data = json.dumps([{"recipient_id": body.get("sender"), "text": "Svar fra Rasa"}]).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def api() -> Iterator[BotApiStandIn]:
    with BotApiStandIn() as standin:
        yield standin


@pytest.fixture
def rasa() -> Iterator[RecordingRasa]:
    recorder = RecordingRasa()
    yield recorder
    recorder.close()


@pytest.fixture
def people(database) -> dict[str, Any]:
    """A leader, an ordinary staff member and a saved case in this test's own database."""
    with db.session_scope() as session:
        leader = staff_store.add_staff(session, LEADER, role="leder").display_code
        staff_store.add_staff(session, STAFF_ID, role="ansatt")
        ref = case_store.create_case(session, {"contact_mode": "telefon", "children_count": 2}).ref
    return {"leader": leader, "ref": ref}


@contextlib.asynccontextmanager
async def bridge_app(api: BotApiStandIn, rasa: RecordingRasa, tmp_path) -> AsyncIterator[Any]:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_URL": api.url,
                                  "RASA_PORT": str(rasa.port), "KRISE_DATA_DIR": str(tmp_path)})
    application = build_application(settings, sender_key=b"k" * 32)
    async with application:
        bridge = application.bot_data[BRIDGE_KEY]
        bridge.rasa = RasaClient(settings.rasa_url, 10)
        try:
            yield application
        finally:
            await bridge.rasa.aclose()


_update_ids = iter(range(1, 10_000))


def message(user_id: int, text: str, chat_id: int | None = None) -> dict:
    data: dict[str, Any] = {"message_id": next(_update_ids), "date": 0, "text": text,
                            "chat": {"id": chat_id or user_id, "type": "private", "first_name": "A"},
                            "from": {"id": user_id, "is_bot": False, "first_name": "A"}}
    if text.startswith("/"):
        data["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": next(_update_ids), "message": data}


async def send(application, data: dict) -> None:
    await application.process_update(Update.de_json(data, application.bot))


def texts_to(api: BotApiStandIn, chat_id: int) -> list[str]:
    return [m.text for m in api.sent_to(chat_id)]


def exports_logged() -> int:
    with db.session_scope() as session:
        return len(session.scalars(select(AuditEvent).where(AuditEvent.action == "case_exported")).all())


def _locked() -> Exception:
    return sqlalchemy.exc.OperationalError("SELECT staff_members", {}, sqlite3.OperationalError("database is locked"))


FAILURES: dict[str, Callable[[], Exception]] = {
    "sqlite-locked": _locked,
    "pool-timeout": lambda: sqlalchemy.exc.TimeoutError("QueuePool limit of size 5 overflow 10 reached"),
    "timeout": lambda: TimeoutError("timed out"),
    "anything": lambda: RuntimeError("unexpected"),
}


def raising(make: Callable[[], Exception], after: int = 0) -> Callable[..., Any]:
    """A ``find_staff`` that answers truly ``after`` times, then raises."""
    real = staff_store.find_staff
    calls = {"n": 0}

    def find_staff(session, telegram_user_id):
        calls["n"] += 1
        if calls["n"] > after:
            raise make()
        return real(session, telegram_user_id)

    return find_staff


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_failing_lookup_refuses_and_stops(failure, api, rasa, people, tmp_path, monkeypatch) -> None:
    """A stranger's question while the staff look-up fails reaches nobody."""
    monkeypatch.setattr(staff_store, "find_staff", raising(FAILURES[failure]))

    async def scenario() -> None:
        async with bridge_app(api, rasa, tmp_path) as application:
            await send(application, message(STRANGER, "hvordan bestiller jeg tolk?"))
            await send(application, message(STAFF_ID, "hvordan bestiller jeg tolk?"))

    asyncio.run(scenario())
    assert rasa.received == []
    assert texts_to(api, STRANGER) == [texts.ACCESS_UNAVAILABLE]
    assert texts_to(api, STAFF_ID) == [texts.ACCESS_UNAVAILABLE]


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_revoked_leader_exports_nothing_while_the_lookup_fails(failure, api, rasa, people, tmp_path,
                                                                monkeypatch) -> None:
    ref = people["ref"]

    async def scenario() -> None:
        async with bridge_app(api, rasa, tmp_path) as application:
            await send(application, message(LEADER, "/saker"))  # allowed: the leader is known
            assert ref in texts_to(api, LEADER)[-1]
            with db.session_scope() as session:
                staff_store.deactivate_staff(session, people["leader"])
            monkeypatch.setattr(staff_store, "find_staff", raising(FAILURES[failure]))
            await send(application, message(LEADER, f"/eksport {ref}"))

    asyncio.run(scenario())
    assert exports_logged() == 0
    assert texts_to(api, LEADER)[1:] == [texts.ACCESS_UNAVAILABLE]


def test_a_role_check_that_fails_refuses(api, rasa, people, tmp_path, monkeypatch) -> None:
    """The gate let the leader through, then deciding the role for /eksport fails: no export."""
    async def scenario() -> None:
        async with bridge_app(api, rasa, tmp_path) as application:
            monkeypatch.setattr(staff_store, "find_staff", raising(_locked, after=1))
            await send(application, message(LEADER, f"/eksport {people['ref']}"))

    asyncio.run(scenario())
    assert texts_to(api, LEADER) == [texts.ACCESS_UNAVAILABLE]
    assert exports_logged() == 0


def test_a_real_sqlite_lock(api, rasa, people, tmp_path, database) -> None:
    """SQLite held by another process (as during ``keys rotate`` or ``purge``): refused, not passed on."""
    path = database.removeprefix("sqlite:///")

    async def scenario() -> None:
        async with bridge_app(api, rasa, tmp_path) as application:
            # SQLite runs in WAL mode: readers pass a plain exclusive transaction, only an exclusive-mode
            # lock keeps them out, and it can be taken only while no connection is open (an idle one
            # holds a shared lock on the file): this process's pooled connections are closed first.
            db.reset_engines()
            holder = sqlite3.connect(path, isolation_level=None, timeout=30)
            holder.execute("PRAGMA locking_mode=EXCLUSIVE")
            holder.execute("BEGIN EXCLUSIVE")
            try:
                await send(application, message(STRANGER, "hvordan bestiller jeg tolk?"))
            finally:
                holder.execute("ROLLBACK")
                holder.close()

    asyncio.run(scenario())
    assert rasa.received == []
    assert texts_to(api, STRANGER) == [texts.ACCESS_UNAVAILABLE]


def test_an_error_anywhere_in_the_gate_stops_the_update(api, rasa, people, tmp_path) -> None:
    """Not only the look-up: whatever the gate raises, the error handler ends the update."""
    async def scenario() -> None:
        async with bridge_app(api, rasa, tmp_path) as application:
            bridge = application.bot_data[BRIDGE_KEY]

            def broken(key: int):
                raise RuntimeError("limiter broke")

            bridge.limiter.hit = broken
            await send(application, message(STAFF_ID, "hvordan bestiller jeg tolk?"))
            await send(application, message(LEADER, f"/eksport {people['ref']}"))

    asyncio.run(scenario())
    assert rasa.received == []
    assert exports_logged() == 0
    assert all(text == texts.ERROR for text in texts_to(api, STAFF_ID) + texts_to(api, LEADER))


def test_replies_go_only_to_the_senders_own_chat(api, rasa, people, tmp_path) -> None:
    """A forged update: the leader's id as sender, another chat as the chat. Nothing goes there."""
    async def scenario() -> None:
        async with bridge_app(api, rasa, tmp_path) as application:
            await send(application, message(LEADER, f"/eksport {people['ref']}", chat_id=OTHER_CHAT))
            await send(application, message(LEADER, "hvordan bestiller jeg tolk?", chat_id=OTHER_CHAT))

    asyncio.run(scenario())
    assert api.sent_to(OTHER_CHAT) == [] and api.calls_for(OTHER_CHAT) == []
    assert rasa.received == [] and exports_logged() == 0


def test_the_export_goes_to_the_leader_protected(api, rasa, people, tmp_path) -> None:
    """The normal case still works: the export reaches the leader's private chat, protected from
    forwarding and saving."""
    async def scenario() -> None:
        async with bridge_app(api, rasa, tmp_path) as application:
            await send(application, message(LEADER, f"/eksport {people['ref']}"))

    asyncio.run(scenario())
    sent = api.method_calls("sendMessage")
    assert sent and all(c.params["chat_id"] == LEADER for c in sent)
    assert json.loads(texts_to(api, LEADER)[0])["ref"] == people["ref"]
    assert all(c.params.get("protect_content") in (True, "true", "True") for c in sent)
    assert exports_logged() == 1


def test_staff_still_get_through(api, rasa, people, tmp_path) -> None:
    async def scenario() -> None:
        async with bridge_app(api, rasa, tmp_path) as application:
            await send(application, message(STAFF_ID, "hvordan bestiller jeg tolk?"))
            await send(application, message(STAFF_ID, f"/eksport {people['ref']}"))
            await send(application, message(STRANGER, "hei"))

    asyncio.run(scenario())
    assert [r["message"] for r in rasa.received] == ["hvordan bestiller jeg tolk?"]
    assert texts_to(api, STAFF_ID) == ["Svar fra Rasa", texts.ONLY_LEADERS]
    assert texts_to(api, STRANGER) == [texts.REFUSAL]
