"""The Rasa REST channel on loopback (CONTRACTS.md §2), from the workspace's worker threads."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import httpx

from bot.channels.rasa_http import WEBHOOK_PATH, RasaUnavailable, read_reply

__all__ = ["RESTART", "RasaClient", "RasaReply", "RasaUnavailable"]

log = logging.getLogger(__name__)

RESTART = "/restart"  # Rasa's built-in intent: forget the conversation (slots, forms)


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
            response = self._client.post(self.url + WEBHOOK_PATH, json={"sender": sender, "message": text})
        except httpx.HTTPError as exc:
            log.warning("Rasa unreachable (%s)", type(exc).__name__)
            raise RasaUnavailable from None
        return RasaReply(*read_reply(response))

    def close(self) -> None:
        self._client.close()
