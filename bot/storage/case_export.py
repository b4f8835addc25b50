"""Cases in the export shape of CONTRACTS.md §4 (``./botctl cases export``; the web and botctl read it too)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy.orm import Session

from bot.storage import db, vocab
from bot.storage.case_store import list_cases
from bot.storage.models import Case, SafetyRecord, SafetyVersion, TriageRecord


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
