"""Key rotation: re-encrypt every encrypted column under the newest key.

Every column whose type is ``EncryptedText``/``EncryptedJSON`` in the models' metadata is covered,
so a new encrypted column (e.g. a safety plan) rotates with the rest without being listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Table, select, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.types import Text

from bot import keys
from bot.storage import crypto
from bot.storage.models import Base


@dataclass(frozen=True)
class RotationResult:
    values: int
    columns: int


def encrypted_columns() -> list[tuple[Table, Column]]:
    return [(table, column) for table in Base.metadata.sorted_tables for column in table.columns
            if isinstance(column.type, crypto.ENCRYPTED_TYPES)]


def reencrypt_all(session: Session) -> RotationResult:
    """Rotate every stored token to the newest key, in the caller's transaction (all or nothing)."""
    count = 0
    columns = encrypted_columns()
    for table, column in columns:
        (pk,) = table.primary_key.columns
        raw = type_coerce(column, Text)  # the token itself, not the decrypted value
        for row_id, token in session.execute(select(pk, raw).where(column.is_not(None))).all():
            session.execute(update(table).where(pk == row_id).values({column.name: type_coerce(
                crypto.rotate_token(token), Text)}))
            count += 1
    session.flush()
    return RotationResult(count, len(columns))


def rotate(session_scope) -> tuple[RotationResult, bool]:
    """The whole rotation. File keys: add a new key first (running servers pick it up and encrypt
    with it from then on), re-encrypt everything in one transaction, then retire the old keys.
    Environment keys: re-encrypt under the first key of ``KRISE_ENCRYPTION_KEYS``; the operator
    removes the old ones from the environment afterwards. Returns (result, new key created)."""
    ring = keys.load_keyring()
    created = not ring.from_env
    if created:
        keys.save_fernet_keys((keys.new_fernet_key(), *ring.fernet_keys))
    with session_scope() as session:
        result = reencrypt_all(session)
    if created:
        # A value written by a server between the first pass and now may still be under an old
        # key: a second pass catches it before the old keys go.
        with session_scope() as session:
            reencrypt_all(session)
        keys.save_fernet_keys(keys.load_keyring().fernet_keys[:1])
    return result, created
