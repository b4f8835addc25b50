"""Reader round 26: the ownwords15 sweep – 258 answers to both dialogues' questions written in the helper's own words
before it read the readers (``tests/ownwords15_answers.py``). Run once before any fix: 29 stored wrong or asked again
(5 refusals stored as yes/no), 1 false and 0 missed 112 replies. The kinds fixed here:

- not knowing (stored «nei» or asked again): nobody can say («ingen kan si det sikkert»), nobody knows whether or how
  («ingen vet hvor godt hun forstår norsk» – also no «forstår norsk» statement for the interpreter), nothing to
  compare with («ingen sammenligning», «ingen samanlikning»), not thought of yet («det har hun ikke tenkt på ennå»),
  too early to say («for tidlig å si», «for tidleg å seie»);
- corrections: a number corrected after «eller nei» («ett barn, eller nei, to» stored 0) or after its noun («ett
  barn, nei to» stored 1); «nei, jo, …» (a no turned into jo after a comma); «korreksjon» as a correction marker.

Probe 2 (``PROBE2``, 34 answers written after those fixes): 5 stored wrong or asked again (3 refusals as «nei»);
fixed here: nothing to measure against («ikke noe å måle det mot», «ikkje noko å samanlikne med» – the norm makes
«noko» «noe», so the round 24 pattern missed it), «alt for tidlig å bestemme», «har ikke gjort seg opp noen mening» are
unknown; «retting» is a correction marker.

The whole sweep and probe run as regression, but for the cases in ``OPEN`` (see there why).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.ownwords15_answers import CASES as SWEEP
from tests.ownwords15_answers import PROBE2
from tests.reading import check_sweep_case, read, right, slots_of

MAN = {"feared_persons": ["ektemann"], "perpetrators": ["ektemann"]}
FMAN = {"perpetrator_relation": ["ektemann"]}

# (dialogue, key, answer, expected, context): each read wrong before this round
FIXED = [
    (FC, "acute_danger", "ingen kan si det sikkert", "U", None),
    (FC, "interpreter_needed", "ingen vet hvor godt hun forstår norsk", "U", None),
    (FC, "escalated", "ingen sammenligning, dette er første gang hun forteller", "U", None),
    (FC, "escalated", "ingen samanlikning", "U", None),
    (SM, "escalation", "ingen sammenlikning", "U", MAN),
    (FC, "going_home", "det har hun ikke tenkt på ennå", "U", None),
    (SM, "honour_related", "for tidlig å si", "U", MAN),
    (SM, "honour_related", "for tidleg å seie", "U", MAN),
    (SM, "weapon_access", "det er for tidlig å si", "U", MAN),
    (FC, "children_count", "ett barn, eller nei, to", 2, None),
    (FC, "children_count", "ett barn, nei to", 2, None),
    (FC, "children_count", "to unger, nei tre", 3, None),
    (SM, "strangulation", "nei, jo, én gang i fjor", True, MAN),
    (SM, "threats_to_kill", "nei, jo, han har sagt det", True, MAN),
    (SM, "breached_restraining_order", "nei, korreksjon, ja, i forrige uke", True, MAN),
    # probe 2 (PROBE2, 34 answers written after the fixes above): 5 stored wrong or asked again, 3 refusals as «nei»
    (FC, "escalated", "hun har ikke noe å måle det mot", "U", None),
    (FC, "escalated", "ho hadde ikkje noko å samanlikne med", "U", None),
    (SM, "escalation", "ingenting å måle det mot", "U", MAN),
    (FC, "going_home", "alt for tidlig å bestemme", "U", None),
    (FC, "going_home", "hun har ikke gjort seg opp noen mening", "U", None),
    (FC, "registration_consent", "ho har ikkje gjort seg opp noka meining", "U", None),
    (SM, "weapon_access", "nei, retting: han har en slakterkniv", True, MAN),
]

# Neighbours read the same before and after this round (the first four: variants of the kinds above that were
# already read right)
NEIGHBOURS = [
    (SM, "prior_reports", "ingen kan si sikkert", "U", MAN),
    (FC, "interpreter_needed", "ingen veit kor godt ho skjønar norsk", "U", None),
    (SM, "weapon_access", "ingen veit om han har våpen", "U", MAN),
    (FC, "going_home", "ho har ikkje tenkt på det enno", "U", None),
    (FC, "interpreter_needed", "hun forstår norsk", False, None),
    (FC, "interpreter_needed", "nei, hun snakker godt norsk", False, None),
    (FC, "children_count", "to, nei tre", 3, None),
    (FC, "children_count", "ett barn eller nei to", 2, None),
    (SM, "pets", "ja, eller nei – hunden er død", False, None),
    (SM, "strangulation", "nei", False, MAN),
    (SM, "strangulation", "nei, aldri", False, MAN),
    (FC, "feared_for_life", "nei – jo, det har hun", True, None),
    (FC, "escalated", "nei, likt som før", False, None),
    (SM, "prior_reports", "nei, aldri anmeldt", False, MAN),
]


def _ids(cases: list[tuple[Any, ...]]) -> list[str]:
    return [f"{'FC' if c[0] is FC else 'SM'}-{c[1]}-{c[2]}" for c in cases]


@pytest.mark.parametrize("dialogue,key,text,expected,ctx", FIXED, ids=_ids(FIXED))
def test_round_26(dialogue, key, text, expected, ctx):
    dialogue_ctx = slots_of(dialogue, ctx)
    assert right(expected, read(dialogue, key, text, dialogue_ctx))


@pytest.mark.parametrize("dialogue,key,text,expected,ctx", NEIGHBOURS, ids=_ids(NEIGHBOURS))
def test_neighbours_stay(dialogue, key, text, expected, ctx):
    assert right(expected, read(dialogue, key, text, slots_of(dialogue, ctx)))


# Sweep cases left as they are, with why:
OPEN = {
    # my expectation was wrong once the question is read: «truet med å drepe henne/ham eller andre (barna, seg selv)»
    # counts a threat of suicide; a children's hamster is the household's animal; checking her phone is
    # surveillance; a knife in his car is access to a weapon
    "nei, men han har truet med å ta livet av seg selv", "nei, men barna har en hamster",
    "nei, men han sjekker telefonen hennes", "nei, men han har kniv i bilen",
    # stored unknown rather than read back: null either way
    "kanskje, hun var litt uklar", "tror ikke, men er usikker", "han tror hun er syk, men vet ikke",
    # «nei, men …» where the tail hints at a yes the question's words do not name – a domain call (read back?)
    "nei, men naboen har ringt dem en gang", "nei, men han har truet med å skaffe seg", "nei, men han er jeger",
    "nei, men han har vært avhørt", "nei, men de kom på døra en gang", "nei, men han presser henne",
    "nei, men hun har tenkt på det", "nei, men den har endret seg", "ja, men ikke navnet på barna",
    # «ikke oppklart» (not solved) is no «not known»; «å nei» is an exclamation, the answer unclear
    "ikke oppklart", "ja, å nei, katten døde",
    # asked again (no wrong record), as in round 24
    "ja, nei beklager, det var broren",
    # the 112 check (bot/acute, another helper's): «slår ham oftere nå» is how often, not now
    "ja, hun slår ham oftere nå",
}


@pytest.mark.parametrize("d,key,text,expected,ctx,alarm", [c for c in SWEEP + PROBE2 if c[2] not in OPEN],
                         ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in SWEEP + PROBE2 if c[2] not in OPEN])
def test_sweep_26(d, key, text, expected, ctx, alarm):
    check_sweep_case(d, key, text, expected, ctx, alarm)
