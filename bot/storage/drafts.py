"""Paused triage dialogues: save, load and drop the answers given so far.

Answers are masked (``bot.text.mask``) before they are written, like every free-text value the
repository stores.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.models import TriageDraft, utcnow
from bot.text.mask import mask_value


def owner_key(sender_id: str) -> str:
    """A stable hash of the chat's sender id, so the table never holds the id itself."""
    return hashlib.sha256(("krise-draft:" + sender_id).encode("utf-8")).hexdigest()


def save_draft(session: Session, sender_id: str, answers: dict[str, Any]) -> None:
    key = owner_key(sender_id)
    masked = mask_value(dict(answers))
    draft = session.scalar(select(TriageDraft).where(TriageDraft.owner == key))
    if draft is None:
        session.add(TriageDraft(owner=key, answers=masked))
    else:
        draft.answers = masked
        draft.updated_at = utcnow()
    session.flush()


def load_draft(session: Session, sender_id: str) -> dict[str, Any] | None:
    draft = session.scalar(select(TriageDraft).where(TriageDraft.owner == owner_key(sender_id)))
    return dict(draft.answers) if draft else None


def delete_draft(session: Session, sender_id: str) -> bool:
    draft = session.scalar(select(TriageDraft).where(TriageDraft.owner == owner_key(sender_id)))
    if draft is None:
        return False
    session.delete(draft)
    session.flush()
    return True
