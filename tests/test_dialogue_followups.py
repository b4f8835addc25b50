"""The turn that ends a dialogue names its next actions (``FollowupAction``), so Rasa runs its
policies once in a saving turn instead of three times (issue 18): the validation that ends the form
names the submit action, the submit action names ``action_listen`` – exactly what the rules
predict there (checked against ``nlu_data/rules.yml``) – and every other turn names nothing."""

from __future__ import annotations

import pytest
import yaml
from rasa_sdk.events import FollowupAction, SlotSet

from actions import dialogue_actions
from actions.dialogue_actions import (
    ActionSubmitSafetyMapping,
    ActionSubmitTriage,
    ValidateSafetyMappingForm,
    ValidateTriageForm,
    submit_action,
)
from bot.config import PROJECT_ROOT
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.schema import CANCEL, CANCEL_CONFIRM_SLOT, CONTROL_SLOT, PAUSE
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from bot.storage import case_export
from tests.action_support import MAPPING, TRIAGE, form_turn
from tests.conftest import make_tracker, run_action

CASES = [(ValidateTriageForm, ActionSubmitTriage, FC, TRIAGE, "action_submit_triage"),
         (ValidateSafetyMappingForm, ActionSubmitSafetyMapping, SM, MAPPING, "action_submit_safety_mapping")]
IDS = ["triage", "safety_mapping"]


def followups(events):
    return [e["name"] for e in events if e.get("event") == "followup"]


def answered(values, dialogue):
    """Every answer given, the summary not yet confirmed: the form asks to confirm."""
    return {k: v for k, v in values.items() if k != dialogue.confirm.slot}


def rule_after_form_end(form: str) -> list[str]:
    """The actions the rules predict after ``form`` ends with nothing left to ask."""
    rules = yaml.safe_load((PROJECT_ROOT / "nlu_data" / "rules.yml").read_text(encoding="utf-8"))["rules"]
    for rule in rules:
        steps = rule["steps"]
        if rule.get("condition") == [{"active_loop": form}] and steps[:3] == [
                {"action": form}, {"active_loop": None}, {"slot_was_set": [{"requested_slot": None}]}]:
            return [step["action"] for step in steps[3:]]
    raise AssertionError(f"no rule for the end of {form}")


@pytest.mark.parametrize(("_v", "_s", "dialogue", "_values", "submit"), CASES, ids=IDS)
def test_the_followups_are_the_actions_the_rules_predict(_v, _s, dialogue, _values, submit):
    assert submit_action(dialogue) == submit
    assert rule_after_form_end(dialogue.form) == [submit, dialogue_actions.ACTION_LISTEN]


@pytest.mark.parametrize(("validate", "_s", "dialogue", "values", "submit"), CASES, ids=IDS)
def test_confirming_the_summary_ends_the_form_and_names_the_submit_action(database, validate, _s, dialogue,
                                                                        values, submit):
    slots = {**answered(values, dialogue), "requested_slot": dialogue.confirm.slot}
    messages, events = form_turn(validate(), dialogue, "ja, lagre", slots)
    assert SlotSet(dialogue.confirm.slot, True) in events
    assert events[-2:] == [SlotSet("requested_slot", None), FollowupAction(submit)]
    assert messages == [] and case_export.export_cases() == []  # the submit action saves, not this one


@pytest.mark.parametrize(("validate", "_s", "dialogue", "values", "submit"), CASES, ids=IDS)
def test_pause_and_a_confirmed_cancel_name_the_submit_action(validate, _s, dialogue, values, submit):
    some = dict(list(answered(values, dialogue).items())[:3])
    asked = next(q.slot for q in dialogue.questions if q.slot not in some)
    _, events = form_turn(validate(), dialogue, "pause", {**some, "requested_slot": asked})
    assert SlotSet(CONTROL_SLOT, PAUSE) in events and followups(events) == [submit]
    _, events = form_turn(validate(), dialogue, "ja", {**some, "requested_slot": CANCEL_CONFIRM_SLOT})
    assert SlotSet(CONTROL_SLOT, CANCEL) in events and followups(events) == [submit]


@pytest.mark.parametrize(("validate", "_s", "dialogue", "values", "_submit"), CASES, ids=IDS)
def test_a_turn_that_goes_on_names_no_followup(validate, _s, dialogue, values, _submit):
    _, events = form_turn(validate(), dialogue, "vet ikke", {"requested_slot": dialogue.questions[1].slot})
    assert followups(events) == [] and events[-1]["name"] == "requested_slot" and events[-1]["value"]
    _, events = form_turn(validate(), dialogue, '/browse{"node": "ch:1"}',
                          {"requested_slot": dialogue.questions[1].slot})
    assert followups(events) == []  # rejected: the rules answer the button, then the form asks again


@pytest.mark.parametrize(("_v", "submit", "dialogue", "values", "_n"), CASES, ids=IDS)
def test_every_end_of_the_submit_action_names_action_listen(database, _v, submit, dialogue, values, _n):
    messages, events = run_action(submit(), make_tracker(slots=values, sender="f"))
    assert "lagret" in messages[0]["text"].lower() and len(case_export.export_cases()) == 1
    assert events[-1] == FollowupAction("action_listen") and followups(events) == ["action_listen"]
    for control in (PAUSE, CANCEL):
        _, events = run_action(submit(), make_tracker(slots={**answered(values, dialogue), CONTROL_SLOT: control},
                                                      sender="f"))
        assert followups(events) == ["action_listen"]


@pytest.mark.parametrize(("_v", "submit", "dialogue", "values", "_n"), CASES, ids=IDS)
def test_a_failed_save_goes_back_to_the_form_not_to_listen(monkeypatch, database, _v, submit, dialogue, values,
                                                           _n):
    def refuse(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(dialogue_actions.store, "save_triage", refuse)
    monkeypatch.setattr(dialogue_actions.store, "save_safety_mapping", refuse)
    messages, events = run_action(submit(), make_tracker(slots=values, sender="f"))
    assert followups(events) == [dialogue.form] and SlotSet(dialogue.confirm.slot, None) in events
    assert case_export.export_cases() == [] and "prøve å lagre igjen" in messages[-1]["text"]
