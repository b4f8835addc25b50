"""Reading answers, round 12: what the held-back h8 transcripts found (after their one run, not measured):
«ikke nå, men før jul var hun det» to a question about ever is a yes; «nei, men de var hos ham i helga» is a no to
«are the children with the perpetrator now?»; a count that names the children («to voksne sønner») says nothing
about where they are, even when the perpetrator is one of them; «two adult children» is a count; and the first
person named decides ``perpetrator_relation`` («broren og faren» → annen_familie)."""

from __future__ import annotations

import pytest

from bot.dialogue import parse, persons, triage
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import FC_SLOT, SM_SLOT, read


@pytest.mark.parametrize("dialogue,key,text", [
    (FC, "feared_for_life", "ikke nå, men før jul var hun det"),
    (FC, "feared_for_life", "ikke nå, men før, da de bodde sammen"),
    (SM, "feared_for_life", "ikkje no, men i fjor var ho det"),
    (FC, "police_aware", "ikke nå, men de var der i fjor"),
])
def test_not_now_but_at_a_time_before_is_a_yes_to_a_question_about_ever(dialogue, key, text):
    got = read(dialogue, key, text)
    assert got.ok and got.value is True and not got.unsure


@pytest.mark.parametrize("text", ["ikke nå, men før var hun ikke det heller", "ikke nå, men det vil hun ikke si"])
def test_a_negated_or_refused_past_is_no_yes(text):
    got = read(FC, "feared_for_life", text)
    assert not (got.ok and got.value is True)


@pytest.mark.parametrize("dialogue", [FC, SM])
def test_where_the_children_were_is_no_answer_about_now(dialogue):
    ctx = {"perpetrator_relation" if dialogue is FC else "sm_feared_persons": ["eksmann"]}
    got = read(dialogue, "children_with_perpetrator", "nei, men de var hos ham i helga", ctx)
    assert got.ok and got.value is False and not got.unsure


def test_but_now_they_are_there_is_still_read():
    got = read(FC, "children_with_perpetrator", "nei, men nå er de hos ham", {"perpetrator_relation": ["eksmann"]})
    assert not (got.ok and got.value is False and not got.unsure)


@pytest.mark.parametrize("text", ["to voksne sønner", "eitt barn, dottera", "two adult children"])
def test_naming_the_children_is_not_where_they_are(text):
    ctx = FC.context({"perpetrator_relation": ["sonn"] if "sønn" in text else ["datter"]})
    assert triage._children_where_too(text, 2, ctx) == {}


def test_a_count_with_a_place_still_answers_where():
    ctx = FC.context({"perpetrator_relation": ["eksmann"]})
    assert triage._children_where_too("to barn, de er hos faren nå", 2, ctx) == {"children_with_perpetrator": True}


@pytest.mark.parametrize("dialogue,text,count", [
    (SM, "two adult children", 2), (FC, "three small kids", 3), (SM, "two little children", 2),
])
def test_english_count_with_a_describing_word(dialogue, text, count):
    got = read(dialogue, "children_count", text)
    assert got.ok and got.value == count


@pytest.mark.parametrize("text,first", [
    ("broren og faren", "bror"), ("faren og broren", "far"), ("svigermora og mannen", "svigerfamilie"),
    ("eksen og mora hans", "eks"),
])
def test_the_first_person_named_comes_first(text, first):
    assert persons.read_persons(parse.norm(text))[0] == first


def test_reading_answers_again_compiles_no_pattern_again():
    """The readers' patterns stay compiled (``parse.compiled``): Python's own cache holds 512 and, with more than a
    thousand patterns in turn, recompiled hundreds on every answer (3–75 ms a turn in process; issue 18)."""
    from bench.dialogue_transcripts import dev_set
    from bot.dialogue import engine

    answers = [(FC if t.dialogue == "triage" else SM, key, a) for t in dev_set()[::6] for key, said in t.answers.items()
               for a in said]

    def read_all() -> None:
        for dialogue, key, text in answers:
            slot = (SM_SLOT if dialogue is SM else FC_SLOT).get(key)
            if slot is not None:
                engine.handle(dialogue, slot, text, None, {}, lambda ref: True)

    read_all()
    before = parse.compiled.cache_info()
    read_all()
    after = parse.compiled.cache_info()
    assert after.misses == before.misses and after.hits > before.hits
