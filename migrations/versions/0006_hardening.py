"""Hardening: case content encrypted at rest, cases linked to their conversation by a keyed hash,
wider audit actors, and Rasa's tracker ``events`` table in the same database.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

Existing journal notes, languages, triage and safety details, safety plans and drafts are encrypted in place with the key
from ``bot.keys`` (created here when missing, so ``make setup`` makes the key file). The revision
imports ``bot.storage.crypto`` for ``encrypt``/``decrypt`` only: those two functions are the
stable format (Fernet tokens over UTF-8, JSON for the JSON columns), not the models.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.crypto import decrypt, encrypt

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, is JSON) for every column that holds case content.
ENCRYPTED = (
    ("triage_records", "language", False),
    ("triage_records", "details", True),
    ("journal_notes", "text", False),
    ("triage_drafts", "answers", True),
    ("safety_records", "details", True),
    ("safety_versions", "plan_text", False),
    ("safety_versions", "record", True),
)


def _rewrite(table: str, column: str, convert: Callable[[str], str]) -> None:
    bind = op.get_bind()
    t = sa.table(table, sa.column("id", sa.Integer), sa.column(column, sa.Text))
    rows = bind.execute(sa.select(t.c.id, t.c[column]).where(t.c[column].is_not(None))).all()
    for row_id, value in rows:
        bind.execute(t.update().where(t.c.id == row_id).values({column: convert(value)}))


def _encrypt_json(value: str) -> str:
    return encrypt(json.dumps(json.loads(value), ensure_ascii=False, separators=(",", ":")))


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("conversation_key", sa.String(length=64), nullable=True))
        batch.create_index(batch.f("ix_cases_conversation_key"), ["conversation_key"], unique=False)
    with op.batch_alter_table("audit_events") as batch:
        batch.alter_column("actor", existing_type=sa.String(length=16), type_=sa.String(length=64),
                           existing_nullable=False)
    with op.batch_alter_table("triage_records") as batch:
        batch.alter_column("language", existing_type=sa.String(length=64), type_=sa.Text(), existing_nullable=True)
        batch.alter_column("details", existing_type=sa.JSON(), type_=sa.Text(), existing_nullable=False,
                           postgresql_using="details::text")
    with op.batch_alter_table("triage_drafts") as batch:
        batch.alter_column("answers", existing_type=sa.JSON(), type_=sa.Text(), existing_nullable=False,
                           postgresql_using="answers::text")
    with op.batch_alter_table("safety_records") as batch:
        batch.alter_column("details", existing_type=sa.JSON(), type_=sa.Text(), existing_nullable=True,
                           postgresql_using="details::text")
    with op.batch_alter_table("safety_versions") as batch:
        batch.alter_column("record", existing_type=sa.JSON(), type_=sa.Text(), existing_nullable=False,
                           postgresql_using="record::text")
    for table, column, is_json in ENCRYPTED:
        _rewrite(table, column, _encrypt_json if is_json else encrypt)

    # Rasa's SQLTrackerStore creates this table itself when it starts first; do not fight it.
    if "events" not in sa.inspect(op.get_bind()).get_table_names():
        op.create_table(
            "events",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("sender_id", sa.String(length=255), nullable=False),
            sa.Column("type_name", sa.String(length=255), nullable=False),
            sa.Column("timestamp", sa.Float(), nullable=True),
            sa.Column("intent_name", sa.String(length=255), nullable=True),
            sa.Column("action_name", sa.String(length=255), nullable=True),
            sa.Column("data", sa.Text(), nullable=True),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        )
        op.create_index(op.f("ix_events_sender_id"), "events", ["sender_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_events_sender_id"), table_name="events")
    op.drop_table("events")
    for table, column, _ in ENCRYPTED:
        _rewrite(table, column, decrypt)
    with op.batch_alter_table("safety_versions") as batch:
        batch.alter_column("record", existing_type=sa.Text(), type_=sa.JSON(), existing_nullable=False,
                           postgresql_using="record::json")
    with op.batch_alter_table("safety_records") as batch:
        batch.alter_column("details", existing_type=sa.Text(), type_=sa.JSON(), existing_nullable=True,
                           postgresql_using="details::json")
    with op.batch_alter_table("triage_drafts") as batch:
        batch.alter_column("answers", existing_type=sa.Text(), type_=sa.JSON(), existing_nullable=False,
                           postgresql_using="answers::json")
    with op.batch_alter_table("triage_records") as batch:
        batch.alter_column("details", existing_type=sa.Text(), type_=sa.JSON(), existing_nullable=False,
                           postgresql_using="details::json")
        batch.alter_column("language", existing_type=sa.Text(), type_=sa.String(length=64), existing_nullable=True)
    with op.batch_alter_table("audit_events") as batch:
        batch.alter_column("actor", existing_type=sa.String(length=64), type_=sa.String(length=16),
                           existing_nullable=False)
    with op.batch_alter_table("cases") as batch:
        batch.drop_index(batch.f("ix_cases_conversation_key"))
        batch.drop_column("conversation_key")
