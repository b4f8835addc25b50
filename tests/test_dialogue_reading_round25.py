"""Reader round 25: misses of the held-back h13 transcripts (run once, SPENT), fixed after that run:

- who she lives with, read from the first clause only: «med han, og no er han på veg hit for å hente ho» lives with
  him (safety-h13-13-nynorsk-paa-veg: stored «med andre», the tail's «ho» being she herself);
- to «does the perpetrator know where she is?», «nei, ingen av dem vet det» of the father and brothers is no
  (safety-h13-04-aeres-far-brodre: stored unknown); «det vet ingen» as the whole answer stays unknown (round 17);
- where the children are: «hos faren, han … skal ta med seg ungene i døden» – his «med seg» is with him, not with the
  person (safety-h13-06-barna-hos-far-112: stored also «med henne/ham»);
- «ja, hun har skrevet under» to the consent question says written consent in passing (triage-h13-10-endre-og-pause:
  consent_form not stored), by the mechanism that already read «hun skrev under».
"""

from __future__ import annotations

import pytest

from bot.dialogue import engine
from tests.reading import FC, FC_SLOT, SM, case_ids, read, right, slots_of

MAN = {"feared_persons": ["ektemann"]}
FAMILY = {"feared_persons": ["far", "bror"], "perpetrators": ["far", "bror"]}
FATHER = {"feared_persons": ["barnefar"], "children_count": 2}

# Each fails on the code before.
ROUND_25 = [
    (SM, "living_situation", "med han, og no er han på veg hit for å hente ho", "med_utover", MAN),
    (SM, "perpetrator_knows", "nei, ingen av dem vet det", False, FAMILY),
    (SM, "children_where", "hos faren, han sendte melding nå om at han skal ta med seg ungene i døden",
     ["hos_utover"], FATHER),
]

# Neighbours that keep their reading.
NEIGHBOURS = [
    (SM, "living_situation", "med han", "med_utover", MAN),
    (SM, "living_situation", "med barna, men han kommer hit ofte", "med_andre", MAN),
    (SM, "living_situation", "med barna og mannen", "med_utover", MAN),
    (SM, "living_situation", "med barna, og han", "med_utover", MAN),
    (SM, "living_situation", "med mora, og ho er snill", "med_andre", MAN),
    (SM, "perpetrator_knows", "det vet ingen", "U", FAMILY),
    (SM, "perpetrator_knows", "ingen av oss vet det", "U", FAMILY),
    (SM, "perpetrator_knows", "ingen av dei veit det", "N?", FAMILY),  # read back (nynorsk «veit»), never yes
    (SM, "prior_reports", "ingen av dem vet det", "U", MAN),
    (SM, "prior_reports", "det vet ingen", "U", MAN),
    (SM, "children_where", "hun har dem med seg", ["med_personen"], FATHER),
    (SM, "children_where", "de er her med henne", ["med_personen"], FATHER),
]


@pytest.mark.parametrize("dialogue,key,text,expected,ctx", ROUND_25 + NEIGHBOURS, ids=case_ids(ROUND_25 + NEIGHBOURS))
def test_round_25(dialogue, key, text, expected, ctx):
    assert right(expected, read(dialogue, key, text, slots_of(dialogue, ctx)))


def test_lives_with_him_on_the_way_is_stored_as_living_with_the_perpetrator():
    slot = {q.key: q.slot for q in SM.questions}["living_situation"]
    turn = engine.handle(SM, slot, "med han, og no er han på veg hit for å hente ho", None, slots_of(SM, MAN))
    assert turn.slots.get(slot) == "med_utover"


@pytest.mark.parametrize("text", ["ja, hun har skrevet under", "ja, ho har skrive under"])
def test_written_consent_said_in_passing(text):
    turn = engine.handle(FC, FC_SLOT["registration_consent"], text, None, {})
    assert turn.slots.get(FC_SLOT["registration_consent"]) is True
    assert turn.slots.get(FC_SLOT["consent_form"]) == "skriftlig"


@pytest.mark.parametrize("text", ["ja", "ja, muntlig"])
def test_consent_without_written_stays(text):
    turn = engine.handle(FC, FC_SLOT["registration_consent"], text, None, {})
    assert turn.slots.get(FC_SLOT["consent_form"]) != "skriftlig"
