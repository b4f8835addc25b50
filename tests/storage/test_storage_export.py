"""``export_cases()`` against CONTRACTS.md §4, field by field, on both backends."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import Engine

from bot.storage import case_export, case_records, case_store, db, vocab

# The contract's keys in its order, then the version history (§4) and the latest safety plan.
CASE_KEYS = ["ref", "created_at", "updated_at", "triage", "safety", "journal_note", "safety_history", "safety_plan"]
TRIAGE_KEYS = ["contact_mode", "acute_danger", "interpreter_needed", "language", "violence_forms",
               "perpetrator_relation", "children_count", "children_with_perpetrator", "help_needed",
               "going_home"]
SAFETY_KEYS = ["escalation", "threats_to_kill", "weapon_access", "strangulation", "sexual_violence",
               "stalking_or_surveillance", "breached_restraining_order", "perpetrator_substance_use",
               "perpetrator_mental_health", "children_exposed", "recent_separation", "honour_related",
               "feared_for_life"]


def _parse(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    assert parsed.utcoffset() is not None and parsed.utcoffset().total_seconds() == 0
    return parsed


def test_contract_key_lists_match_vocab() -> None:
    assert list(vocab.TRIAGE_KEYS) == TRIAGE_KEYS
    assert list(vocab.SAFETY_FLAGS) == SAFETY_KEYS


def test_empty_database_exports_empty_list(engine: Engine) -> None:
    assert case_export.export_cases() == []


def test_full_case(engine: Engine, example_triage: dict) -> None:
    with db.session_scope() as session:
        ref = case_store.create_case(session, example_triage).ref
        case_records.save_safety(session, ref, {
            "escalation": True, "threats_to_kill": True, "weapon_access": False, "strangulation": True,
            "children_exposed": True, "red_flags": ["threats_to_kill", "strangulation"],
            "recommended": ["kontakt_politiet", "voldsalarm", "sikkerhetsplan"]})
        case_records.save_journal_note(session, ref, "Tok kontakt på telefon. Avtalt samtale i morgen.")

    [case] = case_export.export_cases()
    assert list(case) == CASE_KEYS
    assert case["ref"] == ref
    created, updated = _parse(case["created_at"]), _parse(case["updated_at"])
    assert created <= updated <= datetime.now(timezone.utc)
    assert case["journal_note"] == "Tok kontakt på telefon. Avtalt samtale i morgen."

    triage = case["triage"]
    assert list(triage)[:len(TRIAGE_KEYS)] == TRIAGE_KEYS
    assert triage["contact_mode"] == "telefon"
    assert triage["acute_danger"] is False
    assert triage["interpreter_needed"] is True
    assert triage["language"] == "arabisk"
    assert triage["violence_forms"] == ["fysisk", "psykisk", "digital"]
    assert triage["perpetrator_relation"] == "partner"
    assert triage["children_count"] == 2 and isinstance(triage["children_count"], int)
    assert triage["children_with_perpetrator"] is False
    assert triage["help_needed"] == ["botilbud", "informasjon"]
    assert triage["going_home"] is False
    assert triage["escalated"] is True  # extra answers follow the contract keys
    assert triage["police_aware"] is False
    assert triage["information_given"] == ["rett_til_botilbud", "taushetsplikt"]

    safety = case["safety"]
    assert list(safety) == [*SAFETY_KEYS, "red_flags", "recommended"]
    assert safety["escalation"] is True and safety["threats_to_kill"] is True
    assert safety["weapon_access"] is False and safety["strangulation"] is True
    assert safety["children_exposed"] is True
    for key in set(SAFETY_KEYS) - {"escalation", "threats_to_kill", "weapon_access", "strangulation",
                                   "children_exposed"}:
        assert safety[key] is None, key
    assert safety["red_flags"] == ["threats_to_kill", "strangulation"]
    assert safety["recommended"] == ["kontakt_politiet", "voldsalarm", "sikkerhetsplan"]

    assert json.loads(json.dumps(case)) == case  # plain JSON types only


def test_unanswered_keys_are_null(engine: Engine) -> None:
    with db.session_scope() as session:
        case_store.create_case(session, {"contact_mode": "annet"})
    [case] = case_export.export_cases()
    assert case["triage"] == {key: None for key in TRIAGE_KEYS} | {"contact_mode": "annet"}
    assert case["safety"] == {key: None for key in SAFETY_KEYS} | {"red_flags": [], "recommended": []}
    assert case["journal_note"] is None


def test_children_count_zero_is_not_null(engine: Engine) -> None:
    with db.session_scope() as session:
        case_store.create_case(session, {"children_count": 0, "violence_forms": []})
    [case] = case_export.export_cases()
    assert case["triage"]["children_count"] == 0
    assert case["triage"]["violence_forms"] == []


def test_newest_first(engine: Engine) -> None:
    refs = []
    for mode in ("telefon", "oppmote", "brakt_av_politiet"):
        with db.session_scope() as session:
            refs.append(case_store.create_case(session, {"contact_mode": mode}).ref)
    exported = case_export.export_cases()
    assert [c["ref"] for c in exported] == refs[::-1]
    times = [_parse(c["created_at"]) for c in exported]
    assert times == sorted(times, reverse=True)


def test_export_with_explicit_session(engine: Engine) -> None:
    with db.session_scope() as session:
        ref = case_store.create_case(session, {}).ref
        assert [c["ref"] for c in case_export.export_cases(session)] == [ref]
