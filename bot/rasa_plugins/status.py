"""What the tracker store could not do for a conversation, so the REST channel can tell the user.

Both live in the one Rasa process and its one event loop, so plain sets are enough.
"""

from __future__ import annotations

DOWN, FULL, READONLY = "down", "full", "readonly"

UNSAVED: dict[str, str] = {}  # latest turn held in memory only (sender id -> why not stored)
UNAVAILABLE: set[str] = set()  # the conversation could not even be read: the message was not handled
# The form running after the latest turn ("" when none), for the REST channel's ``X-Krise-Dialogue``
# header: the Telegram bridge deletes dialogue messages and must know without Rasa's (closed) HTTP API.
ACTIVE_LOOP: dict[str, str] = {}
DIALOGUE_HEADER = "X-Krise-Dialogue"


def kind_of(error: BaseException) -> str:
    """Why the database refused: full, read-only, or down/locked. Read from the driver's message,
    which is never logged (it can echo values)."""
    text = str(getattr(error, "orig", None) or error).lower()
    if "disk is full" in text or "no space left" in text or "could not extend file" in text:
        return FULL
    if "readonly" in text or "read-only" in text or "read only" in text:
        return READONLY
    return DOWN


def mark_unsaved(sender_id: str, kind: str = DOWN) -> None:
    UNSAVED[sender_id] = kind


def mark_saved(sender_id: str) -> None:
    UNSAVED.pop(sender_id, None)


def mark_unavailable(sender_id: str) -> None:
    UNAVAILABLE.add(sender_id)


def take_unavailable(sender_id: str) -> bool:
    """Whether reading this conversation failed since the last call (and forget it)."""
    if sender_id in UNAVAILABLE:
        UNAVAILABLE.discard(sender_id)
        return True
    return False


def note_active_loop(sender_id: str, loop: str | None) -> None:
    ACTIVE_LOOP[sender_id] = loop or ""


def take_active_loop(sender_id: str) -> str | None:
    """The form noted by the latest save for this conversation ("" for none), or None when the turn
    was not saved through the tracker store (and forget it: one entry per request in flight)."""
    return ACTIVE_LOOP.pop(sender_id, None)
