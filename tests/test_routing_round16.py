"""The router, round 16: the ownwords13 sweep (``bench/sets/starts-ownwords13.yml``, written before reading the
router). Served once before any fix: 95 of 95 requests right (0.737 directly), 1 of 101 topic questions started a
dialogue; at the classifier's 0.95 in ``decide`` (every topic question with both start intents, the worst case) 4
would have started, and 1 request was neither kept nor offered. The phrasings below are written for this file.

- A practice question with the verb first asks about a circumstance: another language than Norwegian or English
  («… på arabisk med tolk?»), an interpreter present («med tolk»), when something named happens («… når
  situasjonen endrer seg?»), a person described by what she is or has («… fra en som er under 18?»).
- «kan du hjelpe meg med hvordan …?» asks to learn how, not to act.
- The conditional with the participle («kunne du tatt meg gjennom …?») is a polite request.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.nlu.routing import decide

START = ("start_triage", "start_safety_mapping")


@pytest.mark.parametrize("text", [
    "kan vi ta kartleggingen på arabisk med tolk?",
    "kan vi ta førstesamtalen på somali?",
    "can we do the intake in Polish?",
    "kan vi gjøre kartleggingen med tolk?",
    "kan vi ta ny henvendelse fra en som er under 18?",
    "kan vi ta kartlegging av noen som ikke har papirer?",
    "kan du hjelpe meg med hvordan jeg avslutter en førstesamtale?",
    "kan du hjelpe meg med hvorfor vi kartlegger dyr?",
    "kan vi gjøre ny kartlegging når situasjonen endrer seg?",
    "skal vi ta kartleggingen når tolken kommer?",
])
@pytest.mark.parametrize("intent", START)
def test_practice_questions_start_nothing(text: str, intent: str) -> None:
    assert decide(intent, text, looks_acute, 0.95, []).intent not in START


@pytest.mark.parametrize("text,intent", [
    ("kunne du tatt meg gjennom en ny henvendelse?", "start_triage"),
    ("kunne du tatt kartleggingen med meg?", "start_safety_mapping"),
    ("kan vi ta kartleggingen nå med tolk på telefonen?", "start_safety_mapping"),
    ("kan du hjelpe meg med førstesamtalen?", "start_triage"),
    ("ny henvendelse, en som er under 18 står i døra", "start_triage"),
])
def test_requests_still_start_or_are_offered(text: str, intent: str) -> None:
    routed = decide(intent, text, looks_acute, 0.95, [])
    assert routed.intent == intent or routed.offer == intent
