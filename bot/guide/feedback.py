"""👍/👎 under guide answers: the buttons, and which replies are logged for ``./botctl feedback``."""

from __future__ import annotations

import json

from bot.guide.answer import Reply
from bot.guide.search import ANSWER, CLARIFY, NONE

LOGGED_KINDS = (ANSWER, CLARIFY, NONE)
THANKS = {
    "up": "Takk! Det hjelper oss å vite hva som fungerer.",
    "down": "Takk, det er notert (uten noe om saken). Prøv gjerne å spørre med andre ord, eller skriv «meny».",
}
UNKNOWN_ANSWER = "Jeg finner ikke det svaret lenger, men takk for tilbakemeldingen."


def feedback_payload(ref: str, vote: str) -> str:
    return "/feedback" + json.dumps({"answer_ref": ref, "vote": vote})


def feedback_buttons(ref: str) -> list[dict[str, str]]:
    return [{"title": "👍 Nyttig", "payload": feedback_payload(ref, "up")},
            {"title": "👎 Ikke nyttig", "payload": feedback_payload(ref, "down")}]


def log_entry(reply: Reply) -> tuple[str, str | None] | None:
    """(decision, cited subsection) for a reply worth logging; None for anything else (e.g. 112)."""
    if reply.kind not in LOGGED_KINDS or not reply.custom:
        return None
    sources = reply.custom.get("sources") or []
    return reply.kind, (sources[0]["id"] if sources else None)
