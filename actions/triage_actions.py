"""First-contact triage: form validation, summary, saving, and the ways a dialogue bends.

The questions, parsers and note live in ``bot.triage``; these actions only move values between
the tracker, the parsers and storage. Nothing is stored until the summary is confirmed (or the
dialogue is paused, which stores a draft that «fortsett» picks up).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import SafeAction, SafeFormValidationAction
from actions.dispatch import send
from bot.acute import acute_reply
from bot.guide.answer import entry_reply, source_line
from bot.guide.search import default_search
from bot.keys import conversation_key
from bot.storage import db, repository
from bot.storage.drafts import delete_draft, load_draft, save_draft
from bot.triage import note, parse
from bot.triage.questions import BY_SLOT, CONFIRM_SLOT, SLOTS, required_slots, slot_to_change

FORM = "triage_form"
ALL_SLOTS = (*SLOTS, CONFIRM_SLOT)
GOING_HOME_ENTRY = "forste-henvendelse/nar-den-voldsutsatte-vil-dra-hjem"
MAX_ANSWER_CHARS = 500


def current_values(tracker: Tracker) -> dict[str, Any]:
    return {slot: tracker.get_slot(slot) for slot in SLOTS if tracker.get_slot(slot) is not None}


def reset_events() -> list[EventType]:
    return [SlotSet(slot, None) for slot in ALL_SLOTS] + [SlotSet("requested_slot", None)]


class ValidateTriageForm(SafeFormValidationAction):
    """Parse each free-text or button answer; re-ask with a short explanation when unreadable."""

    def name(self) -> str:
        return "validate_triage_form"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> list[str]:
        return required_slots(current_values(tracker))

    def _validate(self, slot: str, value: Any, dispatcher: CollectingDispatcher) -> dict[str, Any]:
        if not isinstance(value, str):  # already structured (restored from a draft)
            return {slot: value}
        question = BY_SLOT[slot]
        text = value.strip()[:MAX_ANSWER_CHARS]
        parsed = question.parser(text) if text and not parse.contradictory(text) else parse.FAIL
        if not parsed.ok:
            dispatcher.utter_message(text=f"Det svaret fikk jeg ikke til å lese. {question.hint} "
                                          "(«hvorfor spør vi om dette?» gir begrunnelsen.)")
            return {slot: None}
        result: dict[str, Any] = {slot: parsed.value}
        if slot == "acute_danger_now" and parsed.value is True:
            send(dispatcher, acute_reply(default_search().corpus))
        if slot == "interpreter_needed" and parsed.value is True:
            language = parse.parse_language(text)
            if language.ok:
                result["language"] = language.value
        if slot == "children_count" and parsed.value:
            where = parse.parse_children_with_perpetrator(text)
            if where.ok and parse.button_value(text) is None and any(
                    w in text.lower() for w in ("hos ", "med ", "her", "barnehage", "skole")):
                result["children_with_perpetrator"] = where.value
        if slot == "going_home" and parsed.value is True:
            entry = default_search().corpus.entry(GOING_HOME_ENTRY)
            if entry:
                reply = entry_reply(entry, score=1.0)
                reply.text = "Når personen vil dra hjem – fra veilederen:\n" + (reply.text or "")
                send(dispatcher, reply)
        return result

    def validate_triage_confirm(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> dict[str, Any]:
        if value is True:
            return {CONFIRM_SLOT: True}
        if isinstance(value, str) and parse.parse_confirm(value).ok:
            return {CONFIRM_SLOT: True}
        dispatcher.utter_message(text="Svar «ja» for å lagre, «endre <hva>» for å rette et svar, "
                                      "eller «avbryt» for å forkaste.")
        return {CONFIRM_SLOT: None}


def _make_validator(slot: str):
    def validator(self: ValidateTriageForm, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> dict[str, Any]:
        return self._validate(slot, value, dispatcher)

    validator.__name__ = f"validate_{slot}"
    return validator


for _slot in SLOTS:
    setattr(ValidateTriageForm, f"validate_{_slot}", _make_validator(_slot))


class ActionAskTriageConfirm(SafeAction):
    """The summary before saving, with buttons to confirm or change."""

    def name(self) -> str:
        return "action_ask_triage_confirm"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        values = current_values(tracker)
        dispatcher.utter_message(
            text=note.summary(values, required_slots(values)),
            buttons=[{"title": "Ja, lagre", "payload": '/inform{"answer": "lagre"}'},
                     {"title": "Endre antall barn", "payload": "endre antall barn"},
                     {"title": "Avbryt", "payload": "/cancel"}])
        return []


class ActionSubmitTriage(SafeAction):
    """Store the case, its triage record and journal note in one transaction; show ref and note."""

    def name(self) -> str:
        return "action_submit_triage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        values = current_values(tracker)
        with db.session_scope() as session:
            case = repository.create_case(session, note.triage_record(values),
                                          conversation_key=conversation_key(tracker.sender_id))
            text = note.journal_note(values, case.ref)
            repository.save_journal_note(session, case.ref, text)
            delete_draft(session, tracker.sender_id)
            ref = case.ref
        dispatcher.utter_message(text=f"Lagret som sak {ref}.\n\n{text}\n\n"
                                      "Saken finnes med «./botctl cases show " + ref + "».")
        return reset_events()

    async def on_error(self, error: Exception, dispatcher: CollectingDispatcher, tracker: Tracker,
                       domain: DomainDict) -> list[EventType]:
        """Nothing is stored half (one transaction); the answers stay and «ja» tries again."""
        dispatcher.utter_message(text="Ingenting er lagret halvveis. Skriv «ja» for å prøve å lagre igjen.")
        return [SlotSet(CONFIRM_SLOT, None), FollowupAction(FORM)]


class ActionTriageWhy(SafeAction):
    """«Hvorfor spør vi om dette?»: one line from the guide about the question being asked."""

    def name(self) -> str:
        return "action_triage_why"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        question = BY_SLOT.get(tracker.get_slot("requested_slot") or "")
        if question is None:
            dispatcher.utter_message(response="utter_why_ask_idle")
            return []
        entry = default_search().corpus.entry(question.source_id)
        source = f"\n{source_line(entry)}" if entry else ""
        dispatcher.utter_message(text=f"Hvorfor: {question.reason}{source}")
        return []


class ActionPauseTriage(SafeAction):
    """Save the answers so far as a draft and step out of the form."""

    def name(self) -> str:
        return "action_pause_triage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        values = current_values(tracker)
        with db.session_scope() as session:
            save_draft(session, tracker.sender_id, values)
        dispatcher.utter_message(text=f"Satt på pause med {len(values)} svar lagret som utkast. "
                                      "Skriv «fortsett» når du vil ta opp igjen samtalen.")
        return [ActiveLoop(None), *reset_events()]


class ActionResumeTriage(SafeAction):
    """Restore a paused first contact and go on at the first unanswered question."""

    def name(self) -> str:
        return "action_resume_triage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        with db.session_scope() as session:
            draft = load_draft(session, tracker.sender_id)
        if draft is None:
            dispatcher.utter_message(response="utter_nothing_to_resume")
            return []
        dispatcher.utter_message(text=f"Vi fortsetter der vi slapp ({len(draft)} svar fra før).")
        return [*(SlotSet(k, v) for k, v in draft.items() if k in SLOTS), FollowupAction(FORM)]


class ActionChangeAnswer(SafeAction):
    """«endre <svar>»: clear that answer (and what depends on it) so the form asks it again."""

    def name(self) -> str:
        return "action_change_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        slot = slot_to_change(tracker.latest_message.get("text") or "")
        values = current_values(tracker)
        if slot is None or (slot not in values and slot != tracker.get_slot("requested_slot")):
            answered = ", ".join(f"«{BY_SLOT[s].label.lower()}»" for s in values) or "ingen ennå"
            dispatcher.utter_message(text=f"Hva vil du endre? Besvart: {answered}. Skriv f.eks. «endre antall barn».")
            return []
        events: list[EventType] = [SlotSet(slot, None), SlotSet(CONFIRM_SLOT, None)]
        if slot == "interpreter_needed":
            events.append(SlotSet("language", None))
        if slot == "children_count":
            events.append(SlotSet("children_with_perpetrator", None))
        dispatcher.utter_message(text=f"Greit, vi endrer «{BY_SLOT[slot].label.lower()}».")
        return events


class ActionCancelTriage(SafeAction):
    """Leave the first contact without storing anything (and drop any saved draft)."""

    def name(self) -> str:
        return "action_cancel_triage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        with db.session_scope() as session:
            delete_draft(session, tracker.sender_id)
        dispatcher.utter_message(text="Avbrutt. Ingenting fra denne samtalen er lagret.")
        return [ActiveLoop(None), *reset_events()]
