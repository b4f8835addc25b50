"""Who may use the web workspace: enrolment with an invite code, passphrases and server-side sessions.

Passphrases are hashed with argon2id at the OWASP Password Storage Cheat Sheet's first recommended
setting (19 MiB, 2 passes, 1 lane): a stolen database stays expensive to attack, while a sign-in costs
tens of milliseconds and the workspace stays within its memory budget (argon2-cffi's default, RFC
9106's 64 MiB profile, took the server's peak from ~130 to ~190 MB; bench/web.py). A session is a random token in
an HttpOnly cookie; only its SHA-256 is stored – the token has 256 random bits, so a fast hash is
enough and lets the look-up use the unique index. Like the rest of ``bot.storage``, functions take a
session and never commit.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.storage import audit_trail, invites, staff_store, vocab
from bot.storage.dml import rows_affected
from bot.storage.models import StaffMember, utcnow
from bot.storage.web_models import StaffPassphrase, WebSession

# CONTRACTS.md §6: at least 12 characters. The cap keeps one request from making argon2 hash megabytes.
PASSPHRASE_MIN_CHARS = 12
PASSPHRASE_MAX_CHARS = 256
LEADER_ROLES = ("leder", "admin")
# A session's last_seen_at is written at most this often: the idle timeout needs minutes, not a
# database write on every page view.
TOUCH_EVERY = timedelta(seconds=60)
_TOKEN_BYTES = 32
_MAX_TOKEN_CHARS = 100

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)  # argon2id; OWASP (see above)
# Verified against when the staff id is unknown, so a wrong id costs as long as a wrong passphrase
# and the time of the answer does not tell which ids exist.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))

# Why a session is not (or no longer) valid: the login page says it in words. ENDED: the cookie names
# a session that is gone (signed out elsewhere, revoked by ./botctl, purged).
OK, NONE, ENDED, EXPIRED, REVOKED = "ok", "none", "ended", "expired", "revoked"


class PassphraseRejected(ValueError):
    """The new passphrase is too short or too long (the message is for the person, in Norwegian)."""


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> str:
    if not isinstance(passphrase, str) or len(passphrase) < PASSPHRASE_MIN_CHARS:
        raise PassphraseRejected(f"Passfrasen må ha minst {PASSPHRASE_MIN_CHARS} tegn.")
    if len(passphrase) > PASSPHRASE_MAX_CHARS:
        raise PassphraseRejected(f"Passfrasen kan ha høyst {PASSPHRASE_MAX_CHARS} tegn.")
    if not passphrase.strip():
        raise PassphraseRejected("Passfrasen kan ikke bare være mellomrom.")
    if repeated is not None and repeated != passphrase:
        raise PassphraseRejected("De to passfrasene er ikke like.")
    return passphrase


def token_hash(token: str) -> str:
    return hashlib.sha256(("krise-web-session:" + token).encode("utf-8")).hexdigest()


def enrol(session: Session, code: str, passphrase: str) -> StaffMember | None:
    """Redeem an invite code for a new staff member with this passphrase; None when the code is not
    valid (unknown, used, expired or revoked – one answer for all). The passphrase is checked first
    (``PassphraseRejected``), so a typo in it never uses up the code."""
    check_new_passphrase(passphrase)
    member = invites.redeem_invite(session, code, None)
    if member is None:
        return None
    session.add(StaffPassphrase(staff_id=member.id, hash=_hasher.hash(passphrase)))
    session.flush()
    audit_trail.record_audit(session, "passphrase_set", actor=member.display_code,
                            detail={"code": member.display_code, "channel": "web"})
    return member


def verify(session: Session, code: str, passphrase: str) -> StaffMember | None:
    """The active staff member with this id and passphrase, or None (same cost either way)."""
    try:
        code = vocab.normalise_staff_code(code)
    except ValueError:
        code = ""
    row = None
    if code:
        row = session.execute(
            select(StaffMember, StaffPassphrase).join(StaffPassphrase, StaffPassphrase.staff_id == StaffMember.id)
            .where(StaffMember.display_code == code, StaffMember.active)).first()
    stored = row[1].hash if row else _DUMMY_HASH
    try:
        _hasher.verify(stored, passphrase if isinstance(passphrase, str) else "")
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    member, credential = row
    if _hasher.check_needs_rehash(credential.hash):  # parameters raised since it was set
        credential.hash = _hasher.hash(passphrase)
        credential.updated_at = utcnow()
        session.flush()
    return member


def set_passphrase(session: Session, staff_id: int, passphrase: str) -> None:
    """Replace a staff member's passphrase (she knows the old one: the caller has verified it)."""
    check_new_passphrase(passphrase)
    credential = session.get(StaffPassphrase, staff_id)
    if credential is None:
        credential = StaffPassphrase(staff_id=staff_id, hash="")
        session.add(credential)
    credential.hash = _hasher.hash(passphrase)
    credential.updated_at = utcnow()
    session.flush()


def staff_with_passphrase(session: Session) -> set[int]:
    """Ids of the staff members who can sign in to the web workspace."""
    return set(session.scalars(select(StaffPassphrase.staff_id)))


# --- sessions ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SignedIn:
    """The staff member behind a valid session, read afresh on every request."""

    session_id: int
    staff_id: int
    code: str
    role: str
    created_at: datetime

    @property
    def is_leader(self) -> bool:
        return self.role in LEADER_ROLES


def start_session(session: Session, member: StaffMember) -> str:
    """A new session for ``member``; returns the token for the cookie (the only copy)."""
    token = secrets.token_urlsafe(_TOKEN_BYTES)
    now = utcnow()
    session.add(WebSession(token_hash=token_hash(token), staff_id=member.id, created_at=now, last_seen_at=now))
    session.flush()
    return token


def find_session(session: Session, token: str | None, *, idle: timedelta, absolute: timedelta,
                 now: datetime | None = None) -> tuple[SignedIn | None, str]:
    """(who, why): the signed-in staff member and ``OK``, or None and ``NONE``/``ENDED``/``EXPIRED``/``REVOKED``.

    An expired session is deleted; a staff member who has been revoked loses every session at once.
    """
    if not token or not isinstance(token, str) or len(token) > _MAX_TOKEN_CHARS:
        return None, NONE
    row = session.execute(select(WebSession, StaffMember).join(StaffMember, StaffMember.id == WebSession.staff_id)
                          .where(WebSession.token_hash == token_hash(token))).first()
    if row is None:
        return None, ENDED
    web_session, member = row
    now = now or utcnow()
    if not member.active:
        end_all_sessions(session, member.id)
        return None, REVOKED
    if now - web_session.created_at > absolute or now - web_session.last_seen_at > idle:
        session.delete(web_session)
        session.flush()
        return None, EXPIRED
    if now - web_session.last_seen_at >= TOUCH_EVERY:
        web_session.last_seen_at = now
        session.flush()
    return SignedIn(web_session.id, member.id, member.display_code, member.role, web_session.created_at), OK


def end_session(session: Session, token: str | None) -> bool:
    if not token or not isinstance(token, str) or len(token) > _MAX_TOKEN_CHARS:
        return False
    return bool(rows_affected(session, delete(WebSession).where(WebSession.token_hash == token_hash(token))))


def end_all_sessions(session: Session, staff_id: int) -> int:
    """Sign the staff member out everywhere (revoke, «logg ut overalt»)."""
    return rows_affected(session, delete(WebSession).where(WebSession.staff_id == staff_id))


def end_sessions_of(session: Session, code: str) -> int:
    """``end_all_sessions`` by staff id (S-…), for ``./botctl staff revoke``; 0 when there is no such member."""
    member = staff_store.get_staff(session, code)
    return end_all_sessions(session, member.id) if member else 0


def purge_sessions(session: Session, *, idle: timedelta, absolute: timedelta, now: datetime | None = None) -> int:
    """Delete sessions past either timeout (they could not be used any more anyway)."""
    now = now or utcnow()
    return rows_affected(session, delete(WebSession).where(
        (WebSession.last_seen_at < now - idle) | (WebSession.created_at < now - absolute)))


def active_leader_exists(session: Session) -> bool:
    return session.scalar(select(StaffMember.id).where(
        StaffMember.active, StaffMember.role.in_(LEADER_ROLES)).limit(1)) is not None


def signed_in_codes(session: Session) -> set[str]:
    """Staff ids with at least one session (the workspace keeps chat screens only for them)."""
    return set(session.scalars(select(StaffMember.display_code).join(WebSession, WebSession.staff_id == StaffMember.id)
                               .where(StaffMember.active)))
