"""The Rasa REST channel on loopback (CONTRACTS.md §2), from the workspace's worker threads."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import httpx

log = logging.getLogger(__name__)

# Set by the served REST channel (bot/rasa_plugins/channel.py): the form running after the turn.
DIALOGUE_HEADER = "X-Krise-Dialogue"
RESTART = "/restart"  # Rasa's built-in intent: forget the conversation (slots, forms)


class RasaUnavailable(Exception):
    """Rasa did not answer (down, restarting, overloaded); the message was not processed."""


@dataclass(frozen=True)
class RasaReply:
    messages: list[dict[str, Any]]
    dialogue: str | None  # the form running after the turn, "" when none, None when not told


class RasaClient:
    """One pooled HTTP client, shared by every worker thread (httpx.Client is thread-safe)."""

    def __init__(self, url: str, timeout: float) -> None:
        self.url = url.rstrip("/")
        self._client = httpx.Client(timeout=timeout)

    def send(self, sender: str, text: str) -> RasaReply:
        try:
            response = self._client.post(f"{self.url}/webhooks/rest/webhook", json={"sender": sender, "message": text})
        except httpx.HTTPError as exc:
            log.warning("Rasa unreachable (%s)", type(exc).__name__)
            raise RasaUnavailable from None
        if response.status_code != 200:
            log.warning("Rasa answered HTTP %s", response.status_code)
            raise RasaUnavailable
        try:
            messages = response.json()
        except ValueError:
            raise RasaUnavailable from None
        dialogue = response.headers.get(DIALOGUE_HEADER)
        return RasaReply([m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else [], dialogue)

    def close(self) -> None:
        self._client.close()
