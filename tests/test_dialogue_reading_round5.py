"""Reading answers, round 5 (issue 14, item 2): the kinds of miss the fourth writer's batch (``*-h4-*``) showed
in its one run – someone outside the shelter named by a pronoun while the perpetrator's word carries no gender
(«kjæresten», «eksen»), a person she does *not* live with, «taushetsplikt» misspelt – each as a table of our own
phrasings, beside the counter-cases that must not change.
"""

from __future__ import annotations

import pytest

from bot.dialogue import engine
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.conftest import read_answer


def has_112(t):
    return any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in t.replies)


# --- at the door now, the perpetrator's gender unknown ----------------------------------------------

@pytest.mark.parametrize("perpetrators", [["partner"], ["eks"]])
@pytest.mark.parametrize("text", [
    "ja – og han sitter i bilen utenfor senteret akkurat nå",
    "ja, og nå sitter han i bilen utenfor",
    "ja, ho står ved døra no",
    "han står utenfor nå",
    "ja, han banker på døra nå",
    "hun prøver å komme inn akkurat nå",
    "ja og han har funnet adressen, nå står han og venter nede i gata",
    "ja, han sit i bilen utanfor no",
])
def test_someone_outside_now_is_112_when_the_perpetrator_has_no_gender(perpetrators, text):
    t = engine.handle(SM, "sm_stalking", text, None, {"sm_feared_persons": perpetrators})
    assert has_112(t)


@pytest.mark.parametrize("text", [
    "ja, han sto utenfor senteret i går",        # past
    "ja, han satt i bilen utenfor forrige uke",  # past
    "ja, han følger etter henne",                # no place, no now
    "ja",
    "nei",
])
def test_outside_then_or_nowhere_is_no_alarm(text):
    t = engine.handle(SM, "sm_stalking", text, None, {"sm_feared_persons": ["partner"]})
    assert not has_112(t)


@pytest.mark.parametrize("text", ["hun er på vei hit nå", "ho kjem hit i kveld"])
def test_the_way_in_stays_the_person_herself(text):
    """On her way in to the shelter is how the person herself comes: no alarm by a pronoun alone, unless the
    pronoun fits the perpetrator (unchanged)."""
    t = engine.handle(SM, "sm_previous_shelter", text, None, {"sm_feared_persons": ["ektemann"]})
    assert not has_112(t)


# --- a person she does not live with is no answer of whom she lives with -----------------------------

@pytest.mark.parametrize("text,value", [
    ("med barna, ikke med ham", "med_andre"),
    ("med barna, not with him", "med_andre"),
    ("bur med mora, ikkje hos han lenger", "med_andre"),
    ("med søstera si, ikke sammen med ham", "med_andre"),
    ("ikke med ham lenger, hun bor med barna", "med_andre"),
    ("alene, ikke med ham", "alene"),
    ("med ham", "med_utover"),
    ("med barna og ham", "med_utover"),
])
def test_not_living_with_him_is_not_with_the_perpetrator(text, value):
    assert read_answer(SM, "sm_living_situation", text, sm_feared_persons=["eksmann"]) == value


# --- «taushetsplikt» misspelt or in nynorsk --------------------------------------------------------

@pytest.mark.parametrize("text", ["tilbudet og tausheitsplikt", "tilbodet og teieplikta", "tilbudet, taushetsplikten",
                                  "tilbudet og tausetsplikt"])
def test_confidentiality_misspelt_is_read(text):
    value = read_answer(FC, "information_given", text)
    assert isinstance(value, list) and "taushetsplikt" in value and "tilbudet" in value


@pytest.mark.parametrize("slot", ["why_contact_now", "perpetrator_relation", "acute_danger_now"])
@pytest.mark.parametrize("text", ["han sitter i bilen utenfor senteret nå", "ho står ved døra no",
                                  "han banker på døra akkurat nå"])
def test_someone_outside_now_is_112_before_anyone_is_named(slot, text):
    """Found trying the served assistant: in the first questions nobody is named yet, and «han sitter i bilen
    utenfor senteret nå» as the answer to «why now?» gave no 112 reply."""
    t = engine.handle(FC, slot, text, None, {})
    assert has_112(t)
    t = engine.handle(SM, "sm_why_contact_now", text, None, {})
    assert has_112(t)


def test_arriving_at_the_door_answers_how_the_contact_came():
    """«Hvordan kom kontakten?» asks how she came: standing at the door is her arriving, no alarm."""
    t = engine.handle(FC, "contact_mode", "hun står utenfor døra nå", None, {})
    assert not has_112(t)
