"""The guide prefetch: a text Rasa's router hands over by UDP is answered on the action server's
loop before the action call, and the guide action takes that reply instead of computing it again —
the same reply, only for the same text and guide, once, and only while fresh."""

from __future__ import annotations

import asyncio
import socket

import pytest

from actions import guide_actions, prefetch
from actions.guide_actions import ActionAnswerGuide
from bot.rasa_plugins import prefetch as sender
from bot.respond import respond
from tests.conftest import make_tracker, run_action

QUESTION = "hvordan bestiller jeg tolk?"


@pytest.fixture(autouse=True)
def _empty() -> None:
    prefetch._kept.clear()
    yield
    prefetch._kept.clear()
    sender.aim(None)


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_prefetched_reply_is_the_one_respond_gives_and_is_taken_once() -> None:
    prefetch.compute(QUESTION)
    taken = prefetch.take(QUESTION)
    assert taken is not None
    assert taken.as_dict() == respond(QUESTION).as_dict()
    assert prefetch.take(QUESTION) is None  # the action changes the reply it takes: never handed out twice


def test_another_text_an_old_reply_or_another_guide_is_not_taken(monkeypatch) -> None:
    prefetch.compute(QUESTION)
    assert prefetch.take(QUESTION + " ") is None
    assert prefetch.take(QUESTION.upper()) is None
    prefetch.compute(QUESTION)
    made, search, reply = prefetch._kept[QUESTION]
    prefetch._kept[QUESTION] = (made - prefetch.FRESH_SECONDS - 1, search, reply)
    assert prefetch.take(QUESTION) is None
    prefetch._kept[QUESTION] = (made, object(), reply)  # the guide index was replaced since
    assert prefetch.take(QUESTION) is None


def test_at_most_max_kept_replies_are_kept() -> None:
    for i in range(prefetch.MAX_KEPT + 5):
        prefetch.compute(f"spørsmål {i} om tolk")
    assert len(prefetch._kept) == prefetch.MAX_KEPT
    assert prefetch.take("spørsmål 0 om tolk") is None
    assert prefetch.take(f"spørsmål {prefetch.MAX_KEPT + 4} om tolk") is not None


def test_a_failed_computation_keeps_nothing(monkeypatch) -> None:
    def broken(text: str) -> None:
        raise RuntimeError("søket feilet")

    monkeypatch.setattr(prefetch, "respond", broken)
    prefetch.compute(QUESTION)
    assert prefetch.take(QUESTION) is None


def test_the_guide_action_answers_with_the_prefetched_reply(monkeypatch) -> None:
    """Same messages as without the prefetch; with one, the action does not search again."""
    plain, _ = run_action(ActionAnswerGuide(), make_tracker(QUESTION))
    prefetch.compute(QUESTION)
    calls: list[str] = []
    monkeypatch.setattr(guide_actions, "respond", lambda text: calls.append(text) or respond(text))
    messages, _ = run_action(ActionAnswerGuide(), make_tracker(QUESTION))
    assert calls == []

    def without_token(msgs: list[dict]) -> list[dict]:
        return [{**m, "buttons": [b for b in m.get("buttons", []) if "answer_ref" not in b["payload"]]} for m in msgs]

    assert without_token(messages) == without_token(plain)
    run_action(ActionAnswerGuide(), make_tracker(QUESTION))  # nothing kept now: computed in the action
    assert calls == [QUESTION]


def test_a_datagram_from_rasas_sender_is_answered_before_the_action_call() -> None:
    """bot.rasa_plugins.prefetch → UDP on loopback → actions.prefetch on the server's loop."""
    port = _free_udp_port()

    async def scenario() -> bool:
        transport = await prefetch.listen("127.0.0.1", port)
        assert transport is not None
        try:
            sender.aim(f"http://127.0.0.1:{port}/webhook")
            sender.send(QUESTION)
            sender.send("/feedback")  # a button's payload is never sent
            for _ in range(200):
                if QUESTION in prefetch._kept:
                    break
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.05)
            return set(prefetch._kept) == {QUESTION}
        finally:
            transport.close()

    assert asyncio.run(scenario())
    assert prefetch.take(QUESTION).as_dict() == respond(QUESTION).as_dict()


def test_a_port_in_use_leaves_the_server_without_the_prefetch() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as taken:
        taken.bind(("127.0.0.1", 0))
        assert asyncio.run(prefetch.listen("127.0.0.1", taken.getsockname()[1])) is None


@pytest.mark.parametrize(("url", "target"), [
    ("http://127.0.0.1:5055/webhook", ("127.0.0.1", 5055)),
    ("http://localhost:5055/webhook", ("127.0.0.1", 5055)),
    ("http://[::1]:5055/webhook", ("::1", 5055)),
    ("http://10.0.0.7:5055/webhook", None),
    ("http://actions.example.org:5055/webhook", None),
    ("http://127.0.0.1/webhook", None),
    (None, None),
])
def test_only_an_action_server_on_loopback_is_sent_to(url: str | None, target: tuple[str, int] | None) -> None:
    assert sender.loopback_target(url) == target


def test_nothing_is_sent_without_an_aim_or_for_a_long_text() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.settimeout(0.2)
        sender.aim(None)
        sender.send(QUESTION)
        sender.aim(f"http://127.0.0.1:{listener.getsockname()[1]}/webhook")
        sender.send("x" * (sender.MAX_BYTES + 1))
        sender.send(QUESTION)
        assert listener.recv(65536).decode() == QUESTION
        with pytest.raises(TimeoutError):
            listener.recv(65536)
