"""The dialogue actions get only the latest turn's events, the guide actions the events from the
previous user message (bot/rasa_plugins/action_payload.py), and both answer exactly as with the
whole conversation; a reset clears only slots that hold a value."""

from __future__ import annotations

import json
import re

import pytest
from rasa_sdk.events import SlotSet

from actions.browse_actions import ActionBrowse, ActionChecklist, ActionSearchWord
from actions.dialogue_actions import (
    ActionAskSmConfirm,
    ActionStartSafetyMapping,
    ActionSubmitTriage,
    ValidateSafetyMappingForm,
    ValidateTriageForm,
    reset_events,
)
from actions.guide_actions import (
    ANSWER_LOG,
    ActionAcuteDanger,
    ActionAnswerGuide,
    ActionChooseEntry,
    ActionFeedback,
    is_first_turn,
)
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from bot.guide.search import default_search
from bot.rasa_plugins.action_payload import (
    LATEST_TURN_ONLY,
    SINCE_PREVIOUS_MESSAGE,
    latest_turn,
    since_previous_message,
    trimmed,
)
from tests.action_support import TRIAGE
from tests.conftest import make_tracker, run_action


def _turn(text: str, slot: str, value: object, form: str) -> list[dict]:
    return [{"event": "action", "name": "action_listen"},
            {"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}},
            {"event": "slot", "name": slot, "value": value},
            {"event": "user_featurization", "use_text_for_featurization": False},
            {"event": "action", "name": form},
            {"event": "slot", "name": slot, "value": value},
            {"event": "slot", "name": "requested_slot", "value": slot},
            {"event": "bot", "text": "spørsmål"}]


def _conversation(latest: list[dict], form: str = "triage_form") -> list[dict]:
    older = [{"event": "session_started"}, {"event": "action", "name": "action_listen"},
             {"event": "user", "text": "ny henvendelse", "parse_data": {"intent": {"name": "start_triage"}}},
             {"event": "action", "name": form}, {"event": "active_loop", "name": form}]
    for i in range(30):
        older += _turn(f"svar {i}", "why_contact_now", f"svar {i}", form)
    return older + latest


LATEST = [{"event": "action", "name": "action_listen"},
          {"event": "user", "text": "nei", "parse_data": {"intent": {"name": "deny"}}},
          {"event": "slot", "name": "acute_danger_now", "value": "nei"},
          {"event": "user_featurization", "use_text_for_featurization": False},
          {"event": "slot", "name": "acute_danger_now", "value": "nei"}]


def test_the_cut_begins_at_the_listen_before_the_latest_message_and_keeps_the_slot_candidates():
    events = _conversation(LATEST)
    assert latest_turn(events) == LATEST
    body = {"next_action": "validate_triage_form", "tracker": {"events": events, "slots": {"a": 1}}}
    cut = trimmed(body)
    assert cut is not None and cut["tracker"]["events"] == LATEST and cut["tracker"]["slots"] == {"a": 1}
    assert body["tracker"]["events"] is events and len(events) > len(LATEST)  # the original is untouched


def test_other_actions_and_conversations_without_a_turn_go_unchanged():
    events = _conversation(LATEST)
    assert trimmed({"next_action": "action_not_known_to_the_cut", "tracker": {"events": events}}) is None
    assert trimmed({"next_action": "validate_triage_form", "tracker": {"events": LATEST}}) is None
    assert latest_turn([{"event": "user", "text": "hei"}]) == [{"event": "user", "text": "hei"}]
    assert "action_answer_guide" not in LATEST_TURN_ONLY and "action_feedback" not in LATEST_TURN_ONLY
    assert not LATEST_TURN_ONLY & SINCE_PREVIOUS_MESSAGE


def _guide_turn(text: str) -> list[dict]:
    return [{"event": "user", "text": text, "parse_data": {"intent": {"name": "ask_guide"}}},
            {"event": "action", "name": "action_answer_guide"},
            {"event": "bot", "text": "svar", "data": {"custom": {"sources": [{"id": "x"}]}}},
            {"event": "action", "name": "action_listen"}]


def _guide_conversation(sessions: list[int], *, started: bool = True, latest: str = "siste spørsmål") -> list[dict]:
    """Sessions of guide questions (``sessions[i]`` messages in session i, the latest message last)
    as Rasa sends them when the latest message is being answered."""
    events: list[dict] = []
    for number, count in enumerate(sessions):
        if started:
            events += [{"event": "action", "name": "action_session_start"}, {"event": "session_started"},
                       {"event": "action", "name": "action_listen"}]
        for i in range(count):
            if number == len(sessions) - 1 and i == count - 1:
                events += _guide_turn(latest)[:1]
            else:
                events += _guide_turn(f"spørsmål {number}.{i}")
    return events


def test_a_guide_action_gets_the_events_from_the_previous_message_or_the_sessions_start():
    events = _guide_conversation([3, 12])
    cut = trimmed({"next_action": "action_answer_guide", "tracker": {"events": events, "slots": {}}})
    assert cut is not None and cut["tracker"]["events"] == events[-5:]
    assert [e["event"] for e in cut["tracker"]["events"]] == ["user", "action", "bot", "action", "user"]
    new_session = _guide_conversation([12, 1])
    assert since_previous_message(new_session) == new_session[-3:]  # session_started, action_listen, user
    assert since_previous_message(_guide_conversation([1], started=False)) == _guide_conversation([1], started=False)
    for name in SINCE_PREVIOUS_MESSAGE:
        assert trimmed({"next_action": name, "tracker": {"events": events}})["tracker"]["events"] == events[-5:]


@pytest.mark.parametrize("sessions", [[1], [2], [3], [9], [5, 1], [5, 2], [1, 1], [2, 1, 7], [4, 1, 1]])
@pytest.mark.parametrize("started", [True, False])
def test_is_first_turn_says_the_same_from_the_cut(sessions, started):
    events = _guide_conversation(sessions, started=started)
    cut = trimmed({"next_action": "action_answer_guide", "tracker": {"events": events}})
    kept = events if cut is None else cut["tracker"]["events"]
    full, short = make_tracker("siste spørsmål"), make_tracker("siste spørsmål")
    full.events, short.events = events, kept
    assert is_first_turn(short) == is_first_turn(full) == (sessions[-1] == 1 if started else sum(sessions) == 1)
    assert len(kept) <= 5 or kept == events


def _without_tokens(messages: list[dict]) -> str:
    """The messages with the 👍/👎 token (new for every answer) taken out."""
    return re.sub(r'answer_ref[^,}]*', "answer_ref", json.dumps(messages, ensure_ascii=False, sort_keys=True))


def _entry_id() -> str:
    return default_search().corpus.entries[0].id


GUIDE_CASES = [
    (ActionAnswerGuide, "hvordan bestiller jeg tolk?", [6, 1], None, None),   # first message of a new session
    (ActionAnswerGuide, "hvordan bestiller jeg tolk?", [1], None, None),      # first message at all
    (ActionAnswerGuide, "hvordan bestiller jeg tolk?", [2, 6], None, None),   # a later message
    (ActionAnswerGuide, "oppskrift på fiskesuppe med reker", [4], None, None),  # declined
    (ActionAnswerGuide, "hvordan bestiller jeg tolk?", [6], None, "triage_form"),  # inside a dialogue
    (ActionChooseEntry, "/choose_entry", [3], "entry_id", None),
    (ActionFeedback, "/feedback", [3], "answer_ref", None),
    (ActionAcuteDanger, "han står utenfor døra med kniv nå", [3, 2], None, None),
    (ActionBrowse, "meny", [2], None, None),
    (ActionSearchWord, "søk tolk", [5], None, None),
    (ActionChecklist, "sjekkliste", [1, 3], None, None),
]


@pytest.mark.usefixtures("database")
def test_every_guide_action_in_the_cut_is_checked():
    assert {case[0]().name() for case in GUIDE_CASES} == SINCE_PREVIOUS_MESSAGE


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize("action_class, text, sessions, entity, form", GUIDE_CASES)
def test_a_guide_action_answers_the_same_from_the_cut(action_class, text, sessions, entity, form):
    action = action_class()
    events = _guide_conversation(sessions, latest=text)
    cut = trimmed({"next_action": action.name(), "tracker": {"events": events}})
    assert cut is not None or len(events) <= 5
    entities = []
    if entity == "entry_id":
        entities = [{"entity": "entry_id", "value": _entry_id()}]
    elif entity == "answer_ref":
        entities = [{"entity": "answer_ref", "value": "finnes-ikke"}, {"entity": "vote", "value": "up"}]
    results = []
    for kept in (events, events if cut is None else cut["tracker"]["events"]):
        trk = make_tracker(text, "ask_guide", entities=entities, active_loop=form, sender=f"payload-{action.name()}")
        messages, returned = run_action(action, _with_events(trk, kept))
        ANSWER_LOG.drain()
        results.append((_without_tokens(messages), returned))
    assert results[0] == results[1]
    assert results[0][0] != "[]"


def _with_events(trk, events):
    trk.events = events
    return trk


@pytest.mark.usefixtures("database")
@pytest.mark.parametrize("action, text, slots, requested", [
    (ValidateTriageForm(), "nei", {"acute_danger_now": "nei"}, "acute_danger_now"),
    (ValidateTriageForm(), "hvorfor spør vi om dette?", {"acute_danger_now": "hvorfor spør vi om dette?"},
     "acute_danger_now"),
    (ValidateSafetyMappingForm(), "to barn, de er hos faren", {"sm_children_count": "to barn, de er hos faren"},
     "sm_children_count"),
    (ActionAskSmConfirm(), "ja", {"sm_case": "ny", "sm_pets": True}, None),
    (ActionSubmitTriage(), "ja, lagre", TRIAGE, None),
    (ActionStartSafetyMapping(), "start kartlegging", {"sm_pets": True}, None),
])
def test_a_dialogue_action_answers_the_same_from_the_latest_turn(action, text, slots, requested):
    assert action.name() in LATEST_TURN_ONLY
    form = "safety_mapping_form" if action.name().endswith(("safety_mapping_form", "sm_confirm")) else "triage_form"
    latest = [*LATEST[:2], *({"event": "slot", "name": k, "value": v} for k, v in slots.items())]
    latest[1] = {**latest[1], "text": text}
    results = []
    for events in (_conversation(latest, form), latest):
        trk = make_tracker(text, "inform", slots=slots, active_loop=form if requested else None,
                           requested=requested, sender=f"payload-{action.name()}")
        messages, returned = run_action(action, _with_events(trk, events))
        # a save makes a new case ref each time: compare what does not depend on it
        results.append(([re.sub(r"K-[2-9A-Z]{6}", "K-REF", m.get("text") or "") for m in messages],
                        [e for e in returned if e.get("name") != "last_case_ref"]))
    assert results[0] == results[1]


def test_a_reset_clears_only_the_slots_that_hold_a_value():
    trk = make_tracker("avbryt", slots={"contact_mode": "telefon", "going_home": False, "language": None},
                       requested="language")
    events = reset_events(FC, trk)
    assert {e["name"] for e in events} == {"contact_mode", "going_home", "requested_slot"}
    assert all(e == SlotSet(e["name"], None) for e in events)
    assert reset_events(SM, trk) == [SlotSet("requested_slot", None)]
