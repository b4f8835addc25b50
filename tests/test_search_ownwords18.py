"""Own-words questions (helper guide18): the audience tie-break between near topics, situations told in
everyday words, and present-tense nynorsk verbs. The phrasings are written for these tests, apart from the
guide's example questions, the example files and the bench sets (including the probe situ-dev18.yml).
"""

import numpy as np
import pytest

from bot.guide.audience import AUDIENCE_GAP, Audience, after_entry, child_entry, during_stay, names_child, tie_break
from bot.text.situations import situation_terms, with_situation_terms

# --- audience ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("entry_id", "child"), [
    ("oppfolging-av-barn-pa-krisesenter/systematisk-kartlegging-av-barn/hvorfor-er-kartlegging-viktig", True),
    ("oppfolging-av-barn-pa-krisesenter/oppfolging-av-barnet-etter-oppholdet/utfordringer-etter-oppholdet", True),
    ("oppfolging-av-barn-pa-krisesenter/barn-og-sikkerhet/sikkerhetsplan-for-barn", True),
    # the digital-safety page speaks of everyone's phones, though it sits in «Barn og sikkerhet»
    ("oppfolging-av-barn-pa-krisesenter/barn-og-sikkerhet/digital-sikkerhet", False),
    # the parents' and the barnevern sections of the children's chapter speak of the adult's part
    ("oppfolging-av-barn-pa-krisesenter/foreldres-ansvar-under-oppholdet/styrk-foreldrerollen", False),
    ("oppfolging-av-barn-pa-krisesenter/samarbeid-med-barnevernstjenesten-opplysningsplikt/"
     "opplysningsplikt-og-nar-den-inntrer", False),
    ("under-oppholdet-botilbudet/gjennomfor-systematisk-kartlegging/systematisk-kartlegging-av-voksen-beboer", False),
    ("under-oppholdet-botilbudet/bolig-etter-oppholdet/hvilke-behov-og-onsker-har-barna", False),
])
def test_childrens_entries_are_those_of_the_childrens_sections(entry_id, child):
    assert child_entry(entry_id) is child


def test_after_the_stay_entries_by_chapter_or_title():
    assert after_entry("etter-oppholdet/fortsatte-samtaler", "Fortsatte samtaler")
    assert after_entry("oppfolging-av-barn-pa-krisesenter/x/y", "Utfordringer etter oppholdet")
    assert not after_entry("under-oppholdet-botilbudet/regelmessige-samtaler/varighet", "Varighet")


@pytest.mark.parametrize(("text", "child"), [
    ("hvorfor må vi kartlegge så grundig?", False),
    ("får mora tolk når hun ikke kan norsk", False),
    ("kva treng ungen når dei flyttar", True),
    ("tolvåringen vil ikke snakke med oss", True),
    ("skal vi ringe skolen hans", True),
    ("to søsken kom i kveld", True),
    ("how do we talk with the kids", True),
    ("what about her teenage son", True),
])
def test_a_named_child(text, child):
    assert names_child(text) is child


@pytest.mark.parametrize(("text", "during"), [
    ("hvordan holder vi henne trygg mens hun bor her", True),
    ("kva gjer vi medan ho bur her", True),
    ("hvilken hjelp trenger hun under oppholdet", True),
    ("hun har nettopp flyttet inn, hvilke trusler må vi vite om", True),
    ("what do we do while she is staying here", True),
    ("hun har flyttet ut, hvem følger opp", False),
    ("mens hun bor her, og etterpå?", False),  # speaks of both
    ("hvordan går det med henne", False),
])
def test_a_question_set_in_the_stay(text, during):
    assert during_stay(text) is during


def _values(*pairs: tuple[int, float]) -> np.ndarray:
    v = np.full(5, -2.0)
    for i, x in pairs:
        v[i] = x
    return v


def test_tie_break_puts_the_fitting_entry_just_above_an_outside_first():
    values = _values((0, 0.7), (1, -0.3), (2, -0.5))
    outside = np.array([True, False, False, False, False])
    moved = tie_break(values, outside)
    assert int(np.argmax(moved)) == 1
    assert moved[0] == values[0]  # the best value stays what the ranker found: ask back, don't decline
    assert sorted(moved)[-2] == values[0]


def test_tie_break_leaves_a_clear_lead_a_fitting_first_and_no_mask_alone():
    far = _values((0, 0.7), (1, 0.7 - AUDIENCE_GAP - 0.1))
    outside = np.array([True, False, False, False, False])
    assert np.array_equal(tie_break(far, outside), far)
    fitting_first = _values((1, 0.9), (0, 0.7))
    assert np.array_equal(tie_break(fitting_first, outside), fitting_first)
    assert np.array_equal(tie_break(far, None), far)


def test_tie_break_looks_only_at_the_first_three():
    values = _values((0, 0.9), (1, 0.8), (2, 0.7), (3, 0.6))
    outside = np.array([True, True, True, False, False])
    assert np.array_equal(tie_break(values, outside), values)


def test_audience_masks():
    ids = ["oppfolging-av-barn-pa-krisesenter/samtaler-med-barn/a", "etter-oppholdet/b",
           "under-oppholdet-botilbudet/regelmessige-samtaler/c"]
    audience = Audience(ids, ["A", "B", "C"])
    assert audience.outside("hvor ofte skal vi ha samtaler med barnet") is None
    no_child = audience.outside("hvor ofte skal vi ha samtaler")
    assert no_child is not None and list(no_child) == [True, False, False]
    in_stay = audience.outside("samtaler mens hun bor her")
    assert in_stay is not None and list(in_stay) == [True, True, False]


@pytest.fixture(scope="module")
def search():
    from bot.guide.search import default_search

    return default_search()


@pytest.mark.parametrize(("question", "expected"), [
    # names no child: the adult's mapping, not the children's «Hvorfor er kartlegging viktig?»
    ("hva er egentlig vitsen med systematisk kartlegging", "systematisk-kartlegging-av-voksen-beboer"),
    # names no child: the adult's measures after the stay, not the children's
    ("hva kan vi tilby henne når hun har flyttet herfra", "tiltak-i-regi-av-krisesenteret"),
])
def test_a_question_naming_no_child_gets_the_adults_entry_first(search, question, expected):
    from bot.guide.search import query_for

    hits, _ = search.rank(query_for(question))
    assert hits[0].entry.id.endswith(expected), [h.entry.id for h in hits[:3]]


def test_a_question_naming_the_child_keeps_the_childrens_entry(search):
    from bot.guide.search import query_for

    hits, _ = search.rank(query_for("hva er vitsen med å kartlegge barna systematisk"))
    assert hits[0].entry.id.endswith("hvorfor-er-kartlegging-viktig")


# --- situations ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "term"), [
    ("hun har ingen plass å bo når hun flytter", "bolig"),
    ("ho har ingen stad å bu", "bolig"),
    ("she has nowhere to stay after this", "bolig"),
    ("vi trenger en som snakker somali", "tolk"),
    ("we need someone who speaks dari", "tolk"),
    ("trenger tolk i natt", "telefontolk"),
    ("need an interpreter urgently", "telefontolk"),
    ("hun er redd for utvisning", "oppholdstillatelse"),
    ("can she be deported", "oppholdstillatelse"),
    ("ho seier det er hennar eiga skuld", "skyld"),
])
def test_a_told_situation_gets_the_guides_term(text, term):
    assert any(term in t.split() for t in situation_terms(text)), situation_terms(text)


@pytest.mark.parametrize("text", [
    "hun kom i natt med to barn",  # night without an interpreter: no hurry for a tolk
    "en som snakker norsk godt trenger ikke tolk",
    "hvor skal hun bo",  # «bo» alone names the topic already
    "hvordan bestiller jeg tolk",
])
def test_no_situation_term_where_none_is_told(text):
    assert situation_terms(text) == []


def test_the_question_itself_is_kept():
    assert with_situation_terms("hun er redd for utvisning").startswith("hun er redd for utvisning ")
    assert with_situation_terms("hvordan bestiller jeg tolk") == "hvordan bestiller jeg tolk"


@pytest.mark.parametrize(("question", "expected"), [
    ("hun har ikke noe annet sted å bo enn her", "bolig-etter-oppholdet/"),
    ("vi trenger en som kan tigrinja med en gang", "slik-bestiller-du-tolk"),
    ("er hun i fare for utvisning om hun går fra ham", "kartlegg-oppholdsstatus"),
])
def test_told_situations_reach_their_entry(search, question, expected):
    from bot.guide.search import query_for

    hits, _ = search.rank(query_for(question))
    assert expected in hits[0].entry.id, [h.entry.id for h in hits[:3]]


# --- nynorsk present tense -----------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "bokmal"), [
    ("søv", "sover"), ("sit", "sitter"), ("ligg", "ligger"), ("krev", "krever"), ("seier", "sier"),
    ("ventar", "venter"), ("opnast", "åpnes"),
])
def test_strong_nynorsk_present_tense_reads_as_bokmal(word, bokmal):
    from bot.text.query import NYNORSK_MORE

    assert NYNORSK_MORE[word] == bokmal
