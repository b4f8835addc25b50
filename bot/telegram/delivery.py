"""Talking to the Bot API reliably: retries with backoff on network errors, and the typing indicator."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

from telegram import Bot
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.background import running

log = logging.getLogger(__name__)
T = TypeVar("T")

# 0.5 + 1 + 2 + 4 + 8 s: a Bot API hiccup of up to ~15 s loses nothing; longer, and the person
# sees no reply and can send again (updates are not lost: polling resumes with its own backoff).
ATTEMPTS = 6
FIRST_DELAY = 0.5
MAX_RETRY_AFTER = 60.0
# Telegram shows «skriver …» for 5 seconds per sendChatAction.
TYPING_REFRESH_SECONDS = 4.0


async def with_retry(call: Callable[[], Awaitable[T]], what: str) -> T:
    """Run a Bot API call, retrying network errors and flood waits; other errors are raised."""
    delay = FIRST_DELAY
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await call()
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            if attempt == ATTEMPTS or seconds > MAX_RETRY_AFTER:
                raise
            log.info("%s: flood wait %.0f s", what, seconds)
            await asyncio.sleep(seconds)
        except (BadRequest, Forbidden):
            raise  # our request is wrong or the person blocked the bot: retrying cannot help
        except TelegramError as exc:
            # NetworkError covers timeouts, resets and 5xx; a bare TelegramError is what PTB raises
            # for a response it cannot parse (a proxy's HTML error page): also transient.
            if not (isinstance(exc, NetworkError) or type(exc) is TelegramError) or attempt == ATTEMPTS:
                raise
            log.info("%s: %s, retry %d in %.1f s", what, type(exc).__name__, attempt, delay)
            await asyncio.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    """Show «skriver …» until the block ends (refreshed, since Telegram drops it after 5 s)."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(TelegramError):
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_REFRESH_SECONDS)

    async with running(keep_typing()):
        yield
