"""Rasa's SQL tracker store, made fit for this data: no chat ids, no free text, no lost turns.

Configured in the resolved ``endpoints.yml`` that ``scripts/serve.sh`` writes (``bot.rasa_plugins.
endpoints``), on the same database as the cases (``DATABASE_URL``; the SQLite file by default), in
the ``events`` table that migration 0006 creates. Differences from ``SQLTrackerStore``:

- ``sender_id`` is stored as ``bot.keys.conversation_key(sender_id)``, a keyed hash: the table
  never holds a Telegram id, and a case can still find (and erase) its conversation by that key;
- events are masked before they are written (``masking``), and an older value of a slot is
  masked when the slot is set again; the latest value of a slot that holds typed text (a free-text
  answer the form saves at its end) is sealed with the case keys instead, and opened when read;
- it fails closed on keys: at start-up it checks that the key file exists and opens the check value
  set-up stored in the database (``bot.keys.verify_database``), and stops the Rasa server otherwise
  – it never makes keys of its own;
- when the database cannot take a turn (down, locked, disk full), the tracker is kept in memory,
  retried every few seconds and on the next message, and the channel tells the user; when the
  conversation cannot even be read, ``DatabaseUnavailable`` lets the channel say so instead of
  starting the conversation over;
- a turn costs the same however long the conversation is: only the recent turns are loaded into
  the tracker (``window``); where the window began is remembered per conversation, so the next turn
  reads only the rows from there (after checking that none before it was deleted); rows are read
  without building ORM objects, and a save writes the events after those it loaded, without
  counting the stored ones first;
- on SQLite: write-ahead log and ``synchronous=NORMAL``, as the app's engine (``bot.storage.db``),
  over one connection kept while turns come and closed when idle (``sqlite_kept``).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import REQUESTED_SLOT
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.exc import SQLAlchemyError

from bot import keys
from bot.keys import conversation_key
from bot.rasa_plugins import masking, sqlite_kept, status, window
from bot.storage import crypto

log = logging.getLogger(__name__)

# A retry every few seconds: short enough that a restored database has the turn almost at once,
# long enough that a dead one costs next to nothing (the retry stops when nothing is pending).
RETRY_SECONDS = 5.0
# Slot types whose value is featurized as a value (not just «set»): never masked.
_VALUE_FEATURIZED = frozenset({"categorical", "bool", "float"})
# Set on a tracker this store built or saved: how many of its events are stored or synthetic, so a
# save writes the ones after them (Rasa counts the stored rows in the database for every save).
_KNOWN = "_krise_known_events"
# Conversations whose window start is remembered; one more is read from its session start.
MAX_REMEMBERED = 2000


@dataclass
class _WindowBase:
    """Where a conversation's window began: the slots there, so only the rows after it are read."""

    session_first: int  # id of the session's first row
    first: int  # id of the row the window begins with
    before: int  # rows of the session before it (a different count: some were deleted)
    restoring: list[Any]  # SlotSet events giving the slots their values at that row


def _opened(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """The stored events of ``id, type_name, data`` rows, sealed slot values opened: one per row, in order."""
    return masking.unseal_events((json.loads(data) for _, _, data in rows), crypto.decrypt)


class DatabaseUnavailable(RuntimeError):
    """The conversation could not be read from the database."""


class KriseTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` with hashed conversation ids, masked events and a memory for bad moments."""

    engine: sa.engine.Engine  # Rasa's; replaced on SQLite (``_keep_sqlite_connection``)

    def __init__(self, domain: Any = None, host: str | None = None, **kwargs: Any) -> None:
        os.umask(0o077)  # as every entry point: what this process writes is the owner's only
        super().__init__(domain=domain, host=host, **kwargs)
        self._idle: sqlite_kept.IdleClose | None = None
        if self.engine.dialect.name == "sqlite":
            self._keep_sqlite_connection()
        try:
            keys.verify_database(self.engine)
        except keys.KeysUnavailable as exc:
            log.critical("encryption keys missing or not matching the database; refusing to start")
            raise SystemExit(f"Rasa-serveren starter ikke: {exc}") from None
        if self._idle is not None:
            self._idle.used()  # the check's connection is closed like a session's
        self._pending: dict[str, DialogueStateTracker] = {}
        self._retry: asyncio.TimerHandle | None = None
        # Where each recent conversation's window began (least recently used first).
        self._bases: dict[str, _WindowBase] = {}

    def _keep_sqlite_connection(self) -> None:
        """One kept connection instead of a new one for every session (``sqlite_kept`` says why
        and why it is closed when idle)."""
        url = self.engine.url
        self.engine.dispose()
        self.engine = sqlite_kept.kept_engine(url)
        self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)
        self._idle = sqlite_kept.IdleClose(lambda: self.engine.dispose())

    @contextlib.contextmanager
    def session_scope(self) -> Iterator[Any]:
        try:
            with super().session_scope() as session:
                yield session
        finally:
            if self._idle is not None:
                self._idle.used()

    # --- reading ---------------------------------------------------------------------------------

    def _event_query(self, session: Any, sender_id: str, fetch_events_from_all_sessions: bool) -> Any:
        return super()._event_query(session, conversation_key(sender_id), fetch_events_from_all_sessions)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        return await self._retrieve_kept(sender_id, fetch_events_from_all_sessions=False)

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        return await self._retrieve_kept(conversation_id, fetch_events_from_all_sessions=True)

    async def _retrieve_kept(self, sender_id: str, fetch_events_from_all_sessions: bool
                             ) -> DialogueStateTracker | None:
        pending = self._pending.get(sender_id)
        if pending is not None and not self._flush(sender_id):
            return pending  # the database still refuses: go on from the turn kept in memory
        try:
            return await self._retrieve(sender_id, fetch_events_from_all_sessions)
        except SQLAlchemyError as exc:
            log.error("tracker store: could not read a conversation (%s)", type(exc).__name__)
            status.mark_unavailable(sender_id)
            raise DatabaseUnavailable("the conversation could not be read") from None

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> DialogueStateTracker | None:
        """As ``SQLTrackerStore._retrieve``, reading only ``id``/``data``, with sealed slot values
        opened (``masking.unseal_events``, as on main's plain path); the latest session windowed."""
        key = conversation_key(sender_id)
        if fetch_events_from_all_sessions:
            with self.session_scope() as session:
                rows = session.execute(self._session_rows(key, all_sessions=True)).all()
            if not self.domain or not rows:
                return None
            tracker = DialogueStateTracker.from_events(
                sender_id, window.deserialise(_opened(rows)), self.domain.slots)
            setattr(tracker, _KNOWN, len(tracker.events))
            return tracker
        with self.session_scope() as session:
            base = self._bases.pop(key, None)
            rows = self._rows_since(session, key, base) if base is not None else None
            if rows is None:
                base = None
                rows = session.execute(self._session_rows(key)).all()
        if not self.domain or not rows:
            return None
        pairs = [(row[0], event) for row, dump in zip(rows, _opened(rows), strict=True)
                 if (event := window.deserialise_one(dump)) is not None]
        ids, events = [row_id for row_id, _ in pairs], [event for _, event in pairs]
        recent = window.recent(sender_id, events, self.domain.slots, base.restoring if base else ())
        if ids and (recent.cut or base is not None):
            before = (base.before if base else 0) + sum(1 for row_id, _, _ in rows if row_id < ids[recent.cut])
            self._remember(key, _WindowBase(base.session_first if base else rows[0][0], ids[recent.cut], before,
                                            recent.restoring))
        setattr(recent.tracker, _KNOWN, len(recent.tracker.events))
        return recent.tracker

    def _session_rows(self, key: str, all_sessions: bool = False) -> Any:
        """``id, type_name, data`` of the conversation's events in order, since its latest
        ``SessionStarted`` unless all are asked for (the rows of ``SQLTrackerStore._event_query``)."""
        event = self.SQLEvent
        query = sa.select(event.id, event.type_name, event.data).where(event.sender_id == key)
        if not all_sessions:
            start = sa.select(sa.func.max(event.timestamp)).where(
                event.sender_id == key, event.type_name == SessionStarted.type_name).scalar_subquery()
            query = query.where(sa.or_(event.timestamp >= start, start.is_(None)))
        return query.order_by(event.id)

    def _rows_since(self, session: Any, key: str, base: _WindowBase) -> list[Any] | None:
        """The rows from where the last window began, or None when that is no longer valid: rows
        before it were deleted (``botctl cases delete``, ``purge``) or a new session began."""
        event = self.SQLEvent
        before = session.execute(sa.select(sa.func.count()).select_from(event.__table__).where(
            event.sender_id == key, event.id >= base.session_first, event.id < base.first)).scalar()
        if before != base.before:
            return None
        rows = session.execute(sa.select(event.id, event.type_name, event.data).where(
            event.sender_id == key, event.id >= base.first).order_by(event.id)).all()
        if not rows or rows[0][0] != base.first or any(kind == SessionStarted.type_name for _, kind, _ in rows):
            return None
        return rows

    def _remember(self, key: str, base: _WindowBase) -> None:
        self._bases[key] = base
        while len(self._bases) > MAX_REMEMBERED:
            self._bases.pop(next(iter(self._bases)))

    # --- writing ---------------------------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the turn's new events, masked. Never raises for a database fault: the tracker is
        kept and retried, and the channel tells the user."""
        status.note_active_loop(tracker.sender_id, tracker.active_loop_name)
        try:
            self._write(tracker)
        except SQLAlchemyError as exc:
            log.error("tracker store: could not save a turn (%s); kept in memory and retried",
                      type(exc).__name__)
            self._pending[tracker.sender_id] = tracker
            status.mark_unsaved(tracker.sender_id, status.kind_of(exc))
            self._schedule_retry()
            return
        self._pending.pop(tracker.sender_id, None)
        status.mark_saved(tracker.sender_id)

    def _flush(self, sender_id: str) -> bool:
        tracker = self._pending.get(sender_id)
        if tracker is None:
            return True
        try:
            self._write(tracker)
        except SQLAlchemyError as exc:
            status.mark_unsaved(sender_id, status.kind_of(exc))
            return False
        self._pending.pop(sender_id, None)
        status.mark_saved(sender_id)
        log.info("tracker store: a kept turn is saved now")
        return True

    def _schedule_retry(self) -> None:
        if self._retry is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._retry = loop.call_later(RETRY_SECONDS, self._retry_pending)

    def _retry_pending(self) -> None:
        self._retry = None
        for sender_id in list(self._pending):
            self._flush(sender_id)
        if self._pending:
            self._schedule_retry()

    def _maskable(self, slot_name: str | None) -> bool:
        if slot_name is None or slot_name == REQUESTED_SLOT:
            return False
        slot = next((s for s in (self.domain.slots if self.domain else []) if s.name == slot_name), None)
        if slot is None or not slot.influence_conversation:
            return True
        return slot.type_name not in _VALUE_FEATURIZED

    def _new_events(self, session: Any, tracker: DialogueStateTracker) -> Iterable[Any]:
        known = getattr(tracker, _KNOWN, None)
        if known is None:  # not built by this store (a new conversation): count what is stored
            return self._additional_events(session, tracker)
        return itertools.islice(tracker.events, known, None)

    def _write(self, tracker: DialogueStateTracker) -> None:
        if not tracker.events:
            # A conversation just created: Rasa saves the empty tracker before its session starts.
            # Nothing to write whatever is stored, so no transaction and no count of the stored rows
            # (Rasa's own query over the events table: a few ms of a conversation's first turn,
            # issue 18). Its first turn is written from event 0 on, as after that count before.
            setattr(tracker, _KNOWN, 0)
            return
        key = conversation_key(tracker.sender_id)
        with self.session_scope() as session:
            new = [event.as_dict() for event in self._new_events(session, tracker)]
            if not new:
                setattr(tracker, _KNOWN, len(tracker.events))
                return
            retire = masking.slots_set(new, self._maskable)
            if masking.clears_all_slots(new):  # a new session, a restart: every older value is done
                retire |= {slot.name for slot in self.domain.slots if self._maskable(slot.name)}
            self._retire_older_values(session, key, retire)
            # One executemany of plain rows, in the turn's order (ids ascend as before): ORM objects
            # were one INSERT and one identity-map entry each, ~45 for a save turn (issue 18).
            session.execute(self.SQLEvent.__table__.insert(), [
                {"sender_id": key,
                 "type_name": data.get("event"),
                 "timestamp": data.get("timestamp"),
                 "intent_name": (data.get("parse_data") or {}).get("intent", {}).get("name"),
                 "action_name": data.get("name"),
                 "data": json.dumps(data)}
                for data in masking.mask_new_events(new, self._maskable, crypto.encrypt)])
            session.commit()
        setattr(tracker, _KNOWN, len(tracker.events))

    def _retire_older_values(self, session: Any, key: str, slots: Iterable[str]) -> None:
        """Mask the stored values of slots this turn sets again (SQLTrackerStore keeps the slot
        name in ``action_name``). Read as plain ``id, data`` rows and written back by id, only the
        rows that change: building ORM objects for every earlier value of the slots was 2 ms of a
        free-text answer's save (issue 18), the SQL itself a few tenths."""
        slots = sorted(slots)
        if not slots:
            return
        table = self.SQLEvent.__table__
        rows = session.execute(sa.select(table.c.id, table.c.data).where(
            table.c.sender_id == key, table.c.type_name == "slot", table.c.action_name.in_(slots))).all()
        retired = []
        for row_id, raw in rows:
            data = json.loads(raw)
            if masking.retire_slot_value(data):
                retired.append({"row_id": row_id, "retired": json.dumps(data)})
        if retired:
            session.execute(table.update().where(table.c.id == sa.bindparam("row_id"))
                            .values(data=sa.bindparam("retired")), retired)
