"""Danger now said in English (the held-back h8 run: «yes, and he just called saying he's coming here now with a
knife» to the weapons question got no 112 reply), beside English answers that must stay calm («no weapons»,
«what do we do if he has a knife?»), and nynorsk «no» (= now), which must never be read as the English «no»."""

from __future__ import annotations

import pytest

from bench.dialogue_transcripts import ACUTE_MARK
from bot.acute import looks_acute
from bot.dialogue import engine
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM

ALARMS = [
    "yes, and he just called saying he's coming here now with a knife",
    "he's coming here now with a knife",
    "he is on his way now",
    "he just called saying he is on his way",
    "her husband is outside right now",
    "he doesn't have a gun, but he is coming now",
    "no guns but he is outside now",
    "han kjem no med kniv",
    "no står han utenfor med kniv",
]
CALM = [
    "no weapons",
    "no, no weapons in the house",
    "she is not in danger now",
    "what do we do if he has a knife?",
    "does he have access to a knife?",
    "yes, he has a gun",
    "he used to hit her with a belt",
    "how do we do risk assessment of weapons?",
    "knife",
]


@pytest.mark.parametrize("text", ALARMS)
def test_english_danger_now_is_an_alarm(text: str) -> None:
    assert looks_acute(text)


@pytest.mark.parametrize("text", CALM)
def test_english_answers_and_questions_without_danger_now_stay_calm(text: str) -> None:
    assert not looks_acute(text)


def test_the_mapping_gives_112_for_an_english_weapons_answer_saying_he_is_coming_now() -> None:
    slot = next(q.slot for q in SM.questions if q.key == "weapon_access")
    turn = engine.handle(SM, slot, "yes, and he just called saying he's coming here now with a knife", None, {},
                         lambda ref: True)
    assert any(ACUTE_MARK in (r.text or "") for r in turn.replies)
