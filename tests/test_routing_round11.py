"""The router and the dialogue turn, round 11 (issue 14). Each group is a class of message sent to the wrong place,
found on the dev sets or named from the spent held-back runs (starts batch 7, final9 – read only for the class); the
phrasings are written for this file, apart from ``nlu_data/`` and the bench sets.
"""

from __future__ import annotations

import pytest

from bot.dialogue import engine
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC

# --- 1. An open answer labelled with the question it answers is stored, and no guide reply is sent --------------
OPEN = [(SM, "sm_what_happened"), (SM, "sm_why_afraid"), (FC, "why_contact_now")]


@pytest.mark.parametrize("text", [
    "hva skjedde? han slo henne og tok telefonen hennes",
    "what happened: he hit her and took her phone",
    "What happened? He pushed her against the wall last night",
    "kva skjedde: han truga ho med kniv i gangen",
    "Hvorfor nå? Han har begynt å true barna også",
    "why now? he found out where she works",
    "hva som skjedde – han kvelte henne i går kveld",
    "hvorfor hun er redd: han har truet med å drepe henne",
])
@pytest.mark.parametrize("dialogue, slot", OPEN)
def test_an_open_answer_labelled_with_a_question_is_stored_without_a_guide_reply(dialogue, slot, text):
    for intent in ("ask_guide", "out_of_scope", None):
        t = engine.handle(dialogue, slot, text, intent, {})
        assert t.slots.get(slot) == " ".join(text.split()), (intent, t.slots)
        assert t.guide_reply is None, intent


@pytest.mark.parametrize("text", ["hvordan bestiller jeg tolk på kort varsel?", "how do we book an interpreter at night?",
                                  "korleis bestiller eg tolk til i morgon?"])
@pytest.mark.parametrize("dialogue, slot", OPEN)
def test_a_real_guide_question_mid_dialogue_is_still_answered(dialogue, slot, text):
    t = engine.handle(dialogue, slot, text, "ask_guide", {})
    assert t.guide_reply is not None and t.slots.get(slot) is None


@pytest.mark.parametrize("dialogue, slot", OPEN)
def test_an_answer_that_ends_in_a_question_is_stored_and_answered(dialogue, slot):
    text = "han slo henne i helga, kan vi melde det til politiet uten at hun vil?"
    t = engine.handle(dialogue, slot, text, "ask_guide", {})
    assert t.slots.get(slot) == text and t.guide_reply is not None


# --- 2. How to work the assistant, also long, after context, or «so that you understand it»: help -------------------
def _route(intent: str, text: str, confidence: float = 0.99):
    from bot.acute import looks_acute
    from bot.nlu.routing import decide

    return decide(intent, text, looks_acute, confidence, [])


HOW_TO_USE = [
    "hvordan setter jeg en kartlegging på pause i appen og henter den fram igjen i morgen tidlig?",
    "hvordan avbryter jeg førstesamtalen i chatten hvis hun legger på midt i den?",
    "how do I pause the mapping in this app and pick it up again after my break?",
    "korleis skriv eg inn saksnummeret slik at du forstår det?",
    "hvordan må jeg skrive datoen så du skjønner den?",
    "how should I type the case code so that you understand it?",
    "hvordan skriver jeg svarene så du oppfatter dem riktig?",
]
HOW_TO_USE_AFTER_CONTEXT = [
    "Første natt her, hvordan virker denne chatten?",
    "jeg har aldri brukt den før, hvordan fungerer appen?",
    "eg er vikar i kveld, korleis brukar eg denne assistenten?",
    "new on shift tonight, how do I use this app?",
]


@pytest.mark.parametrize("text", HOW_TO_USE + HOW_TO_USE_AFTER_CONTEXT)
@pytest.mark.parametrize("intent", ["ask_guide", "out_of_scope", "start_safety_mapping", "help"])
def test_how_to_work_the_assistant_is_help(intent, text):
    assert _route(intent, text).intent == "help"


@pytest.mark.parametrize("text", [
    "hvordan tar vi pause i kartleggingen hvis hun blir sliten?",
    "hvordan får hun tilgang til tjenesten hos NAV?",
    "hvordan forklarer jeg vedtaket så hun forstår det?",
    "hun snakker lite norsk, hvordan sikrer jeg at hun forstår samtykket?",
    "hvordan installerer hun BankID-appen på telefonen sin?",
])
def test_how_questions_about_the_work_stay_with_the_guide(text):
    assert _route("ask_guide", text).intent == "ask_guide"


# --- 3. A typo of a utility's name alone, «fortsatt der vi slapp» ----------------------------------------------------
@pytest.mark.parametrize("text, utility", [
    ("hjlep", "help"), ("hejlp", "help"), ("Hjepl", "help"), ("hlep", "help"),
    ("mneyen", "menu"), ("menny", "menu"), ("vis mneyen", "menu"),
    ("fortsatt der vi slapp", "resume"), ("fortsatt der me slapp, ho er tilbake", "resume"),
])
@pytest.mark.parametrize("intent", ["ask_guide", "out_of_scope", "start_triage"])
def test_a_utility_with_a_typo_is_done(intent, text, utility):
    assert _route(intent, text).intent == utility


@pytest.mark.parametrize("text", ["hun bor fortsatt der vi slapp henne av", "fortsatt der vi slapp henne av i går"])
def test_fortsatt_in_a_sentence_is_no_resume(text):
    assert _route("ask_guide", text).intent == "ask_guide"


# --- 4. A request naming a dialogue that the keyword check calls acute: 112 first, the dialogue offered after -------
@pytest.mark.parametrize("text, dialogue", [
    ("ny kartlegging av vold og trusler, eksen har funnet adressen hennes", "start_safety_mapping"),
    ("vi må ta kartleggingen nå, han har truet med kniv", "start_safety_mapping"),
    ("kartlegging av vold, han er på vei hit med kniv", "start_safety_mapping"),
    ("førstesamtale, hun blør og han er her nå", "start_triage"),
])
@pytest.mark.parametrize("intent", ["ask_guide", "out_of_scope"])
def test_an_acute_request_keeps_the_dialogue_it_names_as_an_offer(intent, text, dialogue):
    from bot.acute import looks_acute

    assert looks_acute(text)
    routed = _route(intent, text)
    assert routed.intent == "acute_danger" and routed.offer == dialogue


@pytest.mark.parametrize("text", ["hva gjør vi hvis han står utenfor under kartleggingen?",
                                  "kan vi fortsette kartleggingen hvis han truer henne nå?"])
def test_an_acute_question_about_a_dialogue_gets_no_offer(text):
    assert _route("ask_guide", text).offer is None


# --- 5. How much of a medicine to give is no question for the guide: declined, not asked back or answered ----------
@pytest.mark.parametrize("text", [
    "kor mykje Paracet kan ein gi ein femåring?",  # answered confidently before (a child entry)
    "hvor mange Ibux kan en tenåring ta på en dag?",
    "what is the max dose of melatonin for a teenager?",
    "dosering av allergimedisin til en toåring",
    "hvor mye Pinex kan jeg gi en baby på 8 kg",
])
def test_a_dose_question_is_declined(text):
    from bot.respond import respond

    assert respond(text).custom["sources"] == []


@pytest.mark.parametrize("text", [
    "hun kom hit uten medisinene sine, hvordan får vi tak i dem i kveld?",
    "barnet trenger medisiner hver dag, hva må vi finne ut ved ankomst?",
])
def test_medicines_in_the_work_still_reach_the_guide(text):
    from bot.respond import respond

    assert respond(text).custom["sources"]


# --- 6. The mapping named by what it does («gjennomgangen av volden og truslene»): the name beats the classifier ------
@pytest.mark.parametrize("text", [
    "Hun har bodd her en uke, og lederen vil at jeg tar den systematiske gjennomgangen av volden og truslene i natt. "
    "Sett den i gang, takk.",
    "me skal gjere gjennomgangen av valden og truslane no, start den",
    "vi tar gjennomgangen av truslene hun har fått nå. Start, takk.",
])
def test_the_mapping_named_by_what_it_does_starts_the_mapping(text):
    routed = _route("start_triage", text)
    assert routed.intent == "start_safety_mapping" or routed.offer == "start_safety_mapping"


@pytest.mark.parametrize("text", ["hva er poenget med en systematisk gjennomgang av volden?",
                                  "hvorfor gjør vi en gjennomgang av truslene sammen med beboeren?"])
def test_a_question_about_the_review_starts_nothing(text):
    assert _route("start_safety_mapping", text).intent not in ("start_safety_mapping", "start_triage")


def test_an_offer_beside_an_answer_is_the_dialogue_the_request_names():
    from bot.acute import looks_acute
    from bot.nlu.routing import decide

    text = "Beboeren er klar nå, og teamleder vil ha gjennomgangen av volden hun har vært utsatt for i kveld. Start den."
    ranking = [{"name": "ask_guide", "confidence": 0.9}, {"name": "start_triage", "confidence": 0.3}]
    assert decide("ask_guide", text, looks_acute, 0.9, ranking).offer == "start_safety_mapping"
    unsure = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "start_triage", "confidence": 0.3}]
    assert decide("nlu_fallback", text, looks_acute, 0.4, unsure).offer == "start_safety_mapping"
