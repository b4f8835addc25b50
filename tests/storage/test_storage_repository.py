"""Repository functions: case records, validation, staff and audit, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select

from bot.storage import audit_trail, case_records, case_store, db, staff_store
from bot.storage.models import AuditEvent, Case


def _actions(session, ref: str | None = None) -> list[str]:
    return [e.action for e in reversed(audit_trail.list_audit(session, case_ref=ref))]


def test_create_case_stores_triage_and_audits(engine: Engine, example_triage: dict) -> None:
    with db.session_scope() as session:
        case = case_store.create_case(session, example_triage, actor="S-ABCD")
        ref = case.ref
    with db.session_scope() as session:
        case = case_store.get_case(session, ref)
        assert case is not None and case.triage is not None
        assert case.triage.contact_mode == "telefon"
        assert case.triage.children_count == 2
        assert case.triage.details["information_given"] == ["rett_til_botilbud", "taushetsplikt"]
        event = session.scalars(select(AuditEvent).where(AuditEvent.case_ref == ref)).one()
        assert (event.action, event.actor) == ("case_created", "S-ABCD")
        assert "telefon" not in str(event.detail)  # keys only, never answers
        assert "contact_mode" in event.detail["keys"]


def test_create_case_without_answers(engine: Engine) -> None:
    with db.session_scope() as session:
        case = case_store.create_case(session)
        assert case.triage is not None and case.triage.contact_mode is None


def test_invalid_triage_stores_nothing(engine: Engine) -> None:
    with pytest.raises(ValueError):
        with db.session_scope() as session:
            case_store.create_case(session, {"contact_mode": "brev"})
    with db.session_scope() as session:
        assert case_store.list_cases(session) == []
        assert audit_trail.list_audit(session) == []


def test_save_triage_merges(engine: Engine) -> None:
    with db.session_scope() as session:
        ref = case_store.create_case(session, {"contact_mode": "oppmote", "police_aware": True}).ref
    with db.session_scope() as session:
        case_records.save_triage(session, ref.lower(), {"acute_danger": True, "children_location": "skolen"})
        case_records.save_triage(session, ref, {"contact_mode": None})
    with db.session_scope() as session:
        triage = case_store.get_case(session, ref).triage
        assert triage.contact_mode is None  # None clears
        assert triage.acute_danger is True
        assert triage.details == {"police_aware": True, "children_location": "skolen"}


def test_save_updates_updated_at(engine: Engine) -> None:
    with db.session_scope() as session:
        case = case_store.create_case(session, {})
        ref, created, updated = case.ref, case.created_at, case.updated_at
    with db.session_scope() as session:
        case_records.save_triage(session, ref, {"going_home": True})
    with db.session_scope() as session:
        case = case_store.get_case(session, ref)
        assert case.created_at == created
        assert case.updated_at > updated


def test_save_to_unknown_case(engine: Engine) -> None:
    with db.session_scope() as session:
        with pytest.raises(case_store.CaseNotFound):
            case_records.save_triage(session, "K-NOPE22", {"acute_danger": True})
        with pytest.raises(case_store.CaseNotFound):
            case_records.save_safety(session, "K-NOPE22", {})
        with pytest.raises(case_store.CaseNotFound):
            case_records.save_journal_note(session, "K-NOPE22", "x")


def test_save_safety_merges_and_checks_red_flags(engine: Engine) -> None:
    with db.session_scope() as session:
        ref = case_store.create_case(session, {}).ref
        case_records.save_safety(session, ref, {"threats_to_kill": True, "weapon_access": False})
        case_records.save_safety(session, ref, {"red_flags": ["threats_to_kill"],
                                              "recommended": ["kontakt_politiet"]})
        with pytest.raises(ValueError, match="not true"):
            case_records.save_safety(session, ref, {"red_flags": ["weapon_access"]})
        with pytest.raises(ValueError, match="not true"):  # clearing a flag still listed as red
            case_records.save_safety(session, ref, {"threats_to_kill": None})
        safety = case_store.get_case(session, ref).safety
        assert safety.threats_to_kill is True and safety.weapon_access is False
        assert safety.red_flags == ["threats_to_kill"]
        assert safety.recommended == ["kontakt_politiet"]


def test_journal_note_replaced_and_removed(engine: Engine) -> None:
    with db.session_scope() as session:
        ref = case_store.create_case(session, {}).ref
        case_records.save_journal_note(session, ref, "Første utkast.")
        note = case_records.save_journal_note(session, ref, "  Endelig notat.\n")
        assert note is not None and note.text == "Endelig notat."
    with db.session_scope() as session:
        assert case_store.get_case(session, ref).journal_note.text == "Endelig notat."
        assert case_records.save_journal_note(session, ref, None) is None
    with db.session_scope() as session:
        assert case_store.get_case(session, ref).journal_note is None
        assert _actions(session, ref) == ["case_created", "journal_note_saved", "journal_note_saved",
                                          "journal_note_removed"]


def test_list_cases_newest_first(engine: Engine) -> None:
    refs = []
    for _ in range(3):
        with db.session_scope() as session:
            refs.append(case_store.create_case(session, {}).ref)
    with db.session_scope() as session:
        assert [c.ref for c in case_store.list_cases(session)] == refs[::-1]
        assert [c.ref for c in case_store.list_cases(session, limit=2)] == refs[:0:-1]


def test_staff_lifecycle(engine: Engine) -> None:
    with db.session_scope() as session:
        member = staff_store.add_staff(session, 123456789)
        code = member.display_code
        staff_store.add_staff(session, 42, code="vakt-2", role="leder")
        with pytest.raises(staff_store.AlreadyEnrolled):
            staff_store.add_staff(session, 42)
        with pytest.raises(staff_store.CodeInUse):
            staff_store.add_staff(session, 43, code="VAKT-2")
        with pytest.raises(ValueError):
            staff_store.add_staff(session, 44, role="sjef")
        with pytest.raises(ValueError):
            staff_store.add_staff(session, -1)
    assert staff_store.is_enrolled(123456789) and staff_store.is_enrolled(42)
    assert not staff_store.is_enrolled(777)
    with db.session_scope() as session:
        assert [m.display_code for m in staff_store.list_staff(session)] == [code, "VAKT-2"]
        staff_store.deactivate_staff(session, "vakt-2", actor=code)
        with pytest.raises(staff_store.StaffNotFound):
            staff_store.deactivate_staff(session, "NOBODY")
    assert not staff_store.is_enrolled(42)
    with db.session_scope() as session:
        assert [m.display_code for m in staff_store.list_staff(session)] == [code]
        gone = staff_store.get_staff(session, "VAKT-2")
        assert gone.active is False and gone.telegram_user_id is None  # id not kept after removal
        assert len(staff_store.list_staff(session, include_inactive=True)) == 2
        staff_store.add_staff(session, 42)  # the same person can be enrolled again
        assert _actions(session) == ["staff_added", "staff_added", "staff_deactivated", "staff_added"]
        assert audit_trail.list_audit(session)[1].actor == code


def test_record_audit_validates(engine: Engine) -> None:
    with db.session_scope() as session:
        ref = case_store.create_case(session, {}).ref
        event = audit_trail.record_audit(session, "case_viewed", case_ref=ref.lower(), detail={"n": 1})
        assert event.case_ref == ref and event.at.tzinfo is not None
        with pytest.raises(ValueError):
            audit_trail.record_audit(session, "case viewed")
        with pytest.raises(ValueError):
            audit_trail.record_audit(session, "note", detail={"text": "Kari ringte fra Oslo"})
        with pytest.raises(ValueError):
            audit_trail.record_audit(session, "x", actor="Kari Nordmann")


def test_audit_ref_must_exist(engine: Engine) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with db.session_scope() as session:
            audit_trail.record_audit(session, "case_viewed", case_ref="K-NOPE22")


def test_unique_refs_under_many_cases(engine: Engine) -> None:
    with db.session_scope() as session:
        refs = {case_store.create_case(session, {}).ref for _ in range(50)}
        assert len(refs) == 50
        assert session.scalar(select(Case).where(Case.ref.in_(refs)).limit(1)) is not None
