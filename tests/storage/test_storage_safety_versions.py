"""Versioned safety mappings on SQLite and PostgreSQL: export shape, history order, botctl show."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from bot.dialogue import outcome
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.storage import case_export, case_records, case_store, db, migrate, vocab
from bot.storage.models import SafetyVersion
from tests.run_botctl import botctl

FIRST = {"sm_case": "ny", "sm_escalation": True, "sm_weapon_access": True, "sm_strangulation": "ukjent",
         "sm_several_perpetrators": True, "sm_honour_related": True, "sm_hr_control": ["telefon", "penger"],
         "sm_hr_ran_away": "romt"}
SECOND = {**FIRST, "sm_weapon_access": False, "sm_threats_to_kill": True}


def _save(ref: str, values: dict) -> None:
    record = outcome.safety_record(values)
    with db.session_scope() as session:
        case_records.save_safety_mapping(session, ref, record, outcome.safety_plan(record, ref, None))


def test_mappings_are_versions_oldest_first_and_latest_is_safety(db_url: str, example_triage: dict) -> None:
    migrate.upgrade()
    with db.session_scope() as session:
        ref = case_store.create_case(session, example_triage).ref
    _save(ref, FIRST)
    _save(ref, SECOND)
    case = case_export.export_cases()[0]
    safety = case["safety"]
    assert all(key in safety for key in (*vocab.SAFETY_FLAGS, "red_flags", "recommended"))
    assert safety["weapon_access"] is False and safety["threats_to_kill"] is True
    assert safety["strangulation"] is None  # «vet ikke»
    assert safety["control_areas"] == ["telefon", "penger"] and safety["ran_away_or_thrown_out"] == "romt"
    assert safety["red_flags"] == ["escalation", "threats_to_kill", "honour_related"]
    assert "aeresrelatert_oppfolging" in safety["recommended"] and "sikkerhetsplan" in safety["recommended"]
    history = case["safety_history"]
    assert [v["weapon_access"] for v in history] == [True, False]
    assert history[0]["created_at"] <= history[1]["created_at"]
    assert set(history[0]) >= {"created_at", *vocab.SAFETY_FLAGS, "red_flags", "recommended"}
    assert case["safety_plan"].startswith(f"Utkast til individuell sikkerhetsplan – sak {ref}")
    with db.session_scope() as session:  # deleting the case leaves no version behind
        assert case_store.delete_case(session, ref)
        assert session.scalars(select(SafetyVersion)).all() == []


def test_red_flags_must_be_true_flags(db_url: str, example_triage: dict) -> None:
    migrate.upgrade()
    with db.session_scope() as session:
        ref = case_store.create_case(session, example_triage).ref
        with pytest.raises(ValueError):
            case_records.save_safety_mapping(session, ref, {"weapon_access": False, "red_flags": ["weapon_access"]})
        with pytest.raises(ValueError):
            case_records.save_safety_mapping(session, ref, {"not a code": True})


def test_botctl_show_latest_and_history(db_url: str, example_triage: dict) -> None:
    migrate.upgrade()
    with db.session_scope() as session:
        ref = case_store.create_case(session, example_triage).ref
    _save(ref, FIRST)
    _save(ref, SECOND)
    shown = botctl("cases", "show", ref, url=db_url)
    assert shown.returncode == 0, shown.stderr
    assert "Kartlegging av vold og trusler (versjon 2 av 2)" in shown.stdout
    assert "Tilgang til våpen" in shown.stdout and "Utkast til individuell sikkerhetsplan" in shown.stdout
    assert "--history" in shown.stdout and "Kartlegging versjon 1" not in shown.stdout
    history = botctl("cases", "show", ref, "--history", url=db_url)
    assert "Kartlegging versjon 1" in history.stdout and "Kartlegging versjon 2" in history.stdout
    exported = json.loads(botctl("cases", "export", url=db_url).stdout)
    assert len(exported[0]["safety_history"]) == 2


def test_botctl_shows_what_is_not_clarified_and_lists_no_counts(db_url: str, example_triage: dict) -> None:
    """Issue 16: «Ikke avklart» in ``cases show`` with every unknown answer and the guide's remark on an
    unclear threat picture; ``cases list`` shows no count of flags that reads like a score."""
    from bot.dialogue.parse import UNKNOWN

    migrate.upgrade()
    with db.session_scope() as session:
        ref = case_store.create_case(session, example_triage).ref
    _save(ref, {q.slot: UNKNOWN for q in SM.questions if q.key})
    shown = botctl("cases", "show", ref, url=db_url).stdout
    assert "Ikke avklart: hvorfor kontakt nå, hva skjedde" in shown and "drapstrusler" in shown.split("Ikke avklart")[1]
    assert "usikker på om du forstår trusselbildet godt nok" in shown
    assert "Tilgang til våpen:" in shown and "ukjent" in shown.split("Tilgang til våpen:")[1].splitlines()[0]
    listed = botctl("cases", "list", url=db_url).stdout
    assert "RØDE FLAGG" not in listed and "KARTLAGT" in listed
    row = next(line for line in listed.splitlines() if line.startswith(ref))
    assert re.fullmatch(rf"{ref}\s+\S+ \S+\s+(ja|nei|–)\s+\d{{2}}\.\d{{2}}\.\d{{4}}\s+(ja|nei)", row.strip()), row
