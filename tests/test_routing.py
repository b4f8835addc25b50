"""The NLU router: commands keep their intent only in a command's form; questions go to the guide."""

import pytest

from bot.acute import looks_acute
from bot.nlu.routing import ASK_GUIDE, looks_like_question, route


@pytest.mark.parametrize("intent,text", [
    ("start_triage", "ny henvendelse"),
    ("start_triage", "start første samtale"),
    ("start_triage", "/ny"),
    ("start_triage", "før meg gjennom første kontakt"),
    ("start_triage", "registrer ny henvendelse"),
    ("start_safety_mapping", "start kartlegging"),
    ("start_safety_mapping", "kartlegg vold og trusler"),
    ("start_safety_mapping", "kartlegging for K-7F3Q2A"),
    ("start_safety_mapping", "/kartlegg"),
    ("checklist", "sjekkliste ny bolig"),
    ("search_word", "søk tolk"),
    ("search_word", "/sok besøksforbud"),
    ("menu", "meny"),
    ("help", "hjelp"),
    ("help", "hva kan du?"),
    ("pause", "pause"),
    ("pause", "ta en pause"),
    ("resume", "fortsett"),
    ("cancel", "avbryt"),
    ("why_ask", "hvorfor spør vi om dette?"),
    ("why_ask", "kvifor spør du om det"),
    ("change_answer", "endre antall barn"),
    ("bot_challenge", "er du en robot?"),
    ("greet", "hei"),
    ("thank", "tusen takk"),
    ("deny", "nei"),
    ("affirm", "ja, det stemmer"),
])
def test_commands_in_their_form_keep_their_intent(intent, text):
    assert route(intent, text, looks_acute) == intent


@pytest.mark.parametrize("intent,text", [
    ("start_triage", "formålet med førstesamtalen"),
    ("start_triage", "hun sier mannen har kvelt henne før, hva gjør jeg"),
    ("start_triage", "Jeg har en førstegangshenvendelse på telefon nå, hva bør jeg ha fått avklart før vi legger på?"),
    ("start_triage", "info til ny bruker ved første kontakt"),
    ("start_safety_mapping", "trusselkartlegging av barn"),
    ("start_safety_mapping", "er det nødvendig å kartlegge barna"),
    ("start_safety_mapping", "åpne spørsmål til barn i kartlegging"),
    ("checklist", "Hva må være gjort før en samtale med et barn? Jeg vil gjerne ha en liten sjekkliste."),
    ("help", "hjelp til selvhjelp i samtaler"),
    ("pause", "pause i tung samtale"),
    ("resume", "fortsette samtaler etter utflytting"),
    ("why_ask", "hvorfor kartlegge barn"),
    ("cancel", "avslutte samtalen skikkelig"),
    ("change_answer", "oppdatere planen"),
    ("search_word", "styrke foreldrerollen"),
    ("menu", "åtte temaer for godt samspill"),
    ("greet", "hei, hvordan bestiller jeg tolk?"),
    ("deny", "nei, men hva gjør vi hvis han dukker opp her i natt?"),
    ("bot_challenge", "who pays for the interpreter?"),
])
def test_questions_go_to_the_guide(intent, text):
    assert route(intent, text, looks_acute) == ASK_GUIDE


def test_acute_stays_unless_a_question_without_danger_now():
    assert route("acute_danger", "han står utenfor med kniv nå", looks_acute) == "acute_danger"
    assert route("acute_danger", "hjelp, han slår henne nå", looks_acute) == "acute_danger"
    assert route("acute_danger", "hva gjør vi hvis en beboer har vært kvalt tidligere?", looks_acute) == ASK_GUIDE


def test_other_intents_are_left_alone():
    for intent in ("ask_guide", "out_of_scope", "nlu_fallback", "inform", "choose_entry", "browse"):
        assert route(intent, "hva som helst her", looks_acute) == intent
    assert route(None, "tekst") is None


def test_question_shape():
    assert looks_like_question("tolk?")
    assert looks_like_question("hvordan bestiller jeg tolk")
    assert looks_like_question("hun står i døra og vil inn, hva gjør vi nå")
    assert not looks_like_question("ny henvendelse")
    assert not looks_like_question("to barn, de er hos faren")
