"""Guide replies and staff feedback on them (👍/👎), for improving the corpus.

Revision ID: 0004
Revises: 0003 (re-chained after the dialogue branch’s 0003)
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "answer_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=16), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("entry_id", sa.String(length=200), nullable=True),
        sa.Column("vote", sa.String(length=8), nullable=True),
        sa.Column("voted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_log")),
        sa.UniqueConstraint("ref", name=op.f("uq_answer_log_ref")),
    )
    op.create_index(op.f("ix_answer_log_asked_at"), "answer_log", ["asked_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_answer_log_asked_at"), table_name="answer_log")
    op.drop_table("answer_log")
