"""Retention and erasure: purge, a deleted case takes its conversation along, and the audit log."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, func, select

from bot.keys import conversation_key
from bot.storage import audit_trail, case_export, case_store, db, migrate, retention, staff_store
from bot.storage.models import Case, TrackerEvent, TriageDraft
from tests.run_botctl import botctl

NOW = datetime.now(timezone.utc)


def _event(session, sender: str, kind: str, when: datetime) -> None:
    session.add(TrackerEvent(sender_id=conversation_key(sender), type_name=kind, timestamp=when.timestamp(),
                             data=json.dumps({"event": kind})))


def _events(session, sender: str) -> list[str]:
    return list(session.scalars(select(TrackerEvent.type_name).where(
        TrackerEvent.sender_id == conversation_key(sender)).order_by(TrackerEvent.id)))


def _age(session, ref: str, days: int) -> None:
    case = case_store.get_case(session, ref)
    case.created_at = case.updated_at = NOW - timedelta(days=days)


def test_deleting_a_case_deletes_its_conversation(engine: Engine) -> None:
    with db.session_scope() as session:
        for minutes, kind in ((-9, "user"), (-8, "slot"), (-7, "bot")):
            _event(session, "chat-a", kind, NOW + timedelta(minutes=minutes))
        ref = case_store.create_case(session, {"contact_mode": "telefon"},
                                     conversation_key=conversation_key("chat-a")).ref
        session.flush()
        saved = case_store.get_case(session, ref).created_at
        # the saving turn ends after the case row exists; a new dialogue begins with the next message
        for seconds, kind in ((1, "action"), (2, "bot"), (60, "user"), (61, "action")):
            _event(session, "chat-a", kind, saved + timedelta(seconds=seconds))
        _event(session, "chat-b", "user", NOW - timedelta(minutes=5))
    with db.session_scope() as session:
        assert case_store.delete_case(session, ref, actor="S-ABCD")
    with db.session_scope() as session:
        assert _events(session, "chat-a") == ["user", "action"]  # only the later dialogue is left
        assert _events(session, "chat-b") == ["user"]  # other chats untouched
        deleted = audit_trail.list_audit(session, action="case_deleted")[0]
        assert deleted.detail["events_removed"] == 5 and deleted.case_ref is None


def test_purge_removes_only_what_is_past_retention(engine: Engine) -> None:
    with db.session_scope() as session:
        old = case_store.create_case(session, {"contact_mode": "telefon"},
                                     conversation_key=conversation_key("chat-old")).ref
        new = case_store.create_case(session, {"contact_mode": "oppmote"}).ref
        _age(session, old, 40)
        _event(session, "chat-old", "user", NOW - timedelta(days=41))
        _event(session, "chat-new", "user", NOW - timedelta(days=31))
        _event(session, "chat-new", "user", NOW - timedelta(days=1))
        from bot.storage.drafts import save_draft

        save_draft(session, "d-old", {"contact_mode": "telefon"})
        save_draft(session, "d-new", {"contact_mode": "telefon"})
        session.scalars(select(TriageDraft)).first().updated_at = NOW - timedelta(days=35)
    cutoff = NOW - timedelta(days=30)
    with db.session_scope() as session:
        planned = retention.purge(session, cutoff, dry_run=True)
        assert (planned.cases, planned.drafts, planned.events) == (1, 1, 2)
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(TrackerEvent)) == 3  # dry run deleted nothing
        done = retention.purge(session, cutoff, actor="S-ABCD")
    assert (done.cases, done.drafts, done.events) == (1, 1, 2)
    with db.session_scope() as session:
        assert list(session.scalars(select(Case.ref))) == [new]
        assert session.scalar(select(func.count()).select_from(TriageDraft)) == 1
        assert _events(session, "chat-new") == ["user"]
        purged = audit_trail.list_audit(session, action="purged")[0]
        assert purged.actor == "S-ABCD" and purged.detail["cases"] == 1
        assert audit_trail.list_audit(session, action="case_deleted")[0].detail["reason"] == "retention"


def test_purge_and_audit_via_botctl(db_url: str, monkeypatch) -> None:
    migrate.upgrade()
    with db.session_scope() as session:
        ref = case_store.create_case(session, {"contact_mode": "telefon"}).ref
        _age(session, ref, 10)
    db.reset_engines()
    assert botctl("cases", "list", url=db_url).returncode == 0
    assert botctl("cases", "show", ref, url=db_url).returncode == 0
    assert botctl("cases", "export", url=db_url).returncode == 0

    dry = botctl("purge", "--older-than", "7d", url=db_url)
    assert dry.returncode == 0 and "Vil slette 1 sak" in dry.stdout and "--yes" in dry.stdout
    bad = botctl("purge", "--older-than", "sju dager", url=db_url)
    assert bad.returncode == 2 and "30d" in bad.stderr
    kept = botctl("purge", "--yes", url=db_url)  # default retention (30d) keeps a 10-day-old case
    assert kept.returncode == 0 and "Slettet 0 saker" in kept.stdout
    monkeypatch.setenv("KRISE_RETENTION", "5d")  # the setting is the default
    gone = botctl("purge", "--yes", url=db_url)
    assert gone.returncode == 0 and "Slettet 1 sak," in gone.stdout
    db.reset_engines()
    assert case_export.export_cases() == []

    log = botctl("audit", "--json", url=db_url)
    assert log.returncode == 0, log.stderr
    rows = json.loads(log.stdout)
    actions = [r["action"] for r in rows]
    for action in ("cases_listed", "cases_exported", "case_deleted", "purged"):
        assert action in actions, action
    assert "case_viewed" not in actions  # its row went with the deleted case (erasure takes the trail)
    assert all(r["actor"].startswith("cli:") for r in rows if r["action"] != "case_created")
    text = botctl("audit", "--action", "purged", url=db_url).stdout
    assert "purged" in text and "cases_listed" not in text and "HVEM" in text
    assert "cli:" in botctl("audit", "--limit", "1", url=db_url).stdout


def test_audit_actor_is_the_login_or_a_staff_code_with_the_login(engine, monkeypatch) -> None:
    """Issue 15: KRISE_ACTOR names an active staff member (checked, failing closed), and the
    operating-system account that ran the command is recorded as well."""
    import pytest

    from bot import access
    from bot.admin import cli

    with db.session_scope() as session:
        staff_store.add_staff(session, None, code="S-7K2Q", role="leder")
        staff_store.add_staff(session, None, code="S-GONE")
        staff_store.deactivate_staff(session, "S-GONE")
    monkeypatch.delenv("KRISE_ACTOR", raising=False)
    monkeypatch.setattr("getpass.getuser", lambda: "Kari.Nordmann")
    assert cli.actor() == "cli:kari.nordmann"
    monkeypatch.setenv("KRISE_ACTOR", "s-7k2q")
    assert cli.actor() == "S-7K2Q/cli:kari.nordmann"
    with db.session_scope() as session:
        audit_trail.record_audit(session, "cases_listed", actor=cli.actor())
        assert [e.actor for e in audit_trail.list_audit(session, actor="S-7K2Q")] == ["S-7K2Q/cli:kari.nordmann"]
        assert len(audit_trail.list_audit(session, actor="cli:kari.nordmann")) == 1
    for unknown in ("S-ZZZZ", "S-GONE", "not a code!", "system", "cli:root"):
        monkeypatch.setenv("KRISE_ACTOR", unknown)
        with pytest.raises(cli.CliError, match="KRISE_ACTOR"):
            cli.actor()
    monkeypatch.setenv("KRISE_ACTOR", "S-7K2Q")
    monkeypatch.setattr(access, "_lookup", lambda *a: (_ for _ in ()).throw(TimeoutError()))
    with pytest.raises(cli.CliError, match="KRISE_ACTOR"):  # cannot be checked: refused, not trusted
        cli.actor()
