"""Dialogue reading, round 21: «akutt fare akkurat nå?» answered with the situation (a domain call, issue 14).

The ownwords12 sweep's writer answered the first contact's danger question with what is going on, not «ja»: «han
har kniv og er i leiligheten», «han truer henne akkurat nå på telefon», «barna er hos ham og han er full nå». Those
were read as nothing (asked again, no 112 reply) and left open in round 17 as a domain call. The call: the question
asks about this moment, so an answer in the present tense that names a weapon where he is, a threat being made now,
or the children (or her) with a drunk perpetrator now is a yes – and a yes gets the 112 reply. A 112 reminder too
many costs the night shift a glance; one too few can cost a life.

The other half: how often something happened («han har truet henne mange ganger», «av og til») is a yes to «has it
happened?», but says nothing about this moment, so to a yes/no question that asks about now («akutt fare akkurat
nå?») it is no yes – before, «han har truet henne mange ganger» was stored as acute danger with the 112 reply.
(«Er noen av barna hos utøveren nå?» has its own reader, where «av og til» – visits – stays a yes.)
"""

from __future__ import annotations

import pytest

from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import gets_112, read


@pytest.mark.parametrize("text", [
    "han har kniv og er i leiligheten",
    "han truer henne akkurat nå på telefon",
    "barna er hos ham og han er full nå",
    "he has a knife and is in the flat right now",
    "ho trugar henne no",
    "borna er hjå han og han er full no",
    "he is threatening her on the phone right now",
    "eksen står i stua med en kniv",
    "mannen er ruset og har ungene hos seg nå",
])
def test_a_danger_present_now_is_a_yes_with_the_112_reply(text):
    got = read(FC, "acute_danger", text)
    assert got.ok and not got.unsure and got.value is True, got
    assert gets_112(FC, "acute_danger", text, None)


@pytest.mark.parametrize("text", [
    "nei, han hadde kniv i går",
    "nei, hun er trygg her, han har kniv hjemme",
    "han truet med kniv for en uke siden, nå er hun trygg her",
    "nei, han truer ikke nå",
    "nei, han var full i går men hun er trygg nå",
])
def test_the_past_or_a_safe_now_is_no(text):
    got = read(FC, "acute_danger", text)
    assert got.ok and got.value is False, got
    assert not gets_112(FC, "acute_danger", text, None)


@pytest.mark.parametrize("text", ["han har en kniv", "han er full nå", "han truet henne i går"])
def test_a_danger_not_said_to_be_here_now_is_asked_again(text):
    got = read(FC, "acute_danger", text)
    assert not got.ok or got.value is None, got


@pytest.mark.parametrize("dialogue,key,text", [
    (FC, "acute_danger", "han har truet henne mange ganger"),
    (FC, "acute_danger", "det har skjedd flere ganger"),
    (FC, "acute_danger", "han truer henne ofte"),
    (FC, "acute_danger", "ho har vore redd mange gonger"),
])
def test_how_often_is_no_yes_to_a_question_about_now(dialogue, key, text):
    got = read(dialogue, key, text)
    assert not (got.ok and got.value is True), got
    if key == "acute_danger":
        assert not gets_112(dialogue, key, text, None)


@pytest.mark.parametrize("dialogue,key,text", [
    (FC, "escalated", "ja, mange ganger"),
    (FC, "escalated", "flere ganger"),
    (SM, "threats_to_kill", "mange ganger"),
    (SM, "strangulation", "en gang"),
])
def test_how_often_is_still_yes_to_has_it_happened(dialogue, key, text):
    got = read(dialogue, key, text)
    assert got.ok and got.value is True, got
