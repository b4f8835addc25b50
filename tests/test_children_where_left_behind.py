"""«Hvor er barna nå?» answered «igjen med han» / «att med han» (left behind with him), when he is not the perpetrator.

Two patterns read «med han» in ``children_where``: ``_WITH_PRONOUN``, read against the person's gender (round 19),
and an older «med (han|hu)» alternative in ``_WITH_PERSON_WORDS`` that always meant the person. The first skipped
«igjen/att med han», so only the second was reached for it: «barna er igjen med han» was «med henne/ham (personen
selv)» even when the answers say the person is a woman (and «han» then someone else). Now one reading, the
gender-aware one, for «med han» wherever it stands; «hjemme med han» still names a place (round 4).
"""

from __future__ import annotations

import pytest

from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from tests.reading import read, right, slots_of
from tests.test_dialogue_reading_round19 import EX_WIFE, MOTHER_OF_HER, WIFE_OF_HIM

CASES = [
    # the person is a woman, the perpetrator her mother: «han» is someone else
    ("barna er igjen med han", ["hos_andre"], MOTHER_OF_HER),
    ("de er att med han", ["hos_andre"], MOTHER_OF_HER),
    ("dottera ble igjen med han", ["hos_andre"], MOTHER_OF_HER),
    # as before: the person is a man (or of no known gender) and «han» not the perpetrator – the person
    ("barna er igjen med han", ["med_personen"], WIFE_OF_HIM),
    ("barna er igjen med han", ["med_personen"], EX_WIFE),
    ("de er att med han", ["med_personen"], EX_WIFE),
    # unchanged: «hjemme med han» names a place, someone else's (round 4); plain «med han» as round 19
    ("hjemme med han", ["hos_andre"], EX_WIFE),
    ("med han", ["hos_andre"], MOTHER_OF_HER),
    ("med han", ["med_personen"], WIFE_OF_HIM),
]


@pytest.mark.parametrize("text,expected,ctx", CASES)
def test_left_behind_with_him_is_read_against_the_persons_gender(text, expected, ctx):
    got = read(SM, "children_where", text, slots_of(SM, ctx))
    assert right(expected, got), got
