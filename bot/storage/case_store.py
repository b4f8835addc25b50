"""Cases: opening one (with its first triage answers), finding, listing and deleting them.

Every free-text value is passed through ``bot.text.mask`` before it is validated and written:
this package's writers and ``drafts`` are the one place every channel's data passes (terminal,
REST, Telegram), so an identifier typed anywhere is masked here even if a channel forgot to.
Functions take an open ``Session`` and never commit; every write is audited (``audit_trail``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from bot.storage import vocab
from bot.storage.audit_trail import record_audit
from bot.storage.dml import rows_affected
from bot.storage.models import AuditEvent, Case, TrackerEvent, TriageRecord, new_case_ref
from bot.storage.vocab import normalise_ref
from bot.text.mask import mask_value

_MAX_CODE_ATTEMPTS = 20


class CaseNotFound(LookupError):
    """No case with that ref (it may have been deleted)."""


def masked(values: Mapping[str, Any]) -> Mapping[str, Any]:
    """Identifiers masked in every text value; codes, numbers and booleans pass unchanged."""
    if not isinstance(values, Mapping):
        return values  # vocab rejects it with a clear message
    return {key: mask_value(value) for key, value in values.items()}


def _unique_ref(session: Session) -> str:
    for _ in range(_MAX_CODE_ATTEMPTS):
        ref = new_case_ref()
        if session.scalar(select(Case.id).where(Case.ref == ref)) is None:
            return ref
    raise RuntimeError("could not find a free case ref")  # 31^6 codes: only with a broken RNG


def get_case(session: Session, ref: str) -> Case | None:
    return session.scalar(select(Case).where(Case.ref == normalise_ref(ref)))


def require_case(session: Session, ref: str) -> Case:
    case = get_case(session, ref)
    if case is None:
        raise CaseNotFound(f"no case with ref {normalise_ref(ref)!r}")
    return case


def list_cases(session: Session, limit: int | None = None) -> list[Case]:
    """Newest first; ties (same transaction) broken by insertion order."""
    stmt = (select(Case).order_by(Case.created_at.desc(), Case.id.desc())
            .options(selectinload(Case.triage), selectinload(Case.safety),
                     selectinload(Case.journal_note), selectinload(Case.safety_versions)))
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def create_case(session: Session, triage: Mapping[str, Any] | None = None, *,
                actor: str = vocab.SYSTEM_ACTOR, conversation_key: str | None = None) -> Case:
    """Open a case with a fresh opaque ref and store the first triage answers.

    ``conversation_key`` (``bot.keys.conversation_key(sender_id)``) links the case to the chat it was
    saved from, so deleting the case also deletes that conversation's stored events.
    """
    core, details = vocab.normalise_triage(masked(triage or {}))
    if conversation_key is not None and not vocab.CONVERSATION_KEY_RE.match(conversation_key):
        raise ValueError("conversation_key must be a 64-character hex digest")
    # A new case has no note, mapping or versions yet: said here, reading them later (saving the
    # dialogue's note or mapping) needs no query. The flush stays even inside
    # ``batching.one_flush``: the audit row below refers to the case by a plain foreign key.
    case = Case(ref=_unique_ref(session), conversation_key=conversation_key, journal_note=None, safety=None,
                safety_versions=[])
    case.triage = TriageRecord(**core, details=details)
    session.add(case)
    session.flush()
    record_audit(session, "case_created", actor=actor, case_ref=case.ref,
                 detail={"keys": sorted([*core, *details])})
    return case


def delete_case(session: Session, ref: str, *, actor: str = vocab.SYSTEM_ACTOR, reason: str = "deleted") -> bool:
    """Remove the case, its records, its audit trail and its conversation's stored events; log the
    deletion without the ref.

    Returns False when there was no such case. The explicit audit delete mirrors the database
    cascade so nothing depends on SQLite's per-connection foreign-key setting.
    """
    case = get_case(session, ref)
    if case is None:
        return False
    events = delete_case_conversation(session, case)
    removed = rows_affected(session, delete(AuditEvent).where(AuditEvent.case_ref == case.ref))
    session.delete(case)
    session.flush()
    record_audit(session, "case_deleted", actor=actor,
                 detail={"audit_rows_removed": removed or 0, "events_removed": events,
                         "reason": vocab.check_code("deletion reason", reason)})
    return True


def delete_case_conversation(session: Session, case: Case) -> int:
    """Delete the stored Rasa events of the chat the case was saved from, up to the first message
    typed after it was saved (so the saving turn goes too, but a dialogue begun later stays).

    Everything earlier in that chat goes as well: deleting more than the one dialogue is the safe
    side for erasure, and a prefix is what purge removes anyway, so Rasa replays what is left
    exactly as it does after a purge.
    """
    key = case.conversation_key
    if not key:
        return 0
    saved_at = case.created_at.timestamp()
    next_message = session.scalar(select(func.min(TrackerEvent.timestamp)).where(
        TrackerEvent.sender_id == key, TrackerEvent.type_name == "user", TrackerEvent.timestamp > saved_at))
    stmt = delete(TrackerEvent).where(TrackerEvent.sender_id == key)
    if next_message is not None:
        stmt = stmt.where(TrackerEvent.timestamp < next_message)
    return rows_affected(session, stmt)
