"""The answers stored in a case: triage, the safety mapping (with its history), the journal note.

Values are masked (``case_store.masked``), validated (``vocab``) and audited; functions take an
open ``Session`` and never commit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from bot.storage import batching, vocab
from bot.storage.audit_trail import record_audit
from bot.storage.case_store import masked, require_case
from bot.storage.models import Case, JournalNote, SafetyRecord, SafetyVersion, TriageRecord
from bot.text.mask import mask_text


def _the_case(session: Session, ref: str, case: Case | None) -> Case:
    """The case the caller holds (it just created it: no query, and no autoflush of the group's
    pending rows, ``batching``), or the one found by ``ref``; a held case must have that ref."""
    if case is None:
        return require_case(session, ref)
    if case.ref != vocab.normalise_ref(ref):
        raise ValueError("the case given is not the case with that ref")
    return case


def save_triage(session: Session, ref: str, triage: Mapping[str, Any], *,
                actor: str = vocab.SYSTEM_ACTOR) -> TriageRecord:
    """Merge answers into the case's triage: keys not given keep their value; None clears one."""
    core, details = vocab.normalise_triage(masked(triage))
    case = require_case(session, ref)
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
    values = vocab.normalise_safety(masked(safety))
    case = require_case(session, ref)
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
                        actor: str = vocab.SYSTEM_ACTOR, case: Case | None = None) -> SafetyVersion:
    """Store a completed mapping: it becomes the case's ``safety`` and a new version in its history.

    ``safety`` is the whole record (all 13 flags, both lists, extra answers as snake_case keys);
    unlike ``save_safety`` nothing is merged with the previous mapping, which stays in the history.
    ``case``: the case with that ref when the caller holds it already (``_the_case``).
    """
    values = vocab.normalise_safety(masked(safety), allow_details=True)
    details = values.pop("details")
    if isinstance(plan_text, str):
        plan_text = mask_text(plan_text)
    flags = {flag: values.get(flag) for flag in vocab.SAFETY_FLAGS}
    red_flags = values.get("red_flags", [])
    recommended = values.get("recommended", [])
    vocab.check_red_flags(flags, red_flags)
    if plan_text is not None and (not isinstance(plan_text, str) or len(plan_text) > vocab.MAX_JOURNAL_LEN):
        raise ValueError(f"safety plan must be text of at most {vocab.MAX_JOURNAL_LEN} characters")
    case = _the_case(session, ref, case)
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
    batching.flush(session)
    record_audit(session, "safety_mapping_saved", actor=actor, case_ref=case.ref,
                 detail={"version": len(case.safety_versions), "recommended": list(recommended)})
    return version


def save_journal_note(session: Session, ref: str, text: str | None, *,
                      actor: str = vocab.SYSTEM_ACTOR, case: Case | None = None) -> JournalNote | None:
    """Set the case's journal note, replacing an earlier draft; ``None`` or blank removes it.
    ``case``: the case with that ref when the caller holds it already (``_the_case``)."""
    if text is not None and not isinstance(text, str):
        raise ValueError(f"journal note must be text or None, got {type(text).__name__}")
    text = mask_text(text or "").strip()
    if len(text) > vocab.MAX_JOURNAL_LEN:
        raise ValueError(f"journal note is longer than {vocab.MAX_JOURNAL_LEN} characters")
    case = _the_case(session, ref, case)
    if not text:
        case.journal_note = None
        note = None
    elif case.journal_note is None:
        note = case.journal_note = JournalNote(text=text)
    else:
        note = case.journal_note
        note.text = text
    case.touch()
    batching.flush(session)
    record_audit(session, "journal_note_saved" if note else "journal_note_removed", actor=actor,
                 case_ref=case.ref)
    return note
