"""The Rasa REST channel on loopback, from the bridge's event loop (httpx, async)."""

from __future__ import annotations

import logging
from typing import Any

import httpx

from bot.channels.rasa_http import WEBHOOK_PATH, RasaUnavailable, read_reply

__all__ = ["UNKNOWN", "RasaClient", "RasaUnavailable"]

log = logging.getLogger(__name__)

# active_loop() could not tell (no header, Rasa down): callers treat the turn as part of a dialogue.
UNKNOWN = object()


class RasaClient:
    def __init__(self, url: str, timeout: float) -> None:
        self.url = url.rstrip("/")
        self._client = httpx.AsyncClient(timeout=timeout)
        self._loops: dict[str, str | None] = {}

    async def send(self, sender: str, text: str) -> list[dict[str, Any]]:
        try:
            response = await self._client.post(self.url + WEBHOOK_PATH, json={"sender": sender, "message": text})
        except httpx.HTTPError as exc:
            log.warning("Rasa unreachable (%s)", type(exc).__name__)
            raise RasaUnavailable from None
        messages, dialogue = read_reply(response)
        if dialogue is not None:
            self._loops[sender] = dialogue or None
        return messages

    async def active_loop(self, sender: str) -> str | None | object:
        """The form running in this conversation after the latest ``send`` (None when none), or
        ``UNKNOWN``: read from the reply's header, since Rasa's HTTP API is closed."""
        return self._loops.pop(sender, UNKNOWN)

    async def aclose(self) -> None:
        await self._client.aclose()
