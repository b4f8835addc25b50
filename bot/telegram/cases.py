"""The leader's case commands in chat: /saker (latest cases) and /eksport REF (one case, §4 JSON).

Read from storage directly, like ``./botctl cases``: listing cases is an administrative view, not
a dialogue. Every use is audited with the staff member's code as the actor.
"""

from __future__ import annotations

import json

from bot.admin.cli import format_time
from bot.storage import audit_trail, case_export, case_store, db, vocab
from bot.telegram import texts

LIST_LIMIT = 10  # a phone screen; the full list is ./botctl cases list


def list_cases(actor: str) -> str:
    with db.session_scope() as session:
        cases = case_store.list_cases(session, limit=LIST_LIMIT)
        audit_trail.record_audit(session, "cases_listed", actor=actor,
                                detail={"count": len(cases), "channel": "telegram"})
        lines = [f"{c.ref} · {format_time(c.created_at)} · "
                 f"{(c.triage.contact_mode if c.triage else None) or '–'} · "
                 f"kartlegging: {'ja' if c.safety else 'nei'} · notat: {'ja' if c.journal_note else 'nei'}"
                 for c in cases]
    if not lines:
        return texts.NO_CASES
    return f"Siste {len(lines)} saker (nyeste først):\n" + "\n".join(lines) + "\n\n/eksport K-… gir én sak."


def export_case(ref: str, actor: str) -> str | None:
    """The case in the export format of ``./botctl cases export`` (CONTRACTS.md §4), or None."""
    try:
        ref = vocab.normalise_ref(ref)
    except ValueError:
        return None
    with db.session_scope() as session:
        case = case_store.get_case(session, ref)
        if case is None:
            return None
        data = case_export.case_dict(case)
        audit_trail.record_audit(session, "case_exported", actor=actor, case_ref=ref,
                                detail={"channel": "telegram"})
    return json.dumps(data, ensure_ascii=False, indent=1)
