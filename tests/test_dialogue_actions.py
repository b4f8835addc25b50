"""The dialogue actions with rasa_sdk's Tracker and CollectingDispatcher on a real SQLite database."""

from __future__ import annotations

import pytest
from rasa_sdk.events import ActionExecutionRejected, FollowupAction, SlotSet

from actions.dialogue_actions import (
    ActionAskSmCase,
    ActionAskSmConfirm,
    ActionResumeDialogue,
    ActionStartSafetyMapping,
    ActionSubmitSafetyMapping,
    ActionSubmitTriage,
    ValidateSafetyMappingForm,
    ValidateTriageForm,
)
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.schema import CANCEL, CONTROL_SLOT, FREE, NEW_CASE, PAUSE
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from bot.storage import case_export
from tests.action_support import MAPPING, TRIAGE, form_turn
from tests.conftest import make_tracker, run_action


def slot_events(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_validation_fills_the_asked_slot_and_names_the_next_question():
    messages, events = form_turn(ValidateTriageForm(), FC, "to barn, de er hos faren nå",
                                 {"requested_slot": "children_count", "perpetrator_relation": ["ektemann"]})
    assert slot_events(events) == {"children_count": 2, "children_with_perpetrator": True,
                                   "requested_slot": "contact_mode"}  # first open question
    assert messages == []


def test_validation_rejects_a_menu_button_so_the_rule_runs():
    _, events = form_turn(ValidateTriageForm(), FC, '/browse{"node": "ch:1"}', {"requested_slot": "escalated"},
                          intent="browse")
    assert events == [ActionExecutionRejected("triage_form")]


def test_resumed_draft_values_pass_through_at_activation():
    trk = make_tracker("fortsett", "resume", slots={"contact_mode": "oppmote"}, requested=None)
    trk.events = [{"event": "slot", "name": "contact_mode", "value": "oppmote"}]
    _, events = run_action(ValidateTriageForm(), trk)
    assert slot_events(events) == {"contact_mode": "oppmote", "requested_slot": "acute_danger_now"}


OPEN = {q.slot for d in (FC, SM) for q in d.questions if q.kind == FREE}


@pytest.mark.parametrize("slot", [s for s in SM.slots if s != "sm_case"])
@pytest.mark.parametrize("bad", ["", "asdkjh qwe", "x" * 10000, "🙂🙂", "'; DROP TABLE cases; --"],
                         ids=["empty", "nonsense", "10000-chars", "emoji", "injection"])
def test_every_mapping_question_reasks_bad_input(slot, bad):
    if slot in OPEN and bad in ("asdkjh qwe", "'; DROP TABLE cases; --"):
        return  # an open answer is the staff member's own text: stored masked and encrypted
    messages, events = form_turn(ValidateSafetyMappingForm(), SM, bad, {"requested_slot": slot,
                                                                       "sm_honour_related": True})
    got = slot_events(events)
    assert got[slot] is None and got["requested_slot"] == "sm_case"
    assert messages and all("Traceback" not in (m.get("text") or "") for m in messages)


@pytest.mark.parametrize("slot", FC.slots)
@pytest.mark.parametrize("bad", ["", "asdkjh qwe", "x" * 10000, "ja og nei", "🙂🙂", "'; DROP TABLE cases; --"],
                         ids=["empty", "nonsense", "10000-chars", "contradiction", "emoji", "injection"])
def test_every_triage_question_reasks_bad_input(slot, bad):
    if slot in OPEN and bad in ("asdkjh qwe", "'; DROP TABLE cases; --", "ja og nei"):
        return  # an open answer is the staff member's own text: stored masked and encrypted
    messages, events = form_turn(ValidateTriageForm(), FC, bad, {"requested_slot": slot})
    assert slot_events(events)[slot] is None
    assert messages and all("Traceback" not in (m.get("text") or "") for m in messages)


def test_submit_triage_stores_record_note_and_offers_the_mapping(database):
    messages, events = run_action(ActionSubmitTriage(), make_tracker(slots=TRIAGE))
    assert "Lagret som sak K-" in messages[0]["text"]
    ref = messages[0]["text"].split("Lagret som sak ")[1][:8]
    assert messages[0]["buttons"][0]["payload"] == f'/start_safety_mapping{{"case_ref": "{ref}"}}'
    assert SlotSet("contact_mode", None) in events and SlotSet("last_case_ref", ref) in events
    case = case_export.export_cases()[0]
    assert case["triage"]["language"] == "arabisk" and case["triage"]["children_count"] == 2
    assert case["triage"]["perpetrator_knows"] is None  # «vet ikke» is null
    assert case["triage"]["perpetrator_relation"] == "partner" and case["triage"]["perpetrator_relations"] == [
        "partner"]
    assert case["triage"]["unresolved"] == ["perpetrator_knows"]
    assert case["triage"]["why_contact_now"] == "han truet henne i går"  # consent given: the open answer is kept
    assert case["journal_note"].startswith("Journalnotat – første henvendelse")


def test_pause_and_cancel_end_in_the_submit_action(database):
    partial = {"contact_mode": "oppmote", "acute_danger_now": False}
    messages, _ = run_action(ActionSubmitTriage(), make_tracker(slots={**partial, CONTROL_SLOT: PAUSE}, sender="p"))
    assert "pause" in messages[0]["text"] and case_export.export_cases() == []
    messages, events = run_action(ActionResumeDialogue(), make_tracker("fortsett", "resume", sender="p"))
    assert SlotSet("contact_mode", "oppmote") in events and FollowupAction("triage_form") in events
    messages, _ = run_action(ActionSubmitTriage(), make_tracker(slots={**partial, CONTROL_SLOT: CANCEL}, sender="p"))
    assert messages[0]["text"].startswith("Avbrutt")
    _, events = run_action(ActionResumeDialogue(), make_tracker("fortsett", "resume", sender="p"))
    assert events == [] and case_export.export_cases() == []


def test_drafts_are_per_dialogue_and_the_latest_is_resumed(database):
    run_action(ActionSubmitTriage(), make_tracker(slots={"contact_mode": "telefon", CONTROL_SLOT: PAUSE}, sender="d"))
    run_action(ActionSubmitSafetyMapping(), make_tracker(slots={"sm_case": "ny", "sm_pets": True,
                                                                CONTROL_SLOT: PAUSE}, sender="d"))
    _, events = run_action(ActionResumeDialogue(), make_tracker("fortsett", "resume", sender="d"))
    assert FollowupAction("safety_mapping_form") in events and SlotSet("sm_pets", True) in events


def test_start_takes_the_case_from_the_command_or_button(database):
    run_action(ActionSubmitTriage(), make_tracker(slots=TRIAGE))
    ref = case_export.export_cases()[0]["ref"]
    _, events = run_action(ActionStartSafetyMapping(), make_tracker(f"kartlegging for {ref.lower()}",
                                                                     "start_safety_mapping"))
    assert SlotSet("sm_case", ref) in events
    button = make_tracker("/start_safety_mapping", "start_safety_mapping",
                          entities=[{"entity": "case_ref", "value": ref}])
    _, events = run_action(ActionStartSafetyMapping(), button)
    assert SlotSet("sm_case", ref) in events
    messages, events = run_action(ActionStartSafetyMapping(), make_tracker("kartlegging for K-ZZZZZZ av æresvold",
                                                                           "start_safety_mapping"))
    assert "ingen sak K-ZZZZZZ" in messages[0]["text"] and SlotSet("sm_honour_related", True) in events
    assert not any(e.get("name") == "sm_case" and e.get("value") for e in events)
    messages, _ = run_action(ActionAskSmCase(), make_tracker(slots={"last_case_ref": ref}))
    assert messages[0]["buttons"][0]["title"] == f"Sak {ref}"


def test_submit_mapping_stores_a_version_with_risk_factors_measures_and_plan(database):
    messages, events = run_action(ActionSubmitSafetyMapping(), make_tracker(slots=MAPPING, sender="m"))
    text = "\n".join(m.get("text") or "" for m in messages)
    assert "versjon 1" in text and "(ny sak)" in text
    risk = text.split("Svar som peker mot risiko")[1].split("Ikke avklart")[0]
    assert "Tilgang til våpen" not in risk  # declined: not a risk answer …
    assert "tilgang til våpen" in text.split("Ikke avklart")[1]  # … but listed as not clarified
    assert "Kvelning (utenfor veilederen: DA/Dash)" in risk
    assert "poengsum" in text and "⚠ Samtykke" in text and "avvergeplikten" in text
    assert "Utkast til individuell sikkerhetsplan" in text
    customs = [m["custom"] for m in messages if m.get("custom")]
    assert len(customs) == 1 and 1 <= len(customs[0]["sources"]) <= 3
    case = case_export.export_cases()[0]
    safety = case["safety"]
    assert safety["weapon_access"] is None and safety["perpetrator_substance_use"] is None
    assert safety["strangulation"] is True and safety["honour_related"] is False
    assert safety["worst_fear"] == "at han dreper henne" and safety["lives_with_perpetrator"] is False
    assert safety["unresolved"] == ["what_happened", "why_afraid", "previous_shelter", "weapon_access",
                                    "perpetrator_substance_use"]
    assert set(safety["red_flags"]) == {k for k in safety if safety[k] is True and k in (
        "escalation", "threats_to_kill", "weapon_access", "strangulation", "sexual_violence",
        "stalking_or_surveillance", "breached_restraining_order", "perpetrator_substance_use",
        "perpetrator_mental_health", "children_exposed", "recent_separation", "honour_related", "feared_for_life")}
    assert {"kontakt_politiet", "sikkerhetsplan", "sikkerhetsplan_barn", "digital_sikkerhetssjekk",
            "relokalisering"} <= set(safety["recommended"])
    assert "aeresrelatert_oppfolging" not in safety["recommended"]
    assert len(case["safety_history"]) == 1 and case["safety_plan"].startswith("Utkast til individuell")
    # a second mapping for the same case is version 2; the first stays in the history
    again = {**MAPPING, "sm_case": case["ref"], "sm_weapon_access": True}
    messages, _ = run_action(ActionSubmitSafetyMapping(), make_tracker(slots=again, sender="m"))
    assert "versjon 2" in messages[0]["text"]
    case = case_export.export_cases()[0]
    assert [v["weapon_access"] for v in case["safety_history"]] == [None, True]
    assert case["safety"]["weapon_access"] is True


def test_confirm_summary_lists_answers_and_what_is_not_clarified():
    messages, _ = run_action(ActionAskSmConfirm(), make_tracker(slots=MAPPING))
    text = messages[0]["text"]
    assert "Drapstrusler: ja" in text and "Tilgang til våpen: ukjent (vil ikke svare)" in text
    assert "Ikke avklart (lagres som ukjent): hva skjedde, hvorfor redd" in text


def test_a_value_the_record_cannot_hold_is_asked_again_and_never_saved(database):
    """E.g. a contact mode set by a hand-typed payload: the form clears it instead of failing at the save."""
    trk = make_tracker("fortsett", "resume", slots={"contact_mode": "../../x", "acute_danger_now": False},
                       requested=None)
    trk.events = [{"event": "slot", "name": "contact_mode", "value": "../../x"}]
    _, events = run_action(ValidateTriageForm(), trk)
    assert slot_events(events)["contact_mode"] is None and slot_events(events)["requested_slot"] == "contact_mode"
    messages, _ = run_action(ActionSubmitTriage(), make_tracker(slots={**TRIAGE, "contact_mode": "../../x"}))
    assert "Lagret som sak K-" in messages[0]["text"]
    assert case_export.export_cases()[0]["triage"]["contact_mode"] is None


@pytest.mark.parametrize("text", [
    "start kartlegging, ny sak", "kartlegging for en ny sak", "kartlegg vold og trusler – hun har ingen sak ennå",
    "start sikkerhetskartlegging utan saksnummer", "start the mapping for a new case",
])
def test_start_takes_a_new_case_from_the_command(database, text):
    """Issue 14: «ny sak» in the message that starts the mapping answers «which case?» – not asked again."""
    messages, events = run_action(ActionStartSafetyMapping(), make_tracker(text, "start_safety_mapping"))
    assert SlotSet("sm_case", NEW_CASE) in events and "ny sak" in messages[0]["text"]


def test_a_new_case_button_and_a_start_without_a_case():
    button = make_tracker("/start_safety_mapping", "start_safety_mapping",
                          entities=[{"entity": "case_ref", "value": NEW_CASE}])
    messages, events = run_action(ActionStartSafetyMapping(), button)
    assert SlotSet("sm_case", NEW_CASE) in events and "ingen sak" not in messages[0]["text"]
    for text in ("start kartlegging", "ny kartlegging", "kartlegging for K-ZZZZZZ"):
        _, events = run_action(ActionStartSafetyMapping(), make_tracker(text, "start_safety_mapping"))
        assert not any(e.get("name") == "sm_case" and e.get("value") for e in events), text
