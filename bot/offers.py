"""Buttons that start things: the main actions, and the one action offered beside a guide answer.

A tired staff member should never have to remember a command. So the decline («finner ikke dette i
veilederen»), «hjelp», the greeting and the first reply of a conversation carry the main actions as
buttons, and a message the router could not tell apart — a request to start or a question about the
topic («førstesamtale», «kartlegging av vold og trusler») — gets the guide's answer and the start as
a button (``OFFER_KEY``, set by the router in ``bot/nlu/router_component.py``). The payloads are
intents (``/start_triage``), which Rasa reads without the classifier, so a button does what it says.

The greeting's and help's buttons are domain responses; a test keeps them equal to ``MAIN_ACTIONS``.
"""

from __future__ import annotations

import json

from bot.case_words import NEW_CASE, ref_in_message, says_new_case
from bot.guide.answer import Reply
from bot.guide.checklists import Checklist, find_checklist

# Key in the parse data (and so in ``tracker.latest_message``): the action the router offers.
OFFER_KEY = "krise_offer"
MAIN_ACTIONS: tuple[tuple[str, str], ...] = (
    ("Ny henvendelse", "/start_triage"),
    ("Kartlegging av vold og trusler", "/start_safety_mapping"),
    ("Meny", "/menu"),
    ("Sjekklister", "/checklist"),
)
# intent → (question, button title); the button's payload is built by ``offer_payload``.
OFFERS: dict[str, tuple[str, str]] = {
    "start_triage": ("Vil du starte første henvendelse?", "Start første henvendelse"),
    "start_safety_mapping": ("Vil du starte kartlegging av vold og trusler?", "Start kartlegging"),
    "resume": ("Vil du fortsette samtalen du satte på pause?", "Fortsett der vi slapp"),
    "menu": ("Vil du bla i veilederen?", "Meny"),
    "checklist": ("Vil du se sjekklistene?", "Sjekklister"),
    "help": ("Vil du se hva jeg kan hjelpe med?", "Hjelp"),
}
MAIN_TEXT = "Jeg kan også ta deg gjennom en første henvendelse eller en kartlegging, eller vise menyen:"


RESUME_BUTTON = {"title": "Fortsett der vi slapp", "payload": "/resume"}


def main_buttons(skip: set[str] | None = None, paused: bool = False) -> list[dict[str, str]]:
    """The main actions as buttons, leaving out payloads in ``skip``; with a paused dialogue, «Fortsett
    der vi slapp» first."""
    buttons = [{"title": title, "payload": payload} for title, payload in MAIN_ACTIONS
               if payload not in (skip or set())]
    return [RESUME_BUTTON, *buttons] if paused and "/resume" not in (skip or set()) else buttons


def offer_button(intent: str, text: str, checklists: tuple[Checklist, ...] | None = None) -> dict[str, str] | None:
    """The button that does what the message may have asked for, or None for an unknown intent.

    A case ref in the message goes into the mapping's payload, and a named checklist opens that
    list, so the one press does all that was asked.
    """
    if intent not in OFFERS:
        return None
    _, title = OFFERS[intent]
    payload = f"/{intent}"
    if intent == "start_safety_mapping":
        case = ref_in_message(text)
        if case:
            payload += json.dumps({"case_ref": case})
            title = f"Start kartlegging for {case}"
        elif says_new_case(text):  # «kan vi kartlegge en ny sak?»: the one press answers «which case?» too
            payload += json.dumps({"case_ref": NEW_CASE})
            title = "Start kartlegging for ny sak"
    elif intent == "checklist":
        found = find_checklist(text, checklists)
        if found is not None:
            payload = f"sjekkliste {found.keywords[0] if found.keywords else found.title}"
            title = found.title
    return {"title": title, "payload": payload}


def offer_reply(intent: str, text: str, checklists: tuple[Checklist, ...] | None = None) -> Reply | None:
    button = offer_button(intent, text, checklists)
    if button is None:
        return None
    return Reply(text=OFFERS[intent][0], buttons=[button])


def _declined(reply: Reply) -> bool:
    return reply.custom is not None and not reply.custom.get("sources")


def around_guide_reply(reply: Reply, text: str, offer: str | None, first_turn: bool, paused: bool = False,
                       checklists: tuple[Checklist, ...] | None = None) -> list[Reply]:
    """The guide's reply outside a dialogue, with the buttons that start things.

    - a decline carries the offered action (if any) and the main actions as its own buttons;
    - an answer or a clarifying question is followed by the offered action, or — in the first reply
      of a conversation — by the main actions;
    - ``paused``: this conversation has a paused dialogue, so «Fortsett der vi slapp» joins the main
      actions; without one, resuming is not offered;
    - the 112 reply stays alone (``kind == "acute"``).
    """
    if reply.kind == "acute":
        return [reply]
    if offer == "resume" and not paused:
        offer = None
    offered = offer_button(offer, text, checklists) if offer else None
    if _declined(reply):
        extra = [offered] if offered else []
        skip = {b["payload"].split("{")[0] for b in extra}
        reply.buttons = [*reply.buttons, *extra, *main_buttons(skip, paused)]
        return [reply]
    if offered is not None and offer is not None:
        return [reply, Reply(text=OFFERS[offer][0], buttons=[offered])]
    if first_turn:
        return [reply, Reply(text=MAIN_TEXT, buttons=main_buttons(paused=paused))]
    return [reply]
