"""``mask_new_events`` copies only what it replaces (issue 18): the same masked events as the
deep copy it made before, and the events it was given unchanged, for every kind of event."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from bot.rasa_plugins import masking
from bot.rasa_plugins.masking import mask_new_events


def _reference(events: list[dict[str, Any]], maskable, encrypt=None) -> list[dict[str, Any]]:
    """The function as it was: a deep copy of each event, masked in place."""
    last_set = {masking._slot_name(e): i for i, e in enumerate(events) if e.get("event") == "slot"}
    out = []
    for index, original in enumerate(events):
        event = copy.deepcopy(original)
        kind = event.get("event")
        if kind == "user":
            masking.mask_user_event(event)
        elif kind == "bot":
            if event.get("text") is not None:
                event["text"] = masking.MASK
            masking.mask_bot_data(event.get("data"))
        elif kind == "action":
            if event.get("action_text") is not None:
                event["action_text"] = masking.MASK
        elif kind == "entities":
            event["entities"] = masking._mask_entities(event.get("entities"))
        elif kind == "slot":
            name, value = masking._slot_name(event), event.get("value")
            if not maskable(name) or (last_set.get(name) == index and masking.is_code_value(value)):
                pass
            elif last_set.get(name) == index and encrypt is not None and name not in masking.NEVER_SEALED:
                event["value"] = masking.seal(value, encrypt)
            else:
                event["value"] = masking.mask_value(value)
        out.append(event)
    return out


TURN = [
    {"event": "session_started", "timestamp": 1.0, "metadata": {"chat": 7}},
    {"event": "action", "name": "action_listen", "policy": None, "confidence": None, "action_text": None,
     "hide_rule_turn": False},
    {"event": "user", "text": "hun heter Kari, tlf 912 34 567", "metadata": {"chat": 7, "nested": {"a": [1]}},
     "parse_data": {"text": "hun heter Kari", "intent": {"name": "inform", "confidence": 0.9},
                    "intent_ranking": [{"name": "inform", "confidence": 0.9}, {"name": "deny", "confidence": 0.1}],
                    "entities": [{"entity": "answer", "value": "Kari", "start": 10, "end": 14, "extractor": "x"}],
                    "metadata": {"chat": 7}, "message_id": "m1"}, "input_channel": "rest"},
    {"event": "user", "text": None, "parse_data": None},
    {"event": "user", "text": "/affirm", "parse_data": "odd"},
    {"event": "slot", "name": "why_contact_now", "value": "han truet henne i går"},
    {"event": "slot", "name": "why_contact_now", "value": "han truet henne"},
    {"event": "slot", "name": "violence_forms", "value": ["fysisk", "psykisk"]},
    {"event": "slot", "name": "violence_forms", "value": ["fysisk"]},
    {"event": "slot", "name": "children_count", "value": 2},
    {"event": "slot", "name": "notes", "value": {"free": "Storgata 5"}},
    {"event": "slot", "name": "session_started_metadata", "value": {"chat": 7}},
    {"event": "slot", "name": "requested_slot", "value": None},
    {"event": "slot", "name": "kept_code", "value": "Kari Nordmann"},
    {"event": "bot", "text": "Lagret som sak K-7F3Q2A", "metadata": {"utter_action": "x"},
     "data": {"buttons": [{"title": "Kartlegging for K-7F3Q2A", "payload": "/start_mapping{\"case_ref\": \"K-7F3Q2A\"}"},
                          "odd"],
              "quick_replies": [{"title": "Ja", "payload": "ja"}], "custom": {"sources": [{"id": "1.2"}]},
              "elements": None, "attachment": None, "image": None}},
    {"event": "bot", "text": None, "data": None},
    {"event": "bot", "text": "hei", "data": "not a dict"},
    {"event": "action", "name": None, "action_text": "Kari"},
    {"event": "entities", "entities": [{"entity": "case_ref", "value": "K-7F3Q2A", "start": 0, "end": 8}]},
    {"event": "active_loop", "name": "triage_form"},
    {"event": "followup", "name": "triage_form"},
]


def _encrypt(text: str) -> str:
    return "enc(" + text + ")"  # a deterministic stand-in: the sealing itself is tested elsewhere


@pytest.mark.parametrize("encrypt", [None, _encrypt])
@pytest.mark.parametrize("maskable", [lambda name: True, lambda name: name not in ("kept_code", "children_count")])
def test_same_masked_events_as_a_deep_copy_and_the_input_unchanged(encrypt, maskable) -> None:
    events = copy.deepcopy(TURN)
    before = json.dumps(events, sort_keys=True)
    masked = mask_new_events(events, maskable, encrypt)
    assert json.dumps(events, sort_keys=True) == before  # nothing given is changed
    assert masked == _reference(TURN, maskable, encrypt)
    assert json.dumps(masked) == json.dumps(_reference(TURN, maskable, encrypt))  # same stored text, same key order
    for given, out in zip(events, masked, strict=True):
        assert out is not given
    masked[2]["parse_data"]["entities"].append({"x": 1})
    masked[14]["data"]["buttons"].append({"x": 1})
    assert json.dumps(events, sort_keys=True) == before  # nor by changing what it returned in the replaced parts


def test_every_event_of_a_real_turn_kind_is_covered() -> None:
    kinds = {e["event"] for e in TURN}
    assert {"user", "bot", "action", "slot", "entities", "session_started"} <= kinds
