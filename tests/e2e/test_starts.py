"""Dialogue starts through the served bot (issue 14): requests in staff's own words start what they ask
for (at once or with one button), questions about a dialogue's topic start nothing, and the decline,
«hjelp» and a conversation's first reply carry the main actions as buttons.

The cases are the stable ones of the benchmark's dev split (``starts_cases.yml``, chosen from
``bench/sets/starts-dev.yml``); they are judged exactly as ``bench/starts.py`` judges them, a few at a
time in parallel so the whole file stays quick.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.starts import (
    MISS,
    PRESS,
    Client,
    StartRequest,
    TopicQuestion,
    checklist_titles,
    create_cases,
    judge_request,
    judge_topic,
    load_starts,
    new_sender,
)
from bot.offers import MAIN_ACTIONS, OFFERS

pytestmark = pytest.mark.e2e

CASES = Path(__file__).with_name("starts_cases.yml")
WORKERS = 3
MAIN_PAYLOADS = [p for _, p in MAIN_ACTIONS]


def _in_parallel(url: str, items: list, judge) -> list:
    local = threading.local()

    def run(item):
        if not hasattr(local, "client"):
            local.client = Client(url)
        return judge(local.client, item)

    with ThreadPoolExecutor(WORKERS) as pool:
        return list(pool.map(run, items))


@pytest.fixture(scope="module")
def cases() -> tuple[list[StartRequest], list[TopicQuestion]]:
    return load_starts(CASES)


@pytest.fixture(scope="module")
def case_refs(cases, e2e_database_url):
    """The cases the requests name, removed again so tests that count cases find only their own."""
    from bot.storage import case_store, db

    refs = sorted({r.ref.upper() for r in cases[0] if r.ref})
    create_cases(refs, e2e_database_url)
    yield refs
    with db.session_scope(e2e_database_url) as session:
        for ref in refs:
            case_store.delete_case(session, ref)


def test_requests_start_what_they_ask_for(rasa_url, cases, case_refs):
    titles = checklist_titles()
    results = _in_parallel(rasa_url, cases[0], lambda client, req: judge_request(client, req, titles))
    misses = [f"{r.req.expect}: {r.req.q!r} {r.detail}" for r in results if r.outcome == MISS]
    assert not misses, "\n".join(misses)
    assert sum(r.outcome == PRESS for r in results) < len(results) / 4  # most start at once


def test_topic_questions_start_nothing_and_are_answered(rasa_url, cases):
    results = _in_parallel(rasa_url, cases[1], judge_topic)
    started = [f"{t.topic.q!r} {t.detail}" for t in results if t.started]
    assert not started, "\n".join(started)
    assert sum(t.answered for t in results) >= 0.8 * len(results)


def _payloads(messages: list[dict]) -> list[str]:
    return [b["payload"] for m in messages for b in m.get("buttons") or []]


def test_first_reply_greeting_help_and_decline_offer_the_main_actions(rasa_url):
    client = Client(rasa_url)
    greeting = client.post(new_sender("e2e"), "hei")
    assert _payloads(greeting.messages) == MAIN_PAYLOADS
    first_answer = client.post(new_sender("e2e"), "hvordan bestiller jeg tolk?")
    assert first_answer.sources and _payloads(first_answer.messages)[-4:] == MAIN_PAYLOADS
    sender = new_sender("e2e")
    client.post(sender, "hei")
    later = client.post(sender, "hvordan bestiller jeg tolk?")
    assert not set(MAIN_PAYLOADS) & set(_payloads(later.messages))  # only the first reply
    declined = client.post(sender, "hva blir været i morgen?")
    assert declined.sources == [] and _payloads(declined.messages) == MAIN_PAYLOADS
    helped = client.post(sender, "hjelp")
    assert "Dette kan jeg" in helped.text and _payloads(helped.messages) == MAIN_PAYLOADS


def test_a_start_pressed_from_the_main_actions_starts_it(rasa_url):
    client = Client(rasa_url)
    sender = new_sender("e2e")
    greeting = client.post(sender, "god kveld")
    mapping = next(b for b in greeting.buttons if b["payload"] == "/start_safety_mapping")
    assert client.post(sender, mapping["payload"]).dialogue == "safety_mapping_form"


def test_what_could_be_either_is_answered_with_the_start_offered(rasa_url):
    client = Client(rasa_url)
    sender = new_sender("e2e")
    turn = client.post(sender, "førstesamtale")
    assert turn.dialogue == ""
    question, title = OFFERS["start_triage"]
    # answered (the offer follows the answer), or declined (the offer leads the decline's buttons)
    assert (turn.sources and question in turn.text) or turn.sources == [], turn.messages
    pressed = client.post(sender, next(b["payload"] for b in turn.buttons if b["title"] == title))
    assert pressed.dialogue == "triage_form"


def test_danger_now_beside_a_request_gets_112_first_and_the_start_after(rasa_url):
    client = Client(rasa_url)
    turn = client.post(new_sender("e2e"), "han står utenfor døra med kniv nå, start ny henvendelse")
    assert "112" in turn.messages[0]["text"]
    assert turn.dialogue == ""
    assert "/start_triage" in _payloads(turn.messages)


@pytest.mark.parametrize("text", ["tolk natt", "tolk i natt", "natt tolk", "barnevernsvakt natt"])
def test_a_short_night_shift_look_up_is_answered_not_a_goodbye(rasa_url, text):
    turn = Client(rasa_url).post(new_sender("e2e"), text)
    assert turn.dialogue == "" and "Ha det" not in turn.text
    assert turn.sources, turn.messages  # answered, or a clarifying question with the titles


@pytest.mark.parametrize("text", ["natt", "kveld", "varighet", "kapasitet", "bruker", "Kartlegg oppholdsstatus",
                                  "Start tidlig i oppholdet"])
def test_a_look_up_is_no_small_talk_and_no_command(rasa_url, text):
    """The classifier read these as «god natt», «god kveld», resume, menu, help or a start (a guide title)."""
    turn = Client(rasa_url).post(new_sender("e2e"), text)
    assert turn.dialogue == "" and turn.sources is not None, turn.messages  # a guide reply
    assert "Ha det" not in turn.text and "Dette kan jeg" not in turn.text and "ingen samtale å fortsette" \
        not in turn.text


def test_small_talk_still_gets_small_talk(rasa_url):
    client = Client(rasa_url)
    assert "Ha det" in client.post(new_sender("e2e"), "god natt").text
    assert "Ha det" in client.post(new_sender("e2e"), "ha det, vakta er ferdig").text
