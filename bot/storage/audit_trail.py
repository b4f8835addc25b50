"""The audit trail: who did what to which case, in codes and counts only (never answers or text).

Functions take an open ``Session`` and never commit, so a caller groups writes in one
``db.session_scope()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage import batching, vocab
from bot.storage.models import AuditEvent
from bot.storage.vocab import normalise_ref


def record_audit(session: Session, action: str, *, actor: str = vocab.SYSTEM_ACTOR,
                 case_ref: str | None = None, detail: Mapping[str, Any] | None = None) -> AuditEvent:
    """Append an audit row. ``detail`` may hold codes and counts only, never answers or text."""
    event = AuditEvent(
        actor=vocab.check_actor(actor),
        action=vocab.check_code("audit action", action),
        case_ref=normalise_ref(case_ref) if case_ref is not None else None,
        detail=vocab.check_audit_detail(detail),
    )
    session.add(event)
    batching.flush(session)
    return event


def list_audit(session: Session, case_ref: str | None = None, limit: int = 100, *, actor: str | None = None,
               action: str | None = None, since: datetime | None = None) -> list[AuditEvent]:
    """Newest first, optionally only one case, one actor, one action, or rows since a time."""
    stmt = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
    if case_ref is not None:
        stmt = stmt.where(AuditEvent.case_ref == normalise_ref(case_ref))
    if actor is not None:  # «S-7K2Q» or «cli:kari» also finds «S-7K2Q/cli:kari»
        stmt = stmt.where(AuditEvent.actor.in_([actor]) | AuditEvent.actor.startswith(actor + "/", autoescape=True)
                          | AuditEvent.actor.endswith("/" + actor, autoescape=True))
    if action is not None:
        stmt = stmt.where(AuditEvent.action == action)
    if since is not None:
        stmt = stmt.where(AuditEvent.at >= since)
    return list(session.scalars(stmt))
