"""Routing, round 17: after the starts batch 11 run (spent; run once with main at 610ef22, fixed after).

The run's one request neither started nor one press away: «Usage instructions please» – instructions for using the
assistant, asked for alone – was declined as a guide question. Asked for alone, instructions (in English or
Norwegian) are the help; instructions *for* a topic stay a look-up.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.nlu.routing import decide


@pytest.mark.parametrize("intent", ["ask_guide", "out_of_scope", "nlu_fallback", "greet"])
@pytest.mark.parametrize("text", ["Usage instructions please", "instruksjoner", "bruksinstruksjoner takk",
                                  "user instructions"])
def test_instructions_alone_are_the_help(text: str, intent: str) -> None:
    assert decide(intent, text, looks_acute, 0.6, []).intent == "help"


@pytest.mark.parametrize("text", ["instructions for interpreters?", "instruksjoner for tolk"])
def test_instructions_for_a_topic_are_a_look_up(text: str) -> None:
    assert decide("ask_guide", text, looks_acute, 0.6, []).intent == "ask_guide"
