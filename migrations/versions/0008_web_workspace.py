"""Web workspace: staff passphrases (argon2), server-side sessions (token hashes only), and the
links from a staff member (keyed hash) to her own mappings and unanswered questions for the handover.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "staff_passphrases",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=255), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_members.id"],
                                name=op.f("fk_staff_passphrases_staff_id_staff_members"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_staff_passphrases")),
    )
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_members.id"],
                                name=op.f("fk_web_sessions_staff_id_staff_members"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_web_sessions_token_hash")),
    )
    op.create_index(op.f("ix_web_sessions_staff_id"), "web_sessions", ["staff_id"], unique=False)
    op.create_table(
        "staff_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.Column("question_key", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["version_id"], ["safety_versions.id"],
                                name=op.f("fk_staff_activity_version_id_safety_versions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_activity")),
    )
    op.create_index(op.f("ix_staff_activity_staff_key"), "staff_activity", ["staff_key"], unique=False)
    op.create_index(op.f("ix_staff_activity_at"), "staff_activity", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_staff_activity_at"), table_name="staff_activity")
    op.drop_index(op.f("ix_staff_activity_staff_key"), table_name="staff_activity")
    op.drop_table("staff_activity")
    op.drop_index(op.f("ix_web_sessions_staff_id"), table_name="web_sessions")
    op.drop_table("web_sessions")
    op.drop_table("staff_passphrases")
