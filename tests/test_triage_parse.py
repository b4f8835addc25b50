"""Free-text answers to the triage questions, as staff type them."""

import pytest

from bot.triage import parse
from bot.triage.note import journal_note, summary, triage_record
from bot.triage.questions import required_slots, slot_to_change


@pytest.mark.parametrize("text,value", [
    ("hun ringte", "telefon"), ("på telefon", "telefon"), ("han møtte opp selv", "oppmote"),
    ("ringte på døra", "oppmote"), ("politiet kom med henne", "brakt_av_politiet"),
    ("barnevernet fulgte henne hit", "brakt_av_annen_tjeneste"), ("legevakta sendte ham", "brakt_av_annen_tjeneste"),
    ('/inform{"answer": "telefon"}', "telefon"),
])
def test_contact_mode(text, value):
    assert parse.parse_contact_mode(text) == parse.Parsed(True, value)


@pytest.mark.parametrize("text,value", [
    ("ja", True), ("nei", False), ("vet ikke", parse.UNKNOWN), ("jepp", True), ("nei det har hun ikke", False),
    ("usikker", parse.UNKNOWN),
])
def test_yes_no(text, value):
    assert parse.parse_yes_no(text) == parse.Parsed(True, value)


@pytest.mark.parametrize("text", ["", "asdkjh qwe", "🙂", "x" * 10000, "ja og nei"])
def test_unreadable_answers_fail(text):
    assert not parse.parse_yes_no(text).ok
    assert not parse.parse_contact_mode(text).ok


def test_interpreter_and_language():
    assert parse.parse_interpreter("trenger tolk på arabisk").value is True
    assert parse.parse_language("trenger tolk på arabisk").value == "arabisk"
    assert parse.parse_interpreter("snakker godt norsk").value is False
    assert parse.parse_interpreter("hun snakker bare somali").value is True
    assert parse.parse_interpreter("nei").value is False


@pytest.mark.parametrize("text,value", [
    ("mannen hennes", "partner"), ("eksmannen", "tidligere_partner"), ("faren", "forelder"),
    ("sønnen hennes", "barn"), ("svigerfamilien", "annen_familie"), ("samboeren", "partner"),
])
def test_relation(text, value):
    assert parse.parse_relation(text).value == value


def test_violence_forms_many_at_once():
    assert parse.parse_violence_forms("psykisk og fysisk vold").value == ["fysisk", "psykisk"]
    assert set(parse.parse_violence_forms("han slår og kontrollerer pengene").value) == {"fysisk", "psykisk",
                                                                                         "okonomisk"}
    assert parse.parse_violence_forms("tvangsekteskap").value == ["tvangsekteskap"]


@pytest.mark.parametrize("text,count", [
    ("to barn, de er hos faren nå", 2), ("ingen", 0), ("tre barn på 2, 5 og 9 år", 3), ("2", 2),
    ("ett barn i barnehagen", 1), ("ingen barn", 0),
])
def test_children_count(text, count):
    assert parse.parse_children_count(text).value == count


def test_children_location_and_help():
    assert parse.parse_children_with_perpetrator("de er hos faren nå").value is True
    assert parse.parse_children_with_perpetrator("de er med henne").value is False
    assert parse.parse_help_needed("trenger et sted å bo i natt").value == ["botilbud"]
    assert parse.parse_help_needed("vil bare snakke").value == ["dagtilbud"]
    assert parse.parse_going_home("hun vil dra hjem").value is True
    assert parse.parse_going_home("nei, hun blir her").value is False
    assert parse.parse_information_given("alt").value == ["tilbudet", "taushetsplikt", "samtykke_politi",
                                                          "gratis_uten_henvisning"]


def test_required_slots_follow_answers():
    assert "language" not in required_slots({"interpreter_needed": False})
    assert "language" in required_slots({"interpreter_needed": True})
    assert "children_with_perpetrator" not in required_slots({"children_count": 0})
    assert required_slots({})[-1] == "triage_confirm"
    assert slot_to_change("endre antall barn") == "children_count"
    assert slot_to_change("endre språk") == "language"
    assert slot_to_change("endre kontaktmåte") == "contact_mode"


def test_record_note_and_summary():
    values = {"contact_mode": "telefon", "acute_danger_now": False, "interpreter_needed": True,
              "language": "arabisk", "perpetrator_relation": "partner", "violence_forms": ["fysisk", "psykisk"],
              "escalated": True, "perpetrator_knows": parse.UNKNOWN, "police_aware": False, "children_count": 2,
              "children_with_perpetrator": True, "feared_for_life": True, "help_needed": ["botilbud"],
              "information_given": ["taushetsplikt"], "going_home": False}
    record = triage_record(values)
    assert record["acute_danger"] is False and record["language"] == "arabisk"
    assert record["perpetrator_knows"] is None  # «vet ikke» is stored as null
    note = journal_note(values, "K-ABC234")
    assert "K-ABC234" in note and "Kontakt: telefon" in note and "røde flagg" in note and "botilbud" in note
    text = summary(values, required_slots(values))
    assert "Språk: arabisk" in text and "Barn: 2" in text


def test_stored_values_read_as_themselves():
    """A resumed draft is validated again; its stored codes must parse to the same values."""
    for code in ["telefon", "oppmote", "brakt_av_politiet", "brakt_av_annen_tjeneste", "annet"]:
        assert parse.parse_contact_mode(code).value == code
    for code in ["partner", "tidligere_partner", "forelder", "barn", "annen_familie", "annen"]:
        assert parse.parse_relation(code).value == code
    assert parse.parse_yes_no(parse.UNKNOWN).value == parse.UNKNOWN
