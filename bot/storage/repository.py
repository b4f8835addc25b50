"""The storage operations the actions and botctl use; every write is validated and audited.

Every free-text value is passed through ``bot.text.mask`` before it is validated and written:
this module and ``drafts`` are the one place every channel's data passes (terminal, REST,
Telegram), so an identifier typed anywhere is masked here even if a channel forgot to.

Functions take an open ``Session`` and never commit, so a caller can group several writes in one
``db.session_scope()``. The two read helpers the other processes call without a session
(``export_cases``, ``is_enrolled``) open their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from bot.storage import db, vocab
from bot.storage.models import (
    AnswerLog,
    AuditEvent,
    Case,
    JournalNote,
    SafetyRecord,
    SafetyVersion,
    StaffMember,
    TrackerEvent,
    TriageDraft,
    TriageRecord,
    new_case_ref,
    new_staff_code,
)
from bot.text.mask import mask_text, mask_value

_MAX_CODE_ATTEMPTS = 20


class CaseNotFound(LookupError):
    """No case with that ref (it may have been deleted)."""


class StaffNotFound(LookupError):
    """No staff member with that display code."""


class AlreadyEnrolled(ValueError):
    """The Telegram id belongs to an enrolled staff member already."""


class CodeInUse(ValueError):
    """The requested staff display code is taken."""


def normalise_ref(ref: str) -> str:
    """Refs are read aloud and typed by hand: accept any case and surrounding spaces."""
    if not isinstance(ref, str) or not ref.strip():
        raise ValueError("case ref must be a non-empty string")
    return ref.strip().upper()


# --- audit ---------------------------------------------------------------------------------------

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
    session.flush()
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


# --- cases ---------------------------------------------------------------------------------------

def _masked(values: Mapping[str, Any]) -> Mapping[str, Any]:
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


def _require_case(session: Session, ref: str) -> Case:
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
    core, details = vocab.normalise_triage(_masked(triage or {}))
    if conversation_key is not None and not vocab.CONVERSATION_KEY_RE.match(conversation_key):
        raise ValueError("conversation_key must be a 64-character hex digest")
    case = Case(ref=_unique_ref(session), conversation_key=conversation_key)
    case.triage = TriageRecord(**core, details=details)
    session.add(case)
    session.flush()
    record_audit(session, "case_created", actor=actor, case_ref=case.ref,
                 detail={"keys": sorted([*core, *details])})
    return case


def save_triage(session: Session, ref: str, triage: Mapping[str, Any], *,
                actor: str = vocab.SYSTEM_ACTOR) -> TriageRecord:
    """Merge answers into the case's triage: keys not given keep their value; None clears one."""
    core, details = vocab.normalise_triage(_masked(triage))
    case = _require_case(session, ref)
    record = case.triage
    if record is None:
        record = case.triage = TriageRecord(details={})
    for key, value in core.items():
        setattr(record, key, value)
    if details:
        record.details = {**(record.details or {}), **details}  # new dict: JSON is not mutable-tracked
    case.touch()
    session.flush()
    record_audit(session, "triage_saved", actor=actor, case_ref=case.ref,
                 detail={"keys": sorted([*core, *details])})
    return record


def save_safety(session: Session, ref: str, safety: Mapping[str, Any], *,
                actor: str = vocab.SYSTEM_ACTOR) -> SafetyRecord:
    """Merge a (partial) safety mapping; the merged red_flags must all be true flags."""
    values = vocab.normalise_safety(_masked(safety))
    case = _require_case(session, ref)
    record = case.safety
    merged_flags = {flag: getattr(record, flag) if record else None for flag in vocab.SAFETY_FLAGS}
    merged_flags.update({k: v for k, v in values.items() if k in vocab.SAFETY_FLAGS})
    red_flags = values.get("red_flags", list(record.red_flags or []) if record else [])
    vocab.check_red_flags(merged_flags, red_flags)
    if record is None:
        record = case.safety = SafetyRecord(red_flags=[], recommended=[])
    for key, value in values.items():
        setattr(record, key, value)
    case.touch()
    session.flush()
    record_audit(session, "safety_saved", actor=actor, case_ref=case.ref,
                 detail={"keys": sorted(values)})
    return record


def save_safety_mapping(session: Session, ref: str, safety: Mapping[str, Any], plan_text: str | None = None, *,
                        actor: str = vocab.SYSTEM_ACTOR) -> SafetyVersion:
    """Store a completed mapping: it becomes the case's ``safety`` and a new version in its history.

    ``safety`` is the whole record (all 13 flags, both lists, extra answers as snake_case keys);
    unlike ``save_safety`` nothing is merged with the previous mapping, which stays in the history.
    """
    values = vocab.normalise_safety(_masked(safety), allow_details=True)
    details = values.pop("details")
    if isinstance(plan_text, str):
        plan_text = mask_text(plan_text)
    flags = {flag: values.get(flag) for flag in vocab.SAFETY_FLAGS}
    red_flags = values.get("red_flags", [])
    recommended = values.get("recommended", [])
    vocab.check_red_flags(flags, red_flags)
    if plan_text is not None and (not isinstance(plan_text, str) or len(plan_text) > vocab.MAX_JOURNAL_LEN):
        raise ValueError(f"safety plan must be text of at most {vocab.MAX_JOURNAL_LEN} characters")
    case = _require_case(session, ref)
    record = case.safety
    if record is None:
        record = case.safety = SafetyRecord(red_flags=[], recommended=[])
    for key, value in flags.items():
        setattr(record, key, value)
    record.red_flags, record.recommended, record.details = list(red_flags), list(recommended), dict(details)
    version = SafetyVersion(record={**flags, **details, "red_flags": list(red_flags),
                                    "recommended": list(recommended)}, plan_text=plan_text or None)
    case.safety_versions.append(version)
    case.touch()
    session.flush()
    record_audit(session, "safety_mapping_saved", actor=actor, case_ref=case.ref,
                 detail={"version": len(case.safety_versions), "recommended": list(recommended)})
    return version


def save_journal_note(session: Session, ref: str, text: str | None, *,
                      actor: str = vocab.SYSTEM_ACTOR) -> JournalNote | None:
    """Set the case's journal note, replacing an earlier draft; ``None`` or blank removes it."""
    if text is not None and not isinstance(text, str):
        raise ValueError(f"journal note must be text or None, got {type(text).__name__}")
    text = mask_text(text or "").strip()
    if len(text) > vocab.MAX_JOURNAL_LEN:
        raise ValueError(f"journal note is longer than {vocab.MAX_JOURNAL_LEN} characters")
    case = _require_case(session, ref)
    if not text:
        case.journal_note = None
        note = None
    elif case.journal_note is None:
        note = case.journal_note = JournalNote(text=text)
    else:
        note = case.journal_note
        note.text = text
    case.touch()
    session.flush()
    record_audit(session, "journal_note_saved" if note else "journal_note_removed", actor=actor,
                 case_ref=case.ref)
    return note


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
    removed = session.execute(delete(AuditEvent).where(AuditEvent.case_ref == case.ref)).rowcount
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
    return session.execute(stmt).rowcount or 0


# --- retention -----------------------------------------------------------------------------------

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
    from bot.storage import feedback

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
    drafts = session.execute(delete(TriageDraft).where(TriageDraft.updated_at < cutoff)).rowcount or 0
    session.execute(delete(TrackerEvent).where(TrackerEvent.timestamp < cutoff.timestamp()))
    events_after = session.scalar(select(func.count()).select_from(TrackerEvent)) or 0
    answers = feedback.purge(session, cutoff)
    result = PurgeResult(len(refs), drafts, events_before - events_after, answers)
    record_audit(session, "purged", actor=actor, detail={"cases": result.cases, "drafts": result.drafts,
                                                           "events": result.events, "answers": result.answers,
                                                           "cutoff": cutoff.strftime("%Y-%m-%dT%H:%M:%SZ")})
    return result


# --- export (CONTRACTS.md §4) --------------------------------------------------------------------

def iso(value: datetime) -> str:
    return value.astimezone(timezone.utc).isoformat()


def triage_dict(record: TriageRecord | None) -> dict[str, Any]:
    """All §4 keys (null when unanswered), then extra answers; contract keys always win."""
    result: dict[str, Any] = {key: getattr(record, key) if record else None for key in vocab.TRIAGE_KEYS}
    if record is not None:
        for key, value in sorted((record.details or {}).items()):
            result.setdefault(key, value)
    return result


def safety_dict(record: SafetyRecord | None) -> dict[str, Any]:
    """All 13 flags (null when unanswered), the extra answers, then ``red_flags`` and ``recommended``."""
    result: dict[str, Any] = {flag: getattr(record, flag) if record else None for flag in vocab.SAFETY_FLAGS}
    if record is not None:
        for key, value in (record.details or {}).items():
            result.setdefault(key, value)
    result["red_flags"] = list(record.red_flags or []) if record else []
    result["recommended"] = list(record.recommended or []) if record else []
    return result


def version_dict(version: SafetyVersion) -> dict[str, Any]:
    """One entry of ``safety_history``: ``created_at``, the keys of ``safety``, and the plan drafted then."""
    record = dict(version.record or {})
    flags = {flag: record.pop(flag, None) for flag in vocab.SAFETY_FLAGS}
    lists = {key: list(record.pop(key, None) or []) for key in vocab.SAFETY_LISTS}
    return {"created_at": iso(version.created_at), **flags, **record, **lists, "safety_plan": version.plan_text}


def case_dict(case: Case) -> dict[str, Any]:
    """One case in the exact §4 export shape."""
    return {
        "ref": case.ref,
        "created_at": iso(case.created_at),
        "updated_at": iso(case.updated_at),
        "triage": triage_dict(case.triage),
        "safety": safety_dict(case.safety),
        "journal_note": case.journal_note.text if case.journal_note else None,
        "safety_history": [version_dict(v) for v in case.safety_versions],
        "safety_plan": case.safety_versions[-1].plan_text if case.safety_versions else None,
    }


def export_cases(session: Session | None = None) -> list[dict[str, Any]]:
    """Every case as §4 dicts, newest first (what ``./botctl cases export`` prints)."""
    if session is None:
        with db.session_scope() as own:
            return export_cases(own)
    return [case_dict(case) for case in list_cases(session)]


# --- staff ---------------------------------------------------------------------------------------

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
