"""Callback data for inline buttons.

Telegram allows 64 bytes of callback data; Rasa's payloads (``/choose_entry{"entry_id": …}``) are
longer. Each button gets a random token, remembered per user in memory. A token pressed by
another account, or after a restart, is simply unknown.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict

# Enough for several screens of menus and clarify buttons; older buttons then say «utløpt».
MAX_BUTTONS_PER_USER = 200


class ButtonStore:
    def __init__(self, per_user: int = MAX_BUTTONS_PER_USER) -> None:
        self.per_user = per_user
        self._by_user: dict[int, OrderedDict[str, tuple[str, str]]] = {}

    def put(self, user_id: int, title: str, payload: str) -> str:
        store = self._by_user.setdefault(user_id, OrderedDict())
        token = secrets.token_urlsafe(9)  # 12 characters, 72 bits
        store[token] = (title, payload)
        while len(store) > self.per_user:
            store.popitem(last=False)
        return token

    def get(self, user_id: int, token: str) -> tuple[str, str] | None:
        store = self._by_user.get(user_id)
        return store.get(token) if store is not None else None

    def clear(self, user_id: int) -> None:
        self._by_user.pop(user_id, None)
