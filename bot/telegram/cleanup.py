"""Self-deleting dialogue messages (``TELEGRAM_DELETE_AFTER_HOURS``), so a lost phone shows less.

The messages of a first contact or a safety mapping – the bot's questions and summaries and the
staff member's answers – are deleted from the chat after the set time (the Bot API allows a bot
to delete any message in a private chat for 48 hours). The schedule is kept in memory only: a
chat id is a Telegram account, which is exactly what the bridge does not write to disk; after a
restart, messages scheduled before it stay in the chat (README says so).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import logging
import time
from collections.abc import Iterable
from datetime import timedelta

from telegram import Bot
from telegram.error import BadRequest, TelegramError

from bot.telegram.delivery import with_retry

log = logging.getLogger(__name__)


class Deleter:
    def __init__(self, bot: Bot, after: timedelta) -> None:
        self.bot = bot
        self.after = after.total_seconds()
        self._heap: list[tuple[float, int, int]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def schedule(self, chat_id: int, message_ids: Iterable[int]) -> None:
        due = time.monotonic() + self.after
        for message_id in message_ids:
            heapq.heappush(self._heap, (due, chat_id, message_id))
        self._wake.set()

    async def flush(self, chat_id: int) -> int:
        """Delete this chat's scheduled messages now (on /slutt). Returns how many were due."""
        mine = [item for item in self._heap if item[1] == chat_id]
        self._heap = [item for item in self._heap if item[1] != chat_id]
        heapq.heapify(self._heap)
        for _, chat, message_id in mine:
            await self._delete(chat, message_id)
        return len(mine)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            timeout = self._heap[0][0] - time.monotonic() if self._heap else None
            if timeout is None or timeout > 0:
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout)
                continue
            _, chat_id, message_id = heapq.heappop(self._heap)
            await self._delete(chat_id, message_id)

    async def _delete(self, chat_id: int, message_id: int) -> None:
        try:
            await with_retry(lambda: self.bot.delete_message(chat_id, message_id), "deleteMessage")
        except BadRequest:
            pass  # already deleted by the person, or older than 48 hours
        except TelegramError as exc:
            log.warning("could not delete a message (%s)", type(exc).__name__)
