"""A coroutine that runs beside a block of async code and is cancelled when the block ends.

The Telegram bridge keeps «skriver …» alive while Rasa answers; the web workspace runs its hourly
clean-up for the life of the app. Both need the same start/cancel/await dance, and getting the
cancellation wrong leaks a task or swallows a real error, so it lives in one place.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Coroutine
from typing import Any


@contextlib.asynccontextmanager
async def running(work: Coroutine[Any, Any, None]) -> AsyncIterator[None]:
    """Run ``work`` as a task while the block runs; cancel it and wait for it when the block ends."""
    task = asyncio.create_task(work)
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
