"""Paused triage dialogues on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from bot.storage import db
from bot.storage.drafts import delete_draft, load_draft, owner_key, save_draft
from bot.storage.models import DialogueDraft


def test_draft_roundtrip_and_replace(engine) -> None:
    with db.session_scope() as s:
        save_draft(s, "sender-1", {"contact_mode": "telefon", "children_count": 2})
    with db.session_scope() as s:
        assert load_draft(s, "sender-1") == {"contact_mode": "telefon", "children_count": 2}
        assert load_draft(s, "sender-2") is None
        save_draft(s, "sender-1", {"contact_mode": "oppmote"})
    with db.session_scope() as s:
        assert load_draft(s, "sender-1") == {"contact_mode": "oppmote"}
        assert len(list(s.scalars(select(DialogueDraft)))) == 1


def test_draft_owner_is_hashed_and_delete_removes(engine) -> None:
    with db.session_scope() as s:
        save_draft(s, "telegram-12345", {"escalated": True})
    with db.session_scope() as s:
        row = s.scalar(select(DialogueDraft))
        assert row.owner == owner_key("telegram-12345") and "12345" not in row.owner
        assert delete_draft(s, "telegram-12345") is True
        assert delete_draft(s, "telegram-12345") is False
        assert load_draft(s, "telegram-12345") is None
