"""Actions that answer from the guide: free questions, chosen entries, acute danger."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import SafeAction
from actions.dispatch import send
from bot.acute import acute_reply
from bot.guide.answer import entry_reply, not_found_reply
from bot.guide.respond import respond
from bot.guide.search import default_search


def _latest_text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def _latest_intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


class ActionAnswerGuide(SafeAction):
    """Answer / clarify / «finner ikke» for a staff question; safe to run inside a form."""

    def name(self) -> str:
        return "action_answer_guide"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        send(dispatcher, respond(_latest_text(tracker), _latest_intent(tracker)))
        return []


class ActionChooseEntry(SafeAction):
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


class ActionAcuteDanger(SafeAction):
    """112 first, wherever the conversation is (CONTRACTS.md §5)."""

    def name(self) -> str:
        return "action_acute_danger"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        send(dispatcher, acute_reply(default_search().corpus))
        return []
