"""Initial schema: cases with their triage, safety and journal records; staff; audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-27

Every child of ``cases`` (and audit rows by ``case_ref``) cascades on delete, so deleting a case
removes everything stored about it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SAFETY_FLAGS = (
    "escalation", "threats_to_kill", "weapon_access", "strangulation", "sexual_violence",
    "stalking_or_surveillance", "breached_restraining_order", "perpetrator_substance_use",
    "perpetrator_mental_health", "children_exposed", "recent_separation", "honour_related",
    "feared_for_life",
)  # copied, not imported: a revision must not change when the models do


def _case_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f(f"fk_{table}_case_id_cases"),
                                   ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("ref", name=op.f("uq_cases_ref")),
    )
    op.create_table(
        "staff_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("telegram_user_id", sa.BigInteger(), nullable=True),
        sa.Column("display_code", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_members")),
        sa.UniqueConstraint("display_code", name=op.f("uq_staff_members_display_code")),
        sa.UniqueConstraint("telegram_user_id", name=op.f("uq_staff_members_telegram_user_id")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=48), nullable=False),
        sa.Column("case_ref", sa.String(length=16), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_ref"], ["cases.ref"], name=op.f("fk_audit_events_case_ref_cases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index(op.f("ix_audit_events_at"), "audit_events", ["at"], unique=False)
    op.create_index(op.f("ix_audit_events_case_ref"), "audit_events", ["case_ref"], unique=False)
    op.create_table(
        "journal_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _case_fk("journal_notes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_notes")),
        sa.UniqueConstraint("case_id", name=op.f("uq_journal_notes_case_id")),
    )
    op.create_table(
        "safety_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        *(sa.Column(flag, sa.Boolean(), nullable=True) for flag in SAFETY_FLAGS),
        sa.Column("red_flags", sa.JSON(), nullable=False),
        sa.Column("recommended", sa.JSON(), nullable=False),
        _case_fk("safety_records"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_records")),
        sa.UniqueConstraint("case_id", name=op.f("uq_safety_records_case_id")),
    )
    op.create_table(
        "triage_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("contact_mode", sa.String(length=32), nullable=True),
        sa.Column("acute_danger", sa.Boolean(), nullable=True),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=True),
        sa.Column("language", sa.String(length=64), nullable=True),
        sa.Column("violence_forms", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("perpetrator_relation", sa.String(length=32), nullable=True),
        sa.Column("children_count", sa.Integer(), nullable=True),
        sa.Column("children_with_perpetrator", sa.Boolean(), nullable=True),
        sa.Column("help_needed", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("going_home", sa.Boolean(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        _case_fk("triage_records"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_triage_records")),
        sa.UniqueConstraint("case_id", name=op.f("uq_triage_records_case_id")),
    )


def downgrade() -> None:
    op.drop_table("triage_records")
    op.drop_table("safety_records")
    op.drop_table("journal_notes")
    op.drop_index(op.f("ix_audit_events_case_ref"), table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_at"), table_name="audit_events")
    op.drop_table("audit_events")
    op.drop_table("staff_members")
    op.drop_table("cases")
