"""End-to-end over the REST channel against the real servers (CONTRACTS.md §2 and §5)."""

from __future__ import annotations

import secrets

import pytest

from bot.channels.rest_client import send

pytestmark = pytest.mark.e2e

TOLK = "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/slik-bestiller-du-tolk"
POLICE = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/nar-er-det-nodvendig-a-involvere-politiet"

GUIDE_QUESTIONS = {
    "hvordan bestiller jeg tolk?": TOLK,
    "kan sønnen hennes på 12 tolke for henne i natt?":
        "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/bruk-profesjonell-tolk",
    "hva er et besøksforbud og hvor lenge varer det?":
        "under-oppholdet-botilbudet/arbeid-med-sikkerhet/sikkerhetstiltak-i-regi-av-politiet-eller-domstolene",
    "må jeg ha samtykke før jeg ringer politiet om en beboer?": POLICE,
}
OFF_TOPIC = ["hva blir været i morgen?", "oppskrift på pannekaker", "hvem vant eurovision i fjor"]


def customs(messages):
    return [m["custom"] for m in messages if "custom" in m]


def ask(url, text):
    return send("e2e-" + secrets.token_hex(4), text, url=url)


@pytest.mark.parametrize("question,expected", list(GUIDE_QUESTIONS.items()))
def test_guide_answers_carry_expected_first_source(rasa_url, question, expected):
    messages = ask(rasa_url, question)
    found = customs(messages)
    assert len(found) == 1, messages
    assert found[0]["sources"][0]["id"] == expected, found[0]
    assert len(found[0]["sources"]) <= 3


def test_tolk_answer_text_has_source_line(rasa_url):
    messages = ask(rasa_url, "hvordan bestiller jeg tolk?")
    text = "\n".join(m.get("text", "") for m in messages)
    assert "Når den utsatte trenger tolk › Slik bestiller du tolk" in text
    assert "Sist faglig oppdatert" in text and "bufdir.no" in text
    assert customs(messages)[0]["clarify"] is False


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_gets_empty_sources(rasa_url, question):
    found = customs(ask(rasa_url, question))
    assert found == [{"sources": [], "clarify": False}]


def test_acute_danger_first_message_is_112(rasa_url):
    messages = ask(rasa_url, "han står utenfor døra med kniv og prøver å komme inn nå")
    assert "112" in messages[0]["text"]
    assert customs(messages)[0]["sources"][0]["id"] == POLICE


@pytest.mark.parametrize("text", ["", "🙂🙂🙂", "a" * 10000, "What is the capital of France?", "asdf qwer zxcv"],
                         ids=["empty", "emoji", "10000-chars", "english", "nonsense"])
def test_bad_input_gets_a_norwegian_reply(rasa_url, text):
    messages = ask(rasa_url, text)
    assert messages, "no reply"
    joined = " ".join(m.get("text", "") for m in messages)
    assert joined and "Traceback" not in joined and "Error" not in joined


def test_greeting_and_menu_and_button_roundtrip(rasa_url):
    sender = "e2e-" + secrets.token_hex(4)
    assert "Krisesenterassistenten" in send(sender, "hei", url=rasa_url)[0]["text"]
    menu = send(sender, "meny", url=rasa_url)
    assert len(menu[0]["buttons"]) == 7
    chapter = send(sender, menu[0]["buttons"][0]["payload"], url=rasa_url)
    entry_button = chapter[0]["buttons"][0]
    answer = send(sender, entry_button["payload"], url=rasa_url)
    assert customs(answer)[0]["sources"][0]["id"].startswith("forste-henvendelse/")


def test_word_search_and_checklist(rasa_url):
    found = ask(rasa_url, "/sok tolk")
    assert found[0]["buttons"]
    checklist = ask(rasa_url, "sjekkliste ny bolig")
    assert "ny bolig" in checklist[0]["text"].lower()


def test_feedback_buttons_round_trip_to_botctl(rasa_url, e2e_database_url):
    import os
    import subprocess

    from bot.config import PROJECT_ROOT

    sender = "e2e-" + secrets.token_hex(4)
    answer = send(sender, "hvem betaler for tolken?", url=rasa_url)
    down = next(b for m in answer for b in m.get("buttons", []) if b["title"] == "👎 Ikke nyttig")
    thanks = send(sender, down["payload"], url=rasa_url)
    assert "Takk" in thanks[0]["text"]
    send(sender, "hvor ligger nærmeste bensinstasjon med vaskehall?", url=rasa_url)
    out = subprocess.run([str(PROJECT_ROOT / "botctl"), "feedback"], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "DATABASE_URL": e2e_database_url})
    assert out.returncode == 0, out.stderr
    assert "hvor ligger nærmeste bensinstasjon med vaskehall?" in out.stdout
    assert "«hvem betaler for tolken?»" in out.stdout


def test_english_question_gets_norwegian_guide_answer(rasa_url):
    messages = ask(rasa_url, "Who pays for the interpreter when a resident needs one?")
    found = customs(messages)
    assert len(found) == 1 and found[0]["sources"], messages
    assert "bare på norsk" in messages[0]["text"]


@pytest.mark.parametrize("question", ["formålet med førstesamtalen", "pause i tung samtale",
                                      "hvorfor kartlegge barn", "hjelp til selvhjelp i samtaler"])
def test_guide_questions_that_look_like_commands_reach_the_guide(rasa_url, question):
    found = customs(ask(rasa_url, question))
    assert len(found) == 1 and found[0]["sources"], question


def test_question_about_past_violence_does_not_start_a_dialogue(rasa_url):
    """The guide has no subsection on strangulation: the search may decline, but no dialogue starts."""
    messages = ask(rasa_url, "hun sier mannen har kvelt henne før, hva gjør jeg")
    assert len(customs(messages)) == 1, messages
    assert not any("Hvordan kom kontakten" in m.get("text", "") for m in messages)


def test_reply_header_names_the_running_dialogue(rasa_url):
    """The Telegram bridge learns from ``X-Krise-Dialogue`` which turns belong to a dialogue."""
    import requests

    sender = "e2e-" + secrets.token_hex(4)

    def header(text: str) -> str | None:
        answer = requests.post(rasa_url + "/webhooks/rest/webhook", json={"sender": sender, "message": text},
                               timeout=120)
        assert answer.status_code == 200
        return answer.headers.get("X-Krise-Dialogue")

    assert header("hvordan bestiller jeg tolk?") == ""
    assert header("ny henvendelse") == "triage_form"
    assert header("hvordan bestiller jeg tolk?") == "triage_form"  # a guide question mid-form: still in it
    assert header("avbryt") in ("triage_form", "")  # asks to confirm first
    assert header("ja") == ""


@pytest.mark.parametrize("question", ["æresvold", "barn ny bolig", "regulering betydning"])
def test_short_lookup_is_answered_or_clarified_not_declined(rasa_url, question):
    """A one-to-three-word look-up naming a title never gets «finner ikke» (issue 14)."""
    found = customs(ask(rasa_url, question))
    assert len(found) == 1 and found[0]["sources"], question


def test_irregular_and_nynorsk_forms_reach_the_same_entry(rasa_url):
    found = customs(ask(rasa_url, "kan sonen hennar på 12 tolke for ho i natt?"))
    assert found and found[0]["sources"][0]["id"] == \
        "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/bruk-profesjonell-tolk"
