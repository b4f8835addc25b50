"""Actions get the part of the conversation they read, not all of it.

Rasa sends the action server the whole tracker with every call: every event of the window
(``window``), and a running form always comes whole, so by the end of a safety mapping one form
validation posted 100 KB of JSON (350 events) that the action server parsed and never read. Per
answer that was 4 ms at 150 events and 9 ms at 350 more than at 10 (loopback round trip, load 5,
``bench/latency.py``'s dialogue turns; issue 18), and it grew through the form.

The dialogue actions (``actions/dialogue_actions.py``) read the slots, the latest message, the
active form and the slot candidates Rasa appends at the end of the events
(``Tracker.slots_to_validate``) – all in the tracker's state or in the latest turn. For them the
events are cut to the latest turn: from the ``action_listen`` before the latest user message on.
The guide actions (``actions/guide_actions.py``, ``actions/browse_actions.py``) read the latest
message, the active form and the sender; one of them also asks whether the latest message is the
first of the session (``is_first_turn``: it counts the user messages back to the latest
``session_started``, and only whether there are more than one). They get the events from the
previous user message on, or from the latest ``session_started`` when that comes first: the same
answer to that question, and a request that no longer grows with the conversation (a guide answer
after twenty messages carried about 100 events). Any other action gets all events as before.
``tests/test_action_payload.py`` checks both cuts and that these actions answer the same from them.

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


# The actions that read no event before the previous user message or the session's start
# (actions/guide_actions.py, actions/browse_actions.py): ``since_previous_message``.
SINCE_PREVIOUS_MESSAGE = frozenset({
    "action_answer_guide", "action_choose_entry", "action_feedback", "action_acute_danger",
    "action_browse", "action_search_word", "action_checklist",
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


def since_previous_message(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events from the user message before the latest one on, or from the latest
    ``session_started`` when that comes first (all of them when there is neither): counting the
    user messages back to the session's start gives the same «one» or «more than one» as before."""
    messages = 0
    for i in range(len(events) - 1, -1, -1):
        kind = events[i].get("event")
        if kind == "session_started":
            return events[i:]
        if kind == "user":
            messages += 1
            if messages == 2:
                return events[i:]
    return events


def trimmed(json_body: dict[str, Any]) -> dict[str, Any] | None:
    """The request with the events cut for its action, or None to send it unchanged."""
    action = json_body.get("next_action")
    cut = latest_turn if action in LATEST_TURN_ONLY else since_previous_message \
        if action in SINCE_PREVIOUS_MESSAGE else None
    if cut is None:
        return None
    tracker = json_body.get("tracker")
    if not isinstance(tracker, dict) or not isinstance(tracker.get("events"), list):
        return None
    events = cut(tracker["events"])
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
