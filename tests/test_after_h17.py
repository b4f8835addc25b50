"""Answers the held-back h17 transcripts (spent after their one run) showed misread, read right now.

Each is a kind, not the one wording: a time after «ringte på» is a phone call, not the doorbell; a gender in
brackets after a person is no husband; a thing thrown at her is physical violence; a named party's not knowing,
deeper in the subject («resten av familien vet ingenting»), is a fact, not our «vet ikke»; a bare «ikke så
langt» is «not so far» (a no), while «vi kom ikke så langt» stays about the conversation.
"""

from __future__ import annotations

import pytest

from bot.dialogue import safety_mapping, triage

_T = {q.key: q for q in triage.QUESTIONS}
_S = {q.key: q for q in safety_mapping.QUESTIONS}


@pytest.mark.parametrize(("text", "mode"), [
    ("han ringte pa natta", "telefon"),
    ("hun ringte på kvelden", "telefon"),
    ("ho ringde på nytt i dag", "telefon"),
    ("hun ringte på døra", "oppmote"),
    ("ringte på vakttelefonen", "telefon"),
])
def test_contact_mode_time_after_ringte_pa(text: str, mode: str) -> None:
    assert _T["contact_mode"].read(text).value == mode


@pytest.mark.parametrize(("dialogue", "text", "codes"), [
    (_T, "kjaresten hans (mann)", ["partner"]),
    (_S, "kjæresten hennes (kvinne)", ["partner"]),
    (_S, "mannen hennes", ["ektemann"]),
])
def test_gender_in_brackets_is_no_husband(dialogue: dict, text: str, codes: list[str]) -> None:
    key = "perpetrator_relation" if dialogue is _T else "feared_persons"
    assert dialogue[key].read(text).value == codes


@pytest.mark.parametrize("text", ["kastet en stol på henne og knuste telefonen", "kasta ein kopp etter ho",
                                  "han kastet flasker mot henne"])
def test_thing_thrown_at_her_is_physical(text: str) -> None:
    assert "fysisk" in _S["violence_forms"].read(text).value


@pytest.mark.parametrize(("text", "value"), [
    ("nei, resten av familien vet ingenting", False),
    ("resten av slekta veit ingenting", False),
    ("hun vet ingenting", "ukjent"),
    ("vet ikke", "ukjent"),
])
def test_third_party_not_knowing_deeper_in_subject(text: str, value: object) -> None:
    assert _S["family_supports_violence"].read(text).value == value


@pytest.mark.parametrize(("text", "value"), [
    ("nei, ikke så langt", False),
    ("ikke så langt", False),
    ("vi kom ikke så langt", "ukjent"),
    ("har ikke kommet så langt", "ukjent"),
])
def test_not_so_far(text: str, value: object) -> None:
    assert _S["breached_restraining_order"].read(text).value == value


@pytest.mark.parametrize(("text", "alarm"), [
    # final18 (spent): a guide question whose «nå» belongs to her being calmer got the 112 reply
    ("Hun har bodd her i fire dager og er roligere nå, så jeg skal sette meg ned med henne og gå grundig gjennom hva "
     "han har gjort, om han har våpen, ruser seg og om det har blitt verre i det siste. Hvordan gjør jeg denne "
     "kartleggingen?", False),
    ("ho er tryggare no, men vi skal spørje om han har våpen", False),
    ("han står utenfor nå og hun er roligere nå", True),
    ("hun er rolig nå men han har kniv og står utenfor", True),
])
def test_calmer_now_is_no_scene(text: str, alarm: bool) -> None:
    from bot.acute import looks_acute

    assert looks_acute(text) is alarm
