"""Run by ``tests/test_rasa_plugins.py`` with ``.venv-rasa/bin/python``: the router hands a message
it routes to the guide to the action server (``bot.rasa_plugins.prefetch``), and nothing else; the
Rasa server aims the prefetch at its action endpoint when that is on loopback.

Prints one line per check; exits non-zero (an AssertionError) on the first failure.
"""

from __future__ import annotations

import asyncio
import socket
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from rasa.shared.nlu.constants import INTENT, TEXT  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402

from bot.nlu.router_component import GuideQuestionRouter  # noqa: E402
from bot.rasa_plugins import prefetch  # noqa: E402
from bot.rasa_plugins.server import tidy_after  # noqa: E402


def routed(router: GuideQuestionRouter, text: str, intent: str, confidence: float = 0.95) -> str:
    message = Message(data={TEXT: text, INTENT: {"name": intent, "confidence": confidence}})
    router.process([message])
    return str(message.get(INTENT)["name"])


def received(listener: socket.socket) -> list[str]:
    got = []
    while True:
        try:
            got.append(listener.recv(65536).decode())
        except TimeoutError:
            return got


def main() -> None:
    router = GuideQuestionRouter()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.settimeout(0.3)
        port = listener.getsockname()[1]

        async def load(*args: Any, **kwargs: Any) -> Any:
            return SimpleNamespace(action_endpoint=SimpleNamespace(url=f"http://127.0.0.1:{port}/webhook"))

        asyncio.run(tidy_after(load)("model", None, None, None, None))
        assert prefetch._target == ("127.0.0.1", port), prefetch._target
        print("ok: the server aims the prefetch at its action endpoint on loopback")

        question = "hvordan bestiller jeg tolk?"
        assert routed(router, question, "ask_guide") == "ask_guide"
        assert routed(router, "hva blir været i morgen?", "out_of_scope") == "out_of_scope"
        assert received(listener) == [question, "hva blir været i morgen?"]
        print("ok: a message routed to the guide is sent, as its text")

        assert routed(router, "hei", "greet") == "greet"
        assert routed(router, "meny", "menu") == "menu"
        assert received(listener) == []
        print("ok: a greeting or a command sends nothing")

        prefetch.aim("http://192.0.2.10:5055/webhook")
        routed(router, question, "ask_guide")
        assert prefetch._target is None and received(listener) == []
        print("ok: an action server off this machine gets nothing")


if __name__ == "__main__":
    main()
