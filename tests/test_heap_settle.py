"""Both servers freeze what they have loaded before they serve (``bot.heap.settle_heap`` says why:
full garbage collections walked every loaded object and stopped the event loop for up to a second
under load). Each check runs in a fresh interpreter – a freeze in the test process would change
the collector for every test after it – and the Rasa server's in Rasa's own environment."""

from __future__ import annotations

import os
import subprocess

import pytest

from bot.config import PROJECT_ROOT

APP_PYTHON = PROJECT_ROOT / ".venv" / "bin" / "python"
RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"

# What is left to a full collection after settling, and whether the collector still does its job
# for what comes after (a turn's garbage): a reference cycle made afterwards is collected.
REPORT = """
import gc
class Node:
    pass
def cycle_collected():
    a, b = Node(), Node()
    a.other, b.other = b, a
    del a, b
    return gc.collect() >= 2
print(gc.get_freeze_count(), len(gc.get_objects(generation=2)), cycle_collected())
"""
LOADED = 200_000  # objects «loaded» before settling: pairs of lists, as a model's graph holds them


def _run(python: os.PathLike[str], code: str) -> tuple[int, int, bool]:
    if not os.path.exists(python):
        pytest.fail(f"{python} mangler: kjør `make setup`")
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), TF_CPP_MIN_LOG_LEVEL="3")
    env.pop("GC_LOG", None)
    out = subprocess.run([str(python), "-c", code + REPORT], capture_output=True, text=True, timeout=300, env=env,
                         cwd=PROJECT_ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    frozen, gen2, collected = out.stdout.split()[-3:]
    return int(frozen), int(gen2), collected == "True"


def test_settle_heap_takes_the_loaded_objects_out_of_full_collections() -> None:
    frozen, gen2, collected = _run(APP_PYTHON, f"""
loaded = [[[], i] for i in range({LOADED})]
from bot.heap import settle_heap
settle_heap()
""")
    assert frozen >= 2 * LOADED  # each list and the list in it
    assert gen2 < LOADED // 10  # what a full collection still walks
    assert collected


def test_the_action_server_settles_its_heap_once_the_index_is_loaded() -> None:
    frozen, gen2, collected = _run(APP_PYTHON, f"""
loaded = [[[], i] for i in range({LOADED})]
from actions.startup import release_build_memory
release_build_memory()
""")
    assert frozen >= 2 * LOADED
    assert gen2 < LOADED // 10
    assert collected


def test_the_rasa_server_settles_its_heap_once_the_model_is_loaded() -> None:
    # The loader wrapped as serve.sh's server wraps Rasa's: what the loader builds (the agent) is
    # frozen, and the interpolator's logger is silenced as before.
    frozen, gen2, collected = _run(RASA_PYTHON, f"""
import asyncio, logging
from bot.rasa_plugins import server
async def load():
    return [[[], i] for i in range({LOADED})]
agent = asyncio.run(server.tidy_after(load)())
assert len(agent) == {LOADED}
assert logging.getLogger(server.INTERPOLATOR_LOGGER).level == logging.CRITICAL
""")
    assert frozen >= 2 * LOADED
    assert gen2 < LOADED // 10
    assert collected
