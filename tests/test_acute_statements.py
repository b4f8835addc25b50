"""The classifier's «acute» on a statement told of another time (acute15's fresh probe after the final14 run: 18 of
73 such statements got the 112 reply though the keyword check found no danger now): the guide answers, with any
action the message asks for offered. A report of danger now keeps the 112 reply, past time or not."""

from __future__ import annotations

import pytest

from bot.acute import looks_acute, told_of_another_time
from bot.nlu.routing import ASK_GUIDE, Routed, decide
from bot.nlu_examples import NLU_DIR, all_examples

ACUTE = "acute_danger"


@pytest.mark.parametrize("text", [
    "han var her i går kveld og ropte",
    "Han sitter i fengsel nå",
    "Han skal i retten neste uke",
    "eksen ble arrestert i helgen",
    "han slo henne i januar",
    "han pleier å stå utenfor jobben hennes",
    "he was arrested last week",
    "hun ble kvalt for to uker siden",
    "politiet har tatt ham med",
])
def test_a_statement_told_of_another_time_goes_to_the_guide(text):
    assert told_of_another_time(text) and not looks_acute(text)
    assert decide(ACUTE, text, looks_acute, 0.95).intent == ASK_GUIDE


def test_a_request_told_of_another_time_is_offered():
    ranking = [{"name": ACUTE, "confidence": 0.6}, {"name": "start_safety_mapping", "confidence": 0.3}]
    routed = decide(ACUTE, "hun ble slått i går, vi må kartlegge", looks_acute, 0.6, ranking)
    assert routed == Routed(ASK_GUIDE, "start_safety_mapping")


@pytest.mark.parametrize("text", [
    "han slo henne i går og nå står han utenfor",
    "han var her i går, nå er han på vei igjen",
    "han sitter i fengsel men broren står utenfor døra nå",
    "hun ble kvalt i går og nå puster hun dårlig",
    "han står utenfor",
    "hun blør",
])
def test_a_report_of_now_keeps_the_112_reply(text):
    assert decide(ACUTE, text, looks_acute, 0.95).intent == ACUTE


def test_every_acute_training_example_keeps_the_112_reply():
    examples = [x.text for x in all_examples(NLU_DIR) if x.intent == ACUTE]
    assert len(examples) >= 50
    lost = [t for t in examples if decide(ACUTE, t, looks_acute, 0.95).intent != ACUTE]
    assert lost == []


@pytest.mark.parametrize("text,alarm", [
    ("ja, hun slår ham oftere nå", False),  # the ownwords15 sweep: the 112 reply in the first contact
    ("han slår henne verre nå enn før", False),
    ("ja, han truer henne oftare no", False),
    ("it is worse now, he hits her every week", False),
    ("han slår henne nå", True),
    ("han står utenfor nå og slår på døra oftere nå", True),
])
def test_a_trend_with_now_is_no_scene(text, alarm):
    assert looks_acute(text) is alarm


# The final15 run (spent): three guide questions got the 112 reply instead of an answer.
@pytest.mark.parametrize("text,alarm", [
    ("Må eg skrive eit kort notat etter den første samtalen, sjølv om ho ikkje kjem hit?", False),
    ("Er det lurt å flytte mor og barn til eit mellombels husvære medan dei ventar på kommunal bustad?", False),
    ("hva gjør vi om han ikke kommer hit?", False),
    ("han aldri kommer hit igjen", False),
    ("han kjem hit no", True),
    ("dei ventar på ho utanfor", True),
    ("eksen ventar på oss", True),
])
def test_no_coming_across_a_negation_nor_waiting_for_a_thing(text, alarm):
    assert looks_acute(text) is alarm


@pytest.mark.parametrize("text,routed", [
    ("info pa flere sprak innvandrere brosjyre", ASK_GUIDE),
    ("hun ligger på gulvet og svarer ikke", ACUTE),
    ("barnet svarer ikke og puster rart nå", ACUTE),
])
def test_a_string_of_keywords_with_no_one_in_it_is_a_look_up(text, routed):
    assert decide(ACUTE, text, looks_acute, 0.95).intent == routed


# The h14 transcripts' run (spent): two false 112 replies in the first contact, one missed in the mapping.
@pytest.mark.parametrize("text,alarm", [
    ("kona kastet en kniv etter ham i forrige uke og nå tør han ikke sove hjemme", False),
    ("han truet med å drepe henne i sommer og nå skal han snart slippes ut", False),
    ("hos barnefaren, og han sa for litt siden at han skal ta med seg ungene i døden i natt", True),
    ("han sier han skal drepe henne i kveld", True),
    ("he said he will kill her tonight", True),
    ("han har kniv nå", True),
])
def test_fear_and_a_coming_release_are_no_danger_but_harm_announced_for_tonight_is(text, alarm):
    assert looks_acute(text) is alarm
