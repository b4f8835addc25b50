"""Round 3 of the scene check (bot/acute_scene.py ``_SCENES_3``) and of the router's «another time» reading.

Written after the fresh probe tests/acute16_probe.py (measured before any fix: ``looks_acute`` missed 40 of 64
danger-now staff messages; the mapping's 112 path missed 32 of 56 answers). These are other wordings of each kind the
probe showed – what the caller hears or sees now, hiding from him, a call cut off by a scream, a bodily state after
harm or drugging, kept in, a car chase, him at the shelter, his message arriving now, children being taken, self-harm
now, help called for, a hostage – so that a test pins the kind and not the probe's sentence. Each danger-now text
must get the 112 reply as a staff message (``looks_acute``) and as a dialogue answer («what happened?» in the mapping
with a male perpetrator known); each not-now text as neither.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute, told_of_another_time
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from tests.reading import gets_112

MAN = {"feared_persons": ["ektemann"], "perpetrators": ["ektemann"]}

DANGER_NOW_3 = [
    # perceived now
    "Vi hører at noen knuser ruter nede i gangen",
    "jeg hører ham dundre på døra hennes gjennom telefonen",
    "Det kommer rop og bråk fra rommet hennes",
    "Hun ser eksen gjennom kikkehullet",
    "Resepsjonen sier de akkurat så eksen komme gående mot inngangen",
    # hiding while he searches
    "Jenta gjemmer seg i skapet og faren leter etter henne",
    "she is hiding in the garage, he is looking for her",
    # a call cut off
    "Forbindelsen ble brutt etter at hun skrek",
    "the line went dead after a scream",
    # a bodily state now after harm or drugging
    "Hun klarer ikke å stå etter at han sparket henne i magen",
    "Han slo henne i hodet og nå kaster hun opp",
    "he spiked her drink and she can't breathe properly",
    # kept in
    "barna er innestengt på rommet",
    "he won't let her out of the flat",
    # a car chase
    "Eksen følger etter bilen hennes og tuter",
    "he is tailing her car",
    # at the shelter or her door
    "Faren til barna sitter i bilen sin ved porten og venter",
    "samboeren hennes banker på vinduet vårt",
    # his message arriving now
    "Han sender sms nå: «jeg står utenfor»",
    # children being taken now
    "Han prøver å ta med seg ungene ut av bilen hennes",
    "faren kjører med barna mot grensa",
    # self-harm now
    "hun sitter på rekkverket på brua og sier hun vil dø",
    "hun sier hun skal kutte seg nå",
    # help called for, a hostage, lying there, a weapon in hand
    "vi hører en kvinne skrike om hjelp",
    "he is holding the kids hostage",
    "Han ligger i trappa og reagerer ikke",
    "Han har en hammer i handa",
]

NOT_NOW_3 = [
    "Det var i påska, han banker på døra midt på natta",
    "I jula sitter han utenfor huset hennes i bilen",
    "Hun har vært innelåst før, da de bodde sammen",
    "Vi hørte skrik fra rommet hennes forrige uke",
    "Hun forteller at han ofte låste henne inne",
    "Hva gjør vi hvis han holder noen som gissel?",
    "Hun gjemte seg for ham i fjor, han lette etter henne overalt",
    "Han prøvde å presse henne av veien for to år siden",
    "Hun fikk ikke puste da han kvelte henne for to år siden",
    "Barnet kaster opp og har feber",
    "Hun er redd han skal stå utenfor porten når hun går ut",
    "Hva betyr det at han skriver «jeg ser deg» i meldingene sine?",
]

# Statements the classifier may call acute though nothing happens now: the router hands them to the next intent.
ANOTHER_TIME = [
    "han har ringt henne flere ganger siden februar",
    "i ettertid forteller hun at han holdt henne fast",
    "han bur i Tromsø no",
    "han skal komme på besøk til påske",
    "hun viste oss en gammel melding der han truet henne",
]


@pytest.mark.parametrize("text", DANGER_NOW_3)
def test_danger_now_alarms_as_a_message(text: str) -> None:
    assert looks_acute(text)


@pytest.mark.parametrize("text", DANGER_NOW_3)
def test_danger_now_alarms_as_an_answer(text: str) -> None:
    assert gets_112(SM, "what_happened", text, MAN)


@pytest.mark.parametrize("text", NOT_NOW_3)
def test_not_now_is_no_alarm_as_a_message(text: str) -> None:
    assert not looks_acute(text)


@pytest.mark.parametrize("text", NOT_NOW_3)
def test_not_now_is_no_alarm_as_an_answer(text: str) -> None:
    assert not gets_112(SM, "what_happened", text, MAN)


@pytest.mark.parametrize("text", ANOTHER_TIME)
def test_told_of_another_time(text: str) -> None:
    assert told_of_another_time(text)
