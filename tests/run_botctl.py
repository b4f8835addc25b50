"""``./botctl`` as a subprocess against a given database: what the storage and action tests that
check the command line share (a test module does not import another test module)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOTCTL = ROOT / "botctl"


def botctl(*args: str, url: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.run([str(BOTCTL), *args], capture_output=True, text=True, env=env, cwd=cwd or ROOT,
                          timeout=120)
