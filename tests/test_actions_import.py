"""Importing the actions does no work (issue 18): the start-up work is ``python -m actions``'s."""

import os
import subprocess
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT

PROBE = """
import importlib, pkgutil, actions
for info in pkgutil.iter_modules(actions.__path__):
    importlib.import_module(f"actions.{info.name}")
from bot.guide.search import default_search
from bot.guide.checklists import default_checklists
print("built", default_search.cache_info().currsize, default_checklists.cache_info().currsize)
"""


def test_importing_every_action_module_builds_nothing_and_opens_no_database(tmp_path: Path) -> None:
    """With no keys and no database at all (where ``python -m actions`` refuses to start), every
    module imports — ``actions.__main__`` too, as rasa_sdk imports it — and no index is built."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KRISE_")}
    env.update(KRISE_DATA_DIR=str(tmp_path), DATABASE_URL=f"sqlite:///{tmp_path / 'none.sqlite3'}",
               PYTHONPATH=str(PROJECT_ROOT))
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=300,
                         cwd=PROJECT_ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["built", "0", "0"]
    assert not (tmp_path / "none.sqlite3").exists()
