"""The dialogue actions get the latest turn of the conversation, not all of it.

Rasa sends the action server the whole tracker with every call: every event of the window
(``window``), and a running form always comes whole, so by the end of a safety mapping one form
validation posted 100 KB of JSON (350 events) that the action server parsed and never read. Per
answer that was 4 ms at 150 events and 9 ms at 350 more than at 10 (loopback round trip, load 5,
``bench/latency.py``'s dialogue turns; issue 18), and it grew through the form.

The dialogue actions (``actions/dialogue_actions.py``) read the slots, the latest message, the
active form and the slot candidates Rasa appends at the end of the events
(``Tracker.slots_to_validate``) – all in the tracker's state or in the latest turn. For them the
events are cut to the latest turn: from the ``action_listen`` before the latest user message on.
Every other action gets all events as before (the guide actions count the user messages of the
session). ``tests/test_action_payload.py`` checks the cut and that these actions read no older events.

Rasa offers one hook on that request, ``prefix_stripping_for_custom_actions`` (meant for
namespaced action names); it is registered here (``register``, from ``bot.rasa_plugins.server``)
and leaves every other part of the request as it is.
"""

from __future__ import annotations

from typing import Any

import pluggy

hookimpl = pluggy.HookimplMarker("rasa")

# The actions that read no event before the latest user message (actions/dialogue_actions.py).
LATEST_TURN_ONLY = frozenset({
    "validate_triage_form", "validate_safety_mapping_form",
    "action_ask_triage_confirm", "action_ask_sm_confirm", "action_ask_sm_case",
    "action_submit_triage", "action_submit_safety_mapping",
    "action_start_safety_mapping", "action_resume_dialogue",
})


def latest_turn(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events from the ``action_listen`` before the latest user message on (all of them when
    there is no such pair)."""
    for i in range(len(events) - 1, 0, -1):
        if events[i].get("event") == "user":
            before = events[i - 1]
            if before.get("event") == "action" and before.get("name") == "action_listen":
                return events[i - 1:]
            return events
    return events


def trimmed(json_body: dict[str, Any]) -> dict[str, Any] | None:
    """The request with the events cut to the latest turn, or None to send it unchanged."""
    if json_body.get("next_action") not in LATEST_TURN_ONLY:
        return None
    tracker = json_body.get("tracker")
    if not isinstance(tracker, dict) or not isinstance(tracker.get("events"), list):
        return None
    events = latest_turn(tracker["events"])
    if len(events) == len(tracker["events"]):
        return None
    return {**json_body, "tracker": {**tracker, "events": events}}


class ActionPayloadPlugin:
    """Rasa's request hook (``rasa.plugin``): the cut request, or None (Rasa sends its own)."""

    @hookimpl
    def prefix_stripping_for_custom_actions(self, json_body: dict[str, Any]) -> dict[str, Any] | None:
        return trimmed(json_body)


def register() -> None:
    """Once per process, before the first action call."""
    from rasa.plugin import plugin_manager

    manager = plugin_manager()
    if not any(isinstance(p, ActionPayloadPlugin) for p in manager.get_plugins()):
        manager.register(ActionPayloadPlugin())
