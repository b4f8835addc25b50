"""The action server's side of the guide prefetch: the reply to a text Rasa has just routed to the
guide is computed while Rasa predicts the next action, and the guide action takes it from here.

Rasa's router sends the text of a message it routed to the guide as one UDP datagram to this
server's port on loopback (``bot.rasa_plugins.prefetch``), a few milliseconds before the action
call for it arrives. The datagram is read on the server's event loop, where the actions run, and
``respond(text)`` is computed there at once: the same function in the same thread as in the action,
so the reply is the one the action would compute, only earlier, on the core Rasa is not using.

``take(text)`` hands that reply to the guide action once (a reply is changed by the action: buttons
are added) when it is for exactly this text and the same loaded guide, and at most ``FRESH_SECONDS``
old; anything else — no datagram, another text, a failed computation, an old one — returns None and
the action calls ``respond`` itself, exactly as without the prefetch. So a prefetch can only save
time, never change a reply or an error. At most ``MAX_KEPT`` replies are kept (the oldest goes
first), so a text that is never asked for does not stay in memory.

Only datagrams from loopback are read (the socket is bound to 127.0.0.1). A process on this machine
can make the server compute replies it does not ask for, as it already can with HTTP calls.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from typing import Any

from bot.guide.answer import Reply
from bot.guide.search import default_search
from bot.rasa_plugins.prefetch import MAX_BYTES  # the sender's limit: a longer text is never sent
from bot.respond import respond

log = logging.getLogger(__name__)

FRESH_SECONDS = 10.0
MAX_KEPT = 32

_kept: OrderedDict[str, tuple[float, object, Reply]] = OrderedDict()


def compute(text: str) -> None:
    """Compute and keep the reply to ``text``; a failure keeps nothing (the action meets it itself)."""
    try:
        reply = respond(text)
    except Exception:  # noqa: BLE001 - the action computes it again and handles the error as always
        return
    _kept.pop(text, None)
    _kept[text] = (time.monotonic(), default_search(), reply)
    while len(_kept) > MAX_KEPT:
        _kept.popitem(last=False)


def take(text: str) -> Reply | None:
    """The kept reply to exactly ``text`` from the same guide index, fresh enough; else None."""
    kept = _kept.pop(text, None)
    if kept is None:
        return None
    made, search, reply = kept
    if time.monotonic() - made > FRESH_SECONDS or search is not default_search():
        return None
    return reply


class _Receiver(asyncio.DatagramProtocol):
    def datagram_received(self, data: bytes, addr: Any) -> None:
        if len(data) > MAX_BYTES:
            return
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return
        compute(text)


async def listen(host: str, port: int) -> asyncio.DatagramTransport | None:
    """Read prefetch datagrams on ``host``:``port`` (UDP); None when that cannot be bound (the
    server then answers without the prefetch, as before)."""
    loop = asyncio.get_running_loop()
    try:
        transport, _ = await loop.create_datagram_endpoint(_Receiver, local_addr=(host, port))
    except OSError as exc:
        log.warning("Guide prefetch off: UDP %s:%s could not be bound (%s)", host, port, type(exc).__name__)
        return None
    return transport


def attach(app: Any, port: int) -> None:
    """Listen on the Sanic app's loop while it serves, on UDP ``port`` of 127.0.0.1."""
    state: dict[str, asyncio.DatagramTransport | None] = {}

    async def start(_app: Any, _loop: Any) -> None:
        state["transport"] = await listen("127.0.0.1", port)

    async def stop(_app: Any, _loop: Any) -> None:
        transport = state.pop("transport", None)
        if transport is not None:
            transport.close()
        _kept.clear()

    app.register_listener(start, "after_server_start")
    app.register_listener(stop, "before_server_stop")
