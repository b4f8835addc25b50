"""After the h13 transcripts' one run (spent): a typo of «ikke» negates «akutt», a threat to take the children
into death sent now is danger now, and «trussler» (a typo) is psychological violence."""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import read


@pytest.mark.parametrize("text", ["nei ikek akutt", "nei ike akutt", "ikkke akutt nå", "nei ikk akutt fare"])
def test_a_typo_of_ikke_negates_akutt(text):
    assert not looks_acute(text)


@pytest.mark.parametrize("text", [
    "hos faren, han sendte melding nå om at han skal ta med seg ungene i døden",
    "han skriver nå at han tar med seg barna i døden",
    "han sa nå at han skal ta livet av ungene",
])
def test_a_threat_to_take_the_children_into_death_now_alarms(text):
    assert looks_acute(text)


@pytest.mark.parametrize("text", [
    "han har truet med å ta med seg barna i døden en gang for lenge siden",
    "han truet i fjor med å ta livet av seg og barna",
])
def test_the_same_threat_long_ago_does_not(text):
    assert not looks_acute(text)


def test_trussler_with_a_typo_is_psychological():
    got = read(FC, "violence_forms", "slag, voldtekt og trussler")
    assert got.ok and set(got.value) == {"fysisk", "seksuell", "psykisk"}


@pytest.mark.parametrize("text", [
    # the browser trial after the final14 run: «nei, men han kjem hit i morgon» got the 112 reply
    "nei, men han kjem hit i morgon",
    "han kommer hit på fredag for å hente tingene sine",
    "eksen kommer hit neste uke",
    "he is coming here tomorrow",
])
def test_a_coming_at_a_later_time_is_no_alarm(text):
    assert not looks_acute(text)


@pytest.mark.parametrize("text", [
    "han kommer hit i kveld", "han kjem hit no", "han er på vei hit nå og kommer i morgen igjen",
    "han kommer hit nå, ikke i morgen",
])
def test_a_coming_now_or_tonight_still_alarms(text):
    assert looks_acute(text)
