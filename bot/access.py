"""Who is this staff member, and may they do this? One decision for every channel, failing closed.

Every channel that serves staff – the Telegram bridge today, the web workspace next – asks
``decide`` before it does anything for a person, and again before anything a role restricts
(listing or exporting cases). The answer comes from the staff table afresh each time, so a
``./botctl staff revoke`` takes effect on the next request, and it is a ``Decision`` whose
``allowed`` is true in exactly one case: an active, enrolled member whose role grants the
permission. Everything else is a refusal:

- ``UNKNOWN``: no active member with that identity (a stranger, a revoked or never-enrolled account);
- ``FORBIDDEN``: the member's role does not grant the permission (or is a role this code does not know);
- ``FAILED``: the decision could not be made – the database is locked, down or slow, the pool timed
  out, anything raised. The caller refuses and stops; it never falls back to what it knew before.

Channel-neutral: an identity is a Telegram user id or a staff code (``S-…``, what a web session
holds), and nothing here knows about updates, requests or replies.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from bot.storage import db, staff_store

log = logging.getLogger(__name__)

# Permissions. USE is what every active member may do: ask the guide and run the dialogues.
USE = "use"
VIEW_CASES = "view_cases"      # list saved cases (Telegram /saker, web /cases)
EXPORT_CASE = "export_case"    # one case in the §4 export format (Telegram /eksport)
PERMISSIONS = (USE, VIEW_CASES, EXPORT_CASE)

# What each role may do. A role missing here (a typo in the database, a future role) may do nothing.
ROLE_PERMISSIONS: Mapping[str, frozenset[str]] = {
    "ansatt": frozenset({USE}),
    "leder": frozenset(PERMISSIONS),
    "admin": frozenset(PERMISSIONS),
}

ALLOWED = "allowed"
UNKNOWN = "unknown"
FORBIDDEN = "forbidden"
FAILED = "failed"


@dataclass(frozen=True)
class StaffIdentity:
    """The enrolled member behind a request: the display code (the audit actor) and the role."""

    code: str
    role: str

    def may(self, permission: str) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.role, frozenset())

    @property
    def is_leader(self) -> bool:
        return self.may(VIEW_CASES)


@dataclass(frozen=True)
class Decision:
    outcome: str
    staff: StaffIdentity | None = None

    @property
    def allowed(self) -> bool:
        return self.outcome == ALLOWED and self.staff is not None


def decide(permission: str, *, telegram_user_id: int | None = None, staff_code: str | None = None) -> Decision:
    """May the member with this identity (exactly one of the two) do ``permission`` now?

    Never raises: any error while looking the member up or reading the role is ``FAILED`` (logged
    with its class name only), and the caller must refuse.
    """
    try:
        if permission not in PERMISSIONS:
            raise ValueError(f"unknown permission {permission!r}")
        if (telegram_user_id is None) == (staff_code is None):
            raise ValueError("give exactly one of telegram_user_id and staff_code")
        staff = _lookup(telegram_user_id, staff_code)
        if staff is None:
            return Decision(UNKNOWN)
        return Decision(ALLOWED if staff.may(permission) else FORBIDDEN, staff)
    except Exception as exc:  # noqa: BLE001 - the point: whatever fails, the answer is no
        log.error("access check failed (%s); refused", type(exc).__name__)
        return Decision(FAILED)


def _lookup(telegram_user_id: int | None, staff_code: str | None) -> StaffIdentity | None:
    with db.session_scope() as session:
        if telegram_user_id is not None:
            member = staff_store.find_staff(session, telegram_user_id)
        else:
            assert staff_code is not None  # check() takes exactly one of the two
            member = staff_store.get_staff(session, staff_code)
            if member is not None and not member.active:
                member = None
        if member is None:
            return None
        code, role, active = member.display_code, member.role, member.active
    if active is not True or not isinstance(code, str) or not isinstance(role, str):
        return None
    return StaffIdentity(code, role)
