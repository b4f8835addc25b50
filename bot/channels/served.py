"""Start `scripts/serve.sh` on free loopback ports and stop it again (tests and benchmark)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

from bot.channels.rest_client import wait_ready
from bot.config import PROJECT_ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served_bot(log_path: Path, timeout: float = 240) -> Iterator[str]:
    """Yield the base URL of a freshly started Rasa + action server pair."""
    rasa_port, actions_port = free_port(), free_port()
    env = dict(os.environ, RASA_PORT=str(rasa_port), ACTIONS_PORT=str(actions_port),
               PYTHONPATH=str(PROJECT_ROOT))
    with open(log_path, "w") as log:
        proc = subprocess.Popen([str(PROJECT_ROOT / "scripts" / "serve.sh")], cwd=PROJECT_ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{rasa_port}"
    try:
        if not wait_ready(url, timeout=timeout):
            raise RuntimeError(f"Rasa-serveren ble ikke klar; se {log_path}")
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
