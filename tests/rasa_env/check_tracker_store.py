"""Run by ``tests/test_rasa_plugins.py`` with ``.venv-rasa/bin/python`` (Rasa is not in ``.venv``):
the tracker store against a real SQLite file, with Rasa's own events and domain.

Prints one line per check; exits non-zero (an AssertionError) on the first failure.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("KRISE_DATA_DIR", tempfile.mkdtemp(prefix="krise-rasa-env-"))

from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import (  # noqa: E402
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker  # noqa: E402

from bot import keys  # noqa: E402
from bot.keys import conversation_key  # noqa: E402
from bot.rasa_plugins import masking, sqlite_kept, status  # noqa: E402
from bot.rasa_plugins.masking import MASK  # noqa: E402
from bot.rasa_plugins.tracker_store import DatabaseUnavailable, KriseTrackerStore  # noqa: E402

SECRET = "hun heter Kari og bor i Storgata 5"
SENDER = "telegram-123456789"
FREE_TEXT = "Kari sier han truet henne med kniv i går"


def rows(path: Path) -> list[tuple]:
    """Stored events, ``data`` re-serialised without ASCII escapes so non-ASCII text can be searched."""
    with sqlite3.connect(path) as conn:
        raw = conn.execute("SELECT sender_id, type_name, action_name, data FROM events ORDER BY id").fetchall()
    return [(s, t, a, json.dumps(json.loads(d), ensure_ascii=False)) for s, t, a, d in raw]


def turn(tracker: DialogueStateTracker, domain: Domain, text: str, events: list) -> None:
    tracker.update(UserUttered(text, {"name": "inform", "confidence": 1.0},
                               [{"entity": "answer", "value": text, "start": 0, "end": len(text)}],
                               parse_data={"text": text, "intent": {"name": "inform"},
                                           "entities": [{"entity": "answer", "value": text}]},
                               metadata={"chat_id": 123456789}), domain)
    for event in events:
        tracker.update(event, domain)
    tracker.update(ActionExecuted("action_listen"), domain)


async def main() -> None:
    domain = Domain.load(str(ROOT / "domain.yml"))
    path = Path(tempfile.mkdtemp()) / "krise.sqlite3"
    # Fail closed on keys: no check value in the database (not set up), then keys that do not fit it.
    for problem in ("botctl db upgrade", "passer ikke"):
        try:
            KriseTrackerStore(domain=domain, host=f"sqlite:///{path}")
        except SystemExit as exc:
            assert problem in str(exc), str(exc)
        else:
            raise AssertionError(f"the tracker store started although {problem!r}")
        with sqlite3.connect(path) as conn:  # what set-up writes (migration 0007, bot.setup)
            conn.execute("CREATE TABLE IF NOT EXISTS key_check (id INTEGER PRIMARY KEY, fernet_check TEXT NOT NULL, "
                         "hash_check VARCHAR(64) NOT NULL, created_at DATETIME)")
            conn.execute("DELETE FROM key_check")
            other = keys.Keyring((keys.new_fernet_key(),), b"o" * 44, "other")
            token, digest = keys.check_values(other if problem == "botctl db upgrade" else None)
            conn.execute("INSERT INTO key_check (id, fernet_check, hash_check) VALUES (1, ?, ?)", (token, digest))
    print("ok: the tracker store refuses to start without a key check value, or with keys that do not fit")
    sqlite_kept.IDLE_SECONDS = 0.5  # the kept connection's idle time, shorter for the test
    store = KriseTrackerStore(domain=domain, host=f"sqlite:///{path}")

    tracker = DialogueStateTracker(SENDER, domain.slots)
    turn(tracker, domain, SECRET, [
        ActionExecuted("triage_form"), ActiveLoop("triage_form"),
        SlotSet("language", SECRET),           # raw text from a from_text mapping ...
        SlotSet("language", "tigrinja"),       # ... replaced by the validated answer in the same turn
        SlotSet("why_contact_now", FREE_TEXT),  # a free-text answer the form saves at its end
        SlotSet("requested_slot", "perpetrator_relation"),
        BotUttered(f"Oppsummering: {SECRET}", {"buttons": [{"title": "Ja", "payload": "/affirm"}]}),
    ])
    await store.save(tracker)
    stored = rows(path)
    dump = "\n".join(r[3] for r in stored)
    assert SECRET not in dump and "Kari" not in dump, "free text stored"
    assert "123456789" not in dump, "chat id stored"
    assert {r[0] for r in stored} == {conversation_key(SENDER)}, "sender id not hashed"
    assert '"payload": "/affirm"' in dump, "a button's intent should be kept"
    print("ok: user text, bot text, entity values, metadata and chat id are not stored")
    with sqlite3.connect(path) as conn:  # every column as Rasa's own store fills it, in the turn's order
        columns = conn.execute("SELECT type_name, timestamp, intent_name, action_name FROM events ORDER BY id").fetchall()
    assert columns == [(e.type_name, e.timestamp, "inform" if isinstance(e, UserUttered) else None,
                        e.as_dict().get("name")) for e in tracker.events], columns
    assert [c[3] for c in columns] == [None, "triage_form", "triage_form", "language", "language", "why_contact_now",
                                       "requested_slot", None, "action_listen"], columns
    print("ok: one row per event, in order, with its type, time, intent and action or slot name")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal", "the tracker store should use WAL"
    conn.close()
    print("ok: the tracker store writes through SQLite's write-ahead log")

    again = await store.retrieve(SENDER)
    assert again is not None and again.sender_id == SENDER
    assert again.get_slot("language") == "tigrinja", "the current answer must survive"
    assert again.get_slot("why_contact_now") == FREE_TEXT, "a free-text answer must survive, sealed"
    assert "kniv" not in dump and masking.SEALED in dump, "a free-text answer stored unsealed"
    assert again.active_loop_name == "triage_form" and again.get_slot("requested_slot") == "perpetrator_relation"
    assert again.latest_message.intent.get("name") == "inform"
    print("ok: the tracker comes back with the form, the requested slot and the current answer")

    turn(again, domain, "ferdig", [ActionExecuted("action_submit_triage"), SlotSet("language", None),
                                   SlotSet("why_contact_now", None), ActiveLoop(None)])
    await store.save(again)
    languages = [json.loads(r[3])["value"] for r in rows(path) if r[2] == "language"]
    assert "tigrinja" not in languages and languages[-1] is None, languages
    assert MASK in languages
    reasons = [json.loads(r[3])["value"] for r in rows(path) if r[2] == "why_contact_now"]
    assert reasons[-1] is None and not any(str(v).startswith(masking.SEALED) for v in reasons), reasons
    print("ok: an answer is masked in the stored events once the dialogue clears it")

    # A sealed answer from before the recent window: the window's restored slots open it too, on the
    # first read (from the session start), on the next (from where the window began) and in the full tracker.
    long = DialogueStateTracker("telegram-777", domain.slots)
    turn(long, domain, "hvorfor nå", [SlotSet("why_contact_now", FREE_TEXT)])
    for i in range(30):
        turn(long, domain, f"spørsmål {i}", [ActionExecuted("utter_greet")])
    await store.save(long)
    stored_long = sum(1 for r in rows(path) if r[0] == conversation_key("telegram-777"))
    for read in ("first", "next"):
        windowed = await store.retrieve("telegram-777")
        assert len(windowed.events) < stored_long, f"the {read} read was not windowed"
        assert windowed.get_slot("why_contact_now") == FREE_TEXT, f"a sealed answer before the window ({read} read)"
    full = await store.retrieve_full_tracker("telegram-777")
    assert full.get_slot("why_contact_now") == FREE_TEXT and len(full.events) == stored_long
    print("ok: a sealed answer from before the window is opened in the windowed and the full tracker")

    # A new session (8 hours later, slots not carried over): what the old one held is masked.
    other = DialogueStateTracker("telegram-555", domain.slots)
    turn(other, domain, "hei", [SlotSet("language", "Vadsø-dialekt")])
    await store.save(other)
    from rasa.shared.core.events import SessionStarted

    other.update(SessionStarted(), domain)
    turn(other, domain, "hei igjen", [])
    await store.save(other)
    assert "Vadsø" not in "\n".join(r[3] for r in rows(path)), "an old session's answer kept"
    print("ok: a new session masks what the old one held")

    # Turns go over one kept connection: opening the file (and setting WAL on it) for every read and
    # write was three connections a turn (SQLAlchemy 1.4's NullPool for a SQLite file; issue 18).
    import sqlalchemy as sa

    opened: list[object] = []
    sa.event.listen(store.engine, "connect", lambda conn, _record: opened.append(conn))
    store.engine.dispose()
    for _ in range(3):
        kept_conn = await store.retrieve(SENDER)
        assert kept_conn is not None
        turn(kept_conn, domain, "hei", [ActionExecuted("utter_greet")])
        await store.save(kept_conn)
    assert len(opened) == 1, f"{len(opened)} connections opened for three turns"
    print("ok: the tracker store keeps its database connection from turn to turn")

    # ... and closes it when no turn has used it for a while: in WAL mode an open connection holds a
    # shared lock, and another process could never have the file to itself (sqlite_kept).
    await store.save(kept_conn)
    await asyncio.sleep(2 * sqlite_kept.IDLE_SECONDS)
    alone = sqlite3.connect(path, timeout=0, isolation_level=None)
    alone.execute("SELECT count(*) FROM events")
    alone.execute("PRAGMA locking_mode=EXCLUSIVE")
    alone.execute("BEGIN EXCLUSIVE")  # SQLITE_BUSY at once while the store's connection is open
    alone.execute("ROLLBACK")
    alone.close()
    assert len(opened) == 1, "the idle connection was used again instead of closed"
    print("ok: the kept connection is closed when idle, and the file is free for another process")

    # A locked database: the turn is kept in memory, the user is told, and it is saved later. The write
    # lock comes while the store holds its kept connection (a short busy timeout for the test).
    sa.event.listen(store.engine, "connect",
                    lambda conn, _record: conn.execute("PRAGMA busy_timeout=200"), insert=True)
    current = await store.retrieve(SENDER)  # opens the connection the store then keeps
    assert current is not None and len(opened) == 2
    lock = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")  # another process is writing
    turn(current, domain, "neste svar", [SlotSet("perpetrator_relation", "partner")])
    await store.save(current)
    assert len(opened) == 2, "the locked write should have gone over the kept connection"
    assert SENDER in status.UNSAVED, "user not told that the turn is only in memory"
    kept = await store.retrieve(SENDER)
    assert kept is current and kept.get_slot("perpetrator_relation") == "partner", "kept turn not used"
    lock.execute("ROLLBACK")
    # A database that cannot even be read (WAL: readers pass a writer, so an exclusive-mode
    # connection, taken once the store has closed its idle connection): nothing is started over.
    await asyncio.sleep(2 * sqlite_kept.IDLE_SECONDS)
    lock.execute("PRAGMA locking_mode=EXCLUSIVE")
    lock.execute("BEGIN EXCLUSIVE")
    kept = await store.retrieve(SENDER)
    assert kept is current, "kept turn not used while the database cannot be read"
    try:
        await store.retrieve("someone-else")
    except DatabaseUnavailable:
        assert status.take_unavailable("someone-else")
    else:
        raise AssertionError("reading a conversation from a locked database must raise DatabaseUnavailable")
    lock.execute("ROLLBACK")
    lock.close()
    back = await store.retrieve(SENDER)  # flushes the kept turn first
    assert SENDER not in status.UNSAVED
    assert back is not current and back.get_slot("perpetrator_relation") == "partner", "kept turn lost"
    count = len(rows(path))
    await store.save(back)
    assert len(rows(path)) == count, "a flushed turn must not be stored twice"
    print("ok: a turn the locked database refused is kept, used, and saved once when the lock is gone")

    # A new conversation as Rasa starts one: the empty tracker it saves first costs no SQL; the first
    # turn is then stored whole, one row per event in order, and read back the same.
    statements: list[str] = []

    def seen(conn, cursor, statement, *_args) -> None:  # noqa: ANN001
        statements.append(statement)
    sa.event.listen(store.engine, "before_cursor_execute", seen)
    assert await store.retrieve("new-conversation") is None
    reads = list(statements)  # what finding nothing takes
    statements.clear()
    new = await store.get_or_create_tracker("new-conversation", append_action_listen=False)
    assert not new.events, "a new conversation starts empty"
    assert statements == reads, f"creating a conversation ran more than the look-up: {statements[len(reads):]}"
    statements.clear()
    await store.save(DialogueStateTracker("another-new-one", domain.slots))
    assert statements == [], f"saving an empty tracker ran SQL: {statements}"
    new.update(SessionStarted(), domain)
    new.update(ActionExecuted("action_listen"), domain)
    turn(new, domain, "hei", [ActionExecuted("utter_greet"), BotUttered("Hei!")])
    await store.save(new)
    sa.event.remove(store.engine, "before_cursor_execute", seen)
    with sqlite3.connect(path) as conn:
        types = [t for t, in conn.execute("SELECT type_name FROM events WHERE sender_id = ? ORDER BY id",
                                          (conversation_key("new-conversation"),))]
    assert types == [e.type_name for e in new.events], types
    back = await store.retrieve("new-conversation")
    assert [e.type_name for e in back.events] == types, "the first turn read back differs"
    print("ok: a new conversation's empty tracker is saved without SQL; its first turn is stored whole")


if __name__ == "__main__":
    asyncio.run(main())
