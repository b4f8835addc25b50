"""The Rasa REST channel on loopback, from the bridge's event loop (httpx, async)."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

import httpx

log = logging.getLogger(__name__)

# active_loop() could not tell (API closed or down): callers treat the turn as part of a dialogue.
UNKNOWN = object()


class RasaUnavailable(Exception):
    """Rasa did not answer (down, restarting, overloaded); the message was not processed."""


class RasaClient:
    def __init__(self, url: str, timeout: float, api_token: str | None = None) -> None:
        self.url = url.rstrip("/")
        self._api_token = api_token
        self._client = httpx.AsyncClient(timeout=timeout)

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
        return [m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else []

    async def active_loop(self, sender: str) -> str | None | object:
        """The form running in this conversation (None when none), or ``UNKNOWN``."""
        params = {"include_events": "NONE"}
        if self._api_token:
            params["token"] = self._api_token
        try:
            response = await self._client.get(f"{self.url}/conversations/{quote(sender, safe='')}/tracker",
                                              params=params)
            if response.status_code != 200:
                return UNKNOWN
            loop = (response.json().get("active_loop") or {}).get("name")
        except (httpx.HTTPError, ValueError, AttributeError):
            return UNKNOWN
        return loop or None

    async def aclose(self) -> None:
        await self._client.aclose()
