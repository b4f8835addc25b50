"""Rasa's side of the guide prefetch: a message the router sends to the guide is handed to the
action server at once, so its search runs on the other core while Rasa predicts the next action.

A guide answer used to wait for the action server's search and reply (``respond``, ~2.4 ms of CPU
in the server, issue 14 «nothing slower») only after Rasa had finished the turn's policy prediction
and sent the action call. Here the router (``bot.nlu.router_component``), as soon as it has routed a
message to the guide, sends its text as one UDP datagram to the action server's port on loopback;
the action server computes the reply for that text while Rasa goes on, and the guide action takes
it instead of computing it again (``actions.prefetch``). The datagram is fire-and-forget: one
non-blocking ``sendto`` (~10 µs), nothing is waited for, and a lost or unread datagram only means
the action computes the reply itself, as before. A greeting or command sends nothing.

Only an action server on this machine's loopback is aimed at (``aim``): the text never goes over
a network it did not already travel over, and Rasa run without ``bot.rasa_plugins.server``
(training, tests, ``rasa shell``) sends nothing.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

# The longest text sent (UTF-8 bytes): the guide's questions are far shorter; a longer message is
# answered without the prefetch.
MAX_BYTES = 4096
# What the router routes to ``action_answer_guide`` (nlu_data/rules.yml): the guide's intents.
GUIDE_INTENTS = frozenset({"ask_guide", "out_of_scope", "nlu_fallback", "inform"})

_target: tuple[str, int] | None = None
_socket: socket.socket | None = None


def loopback_target(url: str | None) -> tuple[str, int] | None:
    """(host, port) of an action server URL on loopback, else None (another host is never sent to)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if host is None or port is None:
        return None
    if host == "localhost":
        return "127.0.0.1", port
    try:
        return (host, port) if ipaddress.ip_address(host).is_loopback else None
    except ValueError:
        return None


def aim(url: str | None) -> None:
    """Send to the action server at ``url`` (Rasa's action endpoint) when it is on loopback."""
    global _target, _socket
    _target = loopback_target(url)
    if _socket is not None:
        _socket.close()
        _socket = None
    if _target is not None:
        family = socket.AF_INET6 if ":" in _target[0] else socket.AF_INET
        _socket = socket.socket(family, socket.SOCK_DGRAM)
        _socket.setblocking(False)


def send(text: str) -> None:
    """Hand ``text`` to the action server; never waits and never raises."""
    if _socket is None or _target is None or not text or text.startswith("/"):
        return
    try:
        data = text.encode("utf-8")
        if len(data) <= MAX_BYTES:
            _socket.sendto(data, _target)
    except (UnicodeError, OSError):  # a full buffer or no listener: the action computes the reply itself
        pass
