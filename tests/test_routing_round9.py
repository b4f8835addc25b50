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


@pytest.mark.parametrize("text", [
    "hun har ikke papirer, kan vi ta henne inn likevel?", "ho har ikkje pengar, kan vi ta ho inn likevel?",
    "she has no papers, can we take her in anyway?",
])
def test_a_request_asked_as_a_question_with_no_danger_gets_no_112(text):
    """The classifier's worst case (sure it is acute): the keyword check finds no danger now, so the guide answers."""
    from bot.acute import looks_acute
    assert decide("acute_danger", text, looks_acute, 0.99).intent == ASK_GUIDE


@pytest.mark.parametrize("text", [
    "kan dere komme? han står utenfor med kniv", "kan du hjelpe meg, han slår henne nå?",
    "han har kniv og står på døra, kan vi ringe politiet?",
])
def test_a_request_with_danger_now_keeps_the_112_reply(text):
    from bot.acute import looks_acute
    assert decide("acute_danger", text, looks_acute, 0.99).intent == "acute_danger"


@pytest.mark.parametrize("text,acute", [
    ("han står på døra med kniv", True), ("nå står han på døra", True), ("han står på døren og banker", True),
    ("han sto på døra i går", False), ("hva gjør vi hvis han står på døra?", False),
])
def test_at_the_door_is_danger_now_in_the_present_only(text, acute):
    from bot.acute import looks_acute
    assert looks_acute(text) is acute


@pytest.mark.parametrize("text,acute", [
    ("han sa han skulle komme i kveld", True), ("eksen skal komme hit i natt", True),
    ("ikke nå, men han sa han skulle komme i kveld", True),
    ("han skal komme på besøk til jul", False), ("vi skal komme i kveld", False),
    ("hva gjør vi hvis han sier han skal komme i kveld?", False),
])
def test_said_he_will_come_tonight_is_danger_now(text, acute):
    """The tired-staff trial after the final8 run: «ikke nå, men han sa han skulle komme i kveld» got no 112 reply."""
    from bot.acute import looks_acute
    assert looks_acute(text) is acute
