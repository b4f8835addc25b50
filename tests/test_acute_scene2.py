"""The second round of scene kinds (bot/acute_scene.py), from the kinds the second fresh probe
(tests/acute15_probe2.py) missed after the first round: a weapon beside someone at a place, a weapon held against
her, a state after hanging or poisoning, violence heard, the door blocked, a car just driven in, she with him now after
he hurt her tonight, «just» before what he did. Other wordings than the probe's; both paths as in
tests/test_acute_scene.py. Not now: the same words for another time, a fear, a control habit, the person arriving."""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from tests.reading import gets_112

MAN = {"feared_persons": ["ektemann"], "perpetrators": ["ektemann"]}

DANGER_NOW = [
    "Det står en kar ved postkassene med et balltre",
    "han går fram og tilbake i gangen med ei øks",
    "Han peker pistolen mot henne",
    "Hun har prøvd å henge seg og puster tungt",
    "Ho har drukke vaskemiddel",
    "vi hører skrik fra leiligheten til beboeren",
    "Han blokkerer utgangen og hun kommer seg ikke ut",
    "eksen har akkurat kjørt inn på parkeringsplassen",
    "hun er sammen med ham nå og han har truet henne med kniv i kveld",
    "He just kicked in the back door",
    "Mannen har knust vinduet i stua akkurat nå",
]

NOT_NOW = [
    "at han sitter i bilen med kniv",
    "He held a gun to her head last year",
    "mannen lar henne ikke gå ut alene",
    "En kvinne har nettopp kommet inn og vil snakke med noen",
    "Han knuste vinduet i stua i fjor, nå er hun redd",
    "Hun prøvde å henge seg for tre år siden",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_danger_now_alarms_as_a_message(text: str) -> None:
    assert looks_acute(text)


@pytest.mark.parametrize("text", DANGER_NOW)
def test_danger_now_alarms_as_an_answer(text: str) -> None:
    assert gets_112(SM, "what_happened", text, MAN)


@pytest.mark.parametrize("text", NOT_NOW)
def test_not_now_is_no_alarm_as_a_message(text: str) -> None:
    assert not looks_acute(text)


@pytest.mark.parametrize("text", NOT_NOW)
def test_not_now_is_no_alarm_as_an_answer(text: str) -> None:
    assert not gets_112(SM, "what_happened", text, MAN)
