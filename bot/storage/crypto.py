"""Encryption at rest of case content: Fernet tokens in ordinary text columns.

Apply ``EncryptedText`` or ``EncryptedJSON`` to any column that holds what a person said or what
was written about them (journal note, free-text answers, drafts, a safety plan)::

    note: Mapped[str] = mapped_column(EncryptedText)
    extra: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)

The column is plain ``TEXT`` in the database (a migration changes the type and encrypts existing
rows); ``./botctl keys rotate`` finds every such column through the models' metadata, so a new
encrypted column needs nothing else. Encrypted columns cannot be searched or compared in SQL —
keep codes that queries need (``contact_mode``, flags) in plain columns.
"""

from __future__ import annotations

import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from bot.keys import KeysUnavailable, load_keyring

__all__ = ["EncryptedJSON", "EncryptedText", "KeysUnavailable", "UndecryptableValue", "decrypt", "encrypt",
           "fernet", "rotate_token"]


class UndecryptableValue(RuntimeError):
    """A stored token does not open with any known key (wrong or missing key file)."""


_fernets: dict[tuple[str, ...], MultiFernet] = {}


def fernet() -> MultiFernet:
    """The current keys as one MultiFernet: encrypts with the newest, decrypts with any."""
    keys = load_keyring().fernet_keys
    cached = _fernets.get(keys)
    if cached is None:
        _fernets.clear()
        cached = _fernets[keys] = MultiFernet([Fernet(k) for k in keys])
    return cached


def encrypt(text: str) -> str:
    return fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeEncodeError):
        raise UndecryptableValue(
            "Kan ikke dekryptere lagrede saksdata med nøklene som er satt opp "
            "(feil nøkkelfil eller KRISE_ENCRYPTION_KEYS?)") from None


def rotate_token(token: str) -> str:
    """Re-encrypt a token under the newest key (MultiFernet.rotate)."""
    try:
        return fernet().rotate(token.encode("ascii")).decode("ascii")
    except InvalidToken:
        raise UndecryptableValue("Et lagret felt kan ikke dekrypteres med noen av nøklene.") from None


class EncryptedText(TypeDecorator[str]):
    """Text in Python, a Fernet token in the database."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValueError(f"EncryptedText takes text, got {type(value).__name__}")
        return encrypt(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else decrypt(value)


class EncryptedJSON(TypeDecorator[Any]):
    """Any JSON value in Python, one Fernet token over its JSON text in the database."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return encrypt(json.dumps(value, ensure_ascii=False, separators=(",", ":")))

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(decrypt(value))


ENCRYPTED_TYPES = (EncryptedText, EncryptedJSON)
