"""The web workspace's storage on SQLite and PostgreSQL: passphrases, sessions, the case list, the handover
and its links to a staff member's own work."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.storage import case_records, case_store, db, drafts, feedback, invites, staff_store, web_access, workspace
from bot.storage.models import SafetyVersion, utcnow
from bot.storage.web_models import StaffActivity, StaffPassphrase, WebSession

PASSPHRASE = "korrekt hest batteri stift"
IDLE, ABSOLUTE = timedelta(minutes=30), timedelta(hours=12)


def _enrol(role: str = "ansatt") -> str:
    with db.session_scope() as session:
        _, code = invites.create_invite(session, role)
        member = web_access.enrol(session, code, PASSPHRASE)
        assert member is not None
        return member.display_code


def test_enrol_stores_an_argon2_hash_and_uses_the_code_once(engine) -> None:
    with db.session_scope() as session:
        _, code = invites.create_invite(session, "leder")
        with pytest.raises(web_access.PassphraseRejected):
            web_access.enrol(session, code, "kort")
        member = web_access.enrol(session, code, PASSPHRASE)
        assert member is not None and member.role == "leder" and member.telegram_user_id is None
        assert web_access.enrol(session, code, PASSPHRASE) is None
        stored = session.get(StaffPassphrase, member.id).hash
        assert stored.startswith("$argon2id$") and PASSPHRASE not in stored
        assert web_access.active_leader_exists(session)
        assert web_access.staff_with_passphrase(session) == {member.id}


def test_verify(engine) -> None:
    code = _enrol()
    with db.session_scope() as session:
        assert web_access.verify(session, code, PASSPHRASE).display_code == code
        assert web_access.verify(session, code.lower() + " ", PASSPHRASE) is not None
        assert web_access.verify(session, code, PASSPHRASE + "x") is None
        assert web_access.verify(session, "S-0000", PASSPHRASE) is None
        assert web_access.verify(session, "<script>", PASSPHRASE) is None
        assert web_access.verify(session, code, None) is None  # type: ignore[arg-type]
        staff_store.deactivate_staff(session, code)
        assert web_access.verify(session, code, PASSPHRASE) is None


def test_sessions_are_found_by_token_and_end(engine) -> None:
    code = _enrol()
    with db.session_scope() as session:
        member = staff_store.get_staff(session, code)
        token = web_access.start_session(session, member)
        other = web_access.start_session(session, member)
    with db.session_scope() as session:
        found, why = web_access.find_session(session, token, idle=IDLE, absolute=ABSOLUTE)
        assert why == web_access.OK and found.code == code and not found.is_leader
        assert web_access.find_session(session, None, idle=IDLE, absolute=ABSOLUTE) == (None, web_access.NONE)
        assert web_access.find_session(session, "x" * 500, idle=IDLE, absolute=ABSOLUTE) == (None, web_access.NONE)
        assert web_access.find_session(session, "nope", idle=IDLE, absolute=ABSOLUTE) == (None, web_access.ENDED)
        assert web_access.end_session(session, token)
        assert web_access.find_session(session, token, idle=IDLE, absolute=ABSOLUTE)[1] == web_access.ENDED
        assert web_access.signed_in_codes(session) == {code}
        assert web_access.end_all_sessions(session, member.id) == 1
        assert web_access.find_session(session, other, idle=IDLE, absolute=ABSOLUTE)[1] == web_access.ENDED
        assert web_access.signed_in_codes(session) == set()


def test_timeouts_and_revocation(engine) -> None:
    code = _enrol()
    with db.session_scope() as session:
        member = staff_store.get_staff(session, code)
        idle, old, fresh = (web_access.start_session(session, member) for _ in range(3))
        rows = {r.token_hash: r for r in session.scalars(select(WebSession))}
        rows[web_access.token_hash(idle)].last_seen_at = utcnow() - IDLE - timedelta(seconds=1)
        rows[web_access.token_hash(old)].created_at = utcnow() - ABSOLUTE - timedelta(seconds=1)
    with db.session_scope() as session:
        assert web_access.find_session(session, idle, idle=IDLE, absolute=ABSOLUTE)[1] == web_access.EXPIRED
        assert web_access.find_session(session, old, idle=IDLE, absolute=ABSOLUTE)[1] == web_access.EXPIRED
        assert session.scalar(select(func.count()).select_from(WebSession)) == 1  # expired ones deleted
        staff_store.deactivate_staff(session, code)
        assert web_access.find_session(session, fresh, idle=IDLE, absolute=ABSOLUTE)[1] == web_access.REVOKED
        assert session.scalar(select(func.count()).select_from(WebSession)) == 0


def test_purge_sessions(engine) -> None:
    code = _enrol()
    with db.session_scope() as session:
        member = staff_store.get_staff(session, code)
        web_access.start_session(session, member)
        web_access.start_session(session, member)
        session.scalars(select(WebSession)).first().last_seen_at = utcnow() - timedelta(hours=1)
    with db.session_scope() as session:
        assert web_access.purge_sessions(session, idle=IDLE, absolute=ABSOLUTE) == 1
        assert web_access.end_sessions_of(session, code) == 1
        assert web_access.end_sessions_of(session, "S-NONE") == 0


def test_deleting_a_staff_member_takes_her_passphrase_and_sessions(engine) -> None:
    code = _enrol()
    with db.session_scope() as session:
        member = staff_store.get_staff(session, code)
        web_access.start_session(session, member)
        session.delete(member)
    with db.session_scope() as session:
        assert session.scalars(select(WebSession)).all() == []
        assert session.scalars(select(StaffPassphrase)).all() == []


# --- the case list and the handover ----------------------------------------------------------------

def _case(session, triage: dict, *, key: str | None = None, flags: list[str] | None = None) -> str:
    ref = case_store.create_case(session, triage, conversation_key=key).ref
    if flags is not None:
        record = {flag: True for flag in flags} | {"red_flags": flags, "recommended": ["sikkerhetsplan"]}
        case_records.save_safety_mapping(session, ref, record, "plan")
    return ref


def test_case_rows_filters(engine, example_triage: dict) -> None:
    with db.session_scope() as session:
        flagged = _case(session, example_triage, flags=["weapon_access"])
        mapped_clean = _case(session, example_triage, flags=[])
        plain = _case(session, {})
        case_records.save_journal_note(session, plain, "notat")
    def refs(**filters) -> list[str]:
        rows, total = workspace.case_rows(session, **filters)
        assert total >= len(rows)
        return [r.ref for r in rows]

    with db.session_scope() as session:
        rows = {r.ref: r for r in workspace.case_rows(session)[0]}
        assert list(rows) == [plain, mapped_clean, flagged]  # newest first
        assert rows[flagged].red_flags == ("weapon_access",) and rows[flagged].versions == 1
        assert rows[plain].has_note and rows[plain].contact_mode is None and rows[plain].versions == 0
        assert refs(red_flags=True) == [flagged]
        assert refs(red_flags=False) == [plain, mapped_clean]
        assert refs(has_mapping=False) == [plain]
        assert refs(has_mapping=True, red_flags=False) == [mapped_clean]
        assert refs(since=utcnow() + timedelta(minutes=1)) == []
        assert refs(until=utcnow() + timedelta(minutes=1)) == [plain, mapped_clean, flagged]
        assert workspace.case_rows(session, offset=1, limit=1) == ([rows[mapped_clean]], 3)


def test_handover_everyone_and_one_owner(engine, example_triage: dict) -> None:
    mine = "a" * 64
    with db.session_scope() as session:
        own = _case(session, example_triage, key=mine, flags=["weapon_access"])
        other = _case(session, example_triage, key="b" * 64)
        drafts.save_draft(session, "web-her", {"x": 1}, "triage")
        drafts.save_draft(session, "web-other", {"x": 1}, "safety_mapping")
        feedback.log_answer(session, "spørsmål uten svar", "none", None)
        feedback.log_answer(session, "et annet uten svar", "none", None)
        workspace.link_unanswered(session, mine, "spørsmål   uten svar")
        workspace.link_unanswered(session, mine, "spørsmål uten svar")
        start = utcnow()
        case_records.save_safety_mapping(session, other, {"threats_to_kill": True, "red_flags": ["threats_to_kill"],
                                                        "recommended": ["kontakt_politiet"]}, "plan")
        assert workspace.link_mappings(session, mine, [other.lower()], start, utcnow()) == 1
    since = utcnow() - timedelta(hours=1)
    with db.session_scope() as session:
        everyone = workspace.handover(session, since)
        assert {c.ref for c in everyone.cases} == {own, other}
        assert len(everyone.mappings) == 2 and len(everyone.drafts) == 2
        assert dict(everyone.unanswered) == {"spørsmål uten svar": 1, "et annet uten svar": 1}
        hers = workspace.handover(session, since, workspace.Owner(mine, drafts.owner_key("web-her")))
        assert [c.ref for c in hers.cases] == [own] and hers.cases[0].red_flags == ("weapon_access",)
        assert [(m.ref, m.version, m.red_flags) for m in hers.mappings] == [(other, 1, ("threats_to_kill",))]
        assert [d.dialogue for d in hers.drafts] == ["triage"]
        assert hers.unanswered == [("spørsmål uten svar", 2)]
        later = workspace.handover(session, utcnow() + timedelta(minutes=1))
        assert later.cases == [] and later.mappings == [] and len(later.drafts) == 2
        # The answer log keeps the day only (issue 15), so unanswered questions count by the day.
        assert dict(later.unanswered) == {"spørsmål uten svar": 1, "et annet uten svar": 1}
        tomorrow = workspace.handover(session, feedback.day(utcnow()) + timedelta(days=1))
        assert tomorrow.unanswered == []


def test_activity_links_go_with_the_case_and_with_retention(engine, example_triage: dict) -> None:
    with db.session_scope() as session:
        ref = _case(session, example_triage)
        start = utcnow()
        _ = case_records.save_safety_mapping(session, ref, {"red_flags": [], "recommended": []}, None)
        workspace.link_mappings(session, "c" * 64, [ref], start, utcnow())
        workspace.link_unanswered(session, "c" * 64, "noe")
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(StaffActivity)) == 2
        case_store.delete_case(session, ref)
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(SafetyVersion)) == 0
        assert [a.kind for a in session.scalars(select(StaffActivity))] == [workspace.UNANSWERED]
        assert workspace.purge_activity(session, utcnow() - timedelta(days=1)) == 0
        assert workspace.purge_activity(session, utcnow() + timedelta(seconds=1)) == 1


def test_answers_by_entry(engine) -> None:
    with db.session_scope() as session:
        for entry in ("a/b", "a/b", "c/d"):
            feedback.log_answer(session, "q", "answer", entry)
        feedback.log_answer(session, "q", "none", None)
        assert workspace.answers_by_entry(session) == [("a/b", 2), ("c/d", 1)]
        assert workspace.answers_by_entry(session, utcnow() + timedelta(minutes=1)) == []


def test_question_key_matches_the_stored_question(engine) -> None:
    """The link is a keyed hash of the question as the answer log stores it (masked, spaces collapsed)."""
    with db.session_scope() as session:
        feedback.log_answer(session, "ring  meg på 22 33 44 55 i natt", "none", None)
        ((stored, _),) = feedback.declined_questions(session)
    assert "22 33 44 55" not in stored
    assert workspace.question_key("ring meg på 22 33 44 55  i natt") == workspace.question_key(stored)
    assert workspace.question_key("noe annet") != workspace.question_key(stored)
