"""Masking against the second vector set (bot/testing/mask_review_vectors.py, issue 15): identifiers as they
are really written – no-break and thin spaces from a pasted web page or PDF, «150385/12363», IBAN,
addresses such as «Bygdøy allé 10», «Storgata nr. 12», «Trondheimsveien 2-4», dates of birth – and
ordinary sentences with numbers (times, amounts, §§, ages, dates of events) that must stay as they are."""

from __future__ import annotations

import pytest

from bot.testing.mask_review_vectors import NEGATIVES, caught, positives, score
from bot.text.mask import mask_text

POSITIVES = positives()


def test_the_set_is_big_enough() -> None:
    assert len(POSITIVES) >= 400 and len(NEGATIVES) >= 150
    kinds = {v.kind for v in POSITIVES}
    assert {"fødselsnummer", "d-nummer", "kontonummer", "iban", "telefon", "e-post", "adresse", "postnummer",
            "fødselsdato"} <= kinds


def test_recall_and_false_masks_meet_the_targets() -> None:
    result = score(mask_text)
    missed = [(v.kind, v.text, mask_text(v.text)) for v in result.missed]
    assert result.recall >= 0.99, missed
    assert result.false_mask_rate <= 0.01, result.changed


@pytest.mark.parametrize("text,secret", [
    ("fnr 150385/12363", "150385/12363"),
    ("fnr 150385\u00a012363", "150385\u00a012363"),
    ("tlf 412\u202f34\u202f567", "412\u202f34\u202f567"),
    ("IBAN NO93 8601 1117 947", "NO93 8601 1117 947"),
    ("hun bor i Bygdøy allé 10", "Bygdøy allé 10"),
    ("adresse: Storgata nr. 12", "Storgata nr. 12"),
    ("de bor i Trondheimsveien 2-4", "Trondheimsveien 2-4"),
    ("født 15.03.1985", "15.03.1985"),
])
def test_the_reviews_misses(text: str, secret: str) -> None:
    from bot.testing.mask_review_vectors import Positive

    assert caught(mask_text(text), Positive(text, (secret,), "")), mask_text(text)
