"""Staff members: enrolling, finding and deactivating them (the audit actor is their display code).

Functions take an open ``Session`` and never commit; ``is_enrolled``, which the Telegram bridge
calls on its own, opens one when not given.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage import db, vocab
from bot.storage.audit_trail import record_audit
from bot.storage.models import StaffMember, new_staff_code

_MAX_CODE_ATTEMPTS = 20


class StaffNotFound(LookupError):
    """No staff member with that display code."""


class AlreadyEnrolled(ValueError):
    """The Telegram id belongs to an enrolled staff member already."""


class CodeInUse(ValueError):
    """The requested staff display code is taken."""


def _check_telegram_id(telegram_user_id: Any) -> int:
    if isinstance(telegram_user_id, bool) or not isinstance(telegram_user_id, int) or telegram_user_id <= 0:
        raise ValueError(f"telegram_user_id must be a positive integer, got {telegram_user_id!r}")
    return telegram_user_id


def find_staff(session: Session, telegram_user_id: int) -> StaffMember | None:
    """The active member enrolled with this Telegram id (its code is the audit actor)."""
    return session.scalar(select(StaffMember).where(
        StaffMember.telegram_user_id == _check_telegram_id(telegram_user_id), StaffMember.active))


def get_staff(session: Session, code: str) -> StaffMember | None:
    return session.scalar(select(StaffMember).where(
        StaffMember.display_code == vocab.normalise_staff_code(code)))


def add_staff(session: Session, telegram_user_id: int | None, *, code: str | None = None,
              role: str = "ansatt", actor: str = vocab.SYSTEM_ACTOR) -> StaffMember:
    """Enrol a staff member. Raises ValueError when the Telegram id or code is already taken."""
    if telegram_user_id is not None:
        _check_telegram_id(telegram_user_id)
        if session.scalar(select(StaffMember.id).where(
                StaffMember.telegram_user_id == telegram_user_id)) is not None:
            raise AlreadyEnrolled("telegram_user_id is already enrolled")
    vocab.check_role(role)
    if code is None:
        for _ in range(_MAX_CODE_ATTEMPTS):
            code = new_staff_code()
            if get_staff(session, code) is None:
                break
        else:
            raise RuntimeError("could not find a free staff code")
    else:
        code = vocab.normalise_staff_code(code)
        if get_staff(session, code) is not None:
            raise CodeInUse(f"staff code {code!r} is already in use")
    member = StaffMember(telegram_user_id=telegram_user_id, display_code=code, role=role, active=True)
    session.add(member)
    session.flush()
    record_audit(session, "staff_added", actor=actor, detail={"code": code, "role": role})
    return member


def list_staff(session: Session, include_inactive: bool = False) -> list[StaffMember]:
    stmt = select(StaffMember).order_by(StaffMember.created_at, StaffMember.id)
    if not include_inactive:
        stmt = stmt.where(StaffMember.active)
    return list(session.scalars(stmt))


def deactivate_staff(session: Session, code: str, *, actor: str = vocab.SYSTEM_ACTOR) -> StaffMember:
    """Revoke access. The Telegram id is cleared (data minimisation, and so the same person can be
    enrolled again later); the code stays so older audit rows still resolve."""
    member = get_staff(session, code)
    if member is None:
        raise StaffNotFound(f"no staff member with code {vocab.normalise_staff_code(code)!r}")
    member.active = False
    member.telegram_user_id = None
    session.flush()
    record_audit(session, "staff_deactivated", actor=actor, detail={"code": member.display_code})
    return member


def is_enrolled(telegram_user_id: int, session: Session | None = None) -> bool:
    """Whether this Telegram user may talk to the bot (the bridge's gate)."""
    if session is None:
        with db.session_scope() as own:
            return is_enrolled(telegram_user_id, own)
    return find_staff(session, telegram_user_id) is not None
