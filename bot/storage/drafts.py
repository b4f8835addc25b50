"""Paused dialogues: save, load and drop the answers given so far, one draft per dialogue.

Answers are masked (``bot.text.mask``) before they are written, like every free-text value
``case_store`` and ``case_records`` store.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage import batching
from bot.storage.models import DialogueDraft, utcnow
from bot.text.mask import mask_value

TRIAGE = "triage"


def owner_key(sender_id: str) -> str:
    """A stable hash of the chat's sender id, so the table never holds the id itself."""
    return hashlib.sha256(("krise-draft:" + sender_id).encode("utf-8")).hexdigest()


def _find(session: Session, sender_id: str, dialogue: str) -> DialogueDraft | None:
    return session.scalar(select(DialogueDraft).where(DialogueDraft.owner == owner_key(sender_id),
                                                    DialogueDraft.dialogue == dialogue))


def save_draft(session: Session, sender_id: str, answers: dict[str, Any], dialogue: str = TRIAGE) -> None:
    masked = mask_value(dict(answers))
    draft = _find(session, sender_id, dialogue)
    if draft is None:
        session.add(DialogueDraft(owner=owner_key(sender_id), dialogue=dialogue, answers=masked))
    else:
        draft.answers = masked
        draft.updated_at = utcnow()
    session.flush()


def load_draft(session: Session, sender_id: str, dialogue: str = TRIAGE) -> dict[str, Any] | None:
    draft = _find(session, sender_id, dialogue)
    return dict(draft.answers) if draft else None


def latest_draft(session: Session, sender_id: str) -> tuple[str, dict[str, Any]] | None:
    """(dialogue, answers) of the most recently paused dialogue of this sender, or None."""
    draft = session.scalar(select(DialogueDraft).where(DialogueDraft.owner == owner_key(sender_id))
                           .order_by(DialogueDraft.updated_at.desc(), DialogueDraft.id.desc()).limit(1))
    return (draft.dialogue, dict(draft.answers)) if draft else None


def delete_draft(session: Session, sender_id: str, dialogue: str = TRIAGE) -> bool:
    draft = _find(session, sender_id, dialogue)
    if draft is None:
        return False
    session.delete(draft)
    batching.flush(session)
    return True
