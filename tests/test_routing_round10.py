"""The router, round 10 (issue 14). Each group is a class of message the router sent to the wrong place, found on
the dev sets or named from the held-back run after round 9 (not read here); the phrasings are written for this file,
apart from ``nlu_data/`` and the bench sets. The classifier's worst case is given (sure of the wrong intent), so each
test says what the router does whatever the model says.
"""

from __future__ import annotations

import functools

import pytest

from bot.acute import looks_acute
from bot.nlu.routing import ASK_GUIDE, DIALOGUES, Routed, decide


@functools.cache
def _titles() -> frozenset[frozenset[str]]:
    from bot.guide.corpus import load_corpus
    from bot.nlu.routing import title_key

    return frozenset(title_key(t) for e in load_corpus().entries for t in (e.title, e.section_title))


def _route(intent: str, text: str, confidence: float = 0.99, ranking: tuple = ()) -> Routed:
    return decide(intent, text, looks_acute, confidence, list(ranking), _titles())


# --- 1. Starting a group, a course, an activity — or one way instead of another — is a practice question -------
@pytest.mark.parametrize("text", [
    "kan vi starte ei samtalegruppe for damer som har flytta herfra?",
    "kan vi starte en støttegruppe for kvinner som har bodd hos oss?",
    "Kan me starte eit kurs for fedrar med vald i familien?",
    "kan vi sette i gang et eget tilbud for ungdom som har bodd her?",
    "kan vi lage en fast treffkveld for tidligere beboere?",
    "could we start a group for mothers after they move out?",
    "can we set up a weekly activity for the children here?",
    "kan vi starte en gruppe for mødrer som har flytta ut",  # a typo, no question mark
])
@pytest.mark.parametrize("intent", DIALOGUES)
def test_starting_an_activity_of_the_shelter_is_answered_and_offers_nothing(intent, text):
    assert _route(intent, text) == Routed(ASK_GUIDE)


@pytest.mark.parametrize("text", [
    "can we just chat in English rather than book an interpreter?",
    "could we talk in English with her instead of using an interpreter?",
    "kan vi prate engelsk med ho i staden for å bestille tolk?",
    "kan vi bruke engelsk i stedet for tolk når hun kan litt?",
    "kan vi snakke med henne på engelsk istedenfor å ringe tolketjenesten",
])
@pytest.mark.parametrize("intent", DIALOGUES)
def test_one_way_instead_of_another_is_answered_and_starts_nothing(intent, text):
    assert _route(intent, text) == Routed(ASK_GUIDE)


@pytest.mark.parametrize("text", ["can we take in the woman on the phone now?", "kan vi ta førstesamtalen nå?",
                                  "kan du starte kartleggingen for meg?", "can we start the intake now?"])
def test_starting_a_dialogue_in_a_frame_still_starts(text):
    intent = "start_safety_mapping" if "kartlegg" in text else "start_triage"
    assert _route(intent, text).intent == intent


def test_talk_is_not_take():
    """«ta» was a stem: «talk» read as «ta …» and the first contact started."""
    assert _route("start_triage", "can we just talk about it in English?") == Routed(ASK_GUIDE)


@pytest.mark.parametrize("text", ["kan vi hjelpe en dagbruker med å finne advokat?",
                                  "kan me hjelpe ein dagbrukar med søknad om bustad?"])
def test_helping_a_kind_of_user_is_a_practice_question(text):
    assert _route("start_triage", text) == Routed(ASK_GUIDE)


# --- 2. A bare «ny …» starts only for what a shelter receives ----------------------------------------------------
@pytest.mark.parametrize("text", ["nytt perspektiv", "nye perspektiver", "ny bolig", "nytt syn på seg selv"])
def test_new_something_that_is_a_topic_is_not_started(text):
    assert _route("start_triage", text).intent != "start_triage"


@pytest.mark.parametrize("text", ["ny henvendlse", "nytt inntak", "ny innringer", "new intake", "ny sak takk",
                                  "ny kvinne", "ny kartlegging"])
def test_new_what_a_shelter_receives_still_starts(text):
    intent = "start_safety_mapping" if "kartlegg" in text else "start_triage"
    assert _route(intent, text).intent == intent


# --- 3. Help with a topic is a look-up; how to work the assistant is help ------------------------------------------
@pytest.mark.parametrize("text", ["hjelp til selvhjelp", "hjelp med bolig", "help with housing", "hjelp til barna"])
def test_help_with_a_topic_reaches_the_guide(text):
    assert _route("help", text).intent == ASK_GUIDE


@pytest.mark.parametrize("text", ["hjelp", "hjelp meg", "vis hjelp", "help"])
def test_help_alone_is_help(text):
    assert _route("help", text).intent == "help"


@pytest.mark.parametrize("text", [
    "hvordan begynner jeg en dialog med deg?", "korleis kjem eg i gang med appen?",
    "how do I start a conversation with you?", "hvordan setter jeg et skjema på pause og fortsetter i morgen?",
    "hvordan avbryter jeg dialogen?", "hvordan bruker jeg assistenten på nattevakt",
])
@pytest.mark.parametrize("intent", ["start_triage", "pause", "ask_guide"])
def test_how_to_work_the_assistant_is_help(intent, text):
    assert _route(intent, text).intent == "help"


@pytest.mark.parametrize("text", ["hvordan starter jeg førstesamtalen?", "hvordan avslutter jeg en samtale med barn?",
                                  "hvordan laster hun ned BankID-appen?", "how do you talk to a child about it?"])
def test_how_to_do_the_work_is_not_help(text):
    assert _route("ask_guide", text).intent == ASK_GUIDE


# --- 4. Resume, in a question, in context, said of ourselves -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "hvor var vi?", "kor slapp me?", "where were we?", "where did we leave off?",
    "kan vi ta opp igjen tråden fra i går?", "kan me plukke opp tråden?", "could we pick up the thread?",
    "telefonen ringte midt i registreringen, nå er jeg her igjen – kan vi fortsette der vi slapp?",
    "ho kom tilbake frå legevakta. kan me halde fram med kartlegginga?",
    "vi fortsetter skjemaet for k-7qx3ma", "la oss fortsette kartleggingen", "we continue the intake now",
    "tilbake til det vi holdt på med", "back to what we were doing",
])
@pytest.mark.parametrize("intent", ["ask_guide", "start_safety_mapping"])
def test_asking_to_resume_resumes(intent, text):
    assert _route(intent, text).intent == "resume"


@pytest.mark.parametrize("text", ["hvor var vi på tur i fjor?", "vi fortsetter samtaler etter utflytting",
                                  "hva gjør vi hvis hun vil komme tilbake til oss?",
                                  "hun er redd, hvor var vi da hun ringte?"])
def test_look_alikes_are_not_resume(text):
    assert _route("ask_guide", text).intent != "resume"


# --- 5. Which choices → the menu; a named checklist or what it holds → the checklist -------------------------------
@pytest.mark.parametrize("text", ["hvilke valg har jeg?", "kva for val har eg?", "vis meg valgene", "show me the options",
                                  "hva kan jeg velge mellom?"])
@pytest.mark.parametrize("intent", ["out_of_scope", "help"])
def test_asking_for_the_choices_opens_the_menu(intent, text):
    assert _route(intent, text).intent == "menu"


def test_her_choices_are_a_topic():
    assert _route("out_of_scope", "hvilke valg har hun når hun flytter ut?").intent != "menu"


@pytest.mark.parametrize("text", [
    "hva står på sjekklista for førstesamtalen?", "kva står i sjekklista for kartlegging?",
    "what is on the checklist for the first contact?", "kort sjekkliste til ny bolig", "huskeliste for kartleggingen",
    "sikkerhetstiltak sjekkliste",
])
def test_a_named_checklist_or_its_content_is_the_checklist(text):
    assert _route("ask_guide", text, 0.7).intent == "checklist"


@pytest.mark.parametrize("text", ["hva står på sjekklisten for god informasjon?", "sjekkliste innhold tilbud"])
def test_a_guide_checklist_is_not_the_assistants(text):
    assert _route("ask_guide", text, 0.7).intent == ASK_GUIDE


# --- 6. A request naming a dialogue the classifier calls a question: the dialogue is offered -----------------------
@pytest.mark.parametrize("text,offer", [
    ("kan jeg få opp førstesamtalen nå", "start_triage"), ("la oss kartlegge truslene hun har fått", "start_safety_mapping"),
    ("vi må kjøre inntaket kjapt, hun er på linja", "start_triage"),
    ("beboeren er klar nå, la oss ta risikovurderingen", "start_safety_mapping"),
])
def test_a_request_naming_a_dialogue_offers_it(text, offer):
    ranking = ({"name": "ask_guide", "confidence": 1.0}, {"name": offer, "confidence": 1e-9})
    assert _route("ask_guide", text, 1.0, ranking) == Routed(ASK_GUIDE, offer)


def test_a_question_naming_a_dialogue_offers_nothing():
    ranking = ({"name": "ask_guide", "confidence": 1.0},)
    assert _route("ask_guide", "hva er målet med førstesamtalen?", 1.0, ranking) == Routed(ASK_GUIDE)


# --- 7. A title word in another form is a look-up, not the 112 reply ----------------------------------------------
@pytest.mark.parametrize("text", ["skader dokumentere", "dokumentere blåmerker", "journalføre skader"])
def test_a_title_word_in_another_form_is_a_look_up(text):
    assert _route("acute_danger", text, 0.7) == Routed(ASK_GUIDE)


@pytest.mark.parametrize("text", ["hun blør", "han har kniv", "skader nå", "ho er skadd"])
def test_alarms_keep_the_112_reply(text):
    assert _route("acute_danger", text, 0.7).intent == "acute_danger"


@pytest.mark.parametrize("intent,text,expected", [
    ("start_safety_mapping", "intake for a new resident please", "start_triage"),
    ("start_safety_mapping", "kan vi ta inntaket nå", "start_triage"),
    ("start_triage", "start risikovurdering for K-7H2M9P", "start_safety_mapping"),
    ("start_triage", "vi må kartlegge volden nå", "start_safety_mapping"),
])
def test_the_dialogue_named_wins_over_the_classifiers_other_dialogue(intent, text, expected):
    """A wrong start is worse than none: the starts dev set had «intake for a new resident please» classified as the
    mapping and started it (after the merges of this session). The dialogue the message names decides."""
    got = _route(intent, text)
    assert expected in (got.intent, got.offer) and intent not in (got.intent, got.offer)


@pytest.mark.parametrize("intent,text", [
    ("start_triage", "kartlegging i førstesamtalen"), ("start_safety_mapping", "start kartlegging"),
])
def test_naming_both_or_the_same_dialogue_keeps_the_classifiers(intent, text):
    got = _route(intent, text)
    assert intent in (got.intent, got.offer)


@pytest.mark.parametrize("text,offer", [
    ("ny kartlegging av vold og trusler, han har funnet ut hvor hun jobber", "start_safety_mapping"),
    ("førstesamtale nå, hun sier han står utenfor med kniv", "start_triage"),
])
def test_danger_beside_a_named_dialogue_gets_112_and_the_dialogue_offered(text, offer):
    """CONTRACTS.md §5: the 112 reply first, the action after it. A message that names a dialogue without the shape of
    a request («ny kartlegging …, han har funnet ut …») lost the offer (starts dev, after the merges)."""
    got = decide("acute_danger", text, looks_acute, confidence=0.95)
    assert got == Routed("acute_danger", offer)


@pytest.mark.parametrize("text,utility", [
    ("list opp alt du kan", "menu"), ("vis meg alt du kan gjøre", "menu"), ("show me everything you can do", "menu"),
    ("vis hjelpetekst", "help"), ("hjelpetekst", "help"),
])
def test_what_the_assistant_can_do_and_its_help_text_by_name(text, utility):
    """Starts dev after the merges: «list opp alt du kan» showed the checklist chooser, «vis hjelpetekst» a guide
    clarification."""
    from bot.nlu.routing import named_utility
    assert named_utility(text) == utility


@pytest.mark.parametrize("text", ["list opp alt du kan om tolk", "vis alt om barn", "hva kan du om barn"])
def test_everything_about_a_topic_is_no_menu(text):
    from bot.nlu.routing import named_utility
    assert named_utility(text) is None
