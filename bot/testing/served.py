"""Start `scripts/serve.sh` (and the web workspace) on free loopback ports and stop them again (tests and benchmark)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.config import PROJECT_ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Served:
    """One running ``serve.sh``: its ports and its process group (serve.sh and both servers)."""

    proc: subprocess.Popen
    rasa_port: int
    actions_port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    def server_pid(self, kind: str) -> int:
        """The process id of the ``actions`` or ``rasa`` server this serve.sh started."""
        # The action server is «python -m actions» (before: «python -m rasa_sdk --actions actions»).
        markers = {"actions": (b"-m actions ", b"rasa_sdk"), "rasa": (b"bot.rasa_plugins.server run",)}[kind]
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
            except (OSError, ValueError, IndexError):
                continue
            if ppid == self.proc.pid and any(marker in cmdline for marker in markers):
                return int(entry.name)
        raise LookupError(f"no {kind} server under serve.sh (pid {self.proc.pid})")

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Signal every process it started at once (SIGKILL: a crash, nothing gets to clean up)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, sig)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)
        wait_port_free(self.rasa_port)
        wait_port_free(self.actions_port)


def wait_port_free(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                return
        time.sleep(0.2)


def start(log_path: Path, *, env: dict[str, str] | None = None, serve: str = "both",
          rasa_port: int | None = None, actions_port: int | None = None) -> Served:
    """Start serve.sh (``serve``: both, actions or rasa) without waiting for it."""
    rasa_port, actions_port = rasa_port or free_port(), actions_port or free_port()
    full_env = dict(os.environ if env is None else env, RASA_PORT=str(rasa_port), ACTIONS_PORT=str(actions_port),
                    PYTHONPATH=str(PROJECT_ROOT), KRISE_SERVE=serve)
    with open(log_path, "w") as log:
        proc = subprocess.Popen([str(PROJECT_ROOT / "scripts" / "serve.sh")], cwd=PROJECT_ROOT, env=full_env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    return Served(proc, rasa_port, actions_port, log_path)


def wait_until_ready(served: Served, timeout: float = 240, serve: str = "both") -> bool:
    """Poll the Rasa root (or the action server's /health with ``serve="actions"``) until it answers
    200; False as soon as serve.sh has exited (it refused to start) or at the timeout."""
    import requests

    url = (f"http://127.0.0.1:{served.actions_port}/health" if serve == "actions" else served.url + "/")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and served.proc.poll() is None:
        with contextlib.suppress(requests.RequestException):
            if requests.get(url, timeout=2).status_code == 200:
                return True
        time.sleep(0.5)
    return False


@contextlib.contextmanager
def served_instance(log_path: Path, timeout: float = 240, **kwargs) -> Iterator[Served]:
    """A started and ready server pair (or one server, with ``serve=``), stopped afterwards."""
    served = start(log_path, **kwargs)
    try:
        if not wait_until_ready(served, timeout, kwargs.get("serve", "both")):
            raise RuntimeError(f"Serveren ble ikke klar; se {log_path}")
        yield served
    finally:
        if served.proc.poll() is None:
            served.kill(signal.SIGTERM)


@contextlib.contextmanager
def served_bot(log_path: Path, timeout: float = 240, **kwargs) -> Iterator[str]:
    """Yield the base URL of a freshly started Rasa + action server pair."""
    with served_instance(log_path, timeout, **kwargs) as served:
        yield served.url


@contextlib.contextmanager
def served_workspace(log_path: Path, env: dict[str, str], command: list[str] | None = None,
                     timeout: float = 120) -> Iterator[tuple[str, subprocess.Popen]]:
    """Start the web workspace (``python -m bot.web``, or ``command`` such as scripts/run_web.sh) on a free
    port; yield (its URL, its process) once GET /login answers 200; stop it with SIGTERM afterwards."""
    import requests

    port = free_port()
    full_env = dict(env, WEB_PORT=str(port), PYTHONPATH=str(PROJECT_ROOT))
    with open(log_path, "w") as log:
        proc = subprocess.Popen(command or [str(PROJECT_ROOT / ".venv" / "bin" / "python"), "-m", "bot.web"],
                                cwd=PROJECT_ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(requests.RequestException):
                if requests.get(url + "/login", timeout=2).status_code == 200:
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the workspace did not start:\n{log_path.read_text(errors='replace')[-3000:]}")
            time.sleep(0.2)
        yield url, proc
    finally:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)
