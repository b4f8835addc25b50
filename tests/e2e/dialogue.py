"""Drive a first contact over REST by its buttons, so the tests survive changes to the wording.

Each bot reply's last message with buttons is answered with the first answer button
(``/inform{...}``); a question without buttons gets a free-text answer that fits it (``free_text``).
The dialogue ends when the case is saved («Lagret som sak K-…»).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Callable, Iterable

from bot.config import PROJECT_ROOT

START = "ny henvendelse"
FREE_TEXT = "tigrinja"
# Questions without buttons, by a word in them, and a plain answer to each; any other: «vet ikke».
FREE_TEXT_BY_WORD = (("språk", FREE_TEXT), ("barn", "2"))
SAVED = re.compile(r"Lagret som sak (K-[23456789A-Z]{6})")
MAX_TURNS = 60

Say = Callable[[str], list[dict]]


def texts(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def next_answer(messages: list[dict]) -> str:
    """The first answer button of the last message that has buttons, else free text."""
    for message in reversed(messages):
        answers = [b["payload"] for b in message.get("buttons") or [] if b["payload"].startswith("/inform")]
        if answers:
            return answers[0]
    return free_text(texts(messages[-1:]))


def free_text(question: str) -> str:
    lowered = question.lower()
    return next((answer for word, answer in FREE_TEXT_BY_WORD if word in lowered), "vet ikke")


def answer_questions(say: Say, replies: list[dict], count: int) -> list[list[dict]]:
    """Answer ``count`` questions in a row, starting from ``replies`` (the last reply seen)."""
    seen = []
    for _ in range(count):
        replies = say(next_answer(replies))
        seen.append(replies)
    return seen


def complete_triage(say: Say, replies: list[dict] | None = None) -> str:
    """Answer until the case is saved (from the start when ``replies`` is None); returns its ref."""
    transcript: list[str] = []
    if replies is None:
        replies = say(START)
        transcript.append(f"> {START}\n< {texts(replies)[:200]}")
    for _ in range(MAX_TURNS):
        found = SAVED.search(texts(replies))
        if found:
            return found.group(1)
        message = next_answer(replies)
        replies = say(message)
        transcript.append(f"> {message}\n< {texts(replies)[:200]}")
    raise AssertionError(f"no case saved after {MAX_TURNS} turns; the first turns:\n" + "\n".join(transcript[:12]))


def leaks(raw: bytes, secrets: Iterable[str]) -> list[str]:
    """The secrets found in ``raw`` database bytes, as plain UTF-8 or escaped inside JSON."""
    found = []
    for secret in secrets:
        for form in (secret, json.dumps(secret)[1:-1]):
            if form.encode("utf-8") in raw:
                found.append(form)
    return found


def note_sentences(journal_note: str) -> list[str]:
    """The note's distinctive lines (the known sentences a raw-bytes check looks for)."""
    return [line for line in journal_note.splitlines() if len(line) > 30]


def export(database_url: str) -> list[dict]:
    """``./botctl cases export`` against that database (CONTRACTS.md §4)."""
    env = dict(os.environ, DATABASE_URL=database_url)
    out = subprocess.run([str(PROJECT_ROOT / "botctl"), "cases", "export"], cwd=PROJECT_ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def stored_event_count(database_url: str, sender: str) -> int:
    """How many tracker events the database holds for ``sender`` (stored under its keyed hash): the check that a
    refused or unlocked message left nothing behind."""
    from sqlalchemy import create_engine, text

    from bot.keys import conversation_key

    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM events WHERE sender_id = :k"),
                                    {"k": conversation_key(sender)}).scalar_one())
    finally:
        engine.dispose()


def stored_actions(database_url: str, sender: str) -> list[tuple[str, str | None]]:
    """The actions stored for ``sender``, in order: (name, the policy that chose it; «followup_action» when the
    action before named it)."""
    from sqlalchemy import create_engine, text

    from bot.keys import conversation_key

    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT data FROM events WHERE sender_id = :k AND type_name = 'action' ORDER BY id"),
                                {"k": conversation_key(sender)}).scalars().all()
    finally:
        engine.dispose()
    return [(event["name"], event.get("policy")) for event in map(json.loads, rows)]
