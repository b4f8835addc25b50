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
give every slot the value it had at the cut. Where no form is active, the cut keeps
``WINDOW_STATES`` states that TED and memoization can see (Rasa hides rule-only turns from them, so
those make the window longer). Inside a running form that would keep the whole form: Rasa collapses
a form's turns in ``applied_events`` (each run of the form takes back the turns since its previous
run), so its states reach back to where the form began. There the cut keeps the latest
``FORM_TURNS`` turns and, after the slots, the *skeleton* of what came before: the events of
``applied_events`` that are not ``SlotSet`` or ``BotUttered`` – the messages and actions that are
left after the collapse (the turns before the form and the form's first run), the active form and
its rejections. No slot of this domain is featurized (none influences the conversation; were one
to, forms would come whole again), so those are all the states are made of, and the form's later
runs collapse onto the same first run: the policies get the same states, all of them, and the
tracker the same state (issue 18: a safety mapping's answer loaded and replayed up to 400 events;
now about a third). Events are only *loaded* shorter: what is stored is untouched, and the
synthetic events are never written back (the tracker store knows how many there are). The
tracker's ``latest_bot_utterance`` may be empty (nothing in Rasa or the SDK reads it).
``tests/rasa_env/check_window.py`` checks, turn by turn on a real conversation, that the policies
get the same states and the tracker the same state, with windows cut inside a running form.

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
from rasa.shared.core.events import ActionExecuted, BotUttered, ConversationPaused, Event, SlotSet, UserUttered
from rasa.shared.core.slots import Slot
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses

log = logging.getLogger(__name__)

# States the ML policies (TED, memoization) can see, kept after the cut: 4 × their max_history (4).
# Rasa hides turns that only rules predict from them, so a run of such turns (a whole form, say)
# makes the window longer: what they see must stay inside it. The raw states the RulePolicy reads
# are never fewer than these, and its rules span at most 2 user turns (no conversation_start rules).
WINDOW_STATES = 16
# Turns kept whole after a cut inside a running form (its earlier turns come as the skeleton).
FORM_TURNS = 2


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


def _skeleton(tracker: DialogueStateTracker) -> list[Event]:
    """The tracker's applied events without slots and bot messages: what its states (no slot is
    featurized) and a running form's collapse are made of."""
    return [event for event in tracker.applied_events() if not isinstance(event, (SlotSet, BotUttered))]


@dataclass
class Window:
    """The tracker Rasa works on, and where it begins."""

    tracker: DialogueStateTracker
    cut: int  # index in the given events where the kept part begins
    restoring: list[Event]  # its first events: the slots as they were at the cut (never stored)


def recent(sender_id: str, events: list[Event], slots: Iterable[Slot], restoring: Iterable[Event] = (),
           states: int = WINDOW_STATES, form_turns: int = FORM_TURNS) -> Window:
    """The latest turns of a conversation: ``states`` states the ML policies see after a cut where
    no form is active, or ``form_turns`` turns after a cut inside a running form (with the skeleton
    of what came before). ``events`` are the stored ones since the session began, or since an
    earlier cut whose ``restoring`` events are given. A conversation too short to cut comes whole."""
    slots, restoring = list(slots), list(restoring)
    starts = _turn_starts(events)
    replay = DialogueStateTracker.from_events(sender_id, restoring, slots)
    # Where a cut may go (a message arrives), and whether a form is active there; with no form, the
    # ML-visible states before it, counted as Domain.states_for_tracker_history hides rule-only turns
    # (one state per action).
    marks: list[tuple[int, int]] = []
    in_form: list[int] = []
    visible, hidden = 0, False
    for index, event in enumerate(events):
        if index > 0 and index in starts:
            if replay.active_loop is None:
                marks.append((index, visible))
            else:
                in_form.append(index)
        if isinstance(event, ActionExecuted):
            if not replay.followup_action and replay.latest_action_name != replay.active_loop_name:
                hidden = event.hide_rule_turn
            visible += not hidden
        replay.update(event)
    cut = max((index for index, before in marks if visible - before >= states), default=0)
    turns = sorted(index for index in starts if index > 0)
    latest = turns[-form_turns] if len(turns) >= form_turns else 0  # the last cut that keeps form_turns turns
    form_cut = max((index for index in in_form if index <= latest), default=0)
    if any(slot.influence_conversation for slot in slots):  # a featurized slot's past values are in the states
        form_cut = 0
    if cut == 0 and form_cut == 0:
        return Window(replay, 0, restoring)
    before_cut = DialogueStateTracker.from_events(sender_id, restoring + events[:max(cut, form_cut)], slots)
    kept = _restoring(before_cut)
    if form_cut > cut:
        cut = form_cut
        kept += _skeleton(before_cut)
    return Window(DialogueStateTracker.from_events(sender_id, kept + events[cut:], slots), cut, kept)
