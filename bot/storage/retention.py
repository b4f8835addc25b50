"""Retention: what is past the keeping time goes (cases, drafts, stored conversation, logged questions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.storage import feedback, vocab
from bot.storage.audit_trail import record_audit
from bot.storage.case_store import delete_case
from bot.storage.dml import rows_affected
from bot.storage.models import AnswerLog, Case, TrackerEvent, TriageDraft


@dataclass(frozen=True)
class PurgeResult:
    cases: int
    drafts: int
    events: int
    answers: int = 0  # guide questions in the answer log


def purge(session: Session, cutoff: datetime, *, actor: str = vocab.SYSTEM_ACTOR,
          dry_run: bool = False) -> PurgeResult:
    """Remove what is past retention: cases not changed since ``cutoff`` (with their records, audit
    trail and conversation), drafts not touched since, every stored tracker event older, and the
    guide questions in the answer log asked before it."""
    if cutoff.tzinfo is None:
        raise ValueError("cutoff must be timezone-aware")
    refs = list(session.scalars(select(Case.ref).where(Case.updated_at < cutoff)))
    old_drafts = select(TriageDraft.id).where(TriageDraft.updated_at < cutoff)
    old_events = select(TrackerEvent.id).where(TrackerEvent.timestamp < cutoff.timestamp())
    old_answers = select(AnswerLog.id).where(AnswerLog.asked_at < cutoff)
    if dry_run:
        count = lambda stmt: session.scalar(select(func.count()).select_from(stmt.subquery())) or 0  # noqa: E731
        return PurgeResult(len(refs), count(old_drafts), count(old_events), count(old_answers))
    events_before = session.scalar(select(func.count()).select_from(TrackerEvent)) or 0
    for ref in refs:
        delete_case(session, ref, actor=actor, reason="retention")
    drafts = rows_affected(session, delete(TriageDraft).where(TriageDraft.updated_at < cutoff))
    session.execute(delete(TrackerEvent).where(TrackerEvent.timestamp < cutoff.timestamp()))
    events_after = session.scalar(select(func.count()).select_from(TrackerEvent)) or 0
    answers = feedback.purge(session, cutoff)
    result = PurgeResult(len(refs), drafts, events_before - events_after, answers)
    record_audit(session, "purged", actor=actor, detail={"cases": result.cases, "drafts": result.drafts,
                                                           "events": result.events, "answers": result.answers,
                                                           "cutoff": cutoff.strftime("%Y-%m-%dT%H:%M:%SZ")})
    return result
