"""Identifier masking (bot.text.mask): the vector table, checksums, and text that must stay as it is."""

from __future__ import annotations

import pytest

from bot.testing.mask_vectors import all_vectors, make_account, make_fnr, score
from bot.text import mask

VECTORS = all_vectors()


def test_enough_vectors_of_every_kind() -> None:
    assert len(VECTORS) >= 200
    kinds = {kind for v in VECTORS for kind in mask.KINDS if f"[{kind}]" in v.expected}
    assert kinds == set(mask.KINDS)
    assert sum(not v.positive for v in VECTORS) >= 60  # ordinary numbers and near misses


@pytest.mark.parametrize("vec", VECTORS, ids=[f"{i:03d}" for i in range(len(VECTORS))])
def test_vector(vec) -> None:
    assert mask.mask_text(vec.text) == vec.expected


def test_score_meets_the_targets() -> None:
    result = score(mask.mask_text, VECTORS)
    assert result.recall == 1.0
    assert result.false_mask_rate <= 0.01


@pytest.mark.parametrize("text", ["2 barn", "kl. 03", "§ 4 a", "112", "ring 112 nå", "116 006"])
def test_the_issues_ordinary_numbers_are_untouched(text: str) -> None:
    assert mask.mask_text(text) == text


def test_checksums_decide() -> None:
    import random

    rng = random.Random(7)
    for _ in range(200):
        number = make_fnr(rng, d_number=rng.random() < 0.3)
        assert mask.fnr_valid(number), number
        assert mask.classify_number(number) == mask.FNR
        for position in (9, 10):  # either control digit wrong
            wrong = number[:position] + str((int(number[position]) + 1) % 10) + number[position + 1:]
            assert not mask.fnr_valid(wrong)
        account = make_account(rng)
        assert mask.account_valid(account)
        assert not mask.account_valid(account[:-1] + str((int(account[-1]) + 1) % 10))
    assert not mask.fnr_valid("0101901234")  # too short
    assert not mask.fnr_valid("3102901234x")


def test_masking_is_idempotent_and_keeps_the_rest() -> None:
    text = "Hun (2 barn) ringte fra 412 34 567 kl. 03, bor i Storgata 12, 0179 Oslo; e-post kari@example.no."
    once = mask.mask_text(text)
    assert once == ("Hun (2 barn) ringte fra [telefon] kl. 03, bor i [adresse], [postnummer] Oslo; "
                    "e-post [e-post].")
    assert mask.mask_text(once) == once


def test_values_are_masked_recursively() -> None:
    value = {"note": "ring 41234567", "list": ["kari@example.no", 3, None], "flag": True}
    assert mask.mask_value(value) == {"note": "ring [telefon]", "list": ["[e-post]", 3, None], "flag": True}


def test_the_guide_itself_has_nothing_to_mask(corpus) -> None:
    """3,000 lines of real Norwegian with law references, dates, service numbers: no false masks."""
    changed = [line for entry in corpus.entries for line in entry.body.splitlines()
               if mask.mask_text(line) != line]
    assert changed == []


@pytest.mark.parametrize("text", ["", "   ", "🙂" * 50, "a" * 10_000, "1" * 5000, "@" * 300,
                                  "41234567" * 300])
def test_odd_input_comes_back_unchanged(text: str) -> None:
    assert mask.mask_text(text) == text  # a 2,400-digit run is not a phone number
