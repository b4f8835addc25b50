"""Reading answers, round 9: what the seventh held-back transcript batch (``*-h7-*``, measured once) found
after it was run – written here in our own words, each beside counter-cases that must not change:
nynorsk «inga anelse» (read as «no» before: a refusal stored as no), «vil ikke ta stilling til det»
(not decided is unknown), «kjefer» for «kjefter», «overvaker» without å, nynorsk «legg ut bilete», English
«breaks her things», and a language named in English («yes, Tigrinya», «Arabic»).
"""

from __future__ import annotations

import pytest

from bot.dialogue import parse
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from bot.dialogue.triage import language
from tests.reading import SM_SLOT, read


@pytest.mark.parametrize("text", [
    "ho har inga anelse", "inga anelse", "dei har inga anelse om det", "hun vil ikke ta stilling til det nå",
    "ho vil ikkje ta stilling til det", "hun har ikke tatt stilling til det ennå",
])
@pytest.mark.parametrize("dialogue,key", [(SM, "prior_reports"), (SM, "weapon_access"), (FC, "police_aware"),
                                          (FC, "registration_consent")])
def test_nynorsk_no_idea_and_not_decided_are_null(dialogue, key, text):
    p = read(dialogue, key, text)
    assert p.ok and p.value in parse.UNANSWERED


@pytest.mark.parametrize("dialogue,key,text,expected", [
    (SM, "prior_reports", "nei", False), (SM, "prior_reports", "inga melding, nei", False),
    (FC, "police_aware", "nei, ingen har meldt det", False), (FC, "registration_consent", "ja", True),
])
def test_plain_answers_beside_them_read_as_before(dialogue, key, text, expected):
    p = read(dialogue, key, text)
    assert p.ok and p.value is expected


@pytest.mark.parametrize("text,expected", [
    ("slår, kjefer og tar pengene hans", {"fysisk", "psykisk", "okonomisk"}),
    ("trugar, følgjer etter og overvaker mobilen hennar", {"psykisk", "digital"}),
    ("overvaker mobilen, legg ut bilete av henne og trugar", {"digital", "psykisk"}),
    ("breaks her things, threatens her and used to hit her", {"materiell", "psykisk", "fysisk"}),
])
def test_violence_words_with_typos_nynorsk_and_english(text, expected):
    for dialogue in (FC, SM):
        p = read(dialogue, "violence_forms", text)
        assert p.ok and set(p.value) == expected, (dialogue.name, p)


@pytest.mark.parametrize("text,expected", [
    ("yes, tigrinya", "tigrinya"), ("yes, arabic", "arabisk"), ("she needs polish", "polsk"),
    ("ja, arabisk", "arabisk"), ("somalisk", "somali"),
])
def test_a_language_named_in_english_or_norwegian(text, expected):
    p = language(parse.norm(text))
    assert p.ok and p.value == expected


def test_no_language_in_an_english_answer_without_one():
    assert not language(parse.norm("yes, she needs one")).ok


def test_he_said_he_will_come_tonight_gives_112_inside_the_mapping():
    """The tired-staff trial after the final8 run: with the husband named as the one she fears, «ikke nå, men han
    sa han skulle komme i kveld» mid-mapping gave no 112 reply."""
    from bot.dialogue import engine
    known = {SM_SLOT["feared_persons"]: ["ektemann"], SM_SLOT["perpetrators"]: ["ektemann"]}
    t = engine.handle(SM, SM_SLOT["pets"], "ikke nå, men han sa han skulle komme i kveld", None, known)
    assert any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in t.replies)
