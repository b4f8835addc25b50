"""What the action tests share: every registered action, a complete first contact, one form turn
(a test module does not import another test module)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from rasa_sdk import Action

import actions
from tests.conftest import make_tracker, run_action

TRIAGE = {"contact_mode": "telefon", "acute_danger_now": False, "interpreter_needed": True, "language": "arabisk",
          "why_contact_now": "han truet henne i går", "perpetrator_relation": ["ektemann"],
          "violence_forms": ["fysisk", "psykisk"], "escalated": True, "perpetrator_knows": "ukjent",
          "police_aware": False, "children_count": 2, "children_with_perpetrator": True, "feared_for_life": True,
          "information_given": ["taushetsplikt"], "help_needed": ["botilbud"], "going_home": False,
          "registration_consent": True, "consent_form": "skriftlig", "triage_confirm": True}


def registered_actions() -> list[type[Action]]:
    for info in pkgutil.iter_modules(actions.__path__):
        importlib.import_module(f"actions.{info.name}")
    found, todo = [], list(Action.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("actions.") and not inspect.isabstract(cls):
            found.append(cls)
    return sorted(set(found), key=lambda c: c.__name__)


ACTIONS = registered_actions()


def form_turn(action, dialogue, text, slots, intent="inform"):
    """One user message in the form: the slot was extracted from the text, as Rasa does."""
    requested = slots.get("requested_slot")
    trk = make_tracker(text, intent, slots={**slots, requested: text}, active_loop=dialogue.form, requested=requested)
    trk.events = [{"event": "user", "text": text}, {"event": "slot", "name": requested, "value": text}]
    return run_action(action, trk)
