"""Keyed hashes of a staff member's id: her conversation with Rasa and the keys that find her own work.

Rasa sees only ``sender_id`` (HMAC-SHA256 with the project's hash key, ``bot.keys``), never the staff
id; from it follow the ``conversation_key`` her saved cases carry and the owner hash of her paused
dialogues, so the handover finds her work without any table naming her next to a case.
"""

from __future__ import annotations

import hashlib
import hmac

from bot import keys
from bot.storage import drafts

SENDER_PREFIX = "web-"


def sender_id(staff_code: str) -> str:
    digest = hmac.new(keys.load_keyring().hash_key, b"web-staff:" + staff_code.encode("utf-8"), hashlib.sha256)
    return SENDER_PREFIX + digest.hexdigest()[:40]


def staff_key(staff_code: str) -> str:
    """The ``conversation_key`` of her web chat: what her saved cases and ``staff_activity`` carry."""
    return keys.conversation_key(sender_id(staff_code))


def draft_owner(staff_code: str) -> str:
    """The owner hash of the dialogues she paused in the web chat (``triage_drafts.owner``)."""
    return drafts.owner_key(sender_id(staff_code))
