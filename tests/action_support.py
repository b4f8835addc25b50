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

MAPPING = {"sm_case": "ny", "sm_why_contact_now": "han truet henne", "sm_what_happened": "ukjent",
           "sm_feared_persons": ["ektemann"], "sm_why_afraid": "hoppet_over", "sm_living_situation": "alene",
           "sm_children_count": 1, "sm_children_where": ["med_personen"], "sm_previous_shelter": "ukjent",
           "sm_pets": False, "sm_fear_going_home": "at han finner henne", "sm_help_wanted": "et trygt sted",
           "sm_perpetrators": ["ektemann"], "sm_several_perpetrators": False, "sm_perpetrator_knows": True,
           "sm_violence_forms": ["fysisk"], "sm_escalation": True, "sm_violence_setting": "bare_privat",
           "sm_worst_fear": "at han dreper henne", "sm_feared_for_life": True, "sm_police_involved": False,
           "sm_police_aware": False, "sm_prior_reports": False, "sm_breached_order": False,
           "sm_children_with_perpetrator": False, "sm_children_exposed": True, "sm_perpetrator_animals": False,
           "sm_mental_health": False, "sm_weapon_access": "vil_ikke_svare", "sm_substance_use": "hoppet_over",
           "sm_family_support": False, "sm_honour_related": False, "sm_threats_to_kill": True,
           "sm_strangulation": True, "sm_sexual_violence": False, "sm_stalking": True, "sm_recent_separation": True,
           "sm_confirm": True}


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
