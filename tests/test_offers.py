"""Buttons that start things (bot/offers.py) and the domain responses that carry them."""

from __future__ import annotations

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.guide.answer import Reply, not_found_reply
from bot.guide.search import ANSWER, CLARIFY
from bot.offers import MAIN_ACTIONS, MAIN_TEXT, OFFERS, around_guide_reply, main_buttons, offer_button, offer_reply

MAIN = [{"title": t, "payload": p} for t, p in MAIN_ACTIONS]


def _answer(kind: str = ANSWER) -> Reply:
    return Reply(text="Svar", buttons=[{"title": "👍", "payload": "/feedback"}],
                 custom={"sources": [{"id": "x"}], "clarify": kind == CLARIFY}, kind=kind)


@pytest.mark.parametrize("response", ["utter_greet", "utter_help", "utter_cancel", "utter_nothing_to_resume",
                                      "utter_default", "utter_affirm_idle"])
def test_domain_responses_offer_the_main_actions(response):
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert domain["responses"][response][0]["buttons"] == MAIN


def test_main_action_payloads_are_intents_of_the_domain():
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    intents = {i if isinstance(i, str) else next(iter(i)) for i in domain["intents"]}
    assert {p.lstrip("/") for _, p in MAIN_ACTIONS} <= intents
    assert set(OFFERS) <= intents


def test_a_decline_carries_the_offer_and_the_main_actions():
    reply = not_found_reply()
    out = around_guide_reply(reply, "førstesamtale på natta", "start_triage", first_turn=False)
    assert out == [reply]
    payloads = [b["payload"] for b in reply.buttons]
    assert payloads == ["/start_triage", "/start_safety_mapping", "/menu", "/checklist"]
    assert reply.buttons[0]["title"] == OFFERS["start_triage"][1]


def test_a_decline_without_offer_has_the_main_actions():
    reply = not_found_reply()
    around_guide_reply(reply, "hva er været", None, first_turn=False)
    assert reply.buttons == MAIN


def test_an_answer_is_followed_by_the_offer():
    answer = _answer()
    out = around_guide_reply(answer, "kartlegging av vold og trusler", "start_safety_mapping", first_turn=True)
    assert out[0] is answer and answer.buttons == [{"title": "👍", "payload": "/feedback"}]
    assert out[1].text == OFFERS["start_safety_mapping"][0]
    assert out[1].buttons == [{"title": "Start kartlegging", "payload": "/start_safety_mapping"}]


def test_the_first_answer_of_a_conversation_offers_the_main_actions():
    answer = _answer(CLARIFY)
    out = around_guide_reply(answer, "tolk", None, first_turn=True)
    assert [r.text for r in out] == ["Svar", MAIN_TEXT] and out[1].buttons == main_buttons()
    assert around_guide_reply(_answer(), "tolk", None, first_turn=False)[1:] == []


def test_the_112_reply_stays_alone():
    acute = Reply(text="Ring 112", custom={"sources": [{"id": "x"}], "clarify": False}, kind="acute")
    assert around_guide_reply(acute, "han er her nå", "start_triage", first_turn=True) == [acute]


def test_a_case_ref_goes_into_the_mapping_button():
    button = offer_button("start_safety_mapping", "kartlegging for k-7f3q2a")
    assert button == {"title": "Start kartlegging for K-7F3Q2A",
                      "payload": '/start_safety_mapping{"case_ref": "K-7F3Q2A"}'}


def test_a_named_checklist_is_opened_by_its_button():
    button = offer_button("checklist", "har du en sjekkliste for ny bolig?")
    assert button is not None and button["title"] == "Sjekkliste – ny bolig"
    assert button["payload"].startswith("sjekkliste ")
    assert offer_button("checklist", "sjekklister")["payload"] == "/checklist"


def test_unknown_offers_are_ignored():
    assert offer_button("greet", "hei") is None
    assert offer_reply("nope", "x") is None
    reply = not_found_reply()
    around_guide_reply(reply, "x", "nope", first_turn=False)
    assert reply.buttons == MAIN


@pytest.mark.parametrize("text,expected", [
    ("sjekkliste for kartlegging", "kartlegging-vold-trusler"),  # the title's word beats another list's keyword
    ("vis huskelista for kartlegging av vold", "kartlegging-vold-trusler"),
    ("sjekkliste innledende kartlegging", "forste-samtale"),
    ("sjekkliste for fyrste samtale", "forste-samtale"),
    ("checklist for new housing", "ny-bolig"),
    ("sjekkliste", None),
])
def test_the_checklist_asked_for(text, expected):
    from bot.guide.checklists import find_checklist

    found = find_checklist(text)
    assert (found.id if found else None) == expected


def test_a_paused_dialogue_adds_resume_and_only_then_is_resume_offered():
    reply = not_found_reply()
    around_guide_reply(reply, "forsett", "resume", first_turn=False, paused=True)
    assert [b["payload"] for b in reply.buttons] == ["/resume", *[p for _, p in MAIN_ACTIONS]]
    reply = not_found_reply()
    around_guide_reply(reply, "lorem ipsum", "resume", first_turn=False, paused=False)
    assert reply.buttons == MAIN
    assert around_guide_reply(_answer(), "fortsette samtaler", "resume", first_turn=False, paused=False)[1:] == []
    first = around_guide_reply(_answer(), "tolk", None, first_turn=True, paused=True)
    assert first[1].buttons[0]["payload"] == "/resume"


def test_a_two_word_keyword_written_as_one_finds_its_checklist():
    from bot.guide.checklists import find_checklist

    assert find_checklist("har førstesamtale straks, gi meg den korte lista").id == "forste-samtale"


def test_a_new_case_goes_into_the_mapping_button():
    """«kan vi kartlegge en ny sak?» offered as a button: the one press also answers «which case?»."""
    from bot.case_words import NEW_CASE as OFFERED
    from bot.dialogue.schema import NEW_CASE

    assert OFFERED == NEW_CASE
    button = offer_button("start_safety_mapping", "kan vi kartlegge en ny sak?")
    assert button == {"title": "Start kartlegging for ny sak", "payload": '/start_safety_mapping{"case_ref": "ny"}'}
    assert offer_button("start_safety_mapping", "kan vi ta en ny kartlegging?")["payload"] == "/start_safety_mapping"
