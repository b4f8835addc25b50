"""Reader round 14, from the held-back h9 transcripts after their one run (2026-12-06; not measured after).

Causes, each tested with our own phrasings (not the transcripts' texts):
- a «han»/«hun» on the way here now, when the perpetrator's word has no gender («sambuaren») but the answers
  said what was done to whom («han trua henne»): the pronoun that is not the person is the one feared (112);
- how the contact came: a service named after «etter» (advice, school, an appointment) is when or why, not who
  brought the person who called or came; «hun kom sammen med en venninne» is coming in person;
- English «everything except …» takes the item out of the information given;
- «sønnen har bodd hos henne»: a perfect of «bo» is living together, like «bor».
"""

from __future__ import annotations

import pytest

from bot.dialogue import persons
from bot.dialogue.engine import danger_coming
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import FC_SLOT, SM_SLOT, read

THREATS = next(q for q in SM.questions if q.key == "threats_to_kill")
F = persons.person_gender({"x": "han slo henne"})
M = persons.person_gender({"x": "hun slo ham"})


@pytest.mark.parametrize(("answer", "person", "coming"), [
    ("ja, og nå sier han at han er på vei hit", F, True),
    ("ja, og no seier han at han er på veg hit", F, True),
    ("ja – hun har skrevet at hun er på vei hit nå", M, True),
    ("ja, og hun er på vei hit nå for å bo her", F, False),  # the person herself arriving
    ("ja, han truet med det i fjor", F, False),
])
def test_coming_now_by_who_the_person_is(answer: str, person: str | None, coming: bool) -> None:
    assert danger_coming(answer, THREATS, ["partner"], person) is coming


def test_person_gender_reads_nynorsk_past() -> None:
    assert persons.person_gender({SM_SLOT["what_happened"]: "han trua ho med kniv"}) == F


@pytest.mark.parametrize(("answer", "code"), [
    ("hun kom selv etter jobben", "oppmote"),
    ("ho kom sjølv etter timen hos fastlegen", "oppmote"),
    ("hun ringte etter tips fra helsesykepleieren", "telefon"),
    ("han ringde etter rådet frå NAV", "telefon"),
    ("hun kom sammen med søstera si", "oppmote"),
    ("han kom hit sammen med en kamerat", "oppmote"),
    ("barnevernet fulgte henne hit etter skolen", "brakt_av_annen_tjeneste"),
    ("hun ble kjørt av politiet etter avhøret", "brakt_av_politiet"),
    ("legevakten sendte henne hit", "brakt_av_annen_tjeneste"),
])
def test_contact_mode_service_named_after_etter(answer: str, code: str) -> None:
    got = read(FC, "contact_mode", answer)
    assert got.ok and got.value == code


@pytest.mark.parametrize(("answer", "left_out"), [
    ("everything except the duty to report to child welfare", "opplysningsplikt_barnevern"),
    ("all of it apart from the free of charge part", "gratis_uten_henvisning"),
    ("everything other than confidentiality", "taushetsplikt"),
])
def test_information_given_english_except(answer: str, left_out: str) -> None:
    got = read(FC, "information_given", answer)
    assert got.ok and isinstance(got.value, list) and left_out not in got.value and len(got.value) == 4


@pytest.mark.parametrize("answer", ["sønnen har bodd hos henne i to år", "sonen har budd hos ho sidan jul"])
def test_living_with_perpetrator_perfect(answer: str) -> None:
    ctx = {SM_SLOT["feared_persons"]: ["sonn"]}
    got = read(SM, "living_situation", answer, ctx)
    assert got.ok and got.value == "med_utover"


def test_slots_exist() -> None:
    assert "contact_mode" in FC_SLOT and "living_situation" in SM_SLOT


@pytest.mark.parametrize(("answer", "coming"), [
    ("nå skriver han at han er på vei hit", True), ("hun er på vei hit nå med barna", False)])
def test_coming_now_before_anyone_is_named_as_feared(answer: str, coming: bool) -> None:
    """The trial after the h9 run: no perpetrator named yet, but the answers said «han slo henne»."""
    assert danger_coming(answer, THREATS, [], F) is coming
    # nothing known of who is who (round 15): a third person on the way here now is the 112 line, a missed alarm
    # costs more than a false one; «med barna» is someone bringing the children, no alarm
    assert danger_coming(answer, THREATS, [], None) is coming
