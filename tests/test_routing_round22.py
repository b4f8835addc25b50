"""The router, round 22: the mapping asked for by its verb «risikovurdere» (ownwords16's sweep and its probe 2, left
open there: «kan vi risikovurdere K-4PL8MN?» got a guide answer with no start). «risikovurdere», «farevurdere» and
«trusselvurdere» are verbs that say «do it» after a request frame, as «kartlegge» is; a question about how or where
(«hvordan risikovurderer vi?», «kan vi risikovurdere over telefon?», «kan man …») stays a question.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.nlu.routing import decide


@pytest.mark.parametrize("text", [
    "kan vi risikovurdere K-4PL8MN?", "kan du risikovurdere saken K-3MN7PQ?", "vi må risikovurdere henne nå",
    "kan vi farevurdere henne?", "eg vil trusselvurdere saka",
])
def test_the_mapping_by_its_verb_starts_or_is_offered(text: str) -> None:
    assert decide("start_safety_mapping", text, looks_acute, 0.95, []).intent == "start_safety_mapping"
    routed = decide("ask_guide", text, looks_acute, 0.95, [])
    assert routed.intent == "start_safety_mapping" or routed.offer == "start_safety_mapping"


@pytest.mark.parametrize("text", [
    "hvordan risikovurderer vi?", "kan vi risikovurdere over telefon?", "kan man risikovurdere barn?",
    "hva er forskjellen på å risikovurdere og å kartlegge?",
])
def test_questions_about_it_stay_questions(text: str) -> None:
    for intent in ("ask_guide", "start_safety_mapping"):
        routed = decide(intent, text, looks_acute, 0.95, [])
        assert routed.intent == "ask_guide"
