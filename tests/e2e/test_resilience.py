"""Nothing lost: a half-answered first contact survives SIGKILL of both servers, an action server
that is down, and a database that refuses writes or reads — and goes on at the same question.

One server pair on its own SQLite database and data directory (the embedded default set-up),
killed and restarted in the middle. A reference conversation, never interrupted, answers the same
buttons on the same servers: after each fault the interrupted one must get exactly its replies.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bot.channels.rest_client import send
from bot.config import PROJECT_ROOT
from bot.rasa_plugins import replies as channel
from bot.testing.served import served_instance, start, wait_until_ready
from tests.e2e.dialogue import START, complete_triage, leaks, next_answer, note_sentences, texts

pytestmark = pytest.mark.e2e

GUIDE_QUESTION = "hvordan bestiller jeg tolk til familien Qwxzyk?"


@pytest.fixture
def own_setup(resilience_servers, monkeypatch):
    """DATABASE_URL and KRISE_DATA_DIR of its own (migrated, with its own key file), and the first
    server pair on them (started early, while other tests run: tests/server_fixtures.py)."""
    served, env = resilience_servers
    monkeypatch.setenv("KRISE_DATA_DIR", env["KRISE_DATA_DIR"])
    monkeypatch.setenv("DATABASE_URL", env["DATABASE_URL"])
    return Path(env["KRISE_DATA_DIR"]), env["DATABASE_URL"], served


class Conversation:
    def __init__(self, name: str) -> None:
        self.sender = f"e2e-{name}-" + secrets.token_hex(4)
        self.replies: list[list[dict]] = []

    def say(self, url: str, message: str) -> list[dict]:
        reply = send(self.sender, message, url=url, timeout=120)
        self.replies.append(reply)
        return reply

    def answer(self, url: str) -> list[dict]:
        return self.say(url, next_answer(self.replies[-1]))


def _questions(replies: list[dict]) -> str:
    """The reply without the parts that may legitimately differ (none today; kept explicit)."""
    return texts(replies)


def test_first_contact_survives_kills_and_faults(own_setup, tmp_path) -> None:
    data, url, served = own_setup
    db_file = data / "krise.sqlite3"
    reference, victim = Conversation("ref"), Conversation("victim")
    base = served.url
    for conv in (reference, victim):
        conv.say(base, START)
    for _ in range(3):
        reference.answer(base)
        victim.answer(base)
    for _ in range(4):  # the reference runs ahead: it shows what the victim must get next
        reference.answer(base)

    # 1. SIGKILL of both servers (and serve.sh) in the middle of the form; start them again.
    served.kill()
    served = start(tmp_path / "serve-2.log")
    try:
        assert wait_until_ready(served), (tmp_path / "serve-2.log").read_text()
        base = served.url
        assert _questions(victim.answer(base)) == _questions(reference.replies[4]), "lost its place after SIGKILL"

        # 2. The action server dies: a clear Norwegian reply, nothing handled; back up, same question.
        os.kill(served.server_pid("actions"), 9)
        pending = next_answer(victim.replies[-1])
        assert texts(victim.say(base, pending)) == channel.ACTIONS_DOWN
        with served_instance(tmp_path / "actions.log", serve="actions", actions_port=served.actions_port):
            assert _questions(victim.say(base, pending)) == _questions(reference.replies[5])

            # 3. The database refuses writes (another process holds the write lock): the turn is
            #    answered, kept in memory, the user told — and stored once the lock is gone.
            lock = sqlite3.connect(db_file, isolation_level=None, timeout=30)
            lock.execute("BEGIN IMMEDIATE")
            try:
                reply = victim.answer(base)
            finally:
                lock.execute("ROLLBACK")
            assert _questions(reply[:-1]) == _questions(reference.replies[6])
            assert reply[-1]["text"] == channel.NOT_SAVED["down"]

            # 4. The database cannot even be read: said plainly, the message is not handled. (In WAL
            #    mode readers pass a writer's lock; an exclusive-mode connection keeps them out.)
            lock.execute("PRAGMA locking_mode=EXCLUSIVE")
            lock.execute("BEGIN EXCLUSIVE")
            try:
                refused = Conversation("unread").say(base, START)
            finally:
                lock.execute("ROLLBACK")
                lock.close()
            assert texts(refused) == channel.DATABASE_DOWN

            # 5. Back to normal: the kept turn was stored, the form goes on to a saved case (the
            #    reference asks the guide something on the way: typed text that must not be stored).
            middle = reference.say(base, GUIDE_QUESTION)
            reference_ref = complete_triage(lambda m: reference.say(base, m), middle)
            victim_ref = complete_triage(lambda m: victim.say(base, m), victim.replies[-1])
            assert "Merk:" not in texts(victim.replies[-1])
    finally:
        if served.proc.poll() is None:
            served.kill()

    out = subprocess.run([str(PROJECT_ROOT / "botctl"), "cases", "export"], cwd=PROJECT_ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    cases = {c["ref"]: c for c in json.loads(out.stdout)}
    assert set(cases) == {reference_ref, victim_ref}  # each stored exactly once
    assert cases[victim_ref]["triage"] == cases[reference_ref]["triage"]  # 0 answers lost

    # Erasure: deleting the case removes the conversation it was saved from, and only that one.
    from bot.keys import conversation_key

    def events(sender: str) -> int:
        with sqlite3.connect(db_file) as conn:
            return conn.execute("SELECT count(*) FROM events WHERE sender_id = ?",
                                (conversation_key(sender),)).fetchone()[0]

    assert events(victim.sender) > 20 and events(reference.sender) > 20
    deleted = subprocess.run([str(PROJECT_ROOT / "botctl"), "cases", "delete", victim_ref, "--yes"], cwd=PROJECT_ROOT,
                             capture_output=True, text=True, timeout=120)
    assert deleted.returncode == 0, deleted.stderr
    assert events(victim.sender) == 0 and events(reference.sender) > 20
    raw = b"".join(p.read_bytes() for p in Path(data).glob("krise.sqlite3*"))
    assert victim.sender.encode() not in raw and reference.sender.encode() not in raw  # ids only as keyed hashes
    # Nothing said is readable in the database file: the notes are encrypted, the conversation masked.
    assert reference_ref.encode() in raw  # the real file: the opaque ref is stored in clear
    note = cases[reference_ref]["journal_note"]
    assert leaks(raw, [*note_sentences(note), "Journalnotat – første henvendelse", "Oppsummering"]) == []
    with sqlite3.connect(db_file) as conn:
        stored = "\n".join(json.dumps(json.loads(d), ensure_ascii=False) for (d,) in conn.execute("SELECT data FROM events"))
    assert stored and "Qwxzyk" not in stored  # (the question itself is in answer_log, by design)
