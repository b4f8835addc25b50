"""The first leader: on a fresh install nobody can sign in to invite anyone, so ``make web`` prints a
one-time leader code on its console (under systemd that is the journal; it never goes to the database,
which keeps only its hash). It works once and for 24 hours.

A code is printed on every start while no active leader exists; the codes printed before are
revoked, so only the newest one works.
"""

from __future__ import annotations

from datetime import timedelta

from bot.storage import audit_trail, db, invites, web_access

LEADER_CODE_LIFETIME = timedelta(hours=24)  # the first leader enrols the same day the centre sets up
ACTION = "leader_code_created"


def leader_code_if_needed() -> str | None:
    """A fresh one-time leader code, or None when an active leader exists already."""
    with db.session_scope() as session:
        if web_access.active_leader_exists(session):
            return None
        for event in audit_trail.list_audit(session, action=ACTION, limit=50):
            handle = (event.detail or {}).get("invite")
            if isinstance(handle, str):
                try:
                    invites.revoke_invite(session, handle)
                except (invites.InviteNotFound, ValueError):
                    pass  # used, expired or revoked already
        created, code = invites.create_invite(session, "leder", LEADER_CODE_LIFETIME)
        audit_trail.record_audit(session, ACTION, detail={"invite": created.handle})
        return code
