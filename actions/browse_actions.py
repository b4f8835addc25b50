"""Quick look-up actions for night shifts: browse the guide, search a word, checklists."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import SafeAction, entity_text
from actions.dispatch import send
from actions.guide_actions import with_feedback
from bot.guide.browse import checklist_menu_reply, checklist_reply, node_reply, search_reply, search_word_of
from bot.guide.checklists import default_checklists, find_checklist
from bot.guide.search import default_search
from bot.respond import guide_checklist_reply


class ActionBrowse(SafeAction):
    def name(self) -> str:
        return "action_browse"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        node = entity_text(tracker, "node")
        send(dispatcher, node_reply(default_search().corpus, node))
        return []


class ActionSearchWord(SafeAction):
    def name(self) -> str:
        return "action_search_word"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        word = search_word_of(tracker.latest_message.get("text") or "")[:100]
        hits = default_search().find_word(word) if word else []
        send(dispatcher, search_reply(word, hits))
        return []


class ActionChecklist(SafeAction):
    def name(self) -> str:
        return "action_checklist"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        checklists = default_checklists()
        text = tracker.latest_message.get("text") or ""
        found = find_checklist(text, checklists)
        if found is None:
            from_guide = guide_checklist_reply(text)
            if from_guide is not None:  # one of the guide's own checklists, answered with its feedback buttons
                send(dispatcher, with_feedback(from_guide, text))
                return []
            send(dispatcher, checklist_menu_reply(checklists))
        else:
            send(dispatcher, checklist_reply(found, default_search().corpus))
        return []
