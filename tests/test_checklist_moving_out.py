"""«sjekkliste utflytting»: the word staff use for moving out of the shelter names the new-home list.

The list had «flytte ut» among its keywords, but the noun («utflytting», «flytting») has other stems, so
«sjekkliste utflytting» asked which list was meant (found in the session's REST trial)."""

from __future__ import annotations

import pytest

from bot.guide.checklists import find_checklist, load_checklists


@pytest.mark.parametrize("text", [
    "sjekkliste utflytting",
    "sjekkliste ved utflytting",
    "sjekklista for flytting",
    "huskeliste før utflyttinga",
])
def test_moving_out_in_a_noun_names_the_new_home_list(text):
    found = find_checklist(text, tuple(load_checklists()))
    assert found is not None and found.id == "ny-bolig"


@pytest.mark.parametrize("text,expected", [
    ("sjekkliste første samtale", "forste-samtale"),
    ("sjekkliste sikkerhet", "sikkerhetstiltak"),
    ("sjekkliste kartlegging", "kartlegging-vold-trusler"),
])
def test_the_other_lists_are_still_found_by_their_words(text, expected):
    found = find_checklist(text, tuple(load_checklists()))
    assert found is not None and found.id == expected
