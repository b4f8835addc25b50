"""Versioned safety mappings, extra safety answers, drafts per dialogue.

- ``safety_versions``: every completed mapping of a case, oldest first (``safety_history``), with
  the draft safety plan in its own text column.
- ``safety_records.details``: answers beyond the 13 contract flags.
- ``triage_drafts.dialogue``: a paused first contact and a paused safety mapping can coexist.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "safety_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("plan_text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_safety_versions_case_id_cases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_versions")),
    )
    op.create_index(op.f("ix_safety_versions_case_id"), "safety_versions", ["case_id"], unique=False)
    with op.batch_alter_table("safety_records") as batch:
        batch.add_column(sa.Column("details", sa.JSON(none_as_null=True), nullable=True))
    with op.batch_alter_table("triage_drafts") as batch:
        batch.add_column(sa.Column("dialogue", sa.String(length=32), nullable=False, server_default="triage"))
        batch.drop_constraint("uq_triage_drafts_owner", type_="unique")
        batch.create_unique_constraint("uq_triage_drafts_owner_dialogue", ["owner", "dialogue"])


def downgrade() -> None:
    op.execute("DELETE FROM triage_drafts WHERE dialogue <> 'triage'")
    with op.batch_alter_table("triage_drafts") as batch:
        batch.drop_constraint("uq_triage_drafts_owner_dialogue", type_="unique")
        batch.create_unique_constraint("uq_triage_drafts_owner", ["owner"])
        batch.drop_column("dialogue")
    with op.batch_alter_table("safety_records") as batch:
        batch.drop_column("details")
    op.drop_index(op.f("ix_safety_versions_case_id"), table_name="safety_versions")
    op.drop_table("safety_versions")
