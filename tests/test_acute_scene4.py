"""Round 4 of the scene check (bot/acute_scene.py ``_SCENES_4``), written after the fourth fresh probe
tests/acute16_probe2.py (measured once after round 3: ``looks_acute`` missed 12 of 20 danger-now staff messages).

Other wordings of the kinds it showed: pills by the sheet or brand, a smell of gas or smoke, her forced into a car or
shut out, an English «just» + violent past, him beside her listening in, a hit on someone named by kin with a now,
him here with a weapon, confused after a blow, coming up the drive. Both paths as in tests/test_acute_scene3.py.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from tests.reading import gets_112

MAN = {"feared_persons": ["ektemann"], "perpetrators": ["ektemann"]}

DANGER_NOW_4 = [
    "Hun har tatt en hel eske med sobril",
    "she swallowed a whole box of paracetamol",
    "Det lukter røyk fra leiligheten hennes og hun svarer ikke",
    "Han har tvunget henne inn i en bil utenfor butikken",
    "Han har nettopp låst barna ute på terrassen",
    "eksen knuser bilruta hennes med en slegge",
    "her husband just punched her in the face",
    "Samboeren står rett ved henne og lytter på alt hun sier",
    "Stefaren slår lillesøsteren hennes nå",
    "han er inne hos henne nå og har en pistol",
    "ho har fått eit slag og er forvirra",
    "Nå kommer eksen gående mot inngangen",
    "Onkelen drar sønnen med seg ut til bilen",
]

NOT_NOW_4 = [
    "Hun forteller at han en gang låste henne ute på balkongen",
    "Hun tok en hel eske sobril da hun var 17",
    "Det luktet gass i leiligheten i fjor da komfyren var ødelagt",
    "Hun forteller at han pleide å dra henne inn i bilen",
    "Han pleier å sitte ved siden av henne og lytte når hun ringer",
    "Vi lurer på om vi skal ringe legevakten hvis hun er forvirret",
    # what he does, told (the dev sweep)
    "slår henne med belte og kaller henne stygge ord",
    "her boyfriend locked her out and took her phone",
]


@pytest.mark.parametrize("text", DANGER_NOW_4)
def test_danger_now_alarms_as_a_message(text: str) -> None:
    assert looks_acute(text)


@pytest.mark.parametrize("text", DANGER_NOW_4)
def test_danger_now_alarms_as_an_answer(text: str) -> None:
    assert gets_112(SM, "what_happened", text, MAN)


@pytest.mark.parametrize("text", NOT_NOW_4)
def test_not_now_is_no_alarm_as_a_message(text: str) -> None:
    assert not looks_acute(text)


@pytest.mark.parametrize("text", NOT_NOW_4)
def test_not_now_is_no_alarm_as_an_answer(text: str) -> None:
    assert not gets_112(SM, "what_happened", text, MAN)
