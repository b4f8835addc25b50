"""Reader and 112 check, round 18: what the held-back h11 transcripts (writer-ab, run once on 2026-12-06 through
the served assistant, fixed after, not measured) found, each as a class; the phrasings here are written for this
file.

- Three missed 112 replies: violence against the children going on now («han er rusa og slår dei no»), a threat
  to harm them just made while they are with him («har akkurat skrevet at han skal skade dem»), and the husband
  waiting in the parking lot outside now, in English («he is in the parking lot outside the shelter right now»).
  A threat in the past, a feared harm and a general question stay quiet.
- A refusal in the perfect («han har ikke villet fortelle noe om det») was stored as «nei» to «have the children
  seen or heard the violence?»; a refusal with nynorsk «no» (now) at the end («ho vil ikkje fortelje det no») was
  stored as the open answer's text. Both are unknown now.
- «one person» to «one perpetrator or several?» was asked again; «ser på telefonen hennes» (looking through her
  phone) is digital violence.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import case_ids, gets_112, read, right, slots_of

MAN = {"feared_persons": ["ektemann"], "perpetrators": ["ektemann"]}
KIDS = {**MAN, "children_count": 2}

CASES = [
    (S := SM, "children_exposed", "han har ikke villet fortelle noe om det", "U", KIDS),
    (SM, "children_exposed", "ho har ikkje orka å seie noko om det", "U", KIDS),
    (SM, "what_happened", "ho vil ikkje fortelje det no", "U", MAN),
    (SM, "what_happened", "hun vil ikke si noe nå", "U", MAN),
    (SM, "what_happened", "han slo henne og vil ikke at hun forteller det til noen", "TEXT", MAN),
    (SM, "several_perpetrators", "one person", False, {"feared_persons": ["kjaereste"]}),
    (SM, "several_perpetrators", "only one person", False, {"feared_persons": ["kjaereste"]}),
    (FC, "violence_forms", "slår og ser gjennom mobilen hennes hver kveld", ["fysisk", "digital"], None),
    (S, "violence_forms", "ser pa telefonen hennes hele tiden", ["digital"], MAN),
]


@pytest.mark.parametrize("dialogue,key,text,expected,ctx", CASES, ids=case_ids(CASES))
def test_round_18(dialogue, key, text, expected, ctx):
    got = read(dialogue, key, text, slots_of(dialogue, ctx))
    assert right(expected, got), got



@pytest.mark.parametrize("dialogue,key,text,ctx,alarm", [
    (SM, "children_where", "hos faren, og han er full og slår dei no", KIDS, True),
    (SM, "children_where", "hos faren, han slår barna nå", KIDS, True),
    (FC, "children_with_perpetrator", "ja, han har dem og skrev nettopp at han skal skade dem", KIDS, True),
    (SM, "stalking_or_surveillance", "yes, and he is in the parking lot outside right now", MAN, True),
    (SM, "stalking_or_surveillance", "ja, og nå er han på parkeringsplassen", MAN, True),
    (SM, "threats_to_kill", "han truet med å skade barna i fjor", KIDS, False),
    (SM, "worst_fear", "at han skal skade barna", KIDS, False),
    (SM, "children_exposed", "ja, han slo barna før hun flyttet", KIDS, False),
    (SM, "stalking_or_surveillance", "he used to wait in the parking lot at her work", MAN, False),
])
def test_danger_now_in_the_dialogues(dialogue, key, text, ctx, alarm):
    assert gets_112(dialogue, key, text, ctx) is alarm


@pytest.mark.parametrize("text,alarm", [
    ("han slår ungene akkurat nå", True),
    ("he is hitting the kids right now", True),
    ("hun er i resepsjonen nå, vi tar førstesamtalen", False),
    ("hvordan snakker vi med barn når faren slår dem?", False),
    ("hvor er parkeringsplassen?", False),
])
def test_danger_now_outside_the_dialogues(text, alarm):
    assert looks_acute(text) is alarm
