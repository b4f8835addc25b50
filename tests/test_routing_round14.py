"""The router, round 14: the ownwords12 sweep (113 start requests and 116 topic questions written in the helper's
own words before it read the router, ``bench/sets/starts-ownwords12.yml``; run once before any fix: every request
started right or with one press, but 5 of 116 topic questions started a dialogue).

- An action asked with the verb first and set at another time than now, or after something yet to happen, or with
  waiting as the alternative («kan vi ta kartleggingen i morgen i stedet?», «kan vi begynne kartleggingen før hun
  har fått sove?», «skal vi ta førstesamtalen nå eller vente til hun har spist?») asks *when* – a topic question.
  Said as a statement the time is the request's deadline, and it still acts («trenger å gjøre trusselvurdering før
  hun skal i retten i morgen», starts dev).
- «skal jeg starte kartleggingen med å spørre om barna?»: how to begin («med å …», «ved å …») after a deliberating
  frame, now with «jeg» too, is a manner – a question about practice.
- A circumstance asked with the verb first («kan vi kartlegge på telefon?», «… uten samtykke?», «… mens barna er i
  rommet?», «… når hun flytter ut?»): whether it may be done so – 7 more topic questions started when the classifier
  was sure (0.95); with «nå» or «mens jeg …» it is the one at hand and stays a request.
The whole sweep is kept as regression: no topic question starts, every request starts or is offered.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.starts import INTENT_OF, load_starts
from bot.acute import looks_acute
from bot.nlu.routing import Shape, decide

SWEEP = Path(__file__).resolve().parents[1] / "bench" / "sets" / "starts-ownwords12.yml"
REQUESTS, TOPICS = load_starts(SWEEP)
DIALOGUE_INTENTS = ("start_triage", "start_safety_mapping")


@pytest.mark.parametrize("text", [
    "kan vi ta kartleggingen i morgen i stedet?",
    "kan vi begynne kartleggingen før hun har fått sove?",
    "skal me ta kartlegginga på nytt etter eit brot?",
    "skal vi ta førstesamtalen nå eller vente til hun har spist?",
    "kan vi starte førstesamtalen før tolken kommer?",
    "kan me ta førstesamtalen til dagvakta kjem?",
    "could we do the mapping tomorrow instead?",
    "should we start the intake after the police leave?",
    "skal vi ta kartleggingen neste uke?",
    "kan vi kartlegge på telefon?",
    "kan vi starte kartleggingen uten samtykke?",
    "kan vi ta førstesamtalen på engelsk?",
    "kan vi ta kartleggingen mens barna er i rommet?",
    "skal vi ta kartlegginga før eller etter innflytting?",
    "skal vi ta ny kartlegging når hun flytter ut?",
    "kan me starte førstesamtalen utan tolk?",
])
@pytest.mark.parametrize("intent", DIALOGUE_INTENTS)
def test_an_action_asked_for_another_time_is_a_question_about_when(text: str, intent: str) -> None:
    assert not Shape.of(text).requests
    assert decide(intent, text, looks_acute, 0.95, []).intent == "ask_guide"


@pytest.mark.parametrize("text", [
    "skal jeg starte kartleggingen med å spørre om barna?",
    "bør vi begynne førstesamtalen ved å forklare taushetsplikten?",
    "should I start the mapping by asking about the children?",
])
def test_how_to_begin_is_a_manner(text: str) -> None:
    assert not Shape.of(text).requests
    assert decide("start_safety_mapping", text, looks_acute, 0.95, []).intent == "ask_guide"


@pytest.mark.parametrize("text", [
    "trenger å gjøre trusselvurdering før hun skal i retten i morgen",
    "kartlegg vold og trusler for mor før vi snakker med barna",
    "vi må gjøre kartleggingen før hun går, kan du starte den?",
    "kan vi ta førstesamtalen nå?",
    "skal jeg starte kartleggingen?",
    "kan du hjelpe meg med å starte kartlegging?",
    "kan vi ta første samtale sammen mens jeg snakker med henne?",
    "kan vi ta førstesamtalen på telefon nå?",
])
def test_a_deadline_said_or_now_asked_still_requests(text: str) -> None:
    assert Shape.of(text).requests


@pytest.mark.parametrize("topic", TOPICS, ids=[t.q for t in TOPICS])
@pytest.mark.parametrize("intent", DIALOGUE_INTENTS)
def test_sweep_topic_question_never_starts(topic, intent: str) -> None:
    ranking = [{"name": intent, "confidence": 0.95}]
    assert decide(intent, topic.q, looks_acute, 0.95, ranking).intent not in DIALOGUE_INTENTS


@pytest.mark.parametrize("req", [r for r in REQUESTS if r.expect in ("triage", "safety_mapping")],
                         ids=[r.q for r in REQUESTS if r.expect in ("triage", "safety_mapping")])
def test_sweep_request_starts_or_is_offered(req) -> None:
    intent = INTENT_OF[req.expect]
    routed = decide(intent, req.q, looks_acute, 0.95, [{"name": intent, "confidence": 0.95}])
    assert intent in (routed.intent, routed.offer)
