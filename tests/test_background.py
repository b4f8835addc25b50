"""bot.background.running: the task runs during the block and is gone after it, also when the block raises."""

from __future__ import annotations

import asyncio

import pytest

from bot.background import running


def test_the_work_runs_during_the_block_and_is_cancelled_after() -> None:
    ticks: list[int] = []
    cancelled = asyncio.Event()

    async def work() -> None:
        try:
            while True:
                ticks.append(1)
                await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    async def main() -> int:
        async with running(work()):
            await asyncio.sleep(0.05)
        seen = len(ticks)
        await asyncio.sleep(0.05)
        assert cancelled.is_set()
        assert len(ticks) == seen  # nothing ran after the block
        return seen

    assert asyncio.run(main()) >= 2


def test_an_error_in_the_block_still_cancels_the_work_and_propagates() -> None:
    state = {"cancelled": False}

    async def work() -> None:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            state["cancelled"] = True
            raise

    async def main() -> None:
        async with running(work()):
            await asyncio.sleep(0)
            raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        asyncio.run(main())
    assert state["cancelled"]
