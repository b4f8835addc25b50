"""Actions that answer from the guide: free questions, chosen entries, acute danger."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import prefetch
from actions.base import SafeAction, entity_text
from actions.dispatch import send
from bot import errors
from bot.acute import acute_reply
from bot.dialogue import store
from bot.guide.answer import Reply, entry_reply, not_found_reply
from bot.guide.feedback import THANKS, UNKNOWN_ANSWER, feedback_buttons, log_entry
from bot.guide.search import ANSWER, default_search
from bot.offers import OFFER_KEY, around_guide_reply, offer_reply
from bot.respond import respond
from bot.storage import db, feedback
from bot.storage.write_behind import WriteBehind

log = logging.getLogger(__name__)


def _latest_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def is_first_turn(tracker: Tracker) -> bool:
    """The latest message is the first the staff member wrote in this conversation (session).

    Rasa sends guide actions only the events from the previous user message or the session's start
    on (``bot/rasa_plugins/action_payload.py``): enough to tell one message from more than one."""
    count = 0
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            count += 1
        elif kind == "session_started":
            break
    return count <= 1


def _log_failed(exc: BaseException) -> None:
    log.warning(errors.log_line("logging a guide reply for feedback", exc, errors.classify(exc)))


# The answer log is written after the reply has gone (bot.storage.write_behind: the write cost a
# guide answer 2 ms at the median, 6–7 ms at p95; ``submit_after_reply``: not even started before the
# reply is in the socket, since the worker shares the GIL); a vote waits for it (ActionFeedback).
ANSWER_LOG = WriteBehind("answer-log", _log_failed)


def with_feedback(reply: Reply, question: str, *, in_dialogue: bool = False) -> Reply:
    """Log the reply for ``./botctl feedback``; an answer gets 👍/👎 buttons.

    The row is written after the reply (``ANSWER_LOG``) under the token the buttons carry, made
    here. A write that fails is logged; its buttons then get «finner ikke det svaret lenger».

    Not in a dialogue: a question asked during a first contact or a mapping is about the person on
    the phone, and the answer log (kept to improve the corpus) must not hold it (issue 15)."""
    logged = log_entry(reply)
    if logged is None or in_dialogue:
        return reply
    token = feedback.new_token()

    def write() -> None:
        with db.session_scope() as session:
            feedback.log_answer(session, question, *logged, token=token)

    ANSWER_LOG.submit_after_reply(write)
    if reply.kind == ANSWER:
        reply.buttons = [*reply.buttons, *feedback_buttons(token)]
    return reply


def _has_paused_dialogue(sender_id: str) -> bool:
    """A draft to resume (read only: the draft stays). A database that cannot answer costs the
    «Fortsett» button, never the answer."""
    try:
        return store.take_latest_draft(sender_id) is not None
    except Exception as exc:  # noqa: BLE001 - the answer matters more than one button
        log.warning(errors.log_line("looking up a paused dialogue", exc, errors.classify(exc)))
        return False


class ActionAnswerGuide(SafeAction):
    """Answer / clarify / «finner ikke» for a staff question; safe to run inside a form.

    Outside a form it adds the buttons that start things (``bot.offers``): the action the router
    offered (``OFFER_KEY``), and the main actions under a decline or in a conversation's first reply.
    """

    def name(self) -> str:
        return "action_answer_guide"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        text = _latest_text(tracker)
        in_dialogue = tracker.active_loop_name is not None
        # computed already when Rasa's router handed the text over (actions.prefetch)
        reply = with_feedback(prefetch.take(text) or respond(text), text, in_dialogue=in_dialogue)
        if in_dialogue:
            send(dispatcher, reply)
            return []
        offer = tracker.latest_message.get(OFFER_KEY)
        offer = offer if isinstance(offer, str) else None
        first = is_first_turn(tracker)
        declined = reply.custom is not None and not reply.custom.get("sources")
        # the draft is looked up only where a «Fortsett» button could appear (not under every answer)
        paused = (first or declined or offer == "resume") and _has_paused_dialogue(tracker.sender_id)
        for message in around_guide_reply(reply, text, offer, first, paused):
            send(dispatcher, message)
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
        ANSWER_LOG.drain()  # the answer voted on may have been logged a moment ago
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
    """112 first, wherever the conversation is (CONTRACTS.md §5); an action the message also asked
    for («… opprett sak») is offered after it as a button."""

    def name(self) -> str:
        return "action_acute_danger"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        send(dispatcher, acute_reply(default_search().corpus))
        offer = tracker.latest_message.get(OFFER_KEY)  # «… opprett sak»: the start after the 112 reply
        follow = offer_reply(offer, _latest_text(tracker)) if isinstance(offer, str) and not tracker.active_loop_name \
            else None
        if follow is not None:
            send(dispatcher, follow)
        return []
