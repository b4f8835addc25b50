"""The dialogue actions get only the latest turn's events (bot/rasa_plugins/action_payload.py), and
answer exactly as with the whole conversation; a reset clears only slots that hold a value."""

from __future__ import annotations

import re

import pytest
from rasa_sdk.events import SlotSet

from actions.dialogue_actions import (
    ActionAskSmConfirm,
    ActionStartSafetyMapping,
    ActionSubmitTriage,
    ValidateSafetyMappingForm,
    ValidateTriageForm,
    reset_events,
)
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from bot.rasa_plugins.action_payload import LATEST_TURN_ONLY, latest_turn, trimmed
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
    assert trimmed({"next_action": "action_answer_guide", "tracker": {"events": events}}) is None
    assert trimmed({"next_action": "validate_triage_form", "tracker": {"events": LATEST}}) is None
    assert latest_turn([{"event": "user", "text": "hei"}]) == [{"event": "user", "text": "hei"}]
    assert "action_answer_guide" not in LATEST_TURN_ONLY and "action_feedback" not in LATEST_TURN_ONLY


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
