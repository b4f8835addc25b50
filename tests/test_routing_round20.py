"""The router, round 20: the ownwords15 sweep (``bench/sets/starts-ownwords15.yml``, written before reading the
router). Served once before any fix: 92/100 requests right (0.660 directly, 0.260 with one press), 0/101 topic
questions started. Fixed here, each as a kind:

- a dialogue named by what it does or looks at: «dei første spørsmåla», «spørsmåla vi skal stille ei som ringer» are
  the first contact (the known miss «hei, ho som ringde no treng hjelp, kan vi ta dei første spørsmåla?» got a guide
  answer, and the mapping started when the classifier said mapping); «spørsmåla om vald og truslar» (the mapping's
  title words), «risikoen hennar», «tryggleiken hennes» are the mapping (the first contact started for them);
- «kan vi plukke opp igjen skjemaet?» is resume («plukke opp» with «igjen»/«att», as «ta opp igjen»);
- help for the assistant by a help word and the assistant: «instruks for boten» (and starts-dev «brukerveiledning for
  assistenten», before a guide answer with no help); what to type here: «kva skriv eg her?», «what do I type here?»;
- «punktliste» is a checklist word: «punktliste for kartleggingssamtalen»;
- probe 2 (``starts-ownwords15b.yml``, 17 requests, 12 topic questions, served once: 17/17 right, 0.529 directly,
  0/12 topic questions started): the menu asked for as «kva kan eg velje mellom?» / «vis meg alle valgene» came only by
  the main button; nynorsk «velje» and «alle» before the choices are now the menu.

Checked over every starts-dev and ownwords text × 8 intents × 0.95/0.7/0.4: only the requests named in the report
change (no topic question).
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.nlu.routing import decide, named_utility

CLASSIFIED = ("start_triage", "start_safety_mapping", "ask_guide")


# (text, the dialogue): named, so the classifier's look-alike dialogue is overridden and a guide answer offers it
NAMED = [
    ("hei, ho som ringde no treng hjelp, kan vi ta dei første spørsmåla?", "start_triage"),
    ("kan vi ta dei første spørsmåla?", "start_triage"),
    ("kan du ta meg gjennom dei første spørsmåla?", "start_triage"),
    ("kan du ta meg gjennom spørsmålene vi stiller en som ringer?", "start_triage"),
    ("kan vi ta de første spørsmålene med henne?", "start_triage"),
    ("ta meg gjennom spørsmåla om vald og truslar", "start_safety_mapping"),
    ("kan vi ta spørsmålene om vold og trusler nå?", "start_safety_mapping"),
    ("gå gjennom risikoen hennar", "start_safety_mapping"),
    ("kan vi gå gjennom risikoen hennes?", "start_safety_mapping"),
    ("vi må se på sikkerheten hennes, start", "start_safety_mapping"),
]


@pytest.mark.parametrize("text,expected", NAMED)
@pytest.mark.parametrize("intent", CLASSIFIED)
def test_named_by_what_it_does(text: str, expected: str, intent: str) -> None:
    routed = decide(intent, text, looks_acute, 0.95, [])
    assert expected in (routed.intent, routed.offer)
    assert routed.intent in (expected, "ask_guide")


@pytest.mark.parametrize("text,expected", [
    ("kan vi plukke opp igjen skjemaet?", "resume"),
    ("kan vi plukke opp att kartlegginga?", "resume"),
    ("instruks for boten", "help"),
    ("brukerveiledning for assistenten", "help"),
    ("kva skriv eg her?", "help"),
    ("hva skal jeg skrive her?", "help"),
    ("what do I type here?", "help"),
    ("punktliste for kartleggingssamtalen", "checklist"),
    ("punktliste for første samtale", "checklist"),
    # probe 2 (starts-ownwords15b: 17/17 right, but the menu only by its main button)
    ("kva kan eg velje mellom?", "menu"),
    ("vis meg alle valgene", "menu"),
    ("show me all the options", "menu"),
])
def test_utilities_by_name(text: str, expected: str) -> None:
    assert named_utility(text) == expected
    assert decide("ask_guide", text, looks_acute, 0.95, []).intent == expected


# Topic questions with the same words: never started, whatever the classifier said
@pytest.mark.parametrize("text", [
    "kva er dei første spørsmåla vi bør stille ei som ringer?",
    "hvordan vurderer jeg risikoen hennes?",
    "hva skriver vi i journalen etter inntaket?",
    "kan vi fortsette å gi henne hjelp etter at hun har flyttet?",
    "hvorfor er sikkerheten hennes viktigst?",
])
@pytest.mark.parametrize("intent", ("start_triage", "start_safety_mapping", "ask_guide", "resume", "help"))
def test_topic_questions_are_answered(text: str, intent: str) -> None:
    assert decide(intent, text, looks_acute, 0.7, []).intent == "ask_guide"
