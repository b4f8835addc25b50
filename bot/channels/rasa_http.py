"""What the Telegram bridge and the web workspace share when they post to the Rasa REST channel.

One reading of a reply for both (the bridge's client is async, the workspace's threaded, so the
request itself stays in each).
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from bot.rasa_plugins.status import DIALOGUE_HEADER

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/rest/webhook"


class RasaUnavailable(Exception):
    """Rasa did not answer (down, restarting, overloaded); the message was not processed."""


def read_reply(response: httpx.Response) -> tuple[list[dict[str, Any]], str | None]:
    """The reply's messages and its ``X-Krise-Dialogue`` header (None when absent): the form
    running after the turn, set by the served REST channel (bot/rasa_plugins/channel.py).
    Raises RasaUnavailable for anything but a 200 with JSON."""
    if response.status_code != 200:
        log.warning("Rasa answered HTTP %s", response.status_code)
        raise RasaUnavailable
    try:
        messages = response.json()
    except ValueError:
        raise RasaUnavailable from None
    dialogue = response.headers.get(DIALOGUE_HEADER)
    return [m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else [], dialogue
