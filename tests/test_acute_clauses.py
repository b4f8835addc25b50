"""The 112 check reads a message clause by clause (CONTRACTS.md §5: «a message that says someone is in danger
right now» gets 112 first, whatever else it asks).

Before, a condition or general question anywhere in the message («hvis», «hva gjør vi når …») silenced it all:
«han står utenfor nå, hva gjør jeg hvis han kommer inn?» got a guide answer and no 112 reply. Now only the clause
with the condition is set aside. And asking how to find out whether someone is in danger («hvordan vurderer jeg om
den som ringer er i akutt fare?», three dev questions) is a question about practice, answered from the guide.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute


@pytest.mark.parametrize("text", [
    "han står utenfor nå, hva gjør jeg hvis han kommer inn?",
    "hun er i akutt fare nå, hva gjør vi hvis politiet ikke kommer?",
    "eksen er på vei hit nå, hva gjør vi hvis han prøver å komme inn?",
    "han står utenfor nå. Hva gjør vi dersom han ringer på?",
    "he is outside right now, what if he tries to get in?",
    "hun er i akutt fare nå, hvordan vurderer jeg om hun skal hit?",
    "han har kniv, hun er redd nå, hva gjør vi hvis han kommer?",
])
def test_a_report_of_danger_now_alarms_beside_a_condition(text):
    assert looks_acute(text)


@pytest.mark.parametrize("text", [
    "hva gjør vi hvis han står utenfor?",
    "hvis han kommer hit nå, hva gjør vi?",
    "hva gjør vi hvis han, eksen altså, står utenfor nå?",
    "hvordan vurderer jeg om den som ringer er i akutt fare?",
    "hvordan finner man ut om det er akutt fare når noen tar kontakt?",
    "korleis vurderer vi om ho er i livsfare?",
    "how do I assess whether she is in acute danger?",
    "nei, ingen akutt fare akkurat nå",
])
def test_a_condition_or_a_question_of_how_to_assess_does_not(text):
    assert not looks_acute(text)
