"""Reader round 19: what the promoted h11 transcripts (writer-ab; measured once on b65b7af, now dev) still found in
process after round 18, each as a class; the phrasings here are written for this file.

- «med han» to «where are the children now?» when the perpetrator is a woman (his ex-wife) was stored «hos andre»:
  «han» is nynorsk and everyday bokmål for «ham», and who it is must be read against who the perpetrator and the
  person are – a «med»-pronoun that is not the perpetrator's is the person, unless the answers so far say the person
  is of the other gender (then it is someone else). Never an assumed gender.
- «nei, familien vet ikke at hun er her» to «does the perpetrator know?» when the perpetrators are her father and
  brothers was unknown: «familien» was read as someone other than the perpetrator. When every perpetrator is a
  relative of hers/his (not a partner, not the in-laws), the family is them.
- «nei, sonen er vaksen og bur for seg sjølv» to «is any child with the perpetrator now?» when the son is the
  perpetrator was read back as a contradiction: the child named as the subject is the perpetrator himself, and where
  he lives says no child is with him. Bokmål the same.
"""

from __future__ import annotations

import pytest

from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import case_ids, read, right, slots_of

EX_WIFE = {"feared_persons": ["ekskone"], "perpetrators": ["ekskone"], "children_count": 1}
HUSBAND = {"feared_persons": ["ektemann"], "perpetrators": ["ektemann"], "children_count": 2}
# the person is a woman (what was done to «henne») and the perpetrator is her mother
MOTHER_OF_HER = {"feared_persons": ["mor"], "perpetrators": ["mor"], "children_count": 1,
                 "what_happened": "mora slo henne i går"}
# the person is a man (what was done to «ham») and the perpetrator his wife
WIFE_OF_HIM = {"feared_persons": ["kone"], "perpetrators": ["kone"], "children_count": 1,
               "what_happened": "kona slo ham med en stekepanne"}
FATHER_BROTHERS = {"perpetrator_relation": ["far", "bror"]}
HUSBAND_FC = {"perpetrator_relation": ["ektemann"]}
IN_LAWS = {"perpetrator_relation": ["ektemann", "svigerfamilie"]}
SON = {"perpetrator_relation": ["sonn"], "children_count": 1}
DAUGHTER = {"perpetrator_relation": ["datter"], "children_count": 2}

CASES = [
    # with «han» when he is not the perpetrator: the person
    (SM, "children_where", "med han", ["med_personen"], EX_WIFE),
    (SM, "children_where", "dottera er med han", ["med_personen"], EX_WIFE),
    (SM, "children_where", "med han", ["med_personen"], WIFE_OF_HIM),
    # unchanged: «hjemme med han» names a place, someone else's (round 4)
    (SM, "children_where", "hjemme med han", ["hos_andre"], EX_WIFE),
    (SM, "children_where", "med ham", ["med_personen"], WIFE_OF_HIM),
    # a pronoun of the other gender than the person's, and not the perpetrator's: someone else
    (SM, "children_where", "med han", ["hos_andre"], MOTHER_OF_HER),
    (SM, "children_where", "med henne", "H", MOTHER_OF_HER),  # her mother or herself: asked once, as before
    # unchanged: with «henne» when he is the perpetrator, at his place
    (SM, "children_where", "med henne", ["med_personen"], HUSBAND),
    (SM, "children_where", "hos han", ["hos_utover"], HUSBAND),
    # the family as the knower when the perpetrators are her relatives
    (FC, "perpetrator_knows", "nei, familien vet ikke at hun er her", False, FATHER_BROTHERS),
    (FC, "perpetrator_knows", "familien vet ikke det", False, FATHER_BROTHERS),
    (FC, "perpetrator_knows", "nei, familien veit ikkje at ho er her", False, FATHER_BROTHERS),
    (FC, "perpetrator_knows", "slekta vet ikke noe om det", False, FATHER_BROTHERS),
    # not when the perpetrator is a partner, or the in-laws are among them: «familien» may be someone else then
    (FC, "perpetrator_knows", "familien vet ikke at hun er her", "U", HUSBAND_FC),
    (FC, "perpetrator_knows", "familien vet ikke at hun er her", "U", IN_LAWS),
    # the perpetrator is the person's own child: where that child lives says no child is with him/her
    (FC, "children_with_perpetrator", "nei, sonen er vaksen og bur for seg sjølv", False, SON),
    (FC, "children_with_perpetrator", "nei, sønnen er voksen og bor for seg selv", False, SON),
    (FC, "children_with_perpetrator", "nei, sonen bur i ein annan by", False, SON),
    (FC, "children_with_perpetrator", "nei, dattera er vaksen", False, DAUGHTER),
    # unchanged: the children at the son's place, or a no that names them there
    (FC, "children_with_perpetrator", "ja, barnebarnet er hos sønnen", True, SON),
    (FC, "children_with_perpetrator", "ja, den yngste er hos dattera no", True, DAUGHTER),
]


@pytest.mark.parametrize("dialogue,key,text,expected,ctx", CASES, ids=case_ids(CASES))
def test_round_19(dialogue, key, text, expected, ctx):
    got = read(dialogue, key, text, slots_of(dialogue, ctx))
    assert right(expected, got), got


def test_a_no_that_puts_the_children_with_the_perpetrator_child_is_still_read_back():
    """«nei, de er hos sønnen» when the son is the perpetrator: the no and the place disagree – asked once, as before."""
    got = read(FC, "children_with_perpetrator", "nei, de er hos sønnen", slots_of(FC, SON))
    assert got.ok and got.unsure
