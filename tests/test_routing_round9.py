"""The router, round 9 (after the final8 run, spent): an English question led by «do» before its subject
(«do children need their own safety plan?») started the mapping — «do» was read as the imperative. It is the
imperative only before what it does («do the mapping», «do a first contact», «do it now»). Phrasings written for
this file, apart from ``nlu_data/`` and the bench sets; the classifier's worst case (sure it is a start) is given."""

import pytest

from bot.nlu.routing import ASK_GUIDE, decide


@pytest.mark.parametrize("text", [
    "do children need their own safety plan?", "do kids get a separate plan?", "do residents have to do the mapping?",
    "do staff need to register every call?", "do we start the first contact on the phone?",
])
def test_a_question_led_by_do_is_answered_not_started(text):
    assert decide("start_safety_mapping", text, None, 0.99).intent == ASK_GUIDE


@pytest.mark.parametrize("text,intent", [
    ("do the mapping", "start_safety_mapping"), ("do a safety mapping for K-7QX3MA", "start_safety_mapping"),
    ("do it now", "start_triage"), ("do intake please", "start_triage"), ("do a first contact", "start_triage"),
])
def test_do_before_what_it_does_still_starts(text, intent):
    assert decide(intent, text, None, 0.99).intent == intent
