"""ORM models: refs, time zones, constraints and JSON round trips on both backends."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.storage.models import (
    Base,
    Case,
    SafetyRecord,
    StaffMember,
    TriageRecord,
    new_case_ref,
    new_staff_code,
)

REF_RE = re.compile(r"^K-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$")


def test_tables() -> None:
    assert set(Base.metadata.tables) == {
        "cases", "triage_records", "safety_records", "journal_notes", "staff_members", "audit_events",
        "triage_drafts", "answer_log", "safety_versions", "staff_invites", "events", "key_check",
        "staff_passphrases", "web_sessions", "staff_activity"}


def test_refs_are_opaque_short_codes() -> None:
    refs = {new_case_ref() for _ in range(500)}
    assert all(REF_RE.match(ref) for ref in refs)
    assert len(refs) > 490  # random, not sequential
    assert re.match(r"^S-[0-9A-Z]{4}$", new_staff_code())


def test_timestamps_are_aware_utc(engine: Engine) -> None:
    oslo_summer = timezone(timedelta(hours=2))
    with Session(engine) as session:
        session.add(Case(ref="K-AAAAAA", created_at=datetime(2025, 6, 1, 12, 0, tzinfo=oslo_summer)))
        session.commit()
    with Session(engine) as session:
        case = session.scalars(select(Case)).one()
        assert case.created_at == datetime(2025, 6, 1, 10, 0, tzinfo=timezone.utc)
        assert case.created_at.utcoffset() == timedelta(0)
        assert case.updated_at.tzinfo is not None


def test_naive_datetimes_are_refused(engine: Engine) -> None:
    with Session(engine) as session:
        session.add(Case(ref="K-AAAAAA", created_at=datetime(2025, 1, 1)))
        with pytest.raises(Exception, match="naive"):
            session.flush()


def test_ref_is_unique(engine: Engine) -> None:
    with Session(engine) as session:
        session.add_all([Case(ref="K-AAAAAA"), Case(ref="K-AAAAAA")])
        with pytest.raises(IntegrityError):
            session.flush()


def test_one_triage_record_per_case(engine: Engine) -> None:
    with Session(engine) as session:
        case = Case(ref="K-AAAAAA")
        session.add(case)
        session.flush()
        session.add_all([TriageRecord(case_id=case.id, details={}) for _ in range(2)])
        with pytest.raises(IntegrityError):
            session.flush()


def test_json_columns_round_trip(engine: Engine) -> None:
    with Session(engine) as session:
        case = Case(ref="K-AAAAAA")
        case.triage = TriageRecord(violence_forms=["fysisk", "økonomisk"], help_needed=None,
                                   details={"information_given": ["a", "b"], "police_aware": None})
        case.safety = SafetyRecord(strangulation=True, red_flags=["strangulation"],
                                   recommended=["voldsalarm"])
        session.add(case)
        session.commit()
    with Session(engine) as session:
        case = session.scalars(select(Case)).one()
        assert case.triage is not None and case.safety is not None
        assert case.triage.violence_forms == ["fysisk", "økonomisk"]
        assert case.triage.help_needed is None
        assert case.triage.details == {"information_given": ["a", "b"], "police_aware": None}
        assert case.safety.red_flags == ["strangulation"]
        assert case.safety.weapon_access is None and case.safety.strangulation is True


def test_staff_telegram_id_unique_but_nullable(engine: Engine) -> None:
    with Session(engine) as session:
        session.add_all([StaffMember(display_code="A1", telegram_user_id=None),
                         StaffMember(display_code="A2", telegram_user_id=None),
                         StaffMember(display_code="A3", telegram_user_id=9_000_000_000)])  # > 32 bit
        session.commit()
        session.add(StaffMember(display_code="A4", telegram_user_id=9_000_000_000))
        with pytest.raises(IntegrityError):
            session.flush()


def test_reprs_carry_no_answers() -> None:
    triage = TriageRecord(language="somali", details={"children_location": "hos mormor"})
    assert "somali" not in repr(triage) and "mormor" not in repr(triage)
