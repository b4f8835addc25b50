"""The 112 check after the h15 transcripts' run (spent; writer-an, 48 transcripts written from questions.md alone).
Over REST no false alarm, but three danger-now answers got no 112 reply:

- «faren og brødrene, de kjører rundt og leter etter henne nå» (first contact, who she fears) and «kastet ut, og
  svogeren kjører rundt og leter etter henne nå» (mapping, thrown out): someone close searching for her now;
- «kjæresten slo ham i kveld og skrev nettopp at han er på vei hit for å hente ham» (mapping, a male victim): his own
  message that he is coming, the pronoun after the one who wrote it.

Searching counts only with a word for now, never with «hun»/«ho» as the one searching, and not «ser etter».
"""

from __future__ import annotations

import pytest

from bot.acute import coming_now, looks_acute


@pytest.mark.parametrize("text", [
    "faren og brødrene, de kjører rundt og leter etter henne nå",
    "kastet ut, og svogeren kjører rundt og leter etter henne nå",
    "kjæresten slo ham i kveld og skrev nettopp at han er på vei hit for å hente ham",
    "eksen leiter etter ho no",
    "familien hennes jakter på henne akkurat nå",
    "mannen sendte nettopp melding og sa at han kommer",
])
def test_searching_now_and_his_word_of_coming_alarm_in_the_dialogues_too(text: str) -> None:
    assert looks_acute(text)
    assert coming_now(text, pronouns=False)  # a dialogue where a lone «han» cannot be read as him


@pytest.mark.parametrize("text", [
    "hun leter etter barna nå",
    "han leter etter henne hver dag",
    "politiet leter etter ham nå",
    "han lette etter henne i fjor",
    "han leter etter en leilighet nå",
    "eksen har lett etter henne i flere måneder",
    "han leter fortsatt etter henne",
    "hun ser etter barna nå",
])
def test_no_alarm_without_someone_searching_for_her_now(text: str) -> None:
    assert not looks_acute(text)


# The final16 run (spent): «politiet har nettopp kjørt hit ei ung kvinne …» got the 112 box on a question about how to
# invite her to talk – someone driven here is no one breaking in. «han har nettopp kjørt hit» stays an alarm.
@pytest.mark.parametrize("text,alarm", [
    ("Politiet har nettopp kjørt hit ei ung kvinne etter en utrykning hjemme hos henne. Hvordan inviterer jeg henne "
     "til en første prat?", False),
    ("ambulansen har akkurat kjørt hit henne og barna", False),
    ("han har nettopp kjørt hit og står i gangen", True),
    ("eksen har akkurat tatt seg inn", True),
])
def test_someone_driven_here_is_no_scene(text: str, alarm: bool) -> None:
    assert looks_acute(text) is alarm


# The REST trial after the final16 run: «han slo henne i fjor sommer, nå bor han i Bergen» got the 112 box – the
# classifier said acute, and living elsewhere was only read with the subject before the verb.
@pytest.mark.parametrize("text", [
    "han slo henne i fjor sommer, nå bor han i Bergen", "nå bor eksen i Tromsø", "nå bor han i en annen by",
    "han bor i Bergen nå og har ikke kontakt",
])
def test_living_elsewhere_is_told_of_another_time(text: str) -> None:
    from bot.acute import told_of_another_time
    from bot.nlu.routing import decide

    assert told_of_another_time(text) and not looks_acute(text)
    ranking = [{"name": "acute_danger", "confidence": 0.9}, {"name": "ask_guide", "confidence": 0.05}]
    assert decide("acute_danger", text, looks_acute, 0.9, ranking).intent == "ask_guide"


def test_living_here_now_is_not_elsewhere() -> None:
    from bot.acute import told_of_another_time

    assert not told_of_another_time("nå står han i gangen")
