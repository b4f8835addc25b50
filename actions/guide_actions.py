"""Actions that answer from the guide: free questions, chosen entries, acute danger."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import SafeAction, entity_text
from actions.dispatch import send
from bot import errors
from bot.acute import acute_reply
from bot.guide.answer import Reply, entry_reply, not_found_reply
from bot.guide.feedback import THANKS, UNKNOWN_ANSWER, feedback_buttons, log_entry
from bot.guide.search import ANSWER, default_search
from bot.respond import respond
from bot.storage import db, feedback

log = logging.getLogger(__name__)


def _latest_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def with_feedback(reply: Reply, question: str, *, in_dialogue: bool = False) -> Reply:
    """Log the reply for ``./botctl feedback``; an answer gets 👍/👎 buttons. A failed write costs
    the buttons, never the answer.

    Not in a dialogue: a question asked during a first contact or a mapping is about the person on
    the phone, and the answer log (kept to improve the corpus) must not hold it (issue 15)."""
    logged = log_entry(reply)
    if logged is None or in_dialogue:
        return reply
    try:
        with db.session_scope() as session:
            ref = feedback.log_answer(session, question, *logged)
    except Exception as exc:  # noqa: BLE001 - the answer matters more than its feedback buttons
        log.warning(errors.log_line("logging a guide reply for feedback", exc, errors.classify(exc)))
        return reply
    if reply.kind == ANSWER:
        reply.buttons = [*reply.buttons, *feedback_buttons(ref)]
    return reply


class ActionAnswerGuide(SafeAction):
    """Answer / clarify / «finner ikke» for a staff question; safe to run inside a form."""

    def name(self) -> str:
        return "action_answer_guide"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        text = _latest_text(tracker)
        send(dispatcher, with_feedback(respond(text), text, in_dialogue=tracker.active_loop_name is not None))
        return []


class ActionFeedback(SafeAction):
    """👍/👎 pressed under an answer (payload ``/feedback{"answer_ref": ..., "vote": "up"|"down"}``)."""

    def name(self) -> str:
        return "action_feedback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        ref = entity_text(tracker, "answer_ref") or ""
        vote = entity_text(tracker, "vote")
        if vote not in THANKS or not ref:
            dispatcher.utter_message(text=UNKNOWN_ANSWER)
            return []
        with db.session_scope() as session:
            found = feedback.record_vote(session, ref, vote)
        dispatcher.utter_message(text=THANKS[vote] if found else UNKNOWN_ANSWER)
        return []


class ActionChooseEntry(SafeAction):
    """A button chose one subsection (payload ``/choose_entry{"entry_id": ...}``)."""

    def name(self) -> str:
        return "action_choose_entry"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        entry_id = entity_text(tracker, "entry_id")
        entry = default_search().corpus.entry(entry_id) if entry_id else None
        if entry is None:
            send(dispatcher, not_found_reply("Jeg fant ikke det punktet i veilederen. Skriv «meny» for å bla."))
        else:
            send(dispatcher, entry_reply(entry, score=1.0))
        return []


class ActionAcuteDanger(SafeAction):
    """112 first, wherever the conversation is (CONTRACTS.md §5)."""

    def name(self) -> str:
        return "action_acute_danger"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        send(dispatcher, acute_reply(default_search().corpus))
        return []
