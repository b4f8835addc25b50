"""Reader round 13b: who «han»/«hun» is, from what the answers so far say was done to whom.

The h8 transcript «nei, men han har hund» to «Har hun/han dyr?» (promoted to dev this session) was stored yes:
the perpetrator was «samboeren», which has no gender, so an open «han» was read as the person. The free-text
answers before it said «han dyttet henne»: the person is «hun», so «han» is someone else and the no stands.
"""

from __future__ import annotations

import pytest

from bot.dialogue import persons
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from tests.reading import SM_SLOT, read


@pytest.mark.parametrize(("answers", "gender"), [
    ({"what_happened": "han dyttet henne i veggen"}, "f"),
    ({"why_contact_now": "partneren slo ham da han ville gå"}, "m"),
    ({"what_happened": "han dytta ho ned trappa"}, "f"),
    ({"what_happened": "dei krangla mykje"}, None),
    ({"what_happened": "han slo henne, og hun truet ham etterpå"}, None),  # both ways: not known
])
def test_person_gender_from_what_was_done(answers: dict[str, str], gender: str | None) -> None:
    values = {SM_SLOT[k]: v for k, v in answers.items()}
    got = persons.person_gender(values)
    assert (got is None) if gender is None else (got is not None and got == persons.pronoun_gender(
        "hun" if gender == "f" else "han"))


@pytest.mark.parametrize(("before", "answer", "value"), [
    ({"what_happened": "han dyttet henne i veggen og slo henne", "feared_persons": ["samboer"]},
     "nei, men han har hund", False),
    ({"what_happened": "hun slo ham med en stekepanne", "feared_persons": ["samboer"]},
     "nei, men hun har to katter", False),
    # the person is «hun»: her own cat is a yes, as before
    ({"what_happened": "han dyttet henne i veggen", "feared_persons": ["samboer"]},
     "nei, men hun har en katt hjemme", True),
    # nothing said of who was hurt: an open «han» is still read as the person (earlier rounds)
    ({"feared_persons": ["samboer"]}, "nei, men han har hund", True),
])
def test_men_tail_about_someone_else_by_who_was_hurt(before: dict, answer: str, value: bool) -> None:
    ctx = {SM_SLOT[k]: v for k, v in before.items()}
    got = read(SM, "pets", answer, ctx)
    assert got.ok and got.value is value
