"""Triage actions with rasa_sdk's Tracker and CollectingDispatcher against a real SQLite database."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.triage_actions import (
    ActionCancelTriage,
    ActionChangeAnswer,
    ActionPauseTriage,
    ActionResumeTriage,
    ActionSubmitTriage,
    ActionTriageWhy,
    ValidateTriageForm,
)
from bot.storage import db, migrate, repository

ANSWERS = {"contact_mode": "telefon", "acute_danger_now": False, "interpreter_needed": True, "language": "arabisk",
           "perpetrator_relation": "partner", "violence_forms": ["fysisk", "psykisk"], "escalated": True,
           "perpetrator_knows": "ukjent", "police_aware": False, "children_count": 2,
           "children_with_perpetrator": True, "feared_for_life": True, "help_needed": ["botilbud"],
           "information_given": ["taushetsplikt"], "going_home": False, "triage_confirm": True}


@pytest.fixture
def database(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'krise.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    db.reset_engines()
    migrate.upgrade(url)
    yield url
    db.reset_engines()


def tracker(text="", slots=None, requested=None, sender="s-1"):
    slots = dict(slots or {})
    slots["requested_slot"] = requested
    return Tracker(sender_id=sender, slots=slots,
                   latest_message={"text": text, "intent": {"name": "inform"}, "entities": []},
                   events=[], paused=False, followup_action=None,
                   active_loop={"name": "triage_form"}, latest_action_name="action_listen")


def run(action, trk):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, trk, {}))
    return dispatcher.messages, events


def validate(slot, text):
    dispatcher = CollectingDispatcher()
    result = getattr(ValidateTriageForm(), f"validate_{slot}")(text, dispatcher, tracker(), {})
    return result, dispatcher.messages


def test_free_text_fills_the_asked_slot_and_related_ones():
    assert validate("contact_mode", "hun ringte")[0] == {"contact_mode": "telefon"}
    result, _ = validate("children_count", "to barn, de er hos faren nå")
    assert result == {"children_count": 2, "children_with_perpetrator": True}
    result, _ = validate("interpreter_needed", "trenger tolk på arabisk")
    assert result == {"interpreter_needed": True, "language": "arabisk"}


@pytest.mark.parametrize("bad", ["", "asdkjh qwe", "x" * 10000, "ja og nei", "🙂"])
def test_bad_answers_are_reasked_with_explanation(bad):
    result, messages = validate("acute_danger_now", bad)
    assert result == {"acute_danger_now": None}
    assert "fikk jeg ikke til å lese" in messages[0]["text"]


def test_acute_yes_gives_112_at_once():
    result, messages = validate("acute_danger_now", "ja")
    assert result == {"acute_danger_now": True}
    assert "112" in messages[0]["text"]


def test_going_home_shows_the_guides_advice():
    _, messages = validate("going_home", "hun vil dra hjem")
    assert any(m.get("custom", {}).get("sources", [{}])[0].get("id", "").endswith("nar-den-voldsutsatte-vil-dra-hjem")
               for m in messages)


def test_submit_stores_record_and_note_and_resets(database):
    messages, events = run(ActionSubmitTriage(), tracker(slots=ANSWERS))
    assert "Lagret som sak K-" in messages[0]["text"]
    assert SlotSet("contact_mode", None) in events
    exported = repository.export_cases()
    assert len(exported) == 1
    triage = exported[0]["triage"]
    assert triage["contact_mode"] == "telefon" and triage["language"] == "arabisk"
    assert triage["violence_forms"] == ["fysisk", "psykisk"] and triage["children_count"] == 2
    assert triage["children_with_perpetrator"] is True and triage["going_home"] is False
    assert exported[0]["journal_note"].startswith("Journalnotat – første henvendelse")


def test_pause_resume_and_cancel(database):
    partial = {"contact_mode": "oppmote", "acute_danger_now": False}
    _, events = run(ActionPauseTriage(), tracker(slots=partial, requested="interpreter_needed", sender="s-9"))
    assert ActiveLoop(None) in events
    messages, events = run(ActionResumeTriage(), tracker(sender="s-9"))
    assert SlotSet("contact_mode", "oppmote") in events and FollowupAction("triage_form") in events
    _, events = run(ActionCancelTriage(), tracker(sender="s-9"))
    assert ActiveLoop(None) in events
    messages, events = run(ActionResumeTriage(), tracker(sender="s-9"))
    assert events == [] and repository.export_cases() == []


def test_change_answer_clears_that_answer_and_dependants():
    trk = tracker(text="endre antall barn", slots={"children_count": 2, "children_with_perpetrator": True},
                  requested="triage_confirm")
    _, events = run(ActionChangeAnswer(), trk)
    assert SlotSet("children_count", None) in events and SlotSet("children_with_perpetrator", None) in events
    assert SlotSet("triage_confirm", None) in events


def test_why_names_the_guide_source():
    messages, _ = run(ActionTriageWhy(), tracker(requested="perpetrator_relation"))
    assert messages[0]["text"].startswith("Hvorfor:") and "Få oversikt over situasjonen" in messages[0]["text"]


@pytest.mark.parametrize("slot", [s for s in __import__("bot.triage.questions", fromlist=["SLOTS"]).SLOTS])
@pytest.mark.parametrize("bad", ["", "asdkjh qwe", "x" * 10000, "ja og nei", "🙂🙂", "'; DROP TABLE cases; --"],
                         ids=["empty", "nonsense", "10000-chars", "contradiction", "emoji", "injection"])
def test_every_question_reasks_bad_input(slot, bad):
    result, messages = validate(slot, bad)
    assert result == {slot: None}, result
    assert "fikk jeg ikke til å lese" in messages[0]["text"]
