"""bot.storage.write_behind: writes run after the caller moves on (or after the event loop's step),
in order, and none is lost on a normal exit."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.storage.write_behind import WriteBehind


def test_submit_does_not_wait_and_writes_run_in_order() -> None:
    gate = threading.Event()
    done: list[int] = []
    writes = WriteBehind("test-writes", on_error=lambda exc: None)
    writes.submit(gate.wait)  # the first write blocks until released ...
    for i in range(5):
        writes.submit(lambda i=i: done.append(i))
    assert done == []  # ... and the caller was not held up by it
    gate.set()
    writes.drain()
    assert done == [0, 1, 2, 3, 4]


def test_a_failed_write_goes_to_on_error_and_the_next_still_runs() -> None:
    errors: list[BaseException] = []
    done: list[str] = []
    writes = WriteBehind("test-writes", on_error=errors.append)
    writes.submit(lambda: 1 / 0)
    writes.submit(lambda: done.append("next"))
    writes.drain()
    assert [type(e) for e in errors] == [ZeroDivisionError] and done == ["next"]


def test_drain_with_nothing_submitted_starts_no_thread() -> None:
    before = threading.active_count()
    WriteBehind("test-writes", on_error=lambda exc: None).drain()
    assert threading.active_count() == before


def test_submit_after_reply_waits_for_the_end_of_the_event_loops_step() -> None:
    done: list[str] = []
    writes = WriteBehind("test-writes", on_error=lambda exc: None)

    async def action() -> None:
        writes.submit_after_reply(lambda: done.append("write"))
        time.sleep(0.2)  # the rest of the step (the reply being written): the write has not started
        assert done == []
        await asyncio.sleep(0)  # the step is over
        writes.drain()
        assert done == ["write"]

    asyncio.run(action())


def test_drain_includes_writes_waiting_for_the_end_of_the_step_and_no_loop_means_at_once() -> None:
    done: list[int] = []
    writes = WriteBehind("test-writes", on_error=lambda exc: None)

    async def vote() -> None:
        writes.submit_after_reply(lambda: done.append(1))
        writes.drain()  # e.g. a vote in the same step: it sees the write
        assert done == [1]

    asyncio.run(vote())
    writes.submit_after_reply(lambda: done.append(2))  # no running loop: queued at once
    writes.drain()
    assert done == [1, 2]


EXIT_PROBE = """
import sys, time
from pathlib import Path
from bot.storage.write_behind import WriteBehind

out = Path(sys.argv[1])
writes = WriteBehind("probe", on_error=print)
for i in range(3):
    writes.submit(lambda i=i: (time.sleep(0.3), out.open("a").write(f"{i}\\n")))
print("main done")  # and the interpreter exits with three slow writes still queued
"""


def test_writes_still_queued_at_a_normal_exit_are_written(tmp_path: Path) -> None:
    out = tmp_path / "written.txt"
    proc = subprocess.run([sys.executable, "-c", EXIT_PROBE, str(out)], capture_output=True, text=True,
                          timeout=60, cwd=PROJECT_ROOT, env={"PYTHONPATH": str(PROJECT_ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert out.read_text().split() == ["0", "1", "2"]
