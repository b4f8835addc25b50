"""The chat: one conversation per staff member with the same assistant the other channels reach.

A turn goes to Rasa's REST channel as the staff member's conversation (``identity.sender_id``: a
keyed hash, never her id); typed text is masked first (``bot.text.mask``), as the Telegram bridge
does. What is on screen – the last turns and the buttons of the latest one – is kept in this
process's memory only: never written anywhere, gone on sign-out, on restart, and when her session
ends. Rasa keeps the conversation itself (a dialogue half done continues after a restart).
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot import errors
from bot.storage import db, workspace
from bot.storage.models import REF_ALPHABET, REF_LENGTH, REF_PREFIX, utcnow
from bot.storage.web_access import SignedIn
from bot.text.mask import mask_text
from bot.web import texts
from bot.web.identity import draft_owner, sender_id, staff_key
from bot.web.rasa import RESTART, RasaClient, RasaUnavailable
from bot.web.render import MessageView, Segment, render_reply

log = logging.getLogger(__name__)
CASE_REF = re.compile(rf"\b{re.escape(REF_PREFIX)}[{REF_ALPHABET}]{{{REF_LENGTH}}}\b")


@dataclass
class Turn:
    said: str | None  # what she sent, as sent (masked), or the title of the button she pressed
    replies: list[MessageView]
    at: datetime
    notice: str | None = None  # the workspace's own word (Rasa down, message too long)


@dataclass
class Conversation:
    turns: deque[Turn]
    buttons: OrderedDict[str, tuple[str, str]] = field(default_factory=OrderedDict)
    dialogue: str | None = None  # the form running after the latest turn; "" none; None not known yet
    lock: threading.Lock = field(default_factory=threading.Lock)

    def register(self, title: str, payload: str) -> str:
        token = secrets.token_urlsafe(9)
        self.buttons[token] = (title, payload)
        return token


class ChatStore:
    """Conversations on screen, by staff id; in memory only."""

    def __init__(self, max_turns: int) -> None:
        self.max_turns = max_turns
        self._conversations: dict[str, Conversation] = {}
        self._lock = threading.Lock()

    def get(self, code: str) -> Conversation:
        with self._lock:
            conversation = self._conversations.get(code)
            if conversation is None:
                conversation = self._conversations[code] = Conversation(deque(maxlen=self.max_turns))
            return conversation

    def forget(self, code: str) -> None:
        with self._lock:
            self._conversations.pop(code, None)

    def retain(self, codes: set[str]) -> None:
        """Drop what is on screen for everyone not signed in any more (timeouts, revoked)."""
        with self._lock:
            for code in [c for c in self._conversations if c not in codes]:
                del self._conversations[code]


class Chat:
    def __init__(self, rasa: RasaClient, store: ChatStore, max_chars: int) -> None:
        self.rasa = rasa
        self.store = store
        self.max_chars = max_chars

    def say(self, staff: SignedIn, text: str) -> None:
        text = (text or "").strip()
        if not text:
            return
        conversation = self.store.get(staff.code)
        if len(text) > self.max_chars:
            with conversation.lock:
                conversation.turns.append(Turn(None, [], utcnow(), texts.TOO_LONG.format(
                    length=len(text), limit=self.max_chars)))
            return
        masked = mask_text(text)
        self._turn(staff, conversation, masked, masked, typed=True)

    def press(self, staff: SignedIn, token: str) -> None:
        conversation = self.store.get(staff.code)
        found = conversation.buttons.get(token or "")
        if found is None:
            with conversation.lock:
                conversation.turns.append(Turn(None, [], utcnow(), texts.BUTTON_EXPIRED))
            return
        title, payload = found
        self._turn(staff, conversation, title, payload, typed=False)

    def command(self, staff: SignedIn, name: str) -> None:
        label, words = texts.COMMANDS[name]
        self._turn(staff, self.store.get(staff.code), label, words, typed=False)

    def restart(self, staff: SignedIn) -> None:
        """«Ny samtale»: Rasa forgets the conversation (a dialogue in progress is discarded)."""
        conversation = self.store.get(staff.code)
        with conversation.lock:
            try:
                self.rasa.send(sender_id(staff.code), RESTART)
            except RasaUnavailable:
                conversation.turns.append(Turn(None, [], utcnow(), texts.RASA_DOWN))
                return
            conversation.turns.clear()
            conversation.buttons.clear()
            conversation.dialogue = ""
            conversation.turns.append(Turn(None, [], utcnow(), texts.CONVERSATION_RESET))

    def _turn(self, staff: SignedIn, conversation: Conversation, shown: str, sent: str, typed: bool) -> None:
        with conversation.lock:  # one turn at a time per person, so the screen shows them in order
            start = utcnow()
            try:
                reply = self.rasa.send(sender_id(staff.code), sent)
            except RasaUnavailable:
                conversation.turns.append(Turn(shown, [], start, texts.RASA_DOWN))
                return
            end = utcnow()
            conversation.buttons.clear()  # only the latest turn's buttons can be pressed
            views = render_reply(reply.messages, conversation.register) or [MessageView([[Segment(texts.EMPTY_REPLY)]])]
            conversation.turns.append(Turn(shown, views, start))
            if reply.dialogue is not None:
                conversation.dialogue = reply.dialogue
        self._remember(staff, sent if typed else None, reply.messages, start, end)

    def _remember(self, staff: SignedIn, question: str | None, messages: list[dict[str, Any]],
                  start: datetime, end: datetime) -> None:
        """Link her own work for the handover: a question the guide could not answer, a mapping saved.
        A failure here costs the link, never the reply."""
        declined = question is not None and any(
            isinstance(m.get("custom"), dict) and m["custom"].get("sources") == [] for m in messages)
        refs = {ref for m in messages for ref in CASE_REF.findall(m.get("text") or "")}
        if not declined and not refs:
            return
        try:
            key = staff_key(staff.code)
            with db.session_scope() as session:
                if declined and question is not None:
                    workspace.link_unanswered(session, key, question)
                if refs:
                    workspace.link_mappings(session, key, refs, start, end)
        except Exception as exc:  # noqa: BLE001 - the reply is on screen already
            log.warning(errors.log_line("linking a turn to its staff member", exc, errors.classify(exc)))

    def paused(self, staff: SignedIn) -> str | None:
        """The dialogue she paused most recently («triage», «safety_mapping»), if any."""
        with db.session_scope() as session:
            return workspace.paused_dialogue(session, draft_owner(staff.code))
