"""The 112 check reads a scene going on now by its structure (bot/acute_scene.py), not only by a word for «now».

Written after the fresh probe tests/acute15_probe.py (49 of 72 danger-now staff messages missed by the keyword check);
these are other wordings of each kind the probe showed, so that a test pins the kind and not the probe's sentence.
Each danger-now text must get the 112 reply as a staff message (``looks_acute``) and as a dialogue answer (the turn
engine, to «what happened?» in the mapping with a male perpetrator known); each not-now text as neither.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from tests.reading import gets_112

MAN = {"feared_persons": ["ektemann"], "perpetrators": ["ektemann"]}

DANGER_NOW = [
    # a state that needs help at once
    "Beboeren på rom 4 er bevisstløs og vi får ikke kontakt",
    "Ho har svelgt ei pakke sovepiller, kva gjer eg",
    "Datteren hennes blør kraftig fra armen",
    "she has swallowed a handful of tablets",
    "Det brenner på kjøkkenet hennes og hun kommer seg ikke ut",
    # the home under attack or being broken into
    "Han sparker på ytterdøra og roper navnet hennes",
    "Eksen kaster flasker mot vinduet på soverommet",
    "noen prøver å dirke opp døra til leiligheten",
    "Han har klatret inn på balkongen",
    # the perpetrator at a place where she is
    "Mannen hennes er i oppgangen",
    "Faren sitter nede i resepsjonen og vil ikke gå",
    "eksen står og kikker inn gjennom vinduet",
    "he's in the hallway of her building",
    # the English progressive of harm or approach
    "Her husband is kicking the door in",
    "he is dragging her down the stairs",
    # a weapon held or fetched, with a threat or a place
    "Han har henta ei øks fra boden",
    "Han har kniv i lomma og står i gangen",
    "Han har geværet og seier at han skal skyte dei",
    # children alone with someone drunk or violent, taken, locked in
    "Guttene er alene med faren og han er ruset",
    "Han har tatt jenta og drar mot flyplassen",
    "faren har låst barna inne på rommet",
    # a call that is itself the evidence
    "Hun ringer fra toalettet og sier han er hjemme",
    "Jenta på ti ringte og sa at faren slår broren",
    # heard now, minutes ago, refusing to leave (a danger word and evidence that it is now)
    "Han tar kvelertak på henne, vi hører det gjennom veggen",
    "Han truet henne med kniv for ti minutter siden og er fortsatt her",
    # a suicide said for tonight, bleeding
    "Hun sier hun skal ta livet sitt i natt",
    "han har kuttet seg og blør",
]

NOT_NOW = [
    # the scene told of another time: past, habit, earlier
    "Han sparket inn døra i fjor",
    "Han sparker i døra når han er full",
    "Han pleier å stå i oppgangen og vente på henne",
    "Han har brutt seg inn tidligere",
    "Hun ble bevisstløs etter kvelingen i fjor",
    "Han tok kvelertak på henne forrige helg, nå vil hun snakke om det",
    "Hun har tatt mange tabletter før, for to år siden",
    # a fear or a belief, not a report
    "Hun er redd han sitter og venter utenfor jobben",
    "Hun er sikker på at han kommer i kveld",
    # a supposition or a how-to question
    "Hva om han klatrer over gjerdet?",
    "Hvordan kan vi vite om han er i nærheten?",
    # telling, a holiday, a man living at the shelter
    "Hun har nå fortalt om kvelertaket",
    "Han er på vei til Italia på ferie",
    "Han er den eneste mannen i huset",
    "Han sitter mye på rommet sitt",
    # past «for en måned siden» and a duration with «nå»
    "Han truet med kniv for en måned siden, hva gjør vi nå?",
    "Nå har det gått tre uker siden han slo henne",
]


# The second round of scene kinds (bot/acute_scene.py), from the kinds the second fresh probe
# (tests/acute15_probe2.py) missed after the first round: a weapon beside someone at a place, a weapon held against
# her, a state after hanging or poisoning, violence heard, the door blocked, a car just driven in, she with him now after
# he hurt her tonight, «just» before what he did. Other wordings than the probe's; both paths as in
# above. Not now: the same words for another time, a fear, a control habit, the person arriving.
DANGER_NOW_2 = [
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

NOT_NOW_2 = [
    "at han sitter i bilen med kniv",
    "He held a gun to her head last year",
    "mannen lar henne ikke gå ut alene",
    "En kvinne har nettopp kommet inn og vil snakke med noen",
    "Han knuste vinduet i stua i fjor, nå er hun redd",
    "Hun prøvde å henge seg for tre år siden",
]


@pytest.mark.parametrize("text", DANGER_NOW + DANGER_NOW_2)
def test_danger_now_alarms_as_a_message(text: str) -> None:
    assert looks_acute(text)


@pytest.mark.parametrize("text", DANGER_NOW + DANGER_NOW_2)
def test_danger_now_alarms_as_an_answer(text: str) -> None:
    assert gets_112(SM, "what_happened", text, MAN)


@pytest.mark.parametrize("text", NOT_NOW + NOT_NOW_2)
def test_not_now_is_no_alarm_as_a_message(text: str) -> None:
    assert not looks_acute(text)


@pytest.mark.parametrize("text", NOT_NOW + NOT_NOW_2)
def test_not_now_is_no_alarm_as_an_answer(text: str) -> None:
    assert not gets_112(SM, "what_happened", text, MAN)
