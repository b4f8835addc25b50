"""Run by ``tests/test_rasa_plugins.py`` with ``.venv-rasa/bin/python``: Rasa's action endpoint over a
kept-alive connection (``bot.rasa_plugins.action_session``), against a real rasa_sdk action server
that is killed with SIGKILL and started again on the same port.

Prints one line per check; exits non-zero (an AssertionError) on the first failure.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from rasa.utils.endpoints import EndpointConfig  # noqa: E402
from rasa_sdk.endpoint import create_app  # noqa: E402

from bot.rasa_plugins import action_session  # noqa: E402
from bot.testing.served import free_port  # noqa: E402

ACTION = '''
from rasa_sdk import Action


class ActionEcho(Action):
    def name(self):
        return "action_echo"

    def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=tracker.latest_message.get("text"))
        return []
'''


def body(text: str) -> dict:
    return {"next_action": "action_echo", "sender_id": "s", "domain": {},
            "tracker": {"sender_id": "s", "slots": {}, "events": [], "latest_message": {"text": text}}}


def start(folder: str, port: int) -> subprocess.Popen:
    server = subprocess.Popen([sys.executable, "-m", "rasa_sdk", "--actions", "echo_actions", "-p", str(port)],
                              cwd=folder, env=dict(os.environ, PYTHONPATH=folder),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with __import__("socket").create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise AssertionError("the action server did not start")


def pooled(kept: action_session.KeptSessions) -> list[object]:
    """The idle connections the kept session holds (aiohttp's connector pool)."""
    session = kept._session
    assert session is not None
    return [proto for conns in session.connector._conns.values() for proto, _ in conns]


async def main(folder: str) -> None:
    port = free_port()
    endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
    kept = action_session.install(endpoint)
    assert kept is not None and action_session.install(endpoint) is kept  # twice: the same sessions

    server = start(folder, port)
    try:
        first = await endpoint.request(json=body("hei"), method="post")
        assert first["responses"][0]["text"] == "hei", first
        connection = pooled(kept)
        assert len(connection) == 1, connection
        second = await endpoint.request(json=body("igjen"), method="post")
        assert second["responses"][0]["text"] == "igjen" and pooled(kept) == connection, pooled(kept)
        print("ok: calls to the action server reuse one kept connection")

        server.send_signal(signal.SIGKILL)
        server.wait()
        try:
            await endpoint.request(json=body("borte"), method="post")
        except aiohttp.ClientConnectionError:
            pass  # what Rasa turns into «the action server is unreachable», as with a new session
        else:
            raise AssertionError("a call to a killed action server succeeded")
        server = start(folder, port)
        again = await endpoint.request(json=body("tilbake"), method="post")
        assert again["responses"][0]["text"] == "tilbake", again
        assert len(pooled(kept)) == 1 and pooled(kept) != connection
        print("ok: after a SIGKILL and a restart the next call gets through on a new connection")

        idle = pooled(kept)
        await asyncio.sleep(action_session.KEEP_SECONDS + 0.5)
        later = await endpoint.request(json=body("senere"), method="post")
        assert later["responses"][0]["text"] == "senere", later
        assert len(pooled(kept)) == 1 and pooled(kept) != idle, "an idle connection was reused too late"
        sanic_keeps = create_app("echo_actions").config.KEEP_ALIVE_TIMEOUT
        assert action_session.KEEP_SECONDS < sanic_keeps, (action_session.KEEP_SECONDS, sanic_keeps)
        print("ok: an idle connection is given up before the action server closes it")
    finally:
        server.kill()
        server.wait()
        await kept.close()


with tempfile.TemporaryDirectory() as folder:
    Path(folder, "echo_actions.py").write_text(ACTION)
    sys.path.insert(0, folder)
    asyncio.run(main(folder))
