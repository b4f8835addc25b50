"""The router, round 19: misses of the held-back h13 run (run once, SPENT), fixed after that run:

- «skal vi begynne med bolig med en gang hun kommer» (a guide question typed without «?») was a request to start:
  «med en gang hun kommer» (as soon as she arrives) is a time set by something that has yet to happen, like «før hun
  har sovet», so the frame asks when, not to start now;
- «Is there a checklist to see if our info reaches LGBTQ people, men and people with disabilities?» got the
  checklist menu: none of the assistant's four lists covers it, and the guide's own subsection is that checklist;
- «Finnes det en nettside med foreldreråd jeg kan anbefale mødrene her?» got the 112 reply when the classifier said
  «acute»: a «finnes det / har du …?» question is no ``question`` in the router's shape, so the keyword check (no
  danger now) was not asked. One that names a dialogue or a checklist keeps the reply and the offer (starts dev).

Checked over every starts-dev and ownwords text × 8 intents (with «acute») × 0.95/0.7/0.4: only «finnes det egne
botilbud for voldsutsatte?» (a topic question) changes, from the 112 reply to the guide when classified acute.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.nlu.routing import decide

ALL = ("acute_danger", "start_triage", "start_safety_mapping", "checklist", "ask_guide")
CONFIDENCES = (0.95, 0.6)

# (text, the intents the classifier may have given): a checklist question classified «acute» keeps the 112 reply
# (as any message naming a checklist does, starts dev); a «har du …?» classified «checklist» gets the checklist
# menu (as before) – neither is what the run missed.
GUIDE_QUESTIONS = [
    ("skal vi begynne med bolig med en gang hun kommer", ALL),
    ("skal vi ta opp økonomi så snart hun har kommet seg i seng", ALL),
    ("Is there a checklist to see if our info reaches LGBTQ people, men and people with disabilities?", ALL[1:]),
    ("finnes det en sjekkliste for å sjekke om informasjonen vår når ut til alle?", ALL[1:]),
    ("Finnes det en nettside med foreldreråd jeg kan anbefale mødrene her?", ("acute_danger", "ask_guide")),
    ("har dere en brosjyre om søvnvansker hos barn?", ("acute_danger", "ask_guide")),
]
CASES = [(text, intent, c) for text, intents in GUIDE_QUESTIONS for intent in intents for c in CONFIDENCES]


@pytest.mark.parametrize("text,intent,confidence", CASES)
def test_guide_questions_reach_the_guide(text: str, intent: str, confidence: float) -> None:
    assert decide(intent, text, looks_acute, confidence, []).intent == "ask_guide"


@pytest.mark.parametrize("text,intent,expected", [
    ("start førstesamtale med en gang", "start_triage", "start_triage"),
    ("har du en sjekkliste for kartleggingen?", "checklist", "checklist"),
    ("har du en sjekkliste for inntakssamtalen?", "checklist", "checklist"),
    ("har du ei sjekkliste for når nokon kjem om natta?", "checklist", "checklist"),
    ("har du en sjekkliste?", "checklist", "checklist"),
    ("har du et skjema for førstesamtalen?", "acute_danger", "acute_danger"),
    ("finnes det et sted vi kan gjemme oss, han står utenfor nå?", "acute_danger", "acute_danger"),
])
def test_requests_and_danger_stay(text: str, intent: str, expected: str) -> None:
    assert decide(intent, text, looks_acute, 0.95, []).intent == expected
