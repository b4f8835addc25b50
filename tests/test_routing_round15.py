"""The router, round 15: what the held-back starts batch 10 (run once on 2026-12-06, fixed after, not measured)
found; the phrasings are written for this file, apart from ``nlu_data/`` and the bench sets.

- «Hvordan lagres svarene jeg skriver inn her?»: what happens to what staff type into the assistant (stored,
  deleted, encrypted, who can see it) is a question about the assistant — help, whose text now says it. It was
  declined as «not in the guide» (the one request of 195 that was neither started nor one press away). The same
  words about the shelter's own records («hvem kan se journalen hennes?», «hvor lenge lagres opplysningene om
  beboerne?») stay with the guide.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.acute import looks_acute
from bot.nlu.routing import decide


@pytest.mark.parametrize("text", [
    "hvordan lagres det jeg skriver her?",
    "blir svarene jeg legger inn her lagret?",
    "hvem kan se det jeg skriver i chatten?",
    "blir det jeg skriv her sletta?",
    "er det trygt å skrive opplysninger inn her?",
    "where is what I type here stored?",
    "who can read what I write in this chat?",
    "blir opplysningene i appen kryptert?",
])
def test_what_happens_to_what_staff_type_is_help(text: str) -> None:
    assert decide("ask_guide", text, looks_acute, 0.8, []).intent == "help"


@pytest.mark.parametrize("text", [
    "hvem kan se journalen hennes?",
    "hvor lenge lagres opplysningene om beboerne?",
    "hvordan lagrer vi journalnotatet etter første henvendelse?",
    "kan barnevernet se det jeg skriver i journalen?",
    "hva skal jeg skrive her i journalnotatet?",
])
def test_the_shelters_own_records_stay_with_the_guide(text: str) -> None:
    assert decide("ask_guide", text, looks_acute, 0.8, []).intent == "ask_guide"


def test_the_help_text_says_what_becomes_of_what_staff_type() -> None:
    """Routing such a question to help is only right if help answers it."""
    domain = yaml.safe_load((Path(__file__).resolve().parents[1] / "domain.yml").read_text(encoding="utf-8"))
    text = domain["responses"]["utter_help"][0]["text"]
    assert "krypteres" in text and "slettes" in text and "egen maskin" in text
