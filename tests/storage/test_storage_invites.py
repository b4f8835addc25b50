"""One-time staff invites: single use, expiry, revocation, only a hash stored (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from bot.storage import db, invites, staff_store
from bot.storage.models import AuditEvent, StaffInvite


def test_code_is_single_use_and_stored_hashed(engine: Engine) -> None:
    with db.session_scope() as session:
        invite, code = invites.create_invite(session, "ansatt")
        handle = invite.handle
    with db.session_scope() as session:
        stored = session.scalar(select(StaffInvite))
        assert stored.code_hash == invites.code_hash(invites.canonical_code(code))
        assert invites.canonical_code(code) not in repr(stored.__dict__)
    with db.session_scope() as session:
        member = invites.redeem_invite(session, code.lower().replace("-", " "), 111)  # typed loosely
        assert member is not None and member.role == "ansatt"
    with db.session_scope() as session:
        assert invites.redeem_invite(session, code, 222) is None  # used
        assert invites.list_invites(session) == []
        assert [i.handle for i in invites.list_invites(session, include_closed=True)] == [handle]
        assert invites.status(invites.list_invites(session, include_closed=True)[0]) == "brukt"
        actions = [e.action for e in session.scalars(select(AuditEvent))]
    assert staff_store.is_enrolled(111) and not staff_store.is_enrolled(222)
    assert actions.count("invite_created") == 1 and actions.count("invite_redeemed") == 1


def test_expired_and_revoked_codes_do_not_work(engine: Engine) -> None:
    with db.session_scope() as session:
        expired, expired_code = invites.create_invite(session, "leder", timedelta(minutes=1))
        expired.expires_at = expired.created_at - timedelta(seconds=1)
        revoked, revoked_code = invites.create_invite(session, "leder")
        invites.revoke_invite(session, revoked.handle)
        with pytest.raises(invites.InviteNotFound):
            invites.revoke_invite(session, revoked.handle)
    with db.session_scope() as session:
        assert invites.redeem_invite(session, expired_code, 333) is None
        assert invites.redeem_invite(session, revoked_code, 333) is None
        assert invites.redeem_invite(session, "not-a-code", 333) is None
        assert invites.redeem_invite(session, "2222-2222-2222", 333) is None
    assert not staff_store.is_enrolled(333)


def test_roles_and_lifetimes_are_checked(engine: Engine) -> None:
    with db.session_scope() as session:
        with pytest.raises(ValueError):
            invites.create_invite(session, "admin")
        with pytest.raises(ValueError):
            invites.create_invite(session, "ansatt", timedelta(days=30))


def test_an_enrolled_account_cannot_take_a_second_code(engine: Engine) -> None:
    with db.session_scope() as session:
        _, first = invites.create_invite(session, "ansatt")
        _, second = invites.create_invite(session, "leder")
        invites.redeem_invite(session, first, 444)
    with pytest.raises(staff_store.AlreadyEnrolled), db.session_scope() as session:
        invites.redeem_invite(session, second, 444)
    with db.session_scope() as session:  # the failed attempt rolled back: the code is still open
        assert len(invites.list_invites(session)) == 1
