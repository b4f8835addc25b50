"""Reading answers, round 3 (issue 14, item 2): the kinds of miss the second writer's batch showed, each
as a table of phrasings written for this test – bokmål, nynorsk, English, typos – not copied from the
transcripts, so a fix is for the kind and not for the one sentence.
"""

from __future__ import annotations

import pytest

from bot.dialogue import engine
from bot.dialogue.parse import DECLINED, SKIPPED, UNKNOWN
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.conftest import read_answer

UNANSWERED = (UNKNOWN, DECLINED, SKIPPED)


def dialogue_of(slot):
    return FC if slot in FC.by_slot else SM


def has_112(t):
    return any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in t.replies)


# --- a past danger, and «men nå …» it is held --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "nei, han truet henne med kniv i helga, men nå sitter han i varetekt",
    "han sto på trappa med øks sist uke, men nå er han arrestert",
    "hun var i livsfare i fjor, men han sitter inne nå",
    "nei. i går kom han med kniv, men politiet tok ham i natt",
    "han prøvde å kvele henne forrige helg, nå er han pågrepet",
    "ho var i livsfare i helga, men no sit han i varetekt",
    "nei, han stod utanfor med kniv i går, men no er han arrestert",
    "eksen hadde pistol sist gang, men han er i fengsel nå",
    "he threatened her with a knife last week, but now he is in custody",
    "he stood outside with a gun on sunday but the police arrested him",
    "nei, han er i varetekt",
    "nei, han ble arrestert i går etter at han truet med kniv",
])
def test_a_past_danger_now_held_is_no_alarm(text):
    t = engine.handle(FC, "acute_danger_now", text, None, {})
    assert not has_112(t) and t.slots["acute_danger_now"] is False


@pytest.mark.parametrize("text", [
    "ikke nå, men han er på vei",
    "ikkje no, men han er på veg hit",
    "han var arrestert, men nå er han ute og på vei hit",
    "han er arrestert, men broren står utenfor med kniv nå",
    "politiet tok ham i natt, men faren er på vei hit nå",
    "han står utenfor med kniv nå, men politiet er på vei",
    "han sto utenfor med kniv i går, men nå er han arrestert og broren er på vei hit",
    "ja, han er arrestert, men familien hans kommer hit nå",
    "han står utenfor med kniv",
])
def test_danger_now_still_gets_112_beside_a_held_one(text):
    t = engine.handle(FC, "acute_danger_now", text, None, {})
    assert has_112(t) and t.slots["acute_danger_now"] is True
