"""Both guided dialogues as thin adapters: the tracker in, ``bot.dialogue`` decides, events out.

Every message while a form is active reaches the form's validation action, which hands it to
``bot.dialogue.engine.handle`` (answer first; then command, guide question, acute danger or a
hint). A pause or a confirmed cancel ends the form with nothing left to ask; the submit action
then reads ``dialogue_control`` and saves a draft, discards, or stores the case.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import SafeAction, SafeFormValidationAction
from actions.dispatch import send
from bot.case_words import says_new_case
from bot.dialogue import DIALOGUES, engine, outcome, store, wording
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE, find_ref, wants_honour_branch
from bot.dialogue.schema import CANCEL, CANCEL_CONFIRM_SLOT, CONTROL_SLOT, NEW_CASE, PAUSE, PENDING_SLOT, Dialogue
from bot.dialogue.triage import TRIAGE_DIALOGUE
from bot.guide.answer import Reply
from bot.guide.search import default_search

REQUESTED = "requested_slot"
ACTION_LISTEN = "action_listen"
LAST_CASE_SLOT = "last_case_ref"


def reset_events(dialogue: Dialogue, tracker: Tracker) -> list[EventType]:
    """Clear the dialogue's slots that hold a value; one that is empty already gets no event.

    A save or a start cleared every slot of the dialogue (about 110 ``SlotSet`` events for the
    mapping), and each event costs on every hop: Rasa validates the action's response against its
    JSON schema event by event (35 ms of a save turn at load 5), applies it, stores it as a row and
    carries it in the tracker after (issue 18). Clearing a slot that is already empty changes
    nothing: its older stored values were masked when it was emptied (``bot.rasa_plugins.masking``).
    """
    current = tracker.current_slot_values()
    return [SlotSet(s, None) for s in (*dialogue.all_slots, CONTROL_SLOT, CANCEL_CONFIRM_SLOT, PENDING_SLOT,
                                       REQUESTED)
            if current.get(s) is not None]


def submit_action(dialogue: Dialogue) -> str:
    return f"action_submit_{dialogue.name}"


def _intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


# The shared behaviour lives in plain mixins: rasa_sdk registers every concrete subclass of
# ``Action`` it finds, so only the per-dialogue classes below may inherit from it.


class DialogueFormValidation:
    """Validation for one dialogue's form; subclasses name the dialogue.

    ``run`` replaces ``FormValidationAction``'s per-slot ``validate_<slot>`` hooks on purpose. Those
    see one extracted slot at a time and return that slot's value; a turn here is one message read
    as a whole: it may answer the asked question and others with it («to barn, de er hos faren»),
    be a command (pause, cancel, «endre …»), a guide question answered mid-form, acute danger, or a
    hedge to read back — and which question comes next depends on every answer so far (conditional
    questions). ``bot.dialogue.engine`` decides all that from the schema, and the same engine runs
    in the tests and the bench without Rasa; hooks per slot would split that one decision across
    dozens of generated methods. The SDK's contract is kept: slot events plus ``requested_slot``.
    """

    dialogue: Dialogue

    def name(self) -> str:
        return f"validate_{self.dialogue.form}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        slot = tracker.get_slot(REQUESTED)
        extracted = tracker.slots_to_validate()
        updates: dict[str, Any]
        if slot and isinstance(extracted.get(slot), str) and tracker.active_loop_name == self.dialogue.form:
            text = tracker.latest_message.get("text") or ""
            turn = engine.handle(self.dialogue, slot, text, _intent(tracker), tracker.current_slot_values(),
                                 case_exists=store.case_exists)
            # A guide question inside the dialogue is answered but never logged (no 👍/👎): it is
            # about the person on the phone (issue 15).
            for reply in turn.replies:
                send(dispatcher, reply)
            if turn.reject:
                return [ActionExecutionRejected(self.dialogue.form)]
            updates = turn.slots
        else:  # the form starts with answers already there (a resumed draft, a case from the command)
            updates = {k: v for k, v in extracted.items() if k != REQUESTED}
        updates, following = engine.advance(self.dialogue, tracker.current_slot_values(), updates)
        events: list[EventType] = [*(SlotSet(k, v) for k, v in updates.items()), SlotSet(REQUESTED, following)]
        if following is None:  # the form ends this turn: its submit action is next (``ended_events``)
            events.append(FollowupAction(submit_action(self.dialogue)))
        return events


class ValidateTriageForm(DialogueFormValidation, SafeFormValidationAction):
    dialogue = TRIAGE_DIALOGUE


class ValidateSafetyMappingForm(DialogueFormValidation, SafeFormValidationAction):
    dialogue = SAFETY_DIALOGUE


class AskConfirm:
    """The summary before saving, with buttons to save, change or cancel."""

    dialogue: Dialogue
    heading: str

    def name(self) -> str:
        return f"action_ask_{self.dialogue.confirm.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        values = self.dialogue.values_of(tracker.current_slot_values())
        last = self.dialogue.last_asked(values).label.lower()
        dispatcher.utter_message(text=self.dialogue.summary(values, self.heading), buttons=wording.confirm_buttons(last))
        return []


class ActionAskTriageConfirm(AskConfirm, SafeAction):
    dialogue = TRIAGE_DIALOGUE
    heading = wording.TRIAGE_SUMMARY


class ActionAskSmConfirm(AskConfirm, SafeAction):
    dialogue = SAFETY_DIALOGUE
    heading = wording.MAPPING_SUMMARY


class ActionAskSmCase(SafeAction):
    """Which case? Offers the case saved earlier in this conversation, and «ny sak»."""

    def name(self) -> str:
        return "action_ask_sm_case"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        buttons = wording.case_buttons(tracker.get_slot(LAST_CASE_SLOT))
        dispatcher.utter_message(text=SAFETY_DIALOGUE.by_slot["sm_case"].text, buttons=buttons)
        return []


class ActionStartSafetyMapping(SafeAction):
    """«start kartlegging», «kartlegging for K-7F3Q2A» or the button after a first contact."""

    def name(self) -> str:
        return "action_start_safety_mapping"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        ref = next(tracker.get_latest_entity_values("case_ref"), None) or find_ref(text)
        events = reset_events(SAFETY_DIALOGUE, tracker)
        new_case = ref == NEW_CASE or (ref is None and says_new_case(text))  # «start kartlegging, ny sak»
        if new_case:
            ref = None
            events.append(SlotSet("sm_case", NEW_CASE))  # the case question is answered: not asked again
        case_found = store.case_exists(ref) if ref else False
        if case_found:
            events.append(SlotSet("sm_case", ref))
        honour = wants_honour_branch(text)
        if honour:
            events.append(SlotSet("sm_honour_related", True))
        dispatcher.utter_message(text=wording.mapping_intro(ref, case_found, honour, new_case=new_case))
        return events


class SubmitDialogue:
    """The form has ended: save, pause (draft) or discard, as ``dialogue_control`` says.

    The turn that ends a form names its next actions itself (``FollowupAction``): the validation
    action that ends the form names this action, and this action names ``action_listen``. They are
    the actions the rules (``nlu_data/rules.yml``: «… has ended») predict there, so what runs is
    the same; but Rasa runs its policies (RulePolicy, MemoizationPolicy, with the tracker's states
    featurized) before every action it has to predict, and a saving turn made three predictions
    where a greeting makes two. A follow-up action is taken without running the policies
    (``MessageProcessor._predict_next_with_tracker``), so the saving turn makes one (issue 18;
    figures in the report of perf9s). The rules stay: they describe the flow, keep ``rasa test``
    and the stories consistent, and decide whenever no follow-up is named.
    """

    dialogue: Dialogue

    def name(self) -> str:
        return submit_action(self.dialogue)

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        return [*await self.end(dispatcher, tracker), FollowupAction(ACTION_LISTEN)]

    async def end(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        slots = tracker.current_slot_values()
        values = self.dialogue.values_of(slots)
        control = slots.get(CONTROL_SLOT)
        if control == PAUSE:
            store.pause(self.dialogue, tracker.sender_id, values)
            dispatcher.utter_message(text=wording.paused(len(values), self.dialogue.title))
            return reset_events(self.dialogue, tracker)
        if control == CANCEL:
            store.discard(self.dialogue, tracker.sender_id)
            dispatcher.utter_message(text=wording.cancelled(self.dialogue.title))
            return reset_events(self.dialogue, tracker)
        return self.save(dispatcher, tracker, values)

    async def on_error(self, error: Exception, dispatcher: CollectingDispatcher, tracker: Tracker,
                       domain: DomainDict) -> list[EventType]:
        """Nothing is stored half (one transaction each). A failed save keeps the answers and asks to
        confirm again; a failed pause or cancel keeps them too (the form is still there to resume)."""
        if tracker.get_slot(CONTROL_SLOT) in (PAUSE, CANCEL):
            return [SlotSet(CONTROL_SLOT, None), FollowupAction(self.dialogue.form)]
        dispatcher.utter_message(text=wording.NOT_SAVED_TRY_AGAIN)
        return [SlotSet(self.dialogue.confirm.slot, None), FollowupAction(self.dialogue.form)]

    def save(self, dispatcher: CollectingDispatcher, tracker: Tracker, values: dict[str, Any]) -> list[EventType]:
        raise NotImplementedError


class ActionSubmitTriage(SubmitDialogue, SafeAction):
    dialogue = TRIAGE_DIALOGUE

    def save(self, dispatcher: CollectingDispatcher, tracker: Tracker, values: dict[str, Any]) -> list[EventType]:
        ref, text = store.save_triage(values, tracker.sender_id)
        dispatcher.utter_message(text=wording.triage_saved(ref, text), buttons=[wording.map_case_button(ref)])
        return [*reset_events(self.dialogue, tracker), SlotSet(LAST_CASE_SLOT, ref)]


class ActionSubmitSafetyMapping(SubmitDialogue, SafeAction):
    dialogue = SAFETY_DIALOGUE

    def save(self, dispatcher: CollectingDispatcher, tracker: Tracker, values: dict[str, Any]) -> list[EventType]:
        corpus = default_search().corpus
        saved = store.save_safety_mapping(values, tracker.sender_id, corpus)
        dispatcher.utter_message(text=wording.mapping_saved(saved.ref, saved.new_case, saved.version) + "\n\n"
                                      + outcome.risk_text(saved.record, corpus))
        send(dispatcher, Reply(text=outcome.measures_text(saved.record, corpus),
                               custom={"sources": outcome.sources(saved.record, corpus), "clarify": False}))
        dispatcher.utter_message(text=saved.plan + "\n\n" + wording.read_again(saved.ref))
        return [*reset_events(self.dialogue, tracker), SlotSet(LAST_CASE_SLOT, saved.ref)]


class ActionResumeDialogue(SafeAction):
    """«fortsett»: restore the most recently paused dialogue and go on at its first open question."""

    def name(self) -> str:
        return "action_resume_dialogue"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        found = store.take_latest_draft(tracker.sender_id)
        if found is None or found[0] not in DIALOGUES:
            dispatcher.utter_message(response="utter_nothing_to_resume")
            return []
        dialogue = DIALOGUES[found[0]]
        answers = {k: v for k, v in found[1].items() if k in dialogue.slots}
        dispatcher.utter_message(text=wording.resumed(dialogue.title, len(answers)))
        return [*reset_events(dialogue, tracker), *(SlotSet(k, v) for k, v in answers.items()),
                FollowupAction(dialogue.form)]


