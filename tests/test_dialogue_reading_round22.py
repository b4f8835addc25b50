"""Dialogue reading, round 22: after the held-back h12 run (run once with main at 610ef22, fixed after, not measured).

The run's misses: three answers that say danger now got no 112 reply – standing *ute* on the parking lot («han står
ute på parkeringsplassen no og ventar på ho»), a father driving around with the children now who says he will drive
off the road, and «han er i leiligheten nå, hun har låst seg inne på badet» (hiding from him now); and two
violence-form lists with «fysisk» too many – «ikke noe fysisk» (a filler word between the negation and what it
negates) and a threat to harm *himself* («truer med å skade seg selv»: psychological, not physical violence).
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import gets_112, read


@pytest.mark.parametrize("dialogue,key,text", [
    (FC, "why_contact_now", "han står ute på parkeringsplassen no og ventar på ho"),
    (SM, "children_where", "hos faren, han kjører rundt med dem nå og sier han skal kjøre av veien"),
    (SM, "why_contact_now", "han er i leiligheten nå, hun har låst seg inne på badet og ringer oss"),
])
def test_the_held_back_danger_now_gets_112(dialogue, key, text):
    assert gets_112(dialogue, key, text, None)


@pytest.mark.parametrize("text", [
    "han står nede på parkeringsplassen nå",
    "eksen står her ute ved inngangen nå",
    "hun gjemmer seg for ham på rommet nå",
    "she has locked herself in the bathroom, he is in the flat now",
    "han truer med å kjøre av vegen med borna no",
])
def test_more_of_the_same_kind_alarms(text):
    assert looks_acute(text)


@pytest.mark.parametrize("text", [
    "hun låste seg inne på badet i fjor",
    "han truet med å kjøre av veien for to år siden",
    "hva gjør vi hvis hun har låst seg inne?",
])
def test_the_past_or_a_condition_does_not(text):
    assert not looks_acute(text)


@pytest.mark.parametrize("text,forms", [
    ("han tar pengene hennes, ikke noe fysisk", ["okonomisk"]),
    ("psykisk, truer med a skade seg selv", ["psykisk"]),
    ("han truer med å skade seg sjølv om ho går", ["psykisk"]),
    ("ikkje noko fysisk, men han kontrollerer pengane", ["okonomisk"]),
    ("truer med å skade henne", ["fysisk", "psykisk"]),
])
def test_violence_forms_without_a_negated_or_self_directed_form(text, forms):
    got = read(FC, "violence_forms", text)
    assert got.ok and sorted(got.value) == sorted(forms), got


def test_what_happens_on_a_weekday_is_asked_about_not_reported():
    """The final13 run (spent): a long question about a day user's safety got the 112 reply instead of the answer –
    «hver tirsdag» is what keeps happening, like «hver kveld»; with a word for now it still alarms."""
    assert not looks_acute("Hun kommer hit til samtale hver tirsdag mens han er på jobb, men bor fortsatt i huset med "
                           "ham. Hvordan jobber jeg med sikkerheten hennes?")
    assert looks_acute("han kommer hit hver tirsdag og står utenfor nå")
