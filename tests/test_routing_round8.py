"""The router, round 8 (issue 14, after the final7 run and the tired-staff trial on 2eca78a).

Two kinds of message look alike and must part: a request to act on the person at hand («kan vi ta imot en ny
som ringer nå?») starts the dialogue; a question about practice for a *kind* of person («kan vi ta imot en kvinne
som ikke har lovlig opphold?», «skal vi registrere folk som bare ringer?») is answered from the guide and starts
nothing, whatever the classifier says. And a bare start command with a clause saying the person is there now
(«ny henvendelse, hun ringer nå») starts at once.

The phrasings are written for this file (bokmål, nynorsk, English, typos), apart from ``nlu_data/`` and the bench
sets; the classifier's worst case is given (sure it is a start), so the router's reading of the shape decides.
"""

import functools

import pytest

from bot.acute import looks_acute
from bot.nlu.routing import ASK_GUIDE, DIALOGUES, Routed, decide


# Questions about practice for a kind of person: never started, and no start offered beside the answer.
@pytest.mark.parametrize("intent,text", [
    ("start_triage", "Kan vi ta imot en kvinne som ikke har lovlig opphold i Norge?"),
    ("start_triage", "Skal vi registrere folk som bare ringer eller kommer innom en gang?"),
    ("start_triage", "kan vi ta imot ei kvinne som ikkje har opphaldsløyve?"),
    ("start_triage", "kan me ta imot ein mann med to born?"),
    ("start_triage", "kan vi ta imot en gravid kvinne som ruser seg?"),
    ("start_triage", "skal vi registrere alle som ringer vakttelefonen?"),
    ("start_triage", "må vi registrere de som bare vil ha råd på telefon?"),
    ("start_triage", "bør vi ta imot kvinner med store hunder?"),
    ("start_triage", "kan vi ta imot en mor uten papirer?"),
    ("start_triage", "kan vi ta i mot en dame som har rusproblemer"),
    ("start_triage", "skal vi ta imot menn som er utsatt for vold fra partner?"),
    ("start_triage", "Can we take in a woman who has no residence permit?"),
    ("start_triage", "should we register people who only call once?"),
    ("start_triage", "can we accept a mother with teenage sons?"),
    ("start_triage", "skal vi registerer folk som bare ringer en gang?"),
    ("start_safety_mapping", "skal vi kartlegge alle som kommer inn, eller bare noen?"),
    ("start_safety_mapping", "bør vi kartlegge en kvinne som ikke snakker norsk med tolk?"),
    ("start_safety_mapping", "skal me kartleggje brukarar som berre kjem på dagtid?"),
])
def test_a_question_about_a_kind_of_person_is_answered_and_starts_nothing(intent, text):
    routed = decide(intent, text, looks_acute, confidence=0.99)
    assert routed.intent == ASK_GUIDE
    assert routed.offer is None


# Requests about the person at hand: new, a pronoun, someone now at the door or on the phone.
@pytest.mark.parametrize("intent,text", [
    ("start_triage", "kan vi ta imot en ny som ringer nå?"),
    ("start_triage", "kan vi ta imot henne nå?"),
    ("start_triage", "kan vi ta imot en kvinne som står i døra nå?"),
    ("start_triage", "kan me ta imot ei som ringjer no?"),
    ("start_triage", "kan vi ta imot en ny henvendelse?"),
    ("start_triage", "kan vi gjøre første henvendelse for en mann som sover i bilen?"),
    ("start_triage", "can we take in the woman on the phone now?"),
    ("start_triage", "skal vi registrere henvendelsen?"),
    ("start_safety_mapping", "skal vi kartlegge henne nå?"),
    ("start_safety_mapping", "kan vi kartlegge beboeren som kom i går?"),
])
def test_a_request_about_the_person_at_hand_still_starts(intent, text):
    assert decide(intent, text, looks_acute, confidence=0.99) == Routed(intent)


# The bare command in a clause of its own, and the person there now: start at once.
@pytest.mark.parametrize("intent,text", [
    ("start_triage", "ny henvendelse, hun ringer nå"),
    ("start_triage", "ny henvendelse – ho ringjer no"),
    ("start_triage", "hun står i døra nå. ny sak"),
    ("start_triage", "ny henvendlse, hun er på telefonen"),
    ("start_triage", "new case, she is on the phone now"),
    ("start_safety_mapping", "ny kartlegging, hun sitter her nå"),
])
def test_a_start_command_with_the_person_there_now_starts(intent, text):
    assert decide(intent, text, looks_acute, confidence=0.99) == Routed(intent)


@pytest.mark.parametrize("intent,text", [
    ("start_triage", "ny henvendelse fra legevakta"),  # a situation, nothing now: offered
    ("start_triage", "ny henvendelse, hun har to barn"),
])
def test_a_start_command_with_a_situation_but_not_now_is_offered(intent, text):
    assert decide(intent, text, looks_acute, confidence=0.99) == Routed(ASK_GUIDE, intent)


def test_a_start_command_beside_a_question_starts_nothing():
    assert decide("start_triage", "ny henvendelse, hva spør jeg om først?", looks_acute, 0.99).intent not in DIALOGUES


@functools.cache
def _titles() -> frozenset[frozenset[str]]:
    from bot.guide.corpus import load_corpus
    from bot.nlu.routing import title_key

    return frozenset(title_key(t) for e in load_corpus().entries for t in (e.title, e.section_title))


# A keyword look-up of a title word and an injury or violence word is a look-up, not the 112 reply (the trial:
# «synlige skader»); someone, a verb of being, or now/here keeps the reply.
# (The guide's own title words only: «synlege skadar», «visible injuries» still get the 112 reply.)
@pytest.mark.parametrize("text", ["synlige skader", "skader på barn", "synlige merker", "vold mot barn",
                                  "trusler på sms"])
def test_a_short_topic_with_a_word_of_alarm_is_a_look_up(text):
    assert decide("acute_danger", text, looks_acute, 0.8, titles=_titles()) == Routed(ASK_GUIDE)


@pytest.mark.parametrize("text", ["politiet", "barnet er borte", "ho er skadd", "kom fort", "ring ambulanse",
                                  "hjelp", "han slår", "skader nå", "she is injured"])
def test_someone_being_or_now_keeps_the_112_reply(text):
    assert decide("acute_danger", text, looks_acute, 0.8, titles=_titles()).intent == "acute_danger"


# Asking to resume in a frame, question mark and all, resumes whatever the classifier says (after a retrain it
# called «kan vi fortsette samtalen fra i stad?» a look-up); a topic after the verb stays a question.
@pytest.mark.parametrize("text", ["kan vi fortsette samtalen fra i stad?", "kan vi fortsette samtalen fra i går?",
                                  "kan du fortsette kartleggingen der vi slapp?", "kan me halde fram med kartlegginga no?",
                                  "can we continue the form?", "kan vi bare fortsette skjemaet nå?"])
def test_a_framed_request_to_resume_resumes(text):
    assert decide("ask_guide", text, looks_acute, 0.99) == Routed("resume")


@pytest.mark.parametrize("text", ["kan vi fortsette samtaler etter utflytting?",
                                  "kan vi fortsette å ha samtaler etter at hun flytter?",
                                  "kan vi fortsette samtalen med henne senere?"])
def test_a_framed_question_about_continuing_conversations_is_not_resume(text):
    assert decide("ask_guide", text, looks_acute, 0.99).intent == ASK_GUIDE


@pytest.mark.parametrize("text", ["foreldrehverdag.no", "www.dinutvei.no", "se bufdir.no"])
def test_a_web_address_ending_is_no_word_of_alarm(text):
    assert decide("acute_danger", text, looks_acute, 0.8, titles=_titles()) == Routed(ASK_GUIDE)


def test_nynorsk_now_still_is_a_word_of_alarm():
    assert decide("acute_danger", "han er her no", looks_acute, 0.8, titles=_titles()).intent == "acute_danger"
