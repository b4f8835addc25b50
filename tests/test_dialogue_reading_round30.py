"""Reader round 30: an answer followed by a refusal to say MORE keeps its answer (the ownwords17 sweep,
tests/ownwords17_answers.py YES_NO_THEN_NO_MORE, written before its author read the readers: 25 of 42 were stored
«vil ikke svare» or «vet ikke»).

«ja, og hun vil ikke si mer» answers yes and then closes the topic; «ja, men …» was already read yes, «og» and a full
stop were not. Only a plain yes/no word opening the answer counts, and only when the rest refuses *more* – more words
(«mer», «utdype», «gå nærmere inn på»), a detail («hvor», «når», «hva slags») or repeating it. A refusal that is the
whole answer, or one after «nei, men» about the topic itself («nei, men det vil hun ikke snakke om»), stays a refusal.
"""

from __future__ import annotations

import pytest

from tests import ownwords17_answers as sweep
from tests.reading import FC, SM, check_sweep_case, read, right

KIDS = {"children_count": 2}


@pytest.mark.parametrize("dialogue,key,text,expected", [
    (FC, "escalated", "ja, og hun ville ikke si noe mer", True),
    (FC, "escalated", "ja. mer ville hun ikke fortelle", True),
    (FC, "police_aware", "ja, og hun vil ikke gå nærmere inn på det", True),
    (FC, "police_aware", "nei. hun vil ikke utdype", False),
    (FC, "perpetrator_knows", "ja, og hun orker ikke snakke mer om ham", True),
    (FC, "feared_for_life", "ja, og ho vil ikkje fortelje meir", True),
    (FC, "children_with_perpetrator", "nei, og hun vil ikke si hvor de bor", False),
    (FC, "going_home", "nei. hun vil ikke si mer om det nå", False),
    (FC, "acute_danger", "nei, og mer vil hun ikke si", False),
    (SM, "previous_shelter", "ja, men hun vil ikke si hvilket", True),
    (SM, "prior_reports", "ja, og hun vil ikke si hva han er dømt for", True),
    (SM, "weapon_access", "ja, og hun vil ikke si hva slags våpen", True),
    (SM, "sexual_violence", "ja. hun vil ikke si mer", True),
    (SM, "threats_to_kill", "ja, og hun vil ikke gjenta ordene", True),
    (SM, "strangulation", "yes, and she doesn't want to say more", True),
    (SM, "police_involved", "ja, og hun vil ikke si når det var", True),
    (SM, "escalation", "nei, og hun ville ikke snakke mer", False),
])
def test_yes_or_no_then_no_more_keeps_the_answer(dialogue, key, text, expected):
    ctx = {"children_count": 2} if key == "children_with_perpetrator" else None
    got = read(dialogue, key, text, ctx)
    assert got.ok and not got.unsure and got.value is expected, got


@pytest.mark.parametrize("dialogue,key,text", [
    (FC, "escalated", "hun vil ikke si mer om det"),
    (SM, "strangulation", "det vil hun ikke si noe mer om"),
    (SM, "sexual_violence", "nei, men det vil hun ikke snakke om"),
    (SM, "sexual_violence", "nei, men det vil ho ikkje snakke meir om"),  # safety-026: a contested no
    (SM, "threats_to_kill", "hun vil ikke gjenta det han har sagt"),
    (FC, "perpetrator_knows", "vet ikke, og hun vil ikke si mer"),
])
def test_a_refusal_without_a_plain_answer_stays_a_refusal(dialogue, key, text):
    assert right("U", read(dialogue, key, text))


@pytest.mark.parametrize("case", sweep.YES_NO_THEN_NO_MORE, ids=lambda c: f"{c[0]}-{c[1]}-{c[2]}")
def test_the_sweep_cases(case):
    check_sweep_case(*case[:6])
