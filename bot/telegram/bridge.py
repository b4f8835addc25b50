"""What the handlers share: settings, the Rasa client, limits, buttons, the deleter, ordering."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor, ContextTypes

from bot.telegram.buttons import ButtonStore
from bot.telegram.cleanup import Deleter
from bot.telegram.identity import sender_id
from bot.telegram.rasa import RasaClient
from bot.telegram.ratelimit import RateLimiter
from bot.telegram.settings import RATE_WINDOW_SECONDS, Settings

BRIDGE_KEY = "bridge"
# Updates processed at once across all users (each waits mostly on Rasa); per user it is one.
MAX_CONCURRENT_UPDATES = 32


@dataclass
class Bridge:
    settings: Settings
    key: bytes
    limiter: RateLimiter = field(init=False)
    buttons: ButtonStore = field(default_factory=ButtonStore)
    rasa: RasaClient | None = None
    deleter: Deleter | None = None

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.settings.rate_limit, RATE_WINDOW_SECONDS)

    def sender(self, telegram_user_id: int) -> str:
        return sender_id(self.key, telegram_user_id)


def bridge_of(context: ContextTypes.DEFAULT_TYPE) -> Bridge:
    return context.bot_data[BRIDGE_KEY]


class PerUserOrder(BaseUpdateProcessor):
    """Different people are served concurrently; one person's updates strictly in arrival order.

    Without this, a quick second message could reach Rasa before the first (the gate awaits the
    database), and a dialogue would take the answers in the wrong order. asyncio locks are FIFO
    and PTB starts one task per update in arrival order, so the lock keeps that order.
    """

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        user = update.effective_user if isinstance(update, Update) else None
        if user is None:
            await coroutine
            return
        lock = self._locks.get(user.id)
        if lock is None:
            lock = self._locks[user.id] = asyncio.Lock()
        async with lock:
            await coroutine

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
