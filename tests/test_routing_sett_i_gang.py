"""«sett i gang …» is a request like «start …» (the REST trial after the final14 run: «sett i gang første
henvendelse» got a guide answer with the start offered as a button instead of starting)."""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.nlu.routing import decide


@pytest.mark.parametrize("text, dialogue", [
    ("sett i gang første henvendelse", "start_triage"),
    ("Sett i gang kartlegging av vold og trusler", "start_safety_mapping"),
    ("sett igang førstesamtalen", "start_triage"),
    ("vi har tid nå mens barna sover – sett i gang kartlegging av vold og trusler", "start_safety_mapping"),
])
@pytest.mark.parametrize("confidence", [0.95, 0.7])
def test_sett_i_gang_starts_the_dialogue_it_names(text, dialogue, confidence):
    assert decide(dialogue, text, looks_acute, confidence, []).intent == dialogue


@pytest.mark.parametrize("text", ["sett i gang tiltak for barna", "hvordan setter vi i gang kartleggingen?"])
@pytest.mark.parametrize("intent", ["start_triage", "start_safety_mapping", "ask_guide"])
def test_other_things_set_going_or_asked_about_start_nothing(text, intent):
    assert decide(intent, text, looks_acute, 0.95, []).intent == "ask_guide"
