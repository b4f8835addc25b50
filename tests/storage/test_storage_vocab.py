"""Validation of §4 values, before anything reaches a database (no backend needed)."""

from __future__ import annotations

import pytest

from bot.storage import vocab


def test_contract_vocabularies_are_exactly_the_contract() -> None:
    assert vocab.CONTACT_MODES == (
        "telefon", "oppmote", "brakt_av_politiet", "brakt_av_annen_tjeneste", "annet")
    assert len(vocab.VIOLENCE_FORMS) == 11
    assert vocab.PERPETRATOR_RELATIONS == (
        "partner", "tidligere_partner", "forelder", "barn", "annen_familie", "annen")
    assert vocab.HELP_NEEDED == ("botilbud", "dagtilbud", "informasjon", "henvisning")
    assert len(vocab.SAFETY_FLAGS) == 13 and len(set(vocab.SAFETY_FLAGS)) == 13


def test_triage_split_into_columns_and_details(example_triage: dict) -> None:
    core, details = vocab.normalise_triage(example_triage)
    assert set(core) == set(vocab.TRIAGE_KEYS)
    assert details == {"escalated": True, "police_aware": False,
                       "information_given": ["rett_til_botilbud", "taushetsplikt"]}


def test_triage_lists_drop_duplicates_and_keep_order() -> None:
    core, _ = vocab.normalise_triage({"violence_forms": ["psykisk", "fysisk", "psykisk"]})
    assert core["violence_forms"] == ["psykisk", "fysisk"]


def test_blank_language_is_unanswered() -> None:
    assert vocab.normalise_triage({"language": "  "})[0]["language"] is None


@pytest.mark.parametrize("triage", [
    {"contact_mode": "epost"},
    {"contact_mode": "Telefon"},
    {"acute_danger": "ja"},
    {"acute_danger": 1},
    {"violence_forms": "fysisk"},
    {"violence_forms": ["fysisk", "slag"]},
    {"perpetrator_relation": "nabo"},
    {"children_count": -1},
    {"children_count": True},
    {"children_count": 1.5},
    {"help_needed": ["penger"]},
    {"going_home": None, "details": {"x": 1}},
    {"Bad Key": 1},
    {"note": {"nested": "dict"}},
    {"language": 5},
])
def test_invalid_triage_is_rejected(triage: dict) -> None:
    with pytest.raises(ValueError):
        vocab.normalise_triage(triage)


@pytest.mark.parametrize("safety", [
    {"weapon_access": "yes"},
    {"red_flags": ["not_a_flag"]},
    {"recommended": ["Kontakt politiet"]},
    {"recommended": "voldsalarm"},
    {"unknown_flag": True},
])
def test_invalid_safety_is_rejected(safety: dict) -> None:
    with pytest.raises(ValueError):
        vocab.normalise_safety(safety)


def test_safety_lists_default_to_empty() -> None:
    normalised = vocab.normalise_safety({"red_flags": None, "recommended": None})
    assert normalised == {"red_flags": [], "recommended": []}


def test_red_flags_must_be_true_flags() -> None:
    vocab.check_red_flags({"strangulation": True}, ["strangulation"])
    with pytest.raises(ValueError):
        vocab.check_red_flags({"strangulation": None}, ["strangulation"])


@pytest.mark.parametrize("detail", [
    {"note": "Kari Nordmann ringte"},
    {"names": ["Ola Nordmann"]},
    {"Free Key": 1},
    {"nested": {"a": 1}},
])
def test_audit_detail_refuses_free_text(detail: dict) -> None:
    with pytest.raises(ValueError):
        vocab.check_audit_detail(detail)


def test_audit_detail_accepts_codes_and_counts() -> None:
    detail = {"keys": ["acute_danger", "violence_forms"], "count": 3, "code": "S-7K2Q", "ok": True}
    assert vocab.check_audit_detail(detail) == detail


def test_actor_is_system_or_staff_code() -> None:
    assert vocab.check_actor("system") == "system"
    assert vocab.check_actor("s-7k2q") == "S-7K2Q"
    with pytest.raises(ValueError):
        vocab.check_actor("Kari Nordmann")
