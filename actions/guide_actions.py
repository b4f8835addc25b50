"""Actions that answer from the guide: free questions, chosen entries, acute danger."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.dispatch import send
from bot.acute import acute_reply
from bot.guide.answer import Reply, entry_reply, not_found_reply
from bot.guide.feedback import THANKS, UNKNOWN_ANSWER, feedback_buttons, log_entry
from bot.guide.respond import respond
from bot.guide.search import ANSWER, default_search
from bot.storage import db, feedback

log = logging.getLogger(__name__)


def _latest_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def with_feedback(reply: Reply, question: str) -> Reply:
    """Log the reply for ``./botctl feedback``; an answer gets 👍/👎 buttons. A failed write costs
    the buttons, never the answer."""
    logged = log_entry(reply)
    if logged is None:
        return reply
    try:
        with db.session_scope() as session:
            ref = feedback.log_answer(session, question, *logged)
    except Exception:
        log.warning("could not log the guide reply for feedback", exc_info=True)
        return reply
    if reply.kind == ANSWER:
        reply.buttons = [*reply.buttons, *feedback_buttons(ref)]
    return reply


class ActionAnswerGuide(Action):
    """Answer / clarify / «finner ikke» for a staff question; safe to run inside a form."""

    def name(self) -> str:
        return "action_answer_guide"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        text = _latest_text(tracker)
        try:
            reply = with_feedback(respond(text), text)
        except Exception:  # never let a stack trace reach the user
            log.exception("guide answer failed")
            reply = not_found_reply("Beklager, noe gikk galt da jeg søkte i veilederen. Prøv igjen.", kind=None)
        send(dispatcher, reply)
        return []


class ActionFeedback(Action):
    """👍/👎 pressed under an answer (payload ``/feedback{"answer_ref": ..., "vote": "up"|"down"}``)."""

    def name(self) -> str:
        return "action_feedback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        ref = str(next(tracker.get_latest_entity_values("answer_ref"), "") or "")
        vote = next(tracker.get_latest_entity_values("vote"), None)
        if vote not in THANKS or not ref:
            dispatcher.utter_message(text=UNKNOWN_ANSWER)
            return []
        try:
            with db.session_scope() as session:
                found = feedback.record_vote(session, ref, vote)
        except Exception:
            log.warning("could not store feedback", exc_info=True)
            found = False
        dispatcher.utter_message(text=THANKS[vote] if found else UNKNOWN_ANSWER)
        return []


class ActionChooseEntry(Action):
    """A button chose one subsection (payload ``/choose_entry{"entry_id": ...}``)."""

    def name(self) -> str:
        return "action_choose_entry"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        entry_id = next(tracker.get_latest_entity_values("entry_id"), None)
        entry = default_search().corpus.entry(entry_id) if entry_id else None
        if entry is None:
            send(dispatcher, not_found_reply("Jeg fant ikke det punktet i veilederen. Skriv «meny» for å bla."))
        else:
            send(dispatcher, entry_reply(entry, score=1.0))
        return []


class ActionAcuteDanger(Action):
    """112 first, wherever the conversation is (CONTRACTS.md §5)."""

    def name(self) -> str:
        return "action_acute_danger"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            corpus = default_search().corpus
        except Exception:
            log.exception("corpus unavailable for acute reply")
            corpus = None
        send(dispatcher, acute_reply(corpus))
        return []
