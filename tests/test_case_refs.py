"""Case refs named in the message that starts the mapping, and «should we …» questions about practice.

The fourth held-back starts set (spent) missed 6 of 19 requests that named a case: each ref had a
0, 1 or L, which ``new_case_ref`` never draws, so the router saw no ref and the start asked «ny sak?».
A code written after «K-» with a digit is now read as a ref whatever its letters; whether the case
exists is the store's answer. All texts and refs here are invented variants, not the set's.
"""

from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet

from actions.dialogue_actions import ActionStartSafetyMapping
from bench.starts import create_cases
from bot.case_words import OUR_CODE, ref_in_message, says_new_case
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE, find_ref
from bot.nlu.routing import ASK_GUIDE, Routed, decide
from bot.offers import offer_button
from bot.storage.models import REF_ALPHABET, REF_LENGTH, new_case_ref
from tests.conftest import make_tracker, run_action


def test_our_code_is_the_generators_alphabet():
    assert OUR_CODE == "[2-9A-HJKMNP-Z]{6}" and REF_LENGTH == 6
    assert sorted(REF_ALPHABET) == sorted("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    for _ in range(50):
        assert ref_in_message(f"kartlegging for {new_case_ref().lower()}") is not None


@pytest.mark.parametrize("text,ref", [
    ("kartlegging for K-3TW8QE", "K-3TW8QE"),
    ("k-3tw8qe trenger kartlegging", "K-3TW8QE"),
    ("saksnummer k-4ol0ix, kartlegg", "K-4OL0IX"),
    ("start kartlegging i sak K-L1OI5Z", "K-L1OI5Z"),
    ("map threats for case k-0000AA please", "K-0000AA"),
    ("kartlegging på saka K - 9IL3OV?", "K-9IL3OV"),
    ("sak k7f3q2a", "K-7F3Q2A"),
    ("K-ANSKJE", "K-ANSKJE"),
    # no ref: a word after «k-», a word starting with k, a code without the dash outside our letters
    ("kartlegging, kanskje", None), ("k-tilbud for henne", None), ("kartlegg k0lm6ps", None),
    ("kartlegg vold og trusler", None), ("K-7F3Q2", None), ("K-7F3Q2AB", None),
])
def test_a_ref_in_any_position_and_case(text, ref):
    assert ref_in_message(text) == ref
    assert find_ref(text) == ref


@pytest.mark.parametrize("text", [
    "kartlegg volden K-2PL0QA",
    "kartlegging vold og trusler k-7KI1NW",
    "kartlegging for saka K-1ZZ9OL",
    "I have to map violence for case K-O0I1L9",
    "vi må kartlegge trusler i sak k-8l8l8l",
    "K-5TL1MR kartlegging",
])
def test_a_request_naming_any_ref_starts_the_mapping(text):
    routed = decide("start_safety_mapping", text, confidence=0.7)
    assert routed.intent == "start_safety_mapping", text
    assert not says_new_case(text)


def test_the_offered_button_carries_a_ref_outside_our_letters():
    button = offer_button("start_safety_mapping", "kartlegging for saka k-1ab0cd?")
    assert button is not None and '"case_ref": "K-1AB0CD"' in button["payload"]


def test_the_start_saves_with_an_existing_ref_and_says_when_there_is_none(database):
    create_cases(["K-0QL7XY"], database)
    messages, events = run_action(ActionStartSafetyMapping(),
                                  make_tracker("kartlegging av vold og trusler for sak k-0ql7xy",
                                               "start_safety_mapping"))
    assert SlotSet("sm_case", "K-0QL7XY") in events
    assert "lagres med sak K-0QL7XY" in messages[0]["text"]
    case_question = next(q for q in SAFETY_DIALOGUE.questions if q.slot == "sm_case")
    assert case_question.accepts("K-0QL7XY") and case_question.accepts("K-7F3Q2A") and not case_question.accepts("K-ABC")
    messages, events = run_action(ActionStartSafetyMapping(),
                                  make_tracker("kartlegg vold for K-1NO1NO", "start_safety_mapping"))
    assert "Jeg finner ingen sak K-1NO1NO" in messages[0]["text"]
    assert not any(e.get("name") == "sm_case" and e.get("value") for e in events)


@pytest.mark.parametrize("text", [
    "skal vi kartlegge æresrelatert vold på en annen måte?",
    "bør vi ta førstesamtalen annerledes når hun har med barn?",
    "må man kartlegge trusler separat for hver utøver?",
    "should we map honour violence differently?",
    "skal me kartleggje vald paa same maate for menn?",
])
def test_should_we_do_it_in_some_way_is_a_question(text):
    for intent in ("start_safety_mapping", "start_triage"):
        assert decide(intent, text, confidence=0.99).intent == ASK_GUIDE, text


@pytest.mark.parametrize("text", ["skal vi kartlegge?", "hun er klar nå, skal vi ta kartleggingen?",
                                  "shall we do the mapping now?"])
def test_should_we_alone_is_still_a_proposal(text):
    assert decide("start_safety_mapping", text, confidence=0.9).intent == "start_safety_mapping"


# The fifth held-back starts set (spent): 4 of 21 requests naming a case wrote the ref with a space for the
# hyphen («K <code>»), so the start asked «which case?». Invented refs and phrasings, not the set's.
@pytest.mark.parametrize("text,ref", [
    ("kartlegging for K 4RW7TN", "K-4RW7TN"),
    ("k 4rw7tn: start risikovurdering", "K-4RW7TN"),
    ("vurder faren i saka k  5hq2ze", "K-5HQ2ZE"),
    ("kartlegg K–8TM3BD", "K-8TM3BD"),
    ("trusselkartlegging, sak 7kp4vn", "K-7KP4VN"),
    ("saksnummer: 3ZX9PR, vi tar kartlegginga", "K-3ZX9PR"),
    ("saksnr. K 6MW2QA", "K-6MW2QA"),
    ("risk assessment, case no. 9bd5hy", "K-9BD5HY"),
    ("ny kartlegging på sak k 0LM6PS", "K-0LM6PS"),
    # no ref: a number or a word after «k»/«sak», a code without a digit or without a letter
    ("kartlegging k 2024", None), ("sak kartlegging", None), ("punkt k gjelder barna", None),
    ("saken handler om trusler", None), ("sak 123456", None), ("K ABCDEF", None),
])
def test_a_ref_with_a_space_or_after_a_word_for_case(text, ref):
    assert ref_in_message(text) == ref
    assert find_ref(text) == ref
    if ref:
        assert not says_new_case(text)


@pytest.mark.parametrize("text,score", [
    ("ny kartlegging K 4RW7TN", 0.3),
    ("farevurdring, saka k 5hq2ze", 0.25),
    ("trusselkartlegging sak 7kp4vn", 0.5),
])
def test_the_classifiers_doubt_does_not_stop_a_mapping_naming_a_ref(text, score):
    """Under the fallback threshold, the mapping ranked first with a ref starts, with that ref."""
    ranking = [{"name": "nlu_fallback", "confidence": 0.45}, {"name": "start_safety_mapping", "confidence": score},
               {"name": "ask_guide", "confidence": 0.1}]
    assert decide("nlu_fallback", text, confidence=0.45, ranking=ranking).intent == "start_safety_mapping"
    assert decide("start_safety_mapping", text, confidence=score).intent == "start_safety_mapping"
    button = offer_button("start_safety_mapping", text)
    assert button is not None and ref_in_message(text) in button["payload"]


def test_without_a_ref_or_as_a_question_the_doubtful_mapping_is_only_offered():
    ranking = [{"name": "nlu_fallback", "confidence": 0.45}, {"name": "start_safety_mapping", "confidence": 0.3}]
    assert decide("nlu_fallback", "ny farevurdring", confidence=0.45, ranking=ranking) == \
        Routed("nlu_fallback", "start_safety_mapping")
    assert decide("nlu_fallback", "hva mangler i kartleggingen for sak K 4RW7TN?", confidence=0.45,
                  ranking=ranking).intent == "nlu_fallback"
    assert decide("start_safety_mapping", "ny farevurdring K 4RW7TN", confidence=0.1).intent == ASK_GUIDE


def test_the_start_saves_with_a_spaced_ref(database):
    create_cases(["K-5HQ2ZE"], database)
    messages, events = run_action(ActionStartSafetyMapping(),
                                  make_tracker("la oss kartlegge truslene i sak K 5HQ2ZE", "start_safety_mapping"))
    assert SlotSet("sm_case", "K-5HQ2ZE") in events
    assert "lagres med sak K-5HQ2ZE" in messages[0]["text"]
