"""Fail closed (issue 15): a key check value, and an answer log that cannot be joined to anything.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

- ``key_check``: one row with a fixed text encrypted under the current keys and its keyed hash
  (``bot.keys.check_values``). Servers and the Telegram bridge refuse to start when their keys do not
  open it, instead of running with keys the data was not written with.
- ``answer_log``: the question is encrypted (it is what staff typed: identifiers are masked, names
  are not); the button token is replaced by its keyed hash (``token_hash``), so neither the stored
  conversation events nor this table hold a value the other has; ids become random and the times
  become days, so row order and time do not line up with the conversations' turns.

The keys must exist (``./botctl db upgrade`` creates them before migrating, as it did for 0006).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

from bot import keys
from bot.storage.crypto import decrypt, encrypt

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FEEDBACK_LABEL = b"feedback-token:"  # bot.storage.feedback.token_hash
MAX_ID = 2**31 - 1  # an INTEGER on PostgreSQL


def _day(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    day = value.astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    return day.replace(tzinfo=None) if op.get_bind().dialect.name == "sqlite" else day


def upgrade() -> None:
    check = op.create_table(
        "key_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fernet_check", sa.Text(), nullable=False),
        sa.Column("hash_check", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_check")),
    )
    token, digest = keys.check_values()
    op.bulk_insert(check, [{"id": 1, "fernet_check": token, "hash_check": digest,
                            "created_at": _day(datetime.now(timezone.utc))}])

    with op.batch_alter_table("answer_log") as batch:
        batch.add_column(sa.Column("token_hash", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    log = sa.table("answer_log", sa.column("id", sa.Integer), sa.column("ref", sa.String),
                   sa.column("token_hash", sa.String), sa.column("question", sa.Text),
                   sa.column("asked_at", sa.DateTime(timezone=True)), sa.column("voted_at", sa.DateTime(timezone=True)))
    rows = bind.execute(sa.select(log.c.id, log.c.ref, log.c.question, log.c.asked_at, log.c.voted_at)).all()
    taken = {row.id for row in rows}
    for row in rows:
        new_id = secrets.randbelow(MAX_ID) + 1
        while new_id in taken:
            new_id = secrets.randbelow(MAX_ID) + 1
        taken.add(new_id)
        bind.execute(log.update().where(log.c.id == row.id).values(
            id=new_id, token_hash=keys.keyed_digest(FEEDBACK_LABEL, row.ref), question=encrypt(row.question),
            asked_at=_day(row.asked_at), voted_at=_day(row.voted_at)))
    with op.batch_alter_table("answer_log") as batch:
        batch.drop_constraint("uq_answer_log_ref", type_="unique")
        batch.drop_column("ref")
        batch.alter_column("token_hash", existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint(batch.f("uq_answer_log_token_hash"), ["token_hash"])


def downgrade() -> None:
    with op.batch_alter_table("answer_log") as batch:
        batch.add_column(sa.Column("ref", sa.String(length=16), nullable=True))
    bind = op.get_bind()
    log = sa.table("answer_log", sa.column("id", sa.Integer), sa.column("ref", sa.String),
                   sa.column("question", sa.Text))
    for row_id, question in bind.execute(sa.select(log.c.id, log.c.question)).all():
        # The tokens are not stored anywhere: old buttons stop working, new refs are random.
        bind.execute(log.update().where(log.c.id == row_id).values(ref=secrets.token_hex(6),
                                                                  question=decrypt(question)))
    with op.batch_alter_table("answer_log") as batch:
        batch.drop_constraint("uq_answer_log_token_hash", type_="unique")
        batch.drop_column("token_hash")
        batch.alter_column("ref", existing_type=sa.String(length=16), nullable=False)
        batch.create_unique_constraint(batch.f("uq_answer_log_ref"), ["ref"])
    op.drop_table("key_check")
