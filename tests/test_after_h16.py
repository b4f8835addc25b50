"""After the h16 transcripts' run (spent; writer-aq, 48 transcripts written from questions.md alone): no 112 missed,
but two false alarms and one consent form not read.

- «hun truet ham med kniv i sommer og nå vil hun ha barna» (first contact, why now; a male victim): the knife is dated
  to the summer, and the «nå» belongs to what she wants now. A danger word with another time between it and the «nå»
  is of that time; what comes after the time is read on its own.
- «mannen og svigermora har låst henne inne og tatt passet hennes» / «de holder henne innestengt og tar pengene
  hennes» (mapping, what happened / forms of violence): being kept in told beside taking her passport or money is
  the control she lives under, not a scene now – unless a word for now is said. Her phone taken stays an alarm.
- «ja skrftlig» to the registration consent: the consent form given in passing, typed in a hurry.
"""

from __future__ import annotations

import pytest

from bot.acute import danger_words, looks_acute
from bot.dialogue import parse
from bot.dialogue.triage import CONSENT_FORMS


@pytest.mark.parametrize("text", [
    "hun truet ham med kniv i sommer og nå vil hun ha barna",
    "han truet henne med pistol i vinter, og nå krever han samvær",
    "han hadde kniv i januar og nå vil han ha barna",
    "han slo henne med balltre i fjor sommer og nå vil han snakke med henne",
    "mannen og svigermora har låst henne inne og tatt passet hennes",
    "de holder henne innestengt og tar pengene hennes",
    "broren holder henne innestengt og har tatt passet",
])
def test_past_danger_and_control_are_no_alarm(text: str) -> None:
    assert not looks_acute(text)
    assert not danger_words(text)


@pytest.mark.parametrize("text", [
    "han truet henne med kniv i sommer og nå står han utenfor med kniven",
    "han var her i sommer, nå har han kniv og står i gangen",
    "han har kniv nå",
    "han holder henne innestengt på badet nå",
    "han har låst henne inne og tatt telefonen hennes",
    "de holder henne innestengt akkurat nå og har tatt passet",
])
def test_danger_now_still_alarms(text: str) -> None:
    assert looks_acute(text)


@pytest.mark.parametrize("text,form", [
    ("ja skrftlig", "skriftlig"), ("ja, skriflig", "skriftlig"), ("ja skriftlig", "skriftlig"),
    ("ja, mumtlig", "muntlig"), ("ja muntleg", "muntlig"),
])
def test_the_consent_form_is_read_through_typos(text: str, form: str) -> None:
    found = parse.one_of(parse.norm(text), [(c.code, c.phrases) for c in CONSENT_FORMS])
    assert found.ok and found.value == form
