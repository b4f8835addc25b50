"""The Rasa REST channel on loopback, from the bridge's event loop (httpx, async)."""

from __future__ import annotations

import logging
from typing import Any

import httpx

log = logging.getLogger(__name__)

# active_loop() could not tell (no header, Rasa down): callers treat the turn as part of a dialogue.
UNKNOWN = object()
# Set by the served REST channel (bot/rasa_plugins/channel.py): the form running after the turn.
DIALOGUE_HEADER = "X-Krise-Dialogue"


class RasaUnavailable(Exception):
    """Rasa did not answer (down, restarting, overloaded); the message was not processed."""


class RasaClient:
    def __init__(self, url: str, timeout: float) -> None:
        self.url = url.rstrip("/")
        self._client = httpx.AsyncClient(timeout=timeout)
        self._loops: dict[str, str | None] = {}

    async def send(self, sender: str, text: str) -> list[dict[str, Any]]:
        try:
            response = await self._client.post(f"{self.url}/webhooks/rest/webhook",
                                               json={"sender": sender, "message": text})
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
        if DIALOGUE_HEADER in response.headers:
            self._loops[sender] = response.headers[DIALOGUE_HEADER] or None
        return [m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else []

    async def active_loop(self, sender: str) -> str | None | object:
        """The form running in this conversation after the latest ``send`` (None when none), or
        ``UNKNOWN``: read from the reply's header, since Rasa's HTTP API is closed."""
        return self._loops.pop(sender, UNKNOWN)

    async def aclose(self) -> None:
        await self._client.aclose()
