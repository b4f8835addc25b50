"""One-time enrolment codes: ``./botctl staff invite`` creates them; ``/start CODE`` in Telegram or the
enrolment form of the web workspace redeems them.

A code is shown once, to the person who created it, and stored only as a hash. It works once,
until it expires or is revoked. Like the rest of ``bot.storage``, functions take a session and never commit.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.storage import audit_trail, staff_store, vocab
from bot.storage.dml import rows_affected
from bot.storage.models import REF_ALPHABET, StaffInvite, StaffMember, new_invite_code, new_invite_handle, utcnow

INVITE_ROLES = ("ansatt", "leder")
DEFAULT_LIFETIME = timedelta(hours=24)
# Long enough to reach someone on leave over a weekend; short enough that a forgotten code dies.
MAX_LIFETIME = timedelta(days=14)
_CANONICAL = re.compile(rf"^[{REF_ALPHABET}]{{12}}$")
_MAX_ATTEMPTS = 20


class InviteNotFound(LookupError):
    """No open invite with that handle."""


def canonical_code(code: str) -> str | None:
    """The code as stored: upper case, without the dashes and spaces people add or drop."""
    if not isinstance(code, str):
        return None
    compact = re.sub(r"[\s\-_]", "", code).upper()
    return compact if _CANONICAL.match(compact) else None


def code_hash(canonical: str) -> str:
    """SHA-256 of the canonical code: 59 random bits, single use and a short life make a slow or
    salted hash unnecessary, and a deterministic one lets the lookup use the unique index."""
    return hashlib.sha256(("krise-invite:" + canonical).encode("ascii")).hexdigest()


def create_invite(session: Session, role: str, lifetime: timedelta = DEFAULT_LIFETIME, *,
                  actor: str = vocab.SYSTEM_ACTOR) -> tuple[StaffInvite, str]:
    """A new invite and its code in clear (the only time it exists outside the person's hands)."""
    if role not in INVITE_ROLES:
        raise ValueError(f"role must be one of {', '.join(INVITE_ROLES)}, got {role!r}")
    if not timedelta(minutes=1) <= lifetime <= MAX_LIFETIME:
        raise ValueError(f"lifetime must be between 1 minute and {MAX_LIFETIME.days} days")
    for _ in range(_MAX_ATTEMPTS):
        code, handle = new_invite_code(), new_invite_handle()
        digest = code_hash(canonical_code(code) or "")
        taken = session.scalar(select(StaffInvite.id).where(
            (StaffInvite.handle == handle) | (StaffInvite.code_hash == digest)))
        if taken is None:
            break
    else:
        raise RuntimeError("could not find a free invite code")
    now = utcnow()
    invite = StaffInvite(handle=handle, code_hash=digest, role=role, created_at=now, expires_at=now + lifetime)
    session.add(invite)
    session.flush()
    audit_trail.record_audit(session, "invite_created", actor=actor, detail={"invite": handle, "role": role})
    return invite, code


def redeem_invite(session: Session, code: str, telegram_user_id: int | None) -> StaffMember | None:
    """Enrol a new staff member with the invite's role: ``telegram_user_id`` for Telegram, None in the
    web workspace (which then stores a passphrase). None when the code is unknown, used, expired or
    revoked (the caller says the same thing in every case)."""
    canonical = canonical_code(code)
    if canonical is None:
        return None
    digest = code_hash(canonical)
    now = utcnow()
    claimed = rows_affected(
        session,
        update(StaffInvite)
        .where(StaffInvite.code_hash == digest, StaffInvite.used_at.is_(None),
               StaffInvite.revoked_at.is_(None), StaffInvite.expires_at > now)
        .values(used_at=now)
        .execution_options(synchronize_session=False))
    if claimed != 1:
        return None
    invite = session.scalar(select(StaffInvite).where(StaffInvite.code_hash == digest))
    assert invite is not None
    member = staff_store.add_staff(session, telegram_user_id, role=invite.role)
    invite.staff_id = member.id
    session.flush()
    audit_trail.record_audit(session, "invite_redeemed", actor=member.display_code,
                            detail={"invite": invite.handle, "code": member.display_code})
    return member


def list_invites(session: Session, include_closed: bool = False) -> list[StaffInvite]:
    """Open invites (not used, revoked or expired), oldest first; all with ``include_closed``."""
    stmt = select(StaffInvite).order_by(StaffInvite.created_at, StaffInvite.id)
    if not include_closed:
        stmt = stmt.where(StaffInvite.used_at.is_(None), StaffInvite.revoked_at.is_(None),
                          StaffInvite.expires_at > utcnow())
    return list(session.scalars(stmt))


def revoke_invite(session: Session, handle: str, *, actor: str = vocab.SYSTEM_ACTOR) -> StaffInvite:
    invite = session.scalar(select(StaffInvite).where(
        StaffInvite.handle == vocab.normalise_staff_code(handle),
        StaffInvite.used_at.is_(None), StaffInvite.revoked_at.is_(None)))
    if invite is None:
        raise InviteNotFound(f"no open invite {handle!r}")
    invite.revoked_at = utcnow()
    session.flush()
    audit_trail.record_audit(session, "invite_revoked", actor=actor, detail={"invite": invite.handle})
    return invite


def status(invite: StaffInvite, now: datetime | None = None) -> str:
    """Norwegian one-word status for listings."""
    now = now or utcnow()
    if invite.used_at is not None:
        return "brukt"
    if invite.revoked_at is not None:
        return "trukket"
    if invite.expires_at <= now:
        return "utløpt"
    return "åpen"
