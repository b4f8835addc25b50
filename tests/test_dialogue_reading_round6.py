"""Reading answers, round 6: the kinds of miss the fifth writer's batch (``*-h5-*``) showed in its one run –
someone coming now named as «husband» in English or a spouse/in-law word, the perpetrator coming in the answer
about where the children are, «hjemme hos dem» with several perpetrators, a typo in a person word, a count
with a nynorsk adjective, an attack as physical violence, «så vidt hun vet ikke» as a hedged no, referral and
nynorsk friends – each as a table of our own phrasings, beside counter-cases that must not change.
"""

from __future__ import annotations

import pytest

from bot.acute import coming_now, looks_acute
from bot.dialogue import engine
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC


def has_112(t):
    return any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in t.replies)


def read(dialogue, slot, text, **slots):
    return dialogue.by_slot[slot].read(text, dialogue.context(slots))


# --- someone coming now, named as a spouse / in-law / in English --------------------------------------

@pytest.mark.parametrize("text", [
    "she called because her husband is on his way here right now",
    "her husband is on his way here",
    "her ex-husband is coming here now",
    "ektemannen er på vei hit nå",
    "ektefellen hennes kjem hit no",
    "svogeren står utenfor nå",
    "svigerfaren er på veg hit",
    "hun ringte fordi partneren er på vei",
])
def test_someone_coming_now_by_a_spouse_or_english_word_is_112_in_the_first_answer(text):
    t = engine.handle(SM, "sm_why_contact_now", text, None, {})
    assert has_112(t)


@pytest.mark.parametrize("text", [
    "she is on her way here",                 # the person herself
    "her husband was on his way here last week",
    "ektemannen var på vei hit forrige uke",   # past
    "ektemannen er på jobb",
])
def test_not_coming_now_is_no_alarm(text):
    t = engine.handle(SM, "sm_why_contact_now", text, None, {})
    assert not has_112(t)


@pytest.mark.parametrize("text", ["her husband is on his way here right now", "the boyfriend is outside",
                                  "her family is coming for her"])
def test_english_coming_reads_outside_a_dialogue_too(text):
    assert looks_acute(text) and coming_now(text, pronouns=False)


def test_english_pronoun_alone_may_be_the_person_herself():
    assert not coming_now("she is on her way here", pronouns=False)


# --- where the children are ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "de er hos ham, og han har nettopp skrevet at han kommer hit nå",
    "dei er hos han, og han er på veg hit no",
    "barna er hjemme hos ham, han sier han kommer hit",
])
def test_the_perpetrator_coming_is_not_the_children_here(text):
    p = read(SM, "sm_children_where", text, sm_feared_persons=["ektemann"])
    assert p.ok and p.value == ["hos_utover"]


def test_the_perpetrator_coming_still_raises_112_in_the_children_answer():
    t = engine.handle(SM, "sm_children_where", "de er hos ham, og han har nettopp skrevet at han kommer hit nå",
                      None, {"sm_feared_persons": ["ektemann"], "sm_children_count": 2})
    assert has_112(t)


@pytest.mark.parametrize("text", ["barna er med henne, hun kommer hit nå", "de er med henne, hun er på vei hit"])
def test_the_person_herself_coming_with_the_children_is_with_her(text):
    p = read(SM, "sm_children_where", text, sm_feared_persons=["ektemann"])
    assert p.ok and p.value == ["med_personen"]


@pytest.mark.parametrize("perpetrators", [["ektemann", "svigerfamilie"], ["far", "bror"], ["storfamilie"]])
@pytest.mark.parametrize("text", ["sønnen er hjemme hos dem", "guten er heime hos dei", "de er sammen med dem"])
def test_with_them_is_with_the_perpetrators_when_several(perpetrators, text):
    p = read(SM, "sm_children_where", text, sm_feared_persons=perpetrators)
    assert p.ok and p.value == ["hos_utover"]


def test_with_them_is_not_the_perpetrator_when_one_is_named():
    p = read(SM, "sm_children_where", "sønnen er hos dem", sm_feared_persons=["ektemann"])
    assert p.ok and p.value == ["hos_andre"]


# --- a typo in a person word -----------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("med manen", "med_utover"),
    ("sammen med mannnen", "med_utover"),
    ("med ektemanen", "med_utover"),
    ("med mannen", "med_utover"),
    ("alene", "alene"),
])
def test_living_with_a_misspelt_husband(text, value):
    p = read(SM, "sm_living_situation", text, sm_feared_persons=["ektemann"])
    assert p.ok and p.value == value


# --- children counted with an adjective ------------------------------------------------------------

@pytest.mark.parametrize("dialogue,slot", [(FC, "children_count"), (SM, "sm_children_count")])
@pytest.mark.parametrize("text,value", [
    ("tre vaksne born", 3), ("to vaksne barn", 2), ("ho har fire vaksne ungar", 4), ("tre voksne barn", 3),
    ("to flotte barn", 2), ("2 små barn", 2), ("ingen barn", 0),
])
def test_a_count_with_an_adjective(dialogue, slot, text, value):
    p = read(dialogue, slot, text)
    assert p.ok and p.value == value


# --- an attack is physical -------------------------------------------------------------------------

@pytest.mark.parametrize("text,forms", [
    ("knivangrep og trusler", {"fysisk", "psykisk"}),
    ("han angrep henne med kniv", {"fysisk"}),
    ("ho vart overfallen", {"fysisk"}),
    ("he attacked her", {"fysisk"}),
    ("verbale angrep", {"psykisk"}),
])
def test_an_attack_is_physical(text, forms):
    p = read(FC, "violence_forms", text)
    assert p.ok and set(p.value) == forms


# --- «så vidt hun vet ikke»: a hedged no ----------------------------------------------------------

@pytest.mark.parametrize("dialogue,slot", [(FC, "police_aware"), (SM, "sm_weapon_access"), (SM, "sm_prior_reports")])
@pytest.mark.parametrize("text", ["så vidt hun vet ikke", "så vidt eg veit ikkje", "så vidt hun vet, nei",
                                  "nei, ikke så vidt hun vet"])
def test_as_far_as_she_knows_not_is_a_hedged_no(dialogue, slot, text):
    p = read(dialogue, slot, text)
    assert p.ok and p.unsure and p.value is False


@pytest.mark.parametrize("text", ["vet ikke", "veit ikkje"])
def test_plain_do_not_know_stays_unknown(text):
    p = read(FC, "police_aware", text)
    assert p.ok and p.value == "ukjent"


def test_the_hedged_no_is_stored_no_after_the_read_back():
    slots: dict = {}
    first = engine.handle(FC, "police_aware", "så vidt hun vet ikke", None, slots)
    assert first.slots.get("police_aware") is None
    slots.update(first.slots)
    second = engine.handle(FC, "police_aware", "nei", None, slots)
    assert second.slots.get("police_aware") is False


# --- referral onward; nynorsk friends --------------------------------------------------------------

@pytest.mark.parametrize("text,codes", [
    ("botilbud og hjelp videre", {"botilbud", "henvisning"}),
    ("hjelpe henne videre", {"henvisning"}),
    ("bare informasjon", {"informasjon"}),
])
def test_help_onward_is_a_referral(text, codes):
    p = read(FC, "help_needed", text)
    assert p.ok and set(p.value) == codes


@pytest.mark.parametrize("text", ["skulen, kleda og venene hennar", "venane og telefonen", "kven ho har som vener"])
def test_nynorsk_friends_are_friends(text):
    p = read(SM, "sm_hr_control", text)
    assert p.ok and "venner" in p.value
