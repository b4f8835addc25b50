"""The recent part of a conversation, so the 60th turn of a night costs what the 10th does.

Rasa rebuilds the tracker of a conversation for every message, every policy turns all of it into
states (``past_states``) for every prediction, a form replays it for every step, and the action
server gets all of it as JSON: the cost of a turn grew with the conversation (Rasa CPU 48 ms per
turn over the first ten guide questions, 107 ms over turns 61–70; ``bench.latency``'s long
conversation). Nothing in this bot looks that far back:

- the policies see the last ``max_history`` (4) states (TED, memoization) or rule snippets of at
  most a few turns (no ``conversation_start`` rules); no slot influences the conversation;
- the actions read slots, the latest message and the active form, never older events.

So the tracker Rasa gets (``recent``) holds the latest turns, preceded by ``SlotSet`` events that
give every slot the value it had at the cut. The cut keeps ``WINDOW_STATES`` states that TED and
memoization can see (Rasa hides rule-only turns from them, so those make the window longer), and is
only made where no form is active: Rasa collapses a running form's turns in ``applied_events`` and
its states then reach back to where the form began, so a form always comes whole. Events are only
*loaded* shorter: what is stored is untouched, and the synthetic events are never written back (the
tracker store knows how many there are). The tracker's ``latest_bot_utterance`` may be empty
(nothing in Rasa or the SDK reads it). ``tests/rasa_env/check_window.py`` checks, turn by turn on a
real conversation, that the policies get the same states and the tracker the same state.

Events are rebuilt here with a class looked up by type name once per process: Rasa's own
``Event.from_parameters`` walks all ``Event`` subclasses for every event, which was 16 % of the
Rasa server's CPU at turn 60.
"""

from __future__ import annotations

import copy
import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, ConversationPaused, Event, SlotSet, UserUttered
from rasa.shared.core.slots import Slot
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses

log = logging.getLogger(__name__)

# States the ML policies (TED, memoization) can see, kept after the cut: 4 × their max_history (4).
# Rasa hides turns that only rules predict from them, so a run of such turns (a whole form, say)
# makes the window longer: what they see must stay inside it. The raw states the RulePolicy reads
# are never fewer than these, and its rules span at most 2 user turns (no conversation_start rules).
WINDOW_STATES = 16


@functools.lru_cache(maxsize=1)
def _event_classes() -> dict[str, type[Event]]:
    """Type name -> class, first match in the order ``Event.resolve_by_type`` tries them."""
    classes: dict[str, type[Event]] = {}
    for cls in all_subclasses(Event):
        classes.setdefault(cls.type_name, cls)
    return classes


def deserialise_one(data: dict[str, Any]) -> Event | None:
    """``Event.from_parameters`` with the class lookup done once; None for what Rasa leaves out."""
    if "event" not in data:
        return None
    cls = _event_classes().get(data["event"])
    event = cls._from_parameters(data) if cls is not None else Event.from_parameters(data)
    if event is None:
        log.warning("tracker store: an event could not be read and is left out")
    return event


def deserialise(dumps: Iterable[dict[str, Any]]) -> list[Event]:
    """``rasa.shared.core.events.deserialise_events``, faster."""
    return [event for event in map(deserialise_one, dumps) if event is not None]


def _turn_starts(events: list[Event]) -> set[int]:
    """Indexes of the ``action_listen`` that each user message follows."""
    return {i for i in range(len(events) - 1)
            if isinstance(events[i], ActionExecuted) and events[i].action_name == ACTION_LISTEN_NAME
            and isinstance(events[i + 1], UserUttered)}


def _restoring(tracker: DialogueStateTracker) -> list[Event]:
    """Events that bring a fresh tracker to this one's slots (and pause)."""
    events: list[Event] = [SlotSet(slot.name, copy.deepcopy(slot.value)) for slot in tracker.slots.values()
                           if slot.has_been_set]
    if tracker.is_paused():
        events.append(ConversationPaused())
    return events


@dataclass
class Window:
    """The tracker Rasa works on, and where it begins."""

    tracker: DialogueStateTracker
    cut: int  # index in the given events where the kept part begins
    restoring: list[Event]  # its first events: the slots as they were at the cut (never stored)


def recent(sender_id: str, events: list[Event], slots: Iterable[Slot], restoring: Iterable[Event] = (),
           states: int = WINDOW_STATES) -> Window:
    """The latest turns of a conversation that hold ``states`` states the ML policies see, cut where
    no form is active. ``events`` are the stored ones since the session began, or since an earlier
    cut whose ``restoring`` events are given. A conversation too short to cut comes whole."""
    slots, restoring = list(slots), list(restoring)
    starts = _turn_starts(events)
    replay = DialogueStateTracker.from_events(sender_id, restoring, slots)
    # Where a cut may go (a message arrives, no form active), and the ML-visible states before it,
    # counted as Domain.states_for_tracker_history hides rule-only turns (one state per action).
    marks: list[tuple[int, int]] = []
    visible, hidden = 0, False
    for index, event in enumerate(events):
        if index > 0 and index in starts and replay.active_loop is None:
            marks.append((index, visible))
        if isinstance(event, ActionExecuted):
            if not replay.followup_action and replay.latest_action_name != replay.active_loop_name:
                hidden = event.hide_rule_turn
            visible += not hidden
        replay.update(event)
    cut = max((index for index, before in marks if visible - before >= states), default=0)
    if cut == 0:
        return Window(replay, 0, restoring)
    kept = _restoring(DialogueStateTracker.from_events(sender_id, restoring + events[:cut], slots))
    return Window(DialogueStateTracker.from_events(sender_id, kept + events[cut:], slots), cut, kept)
