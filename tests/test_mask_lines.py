"""The masker reads a long text line by line (issue 18: a journal note or a safety plan was tokenized
whole for the one case ref in it). These tests hold it to the result of reading the whole text as one
spaCy doc — the way it worked before — on every vector, on vectors joined over line breaks in every
way, on cases made to cross a line break, and on the notes and plans a save stores."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.dialogue import note, outcome
from bot.testing import mask_review_vectors
from bot.testing.mask_vectors import all_vectors
from bot.text import mask
from tests.action_support import MAPPING, TRIAGE


def whole_text(text: str) -> list[mask.Found]:
    """The masker as it was: one doc of the whole text, every match validated, then resolved."""
    text = mask.normalise_spaces(text)
    if not text or not mask._MAYBE_IDENTIFIER.search(text):
        return []
    masker = mask._masker()
    doc = masker.tokenizer(text)
    candidates = list(mask._pattern_candidates(text))
    for match_id, start, end in masker.matcher(doc):
        found = mask._VALIDATORS[doc.vocab.strings[match_id]](doc[start:end])
        if found is not None:
            candidates.append(found)
    return mask.resolve(candidates)


TEXTS = sorted({v.text for v in all_vectors()} | {p.text for p in mask_review_vectors.positives()}
               | set(mask_review_vectors.negatives()))
BREAKS = ["\n", "\n\n", " \n", "\n ", "\r\n", ":\n", ".\n\n  ", "\n\t"]
# Made to run over a line break: a street name, postcode, time word, «født», a phone number's groups.
ACROSS = [
    "Hun bor i\nBygdøy alle 10", "Notat\nBygdøy alle 10 B", "Bygdøy alle 10\nja", "Nå\nalle 3 barna", "kl.\n0300 Oslo",
    "klokka\n0300 Oslo", "født\n15.03.1985", "f.\n150385", "Storgata\n12", "Storgata nr.\n12", "postnummer\n0179",
    "0179\nOslo", "22 33\n44 55", "412 34\n567", "+47\n41234567", "(+47)\n41234567", "ola@\nexample.no",
    "Thorvald Meyers\ngate 12", "Thorvald\nMeyers gate 12", "tlf:\n41234567", "\n\n41234567\n", "a\r\n22334455",
]


def same_as_whole(text: str) -> None:
    assert mask.find_identifiers(text) == whole_text(text), repr(text)


@pytest.mark.parametrize("text", TEXTS + ACROSS)
def test_one_line_and_made_up_crossings_read_as_the_whole_text(text: str) -> None:
    same_as_whole(text)


def test_the_crossings_include_lines_that_differ_from_their_text_start() -> None:
    """The check can fail: «Bygdøy alle 10» starts the text → masked; after a line break, too — but
    the first-token rule only holds at the text start (a line of its own is no text start)."""
    assert whole_text("Nå\nalle 3 barna") == mask.find_identifiers("Nå\nalle 3 barna") == []
    assert mask.find_identifiers("Hun bor i\nBygdøy alle 10") == whole_text("Hun bor i\nBygdøy alle 10") != []


@given(st.lists(st.sampled_from(TEXTS + ACROSS), min_size=2, max_size=6),
       st.lists(st.sampled_from(BREAKS), min_size=5, max_size=5))
def test_vectors_joined_over_line_breaks_read_as_the_whole_text(parts: list[str], breaks: list[str]) -> None:
    text = parts[0]
    for part, brk in zip(parts[1:], breaks, strict=False):
        text += brk + part
    same_as_whole(text)


def test_a_saved_note_and_plan_read_as_the_whole_text() -> None:
    from bot.dialogue.safety_mapping import SAFETY_DIALOGUE
    from bot.dialogue.triage import TRIAGE_DIALOGUE
    from bot.guide.search import default_search

    ref, day = "K-7F3Q2A", date(2026, 12, 6)
    values = TRIAGE_DIALOGUE.values_of({**TRIAGE, "why_contact_now": "ring 22 33 44 55 eller\nBygdøy alle 10"})
    text = note.journal_note(values, ref, day)
    assert "\n" in text and len(text) > 300
    same_as_whole(text)
    record = outcome.safety_record(SAFETY_DIALOGUE.values_of(MAPPING))
    plan = outcome.safety_plan(record, ref, default_search().corpus, day)
    assert "\n" in plan and len(plan) > 300
    same_as_whole(plan)
