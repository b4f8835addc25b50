"""Reading answers, round 7: the kinds of miss the sixth writer's batch (``*-h6-*``) showed in its one run –
danger now told with the verb first («… og nå står han utenfor»), a slip corrected in the same message
(«telefon, nei vent, …», «to, nei tre»), «ringte på» the duty phone and phoning from somewhere, a count by
one child's kind, violence words in English and nynorsk («slapping», «smashing», «øydela», «drapstrusler»,
«holder fast»), a destroyed honour that is no property, «nei, men hun har fortalt det til politiet», «all» in
English, «bustad», a nynorsk refusal, grown-up children in homes of their own, and «ei venninne» who is not
the perpetrator «kompisen». Our own phrasings, each beside counter-cases that must not change.
"""

from __future__ import annotations

import pytest

from bot.acute import coming_now
from bot.dialogue import engine, parse
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import INFORMATION_ITEMS
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC


def has_112(t):
    return any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in t.replies)


def read(dialogue, slot, text, **slots):
    return dialogue.by_slot[slot].read(text, dialogue.context(slots))


# --- danger now with the verb before the person -----------------------------------------------------

EX_HUSBAND = {"perpetrator_relation": ["eksmann"]}  # what the form stores for «eksmannen»


@pytest.mark.parametrize("text", [
    "ja, det skjønte han i går, og nå står han nede ved inngangen",
    "ja han vet, og no står han utanfor blokka hennar",
    "han har funnet det ut, nå sitter han i bilen utenfor",
    "ja, og nå er han på vei",
    "ja, no er han på veg hit",
])
def test_danger_now_with_the_verb_first_is_112_mid_dialogue(text):
    t = engine.handle(FC, "perpetrator_knows", text, None, EX_HUSBAND)
    assert has_112(t)


def test_danger_now_verb_first_in_english_is_112():
    t = engine.handle(FC, "perpetrator_knows", "yes he knows, and now he is standing outside her flat", None,
                      EX_HUSBAND)
    assert has_112(t)


@pytest.mark.parametrize("text", [
    "ja, men nå er han i varetekt",
    "ja, og så kom han hit i fjor",
    "ja, han sto utenfor i sommer",
])
def test_verb_first_without_danger_now_is_no_alarm(text):
    t = engine.handle(FC, "perpetrator_knows", text, None, EX_HUSBAND)
    assert not has_112(t)


@pytest.mark.parametrize("text,pronouns,expected", [
    ("og nå står eksen ved døra", False, True),
    ("nå kommer han hit", True, True),
    ("nå kommer han hit", False, False),   # a pronoun that cannot be the perpetrator
    ("nå er han i fengsel", True, False),
])
def test_coming_now_reads_the_inverted_order(text, pronouns, expected):
    assert coming_now(text, pronouns=pronouns) is expected


# --- a slip corrected in the same message ----------------------------------------------------------

@pytest.mark.parametrize("slot,text,expected", [
    ("contact_mode", "på telefon, nei vent, hun møtte opp her", "oppmote"),
    ("contact_mode", "hun kom selv, unnskyld, politiet kom med henne", "brakt_av_politiet"),
    ("escalated", "nei, unnskyld, ja, det har blitt mye verre", True),
    ("children_count", "to, nei tre", 3),
    ("children_count", "fem nei fire", 4),
    ("children_count", "ein, eg meiner to", 2),
])
def test_the_answer_after_a_correction_counts(slot, text, expected):
    p = read(FC, slot, text)
    assert p.ok and p.value == expected


@pytest.mark.parametrize("slot,text,expected", [
    ("escalated", "nei", False),
    ("children_count", "to", 2),
    ("children_count", "nei", 0),
    ("escalated", "unnskyld, ja", True),   # a marker with nothing before it: read as written
])
def test_no_correction_reads_as_before(slot, text, expected):
    p = read(FC, slot, text)
    assert p.ok and p.value == expected


def test_corrected_keeps_text_without_a_tail():
    assert parse.corrected(" telefon nei vent ") == " telefon nei vent "


# --- how the contact came ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("hun ringte på vakttelefonen vår", "telefon"),
    ("ringde på nummeret til senteret", "telefon"),
    ("hun ringte fra jobben", "telefon"),
    ("han ringde frå arbeidsplassen", "telefon"),
    ("hun ringte på døra", "oppmote"),             # the doorbell
    ("ringte på hos oss i kveld", "oppmote"),
    ("naboen ringde på vegner av ho", "telefon"),
    ("legevakta sendte henne hit", "brakt_av_annen_tjeneste"),
])
def test_contact_mode_phone_and_doorbell(text, expected):
    p = read(FC, "contact_mode", text)
    assert p.ok and p.value == expected


# --- counts --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("ei jente, ho bur hos faren", 1),
    ("en sønn på seks", 1),
    ("ein gut og ei jente", 2),
    ("to gutter", 2),
])
def test_a_count_by_the_childs_kind(text, expected):
    p = read(FC, "children_count", text)
    assert p.ok and p.value == expected


# --- violence forms -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("slapping her and threatening with a knife", {"fysisk", "psykisk"}),
    ("he smashes her stuff and yells at her", {"materiell", "psykisk"}),
    ("hits her, calls her names", {"fysisk", "psykisk"}),
    ("ho øydela telefonen og sparka han", {"materiell", "fysisk"}),
    ("dødstrusler og dytting", {"psykisk", "fysisk"}),
    ("han holder fast og kjefter", {"fysisk", "psykisk"}),
    ("hun har hacka e-posten hans og knust bilen", {"digital", "materiell"}),
    ("fysik og psyksik", {"fysisk", "psykisk"}),
    ("fysisk og økonomsik, tar lønna", {"fysisk", "okonomisk"}),
])
def test_violence_words_in_english_and_nynorsk(text, expected):
    p = read(FC, "violence_forms", text)
    assert p.ok and set(p.value) >= expected


@pytest.mark.parametrize("text", [
    "slag, og de sier hun har ødelagt æren til familien",
    "trusler, han sier han skal øydelegge livet hennar",
])
def test_a_destroyed_honour_or_life_is_no_property(text):
    p = read(FC, "violence_forms", text)
    assert p.ok and "materiell" not in p.value


def test_a_real_word_is_not_turned_into_another_in_a_list():
    p = read(SM, "sm_violence_forms", "dytter og drar henne i håret, knuser koppene")
    assert p.ok and set(p.value) == {"fysisk", "materiell"}


# --- police told, information, help, refusals --------------------------------------------------------

@pytest.mark.parametrize("dialogue,slot", [(FC, "police_aware"), (SM, "sm_police_aware")])
@pytest.mark.parametrize("text,expected", [
    ("nei, men hun ringte politiet en gang i fjor", True),
    ("nei, men ho har fortalt det til politiet før", True),
    ("nei", False),
    ("nei, hun har ikke fortalt noe til politiet", False),
])
def test_police_told_after_a_no_is_yes(dialogue, slot, text, expected):
    p = read(dialogue, slot, text)
    assert p.ok and not p.unsure and p.value is expected


@pytest.mark.parametrize("text", ["all", "all of it", "everything"])
def test_all_in_english_is_every_item(text):
    p = read(FC, "information_given", text)
    assert p.ok and p.value == [c.code for c in INFORMATION_ITEMS]


@pytest.mark.parametrize("text", ["bustad", "hun trenger bolig", "husvære for natta"])
def test_a_home_is_a_place_to_stay(text):
    p = read(FC, "help_needed", text)
    assert p.ok and "botilbud" in p.value


@pytest.mark.parametrize("text", ["ho svarar ikkje på det", "han svarar ikkje"])
def test_a_nynorsk_no_answer_is_a_refusal_of_an_open_question(text):
    p = read(SM, "sm_worst_fear", text)
    assert p.ok and p.value == parse.DECLINED


def test_a_long_open_answer_is_still_text():
    p = read(SM, "sm_worst_fear", "at han svarar ikkje på meldingar og så dukkar opp")
    assert p.ok and isinstance(p.value, str) and p.value not in parse.UNANSWERED


# --- children elsewhere; someone new is not the perpetrator --------------------------------------------

@pytest.mark.parametrize("text", ["begge bor i eget hus nå", "dei har flytta ut for lenge sidan",
                                  "de bor langt unna"])
def test_grown_up_children_in_their_own_homes_are_with_others(text):
    p = read(SM, "sm_children_where", text, sm_feared_persons=["storfamilie"])
    assert p.ok and p.value == ["hos_andre"]


@pytest.mark.parametrize("text,expected", [
    ("hun bor sammen med en venninne", "med_andre"),
    ("ho bur med ein kollega", "med_andre"),
    ("hun bor med kompisen", "med_utover"),  # the definite form can be the one named before
])
def test_someone_new_is_not_the_perpetrator_named_before(text, expected):
    p = read(SM, "sm_living_situation", text, sm_feared_persons=["eks", "annen"])
    assert p.ok and p.value == expected
