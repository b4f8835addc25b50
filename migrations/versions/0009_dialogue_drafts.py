"""``triage_drafts`` becomes ``dialogue_drafts``: it has held the paused drafts of both dialogues (the
first contact and the safety mapping) since 0003, and one concept gets one name.

A new table with the rows copied, not a rename: the constraint names follow the naming convention
on SQLite and PostgreSQL alike, and a PostgreSQL id sequence is set past the copied ids.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "id, owner, dialogue, answers, updated_at"


def _create(name: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("dialogue", sa.String(length=32), nullable=False, server_default="triage"),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("owner", "dialogue", name=op.f(f"uq_{name}_owner_dialogue")),
    )


def _move(old: str, new: str) -> None:
    _create(new)
    op.execute(f"INSERT INTO {new} ({COLUMNS}) SELECT {COLUMNS} FROM {old}")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"SELECT setval(pg_get_serial_sequence('{new}', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                   f"FROM {new}")
    op.drop_table(old)


def upgrade() -> None:
    _move("triage_drafts", "dialogue_drafts")


def downgrade() -> None:
    _move("dialogue_drafts", "triage_drafts")
