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
- A second probe, written after the fixes above (40 topic questions, 20 requests, run in ``decide`` at the
  classifier's 0.95 – the worst case; served, the classifier is less sure of most): 21 topic questions would have
  started – who does it and with whom («alene på natt», «sammen med barnevernet»), how often («hver gang»), over
  how long («over to dager»), where («i et eget rom», «på rommet hennes»), by what right («mot hennes vilje»,
  «anonymt»), «også» at the end. 0 after; the 20 requests start or are offered before and after.
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


PROBE_TOPICS = [
    'kan vi gjøre kartleggingen sammen med barnevernet?',
    'skal vi ta førstesamtalen sammen med politiet?',
    'kan vi ta kartleggingen over to dager?',
    'kan vi dele opp kartleggingen i flere samtaler?',
    'kan vi gjøre førstesamtalen kortere når hun er sliten?',
    'skal vi kartlegge hver gang hun kommer tilbake?',
    'kan me ta kartlegginga saman med tolken på telefon?',
    'skal vi starte kartleggingen på nytt når det har gått et år?',
    'kan vi kartlegge henne mot hennes vilje?',
    'kan vi ta førstesamtalen selv om hun er full?',
    'kan vi starte kartleggingen dersom hun ikke vil?',
    'skal vi gjøre kartleggingen før vi melder til barnevernet?',
    'kan jeg starte førstesamtalen alene på natt?',
    'skal vi ta førstesamtalen med begge foreldrene?',
    'kan vi kartlegge barna også?',
    'skal vi ta kartleggingen i et eget rom?',
    'kan vi ta førstesamtalen i bilen?',
    'should we do the intake with the children present?',
    'can we split the safety mapping over two days?',
    'can I do the mapping alone at night?',
    'should we repeat the risk assessment every month?',
    'may we start the first contact before she has eaten?',
    'kan vi bruke kartleggingen i retten?',
    'kan vi ta kartleggingen med mannen som utøver?',
    'skal me gjere kartlegginga kvar veke?',
    'kan eg ta førstesamtalen åleine?',
    'kan vi gjøre ny kartlegging hvis noe endrer seg?',
    'må vi ta hele kartleggingen på en gang?',
    'kan vi hoppe over deler av kartleggingen?',
    'skal vi gjøre kartleggingen før hun får rom?',
    'kan vi starte med de enkleste spørsmålene i kartleggingen?',
    'bør førstesamtalen tas av to?',
    'kan vi ta første samtale på gangen?',
    'kan vi registrere henvendelsen anonymt?',
    'kan vi ta imot ny henvendelse uten ledig rom?',
    'skal vi registrere en ny henvendelse når hun bare vil ha råd?',
    'kan vi opprette sak uten personnummer?',
    'kan vi kartlegge via tolk?',
    'kan vi ta kartleggingen på rommet hennes?',
    'kan vi ta kartlegginga på morsmålet hennar?',
]
PROBE_REQUESTS = [
    ('start_triage', 'kan vi ta førstesamtalen nå? hun sitter her'),
    ('start_triage', 'kan vi starte førstesamtalen med en gang?'),
    ('start_triage', 'kan du starte ny henvendelse, hun er på telefonen'),
    ('start_triage', 'vi tar førstesamtalen nå'),
    ('start_triage', 'kan vi registrere henvendelsen nå?'),
    ('start_triage', 'start første samtale med henne nå'),
    ('start_triage', 'kan me byrje førstesamtalen no?'),
    ('start_triage', 'can we start the intake now?'),
    ('start_triage', 'please start a new case'),
    ('start_triage', 'kan du sette i gang en ny henvendelse?'),
    ('start_safety_mapping', 'kan vi kartlegge nå?'),
    ('start_safety_mapping', 'skal vi ta kartleggingen nå?'),
    ('start_safety_mapping', 'start kartlegging for K-2XY4PQ'),
    ('start_safety_mapping', 'kan du starte sikkerhetskartleggingen?'),
    ('start_safety_mapping', 'la oss ta kartleggingen'),
    ('start_safety_mapping', 'kan me kartleggje no?'),
    ('start_safety_mapping', "let's start the risk assessment"),
    ('start_safety_mapping', 'can you start the safety mapping for K-4RT5YU?'),
    ('start_safety_mapping', 'kan vi gjøre kartleggingen nå mens hun er her?'),
    ('start_safety_mapping', 'kan vi ta kartleggingen nå, før hun legger seg?'),
]


@pytest.mark.parametrize("text", PROBE_TOPICS)
@pytest.mark.parametrize("intent", DIALOGUE_INTENTS)
def test_probe_topic_question_never_starts(text: str, intent: str) -> None:
    routed = decide(intent, text, looks_acute, 0.95, [{"name": intent, "confidence": 0.95}])
    assert routed.intent not in DIALOGUE_INTENTS


@pytest.mark.parametrize("intent,text", PROBE_REQUESTS)
def test_probe_request_starts_or_is_offered(intent: str, text: str) -> None:
    routed = decide(intent, text, looks_acute, 0.95, [{"name": intent, "confidence": 0.95}])
    assert intent in (routed.intent, routed.offer)
