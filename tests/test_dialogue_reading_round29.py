"""Reader round 29: two kinds of «don't know» and refusal the ownwords16 sweep (tests/ownwords16_answers.py, written
before its author read the readers) found stored as «nei»:

- nothing to go on: «ingenting å gå etter» to «er noen i akutt fare nå?» is not knowing, not a no;
- not repeating what he said: «hun vil ikke gjenta det han har sagt» to the threats-to-kill question is a refusal.

A plain «nei» and a no with a reason that uses the same words («nei, hun vil ikke gjenta feilen») stay answers.
"""

from __future__ import annotations

import pytest

from tests.reading import FC, SM, read, right


@pytest.mark.parametrize("dialogue,key,text", [
    (FC, "acute_danger", "ingenting å gå etter"),
    (FC, "acute_danger", "vi har ikke noe å gå ut fra"),
    (SM, "weapon_access", "ikkje noko å gå etter"),
    (SM, "threats_to_kill", "hun vil ikke gjenta det han har sagt"),
    (SM, "threats_to_kill", "ho vil ikkje gjenta truslane"),
    (SM, "threats_to_kill", "hun orker ikke å gjenta ordrett det han skrev"),
    (SM, "strangulation", "hun vil ikke gjenta det"),
])
def test_nothing_to_go_on_and_not_repeating_are_unknown(dialogue, key, text):
    assert right("U", read(dialogue, key, text))


@pytest.mark.parametrize("dialogue,key,text,expected", [
    (FC, "acute_danger", "nei", False),
    (SM, "threats_to_kill", "nei", False),
    (SM, "threats_to_kill", "ja, men hun vil ikke gjenta det han har sagt", True),
    (SM, "planned_travel_abroad", "nei, hun vil ikke gjenta feilen", False),
])
def test_answers_stay_answers(dialogue, key, text, expected):
    assert right(expected, read(dialogue, key, text))


# After the h15 transcripts' run (spent): «m» typed for «med», and «dem» in an answer to the police question.
@pytest.mark.parametrize("dialogue,key,text,expected", [
    (SM, "living_situation", "alene m barna", "med_andre"),
    (SM, "living_situation", "alene m/ barna", "med_andre"),
    (SM, "living_situation", "alene", "alene"),
    (SM, "police_involved", "nei, men naboen har ringt dem en gang", True),
    (SM, "police_involved", "nei", False),
])
def test_after_the_h15_run(dialogue, key, text, expected):
    assert right(expected, read(dialogue, key, text))
