"""Alembic: upgrade from empty, downgrade, and the revision matches the models (like ``alembic check``)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from bot.storage import case_export, case_records, case_store, db, migrate, staff_store
from bot.storage.models import Base

TABLES = {"cases", "triage_records", "safety_records", "journal_notes", "staff_members", "audit_events",
          "triage_drafts", "answer_log", "safety_versions", "staff_invites", "events", "key_check",
          "staff_passphrases", "web_sessions", "staff_activity"}


def _tables(url: str) -> set[str]:
    engine = db.make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _differences(url: str) -> list:
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def test_single_linear_history() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    assert migrate.head_revision() == max(r.revision for r in revisions)  # numbered in order
    assert len({r.down_revision for r in revisions}) == len(revisions)  # no revision has two children


def test_upgrade_from_empty_matches_models(db_url: str) -> None:
    assert migrate.current_revision() is None
    migrate.upgrade()
    assert migrate.current_revision() == migrate.head_revision()
    assert migrate.is_up_to_date()
    assert _tables(db_url) == TABLES | {"alembic_version"}
    assert _differences(db_url) == []


def test_upgrade_is_idempotent_and_usable(db_url: str, example_triage: dict) -> None:
    migrate.upgrade()
    migrate.upgrade()
    with db.session_scope() as session:
        ref = case_store.create_case(session, example_triage).ref
        case_records.save_safety(session, ref, {"weapon_access": True, "red_flags": ["weapon_access"]})
        staff_store.add_staff(session, 5_000_000_000)
    assert [c["ref"] for c in case_export.export_cases()] == [ref]
    with db.session_scope() as session:
        assert case_store.delete_case(session, ref)  # cascades exist in the migrated schema too
    assert case_export.export_cases() == []


def test_downgrade_to_empty(db_url: str) -> None:
    migrate.upgrade()
    migrate.downgrade(revision="base")
    assert migrate.current_revision() is None
    assert _tables(db_url) <= {"alembic_version"}


def test_explicit_url_overrides_environment(tmp_path, db_url: str) -> None:
    other = f"sqlite:///{tmp_path / 'other' / 'x.sqlite3'}"
    migrate.upgrade(other)
    assert migrate.current_revision(other) == migrate.head_revision()
    assert migrate.current_revision() is None  # DATABASE_URL untouched
