"""Deleting a case leaves nothing about it behind, except an audit row without the ref."""

from __future__ import annotations

from sqlalchemy import Engine, func, select, text

from bot.storage import audit_trail, case_export, case_records, case_store, db
from bot.storage.models import AuditEvent, Base, Case, JournalNote, SafetyRecord, TriageRecord

CHILD_TABLES = (TriageRecord, SafetyRecord, JournalNote)


def _full_case(session, triage: dict) -> str:
    ref = case_store.create_case(session, triage).ref
    case_records.save_safety(session, ref, {"strangulation": True, "red_flags": ["strangulation"]})
    case_records.save_journal_note(session, ref, "Notat som skal bort.")
    audit_trail.record_audit(session, "case_viewed", case_ref=ref, actor="S-ABCD")
    return ref


def test_delete_removes_everything(engine: Engine, example_triage: dict) -> None:
    with db.session_scope() as session:
        ref = _full_case(session, example_triage)
        keep = _full_case(session, {"contact_mode": "oppmote"})
    with db.session_scope() as session:
        assert case_store.delete_case(session, ref, actor="S-ABCD") is True
    with db.session_scope() as session:
        assert case_store.get_case(session, ref) is None
        assert session.scalar(select(func.count()).select_from(Case)) == 1
        for model in CHILD_TABLES:  # the other case's records are untouched
            assert session.scalar(select(func.count()).select_from(model)) == 1, model.__tablename__
        assert session.scalar(select(func.count()).where(AuditEvent.case_ref == ref)) == 0
        deleted = session.scalars(select(AuditEvent).where(AuditEvent.action == "case_deleted")).one()
        assert deleted.case_ref is None and deleted.actor == "S-ABCD"
        assert deleted.detail == {"audit_rows_removed": 4, "events_removed": 0, "reason": "deleted"}
        assert [c["ref"] for c in case_export.export_cases(session)] == [keep]


def test_no_trace_of_ref_or_answers_anywhere(engine: Engine, example_triage: dict) -> None:
    """Scan every column of every table: neither the ref nor a distinctive answer may survive."""
    with db.session_scope() as session:
        ref = _full_case(session, example_triage | {"children_location": "hos-mormor-i-Tromsø"})
        case_store.delete_case(session, ref)
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(select(table)):
                dumped = repr(tuple(row))
                assert ref not in dumped, table.name
                assert "Tromsø" not in dumped and "Notat som skal bort" not in dumped, table.name


def test_database_cascade_alone_removes_children(engine: Engine) -> None:
    """Rows deleted behind the ORM's back (e.g. by SQL) still cascade: the FKs say ON DELETE CASCADE."""
    with db.session_scope() as session:
        ref = _full_case(session, {"acute_danger": True})
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM cases WHERE ref = :ref"), {"ref": ref})
    with db.session_scope() as session:
        for model in (*CHILD_TABLES, AuditEvent):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model.__tablename__


def test_delete_unknown_case(engine: Engine) -> None:
    with db.session_scope() as session:
        assert case_store.delete_case(session, "K-NOPE22") is False
        assert audit_trail.list_audit(session) == []
