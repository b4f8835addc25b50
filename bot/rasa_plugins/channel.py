"""The REST channel (``POST /webhooks/rest/webhook``, CONTRACTS.md §2) with the replies Rasa lacks.

Rasa answers nothing at all when a custom action fails (the action server is down, an action
raised) or when the tracker store cannot be read; a night-shift user must never get silence. So
this channel, registered in ``credentials.yml`` under the same name ``rest``:

- checks the action server first and, when it is down, says so in Norwegian without handing the
  message to Rasa (so no half-handled turn is stored);
- says in Norwegian that a message was not handled when its conversation lock could not be taken
  (Redis down: ``lock_store``), rather than handling it unlocked;
- replaces an empty reply with a Norwegian one, and says plainly when the database could not read
  the conversation or is holding the latest turn in memory (``tracker_store``);
- cleans the input (NUL, lone surrogates, absurd length) and rejects malformed requests with 400;
- reads only ``Content-Type: application/json`` (415 otherwise): a web page open in a browser on
  this machine can post ``text/plain`` to loopback without asking, but not JSON – that needs a CORS
  preflight, which this server (started without ``--cors``) does not allow (issue 15);
- never logs message text (Rasa's own REST channel logs it on failure);
- tells in the ``X-Krise-Dialogue`` header which form runs after the turn (empty: none), so the
  Telegram bridge knows which messages belong to a dialogue without Rasa's HTTP API.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.lock_store import LockError
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.rasa_plugins import status
from bot.rasa_plugins.replies import ACTIONS_DOWN, CONVERSATION_LOCKED, DATABASE_DOWN, FAILED, NO_ANSWER, NOT_SAVED

log = logging.getLogger(__name__)

# No real question or answer is this long; NLU cost grows with length (char n-grams), so longer
# input is cut here. The guide search cuts further (bot/text/guard.py, 500 characters).
MAX_MESSAGE_CHARS = 4000
MAX_SENDER_CHARS = 200
# A healthy action server is trusted for this long before it is asked again (one loopback GET).
HEALTH_TTL_SECONDS = 2.0
# Only a refused connection counts as down; a /health slower than this counts as busy, not down.
HEALTH_TIMEOUT_SECONDS = 1.5

def clean_text(text: str) -> str:
    """Drop what storage and the parsers cannot take: NUL (PostgreSQL text refuses it), lone
    surrogates (not encodable as UTF-8), and anything past ``MAX_MESSAGE_CHARS``."""
    text = text[:MAX_MESSAGE_CHARS].replace("\x00", " ")
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def has_content(messages: list[dict[str, Any]]) -> bool:
    return any((m.get("text") or "").strip() or m.get("buttons") or m.get("image") for m in messages)


class ActionServerProbe:
    """Is the action server up? Asked on its ``/health`` before a message goes to Rasa."""

    def __init__(self) -> None:
        self._healthy_until = 0.0

    @staticmethod
    def health_url(webhook_url: str) -> str:
        parts = urlsplit(webhook_url)
        return urlunsplit((parts.scheme, parts.netloc, "/health", "", ""))

    async def is_up(self, request: Request, fresh: bool = False) -> bool:
        agent = getattr(request.app.ctx, "agent", None)
        endpoint = getattr(agent, "action_endpoint", None)
        if endpoint is None or not endpoint.url:
            return True  # no custom actions configured: nothing to wait for
        if not fresh and time.monotonic() < self._healthy_until:
            return True
        try:
            timeout = aiohttp.ClientTimeout(total=HEALTH_TIMEOUT_SECONDS)
            async with aiohttp.ClientSession(timeout=timeout) as session, \
                    session.get(self.health_url(endpoint.url)) as answer:
                up = answer.status == 200
        except asyncio.TimeoutError:
            # Connected but slow: a busy action server (its actions share one event loop) is not
            # down. Rasa's own call to it has a longer timeout and its failure is caught after.
            up = True
        except (aiohttp.ClientError, OSError):
            up = False  # refused or reset: nothing is listening
        self._healthy_until = time.monotonic() + HEALTH_TTL_SECONDS if up else 0.0
        return up


class KriseRestInput(RestInput):
    """``rest``, as Rasa's, plus the guarantees in the module docstring (no streaming)."""

    def __init__(self) -> None:
        self.probe = ActionServerProbe()

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> KriseRestInput:
        return cls()

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("krise_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            parsed = _parse(request)
            if isinstance(parsed, HTTPResponse):
                return parsed
            sender, text, metadata = parsed
            if not await self.probe.is_up(request):
                log.warning("rest: action server is down; message not handled")
                return _reply(sender, ACTIONS_DOWN)
            collector = CollectingOutputChannel()
            failed = False
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 metadata=metadata))
            except LockError:
                # Raised before the turn is handled (bot.rasa_plugins.lock_store): nothing was stored.
                log.error("rest: the conversation lock could not be taken; message not handled")
                return _reply(sender, CONVERSATION_LOCKED)
            except asyncio.CancelledError:
                log.error("rest: handling a message timed out")
                failed = True
            except Exception as exc:  # noqa: BLE001 - whatever failed, the user gets a reply
                log.error("rest: handling a message failed (%s)", type(exc).__name__)
                failed = True
            loop = status.take_active_loop(sender)
            if status.take_unavailable(sender):
                return _reply(sender, DATABASE_DOWN)
            messages = list(collector.messages)
            if not has_content(messages):
                if failed:
                    messages.append({"recipient_id": sender, "text": FAILED})
                elif not await self.probe.is_up(request, fresh=True):
                    messages.append({"recipient_id": sender, "text": ACTIONS_DOWN})
                else:
                    messages.append({"recipient_id": sender, "text": NO_ANSWER})
            if sender in status.UNSAVED:
                messages.append({"recipient_id": sender, "text": NOT_SAVED[status.UNSAVED[sender]]})
            headers = {status.DIALOGUE_HEADER: loop} if loop is not None else None
            return response.json(messages, headers=headers)

        return webhook


def _reply(sender: str, text: str) -> HTTPResponse:
    return response.json([{"recipient_id": sender, "text": text}])


def _parse(request: Request) -> tuple[str, str, dict[str, Any] | None] | HTTPResponse:
    media_type = (request.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        return response.json({"feil": "Bare «Content-Type: application/json» tas imot."}, status=415)
    try:
        body = request.json
    except Exception:  # noqa: BLE001 - Sanic raises its own InvalidUsage for bad JSON
        body = None
    if not isinstance(body, dict):
        return response.json({"feil": "Forventet et JSON-objekt med «sender» og «message»."}, status=400)
    sender = body.get("sender")
    if isinstance(sender, int) and not isinstance(sender, bool):
        sender = str(sender)
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        return response.json({"feil": f"«sender» må være tekst (1–{MAX_SENDER_CHARS} tegn)."}, status=400)
    message = body.get("message")
    if message is None:
        message = ""
    if not isinstance(message, str):
        return response.json({"feil": "«message» må være tekst."}, status=400)
    metadata = body.get("metadata")
    return clean_text(sender), clean_text(message), metadata if isinstance(metadata, dict) else None
