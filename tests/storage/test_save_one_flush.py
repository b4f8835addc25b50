"""A dialogue's save writes its rows with two flushes (``bot.storage.batching``) and the same rows
as when every storage function flushed on its own and found the case again by ref (issue 18)."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.dialogue import store
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE
from bot.dialogue.triage import TRIAGE_DIALOGUE
from bot.storage import batching, case_records, case_store, crypto, db
from tests.action_support import MAPPING, TRIAGE

TABLES = ("cases", "triage_records", "journal_notes", "safety_records", "safety_versions", "audit_events",
          "dialogue_drafts")
# Set by the clock or the random case ref: compared as present, not by value.
VOLATILE = {"created_at", "updated_at", "at", "ref", "case_ref", "id", "case_id"}


def _opened(value: Any) -> Any:
    """An encrypted column's text (Fernet tokens differ on every write), anything else as it is."""
    return crypto.decrypt(value) if isinstance(value, str) and value.startswith("gAAAAA") else value


def _named(value: Any, refs: dict[str, str]) -> Any:
    """The random case refs in a text (the journal note, the plan) by their order of appearance."""
    if isinstance(value, str):
        for ref, name in refs.items():
            value = value.replace(ref, name)
    return value


def _rows(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of the case tables in id order; refs replaced by their order of appearance."""
    engine = sa.create_engine(url)
    refs: dict[str, str] = {}
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for ref, in conn.execute(sa.text("SELECT ref FROM cases ORDER BY id")):
            refs.setdefault(ref, f"REF{len(refs)}")
        for table in TABLES:
            rows = []
            for row in conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY id")).mappings():  # noqa: S608
                data = {k: _named(_opened(v), refs) for k, v in row.items() if k not in VOLATILE}
                for key in ("ref", "case_ref"):
                    if key in row:
                        data[key] = refs.get(row[key], row[key])
                data["has_id"] = row["id"] is not None
                rows.append(data)
            out[table] = rows
    engine.dispose()
    return out


def _scenario(sender: str = "staff-1") -> list[str]:
    """A paused triage saved, a paused mapping saved as a new case, a second mapping of the first case."""
    store.pause(TRIAGE_DIALOGUE, sender, {k: v for k, v in TRIAGE.items() if k != "triage_confirm"})
    ref, _ = store.save_triage(dict(TRIAGE), sender)
    store.pause(SAFETY_DIALOGUE, sender, {"sm_why_contact_now": "han truet henne"})
    second = store.save_safety_mapping(dict(MAPPING), sender, None)
    third = store.save_safety_mapping({**MAPPING, "sm_case": ref, "sm_stalking": False}, sender, None)
    assert (second.new_case, third.new_case, third.ref, third.version) == (True, False, ref, 1)
    return [ref, second.ref]


@contextlib.contextmanager
def _each_write_flushed():
    """The code before the change: no grouping, the case always found again by ref."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(batching, "one_flush", lambda session: contextlib.nullcontext(session))
        mp.setattr(case_records, "_the_case", lambda session, ref, case: case_store.require_case(session, ref))
        yield


def _flushes() -> tuple[list[int], Any]:
    counts: list[int] = []

    def count(session: Session, _context: Any) -> None:
        counts.append(1)
    return counts, count


def test_same_rows_as_flushing_each_write(tmp_path, monkeypatch):
    urls = []
    for name, grouping in (("grouped", contextlib.nullcontext()), ("each", _each_write_flushed())):
        url = f"sqlite:///{tmp_path / name}.sqlite3"
        monkeypatch.setenv("DATABASE_URL", url)
        db.reset_engines()
        from bot.storage import migrate

        migrate.upgrade(url)
        with grouping:
            _scenario()
        db.reset_engines()
        urls.append(url)
    grouped, each = (_rows(u) for u in urls)
    assert grouped == each
    assert [r["action"] for r in grouped["audit_events"]] == [
        "case_created", "journal_note_saved", "case_created", "safety_mapping_saved", "safety_mapping_saved"]
    assert len(grouped["safety_versions"]) == 2 and grouped["dialogue_drafts"] == []


def test_a_save_flushes_twice_not_four_times(database):
    counts, count = _flushes()
    sa.event.listen(Session, "after_flush", count)
    try:
        store.pause(TRIAGE_DIALOGUE, "staff-2", {"contact_mode": "telefon"})
        counts.clear()
        ref, _ = store.save_triage(dict(TRIAGE), "staff-2")
        triage = len(counts)
        counts.clear()
        store.save_safety_mapping(dict(MAPPING), "staff-2", None)
        mapping = len(counts)
        counts.clear()
        with _each_write_flushed():
            store.save_triage(dict(TRIAGE), "staff-3")
        before = len(counts)
    finally:
        sa.event.remove(Session, "after_flush", count)
    # With a draft to drop the triage takes one more (its query's autoflush, then the delete at the
    # commit); each storage function flushing on its own took four without one.
    assert (triage, mapping, before) == (3, 2, 4)
    with db.session_scope() as session:
        case = case_store.get_case(session, ref)
        assert case is not None and case.journal_note is not None and case.triage is not None


def test_a_fault_after_the_grouped_writes_stores_nothing(database, monkeypatch):
    def broken(*_args: Any, **_kwargs: Any) -> bool:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(store, "delete_draft", broken)
    with pytest.raises(RuntimeError):
        store.save_triage(dict(TRIAGE), "staff-4")
    with pytest.raises(RuntimeError):
        store.save_safety_mapping(dict(MAPPING), "staff-4", None)
    with db.session_scope() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(sa.table("cases"))) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(sa.table("audit_events"))) == 0


def test_a_held_case_must_have_the_ref(database):
    with db.session_scope() as session:
        case = case_store.create_case(session, {})
        other = case_store.create_case(session, {})
        with pytest.raises(ValueError):
            case_records.save_journal_note(session, other.ref, "tekst", case=case)
        assert case_records.save_journal_note(session, case.ref.lower(), "tekst", case=case) is not None


def test_grouping_ends_with_the_block(database):
    with db.session_scope() as session:
        with batching.one_flush(session):
            with batching.one_flush(session):
                assert session.info[batching._KEY] == 2
            assert session.info[batching._KEY] == 1
        assert not session.info[batching._KEY]
        case = case_store.create_case(session, {})
        case_records.save_journal_note(session, case.ref, "tekst", case=case)
        assert not session.new and not session.dirty  # outside the block every write is flushed at once
