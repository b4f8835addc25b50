"""Reader round 27: the h14 transcripts' run (spent; writer-ak, 48 transcripts written from questions.md alone).
In process before these fixes, 7 of 48 went wrong: three 112 calls (tests/test_acute_statements.py) and these four
readings:

- a count said again after a correction: «tre barn, nei vent, det var to» was asked again («det var to», «de er tre»
  are counts as «hun har to» is);
- «fortalt hva senteret kan hjelpe med» is the information about the offer;
- English «grabbing» is physical violence;
- «hva er forskjellen på besøksforbud og kontaktforbud?» to the open question about her worst fear is asked of the
  guide, not stored as her fear (no one fears in those words).
"""

from __future__ import annotations

import pytest

from bot.dialogue import engine
from tests.reading import FC, SM, read, right

SM_QUESTIONS = {q.key: q for q in SM.questions}


@pytest.mark.parametrize("dialogue,key,text,expected", [
    (FC, "children_count", "tre barn, nei vent, det var to", 2),
    (FC, "children_count", "det var to", 2),
    (FC, "children_count", "de er tre", 3),
    (FC, "information_given", "fortalt hva senteret kan hjelpe med", ["tilbudet"]),
    (SM, "violence_forms", "grabbing, threats and tracking her phone", ["fysisk", "psykisk", "digital"]),
])
def test_round_27(dialogue, key, text, expected):
    assert right(expected, read(dialogue, key, text))


@pytest.mark.parametrize("text", ["det er to år siden", "det var ikke barn der"])
def test_a_count_after_det_er_needs_to_end_there(text):
    assert read(FC, "children_count", text).value not in (2,)


@pytest.mark.parametrize("text,asks", [
    ("hva er forskjellen på besøksforbud og kontaktforbud?", True),
    ("kva er skilnaden på besøksforbod og kontaktforbod?", True),
    ("hva betyr omvendt voldsalarm?", True),
    ("hva om han tar barna?", False),
    ("at han skal finne henne", False),
])
def test_a_question_about_words_is_asked_of_the_guide_in_an_open_question(text, asks):
    assert engine.asks_the_guide(text, SM_QUESTIONS["worst_fear"]) is asks
