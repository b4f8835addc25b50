"""Run by ``tests/e2e/test_tracker_window.py`` with ``.venv-rasa/bin/python``: a real conversation,
as the served bot stored it, stored again turn by turn into a scratch database through the real
tracker store. For every message, the tracker the store loads (the recent window, read from where
the previous one began) plus the turn's events must give the policies, at every point where Rasa
predicts an action, the same states as the whole conversation, and the tracker the same state.
Then: rows deleted before the window (``botctl cases delete``) make the store read it all again,
and a save stores exactly the new events (never the synthetic ones).

    check_window.py DATABASE_URL SENDER_ID   (KRISE_DATA_DIR / keys as the servers had them)

Prints ``ok:`` lines; exits non-zero (an AssertionError) on the first difference.
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
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")

import sqlalchemy as sa  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import ActionExecuted, UserUttered, deserialise_events  # noqa: E402
from rasa.shared.core.trackers import DialogueStateTracker  # noqa: E402

from bot import keys  # noqa: E402
from bot.keys import conversation_key  # noqa: E402
from bot.rasa_plugins import masking, window  # noqa: E402
from bot.rasa_plugins.tracker_store import KriseTrackerStore  # noqa: E402
from bot.storage import crypto  # noqa: E402

# TED and memoization read the last max_history (4) states, the rules a few: compare more.
COMPARED_STATES = 8
COLUMNS = ("id", "sender_id", "type_name", "timestamp", "intent_name", "action_name", "data")


def stored_rows(url: str, key: str) -> list[dict]:
    engine = sa.create_engine(url.replace("postgresql+psycopg:", "postgresql+psycopg2:"))
    with engine.connect() as conn:
        rows = conn.execute(sa.text(f"SELECT {', '.join(COLUMNS)} FROM events WHERE sender_id = :key ORDER BY id"),
                            {"key": key})
        return [dict(zip(COLUMNS, row, strict=True)) for row in rows]


def tracker_state(tracker: DialogueStateTracker) -> dict:
    """What Rasa and the actions read of a tracker (not ``latest_bot_utterance``: nothing reads it)."""
    loop = tracker.active_loop
    return {
        "slots": tracker.current_slot_values(),
        "loop": None if loop is None else (loop.name, loop.is_interrupted, loop.rejected, loop.trigger_message),
        "latest_action": tracker.latest_action,
        "latest_message": tracker.latest_message.parse_data if tracker.latest_message else None,
        "followup": tracker.followup_action,
        "paused": tracker.is_paused(),
    }


def states(tracker: DialogueStateTracker, domain: Domain, rule_only: dict | None) -> list[list]:
    """The tails the policies read, with each option they use (RulePolicy: unset slots omitted;
    TED and memoization: rule-only turns hidden)."""
    return [tracker.past_states(domain, omit_unset_slots=True)[-COMPARED_STATES:],
            tracker.past_states(domain)[-COMPARED_STATES:],
            tracker.past_states(domain, ignore_rule_only_turns=True, rule_only_data=rule_only)[-COMPARED_STATES:]]


def same(full: DialogueStateTracker, mine: DialogueStateTracker, domain: Domain, rule_only: dict, where: str) -> None:
    for rule_data in (None, rule_only):
        pairs = zip(states(full, domain, rule_data), states(mine, domain, rule_data), strict=True)
        for option, (want, got) in enumerate(pairs):
            assert want == got, f"states differ {where} (option {option}):\nwhole:  {want}\nwindow: {got}"
    want, got = tracker_state(full), tracker_state(mine)
    assert want == got, f"tracker state differs {where}: " + "; ".join(
        f"{k}: {want[k]!r} != {got[k]!r}" for k in want if want[k] != got[k])


async def main(url: str, sender: str) -> None:
    domain = Domain.load(str(ROOT / "domain.yml"))
    rows = stored_rows(url, conversation_key(sender))
    # The conversation as Rasa gets it: sealed answers opened (what the store's reads do).
    dumps = masking.unseal_events([json.loads(row["data"]) for row in rows], crypto.decrypt)
    events = deserialise_events(dumps)
    assert len(events) == len(rows), "an event of the conversation could not be read"
    assert window.deserialise(dumps) == events, "window.deserialise differs from Rasa's"
    rule_only = {"slots": [slot.name for slot in domain.slots], "active_loops": list(domain.form_names)}
    arrivals = [i for i in range(1, len(events)) if isinstance(events[i], UserUttered)
                and isinstance(events[i - 1], ActionExecuted)]
    assert len(arrivals) > 30, f"conversation too short to test the window ({len(arrivals)} messages)"

    scratch = Path(tempfile.mkdtemp()) / "scratch.sqlite3"
    with sqlite3.connect(scratch) as conn:  # the key check set-up stores (the store refuses to start without)
        conn.execute(f"CREATE TABLE {keys.CHECK_TABLE} (id INTEGER PRIMARY KEY, fernet_check TEXT NOT NULL, "
                     "hash_check VARCHAR(64) NOT NULL, created_at DATETIME)")
        conn.execute(f"INSERT INTO {keys.CHECK_TABLE} (id, fernet_check, hash_check) VALUES (1, ?, ?)",
                     keys.check_values())
    store = KriseTrackerStore(domain=domain, host=f"sqlite:///{scratch}")
    table = store.SQLEvent.__table__
    stored = 0
    checked = windowed = in_form = 0
    for n, arrival in enumerate(arrivals):
        with store.engine.begin() as conn:  # what the servers had stored when this message came
            conn.execute(table.insert(), rows[stored:arrival])
        stored = arrival
        end = arrivals[n + 1] if n + 1 < len(arrivals) else len(events)
        for point in range(arrival + 1, end + 1):  # each prediction in the turn, and its end
            if point < end and not isinstance(events[point], ActionExecuted):
                continue
            mine = await store.retrieve(sender)
            loaded = len(mine.events)
            base = store._bases.get(conversation_key(sender))
            cut_in_form = base is not None and any(isinstance(e, ActionExecuted) for e in base.restoring)
            for event in deserialise_events(dumps[arrival:point]):  # the turn so far, as Rasa adds it
                mine.update(event)
            full = DialogueStateTracker.from_events(sender, events[:point], domain.slots)
            same(full, mine, domain, rule_only, f"at event {point} (message {n})")
            checked += 1
        windowed += loaded < arrival
        in_form += cut_in_form
    assert windowed > len(arrivals) // 2, f"the window cut only {windowed} of {len(arrivals)} messages"
    assert in_form > 0, "no window was cut inside a running form"
    print(f"ok: {checked} prediction points in {len(arrivals)} messages ({windowed} loaded as a window, "
          f"{in_form} of them cut inside a running form) give the policies the same states and the tracker the same state")

    with store.engine.begin() as conn:
        conn.execute(table.insert(), rows[stored:])
        middle = rows[len(rows) // 4]["id"], rows[len(rows) // 3]["id"]  # before the window: as `cases delete`
        conn.execute(table.delete().where(table.c.id >= middle[0], table.c.id < middle[1]))
    left = [e for row, e in zip(rows, events, strict=True) if not middle[0] <= row["id"] < middle[1]]
    same(DialogueStateTracker.from_events(sender, left, domain.slots), await store.retrieve(sender), domain, rule_only,
         "after rows before the window were deleted")
    print("ok: rows deleted before the window are noticed (the conversation is read again)")

    tracker = await store.retrieve(sender)
    with store.engine.connect() as conn:
        count = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()
    tracker.update(UserUttered("hei", {"name": "greet", "confidence": 1.0}))
    tracker.update(ActionExecuted("utter_greet"))
    await store.save(tracker)
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() == count + 2, \
            "a save must store exactly the new events"
    print("ok: a windowed tracker saves its new events only")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
