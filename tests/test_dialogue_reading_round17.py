"""Reader round 17: the ownwords12 sweep – 322 answers to both dialogues' questions written in the helper's own words
before it read the readers (``tests/ownwords12_answers.py``). Run once before any fix: 19 stored wrong (2 refusals
stored as yes/no), 9 wrong on the 112 reply (8 missed, 1 false). The classes fixed here:

- refusals and not knowing: «det vet ingen» / «ingen veit», «det kan hun ikke vurdere» (not able to judge), «det sa
  hun ikke» (a free-text answer too), English «undecided»;
- hedges: «hun mener det, ja»; English «not as far as she knows» (read as «ikke så vidt hun vet»);
- «men» read whole: violence against a child named by who it is («nei, men eldste har fått slag», «nei, men han har
  slått sønnen») to «what have the children experienced?»; «ikke alltid, men ofte» is yes; «ikke direkte, men han har
  sagt at hun ikke skal leve» is read back (the «ikke» is inside what he said); a crime named («ikke for vold, men for
  narkotika») answers «anmeldt eller dømt … for vold eller annen kriminalitet?»;
- corrections: «nei, altså ja», «ja, eller nei – hunden er død», English «no wait, yes he did»;
- 112: «står nede på gata nå», «kjem køyrande hit no», «he's driving here right now», word of coming sent now («han
  sendte melding nå om at han kommer»), his car outside now; and no alarm for «han er hjemme og venter på henne nå».

A second probe (54 answers, written after those fixes) found 11 more stored wrong or re-asked and 1 false 112 reply;
fixed here: «not ready to talk about it» (stored as «nei») and «ikke klar til å snakke om det», «hun er i tvil», «vi lot
det ligge», «vi venter med det», «it's hard to tell» are unknown; «ikke som jeg har fått vite» is a hedged no; a feared
coming with no word for now («hun er redd han kommer i natt», «she is afraid he will come tonight») is a worry, no 112
reply – «redd fordi eksen står utenfor», «redd, men han er på vei» and «redd han kommer nå» still alarm.

The whole sweep runs as regression, but for the cases in ``OPEN`` (see there why).
"""

from __future__ import annotations

import pytest

from bot.acute import coming_now, looks_acute
from bot.dialogue import engine, parse
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.ownwords12_answers import CASES as SWEEP
from tests.reading import FC_SLOT, SM_SLOT, gets_112, read, right, slots_of

MAN = {"feared_persons": ["ektemann"], "perpetrators": ["ektemann"]}
KIDS = {**MAN, "children_count": 2}

FIXED = [
    (SM, "prior_reports", "det vet ingen", "U", MAN),
    (SM, "prior_reports", "ingen veit", "U", MAN),
    (SM, "perpetrator_mental_health", "det kan hun ikke vurdere", "U", MAN),
    (SM, "perpetrator_mental_health", "ho kan ikkje bedømme det", "U", MAN),
    (SM, "why_afraid", "det sa hun ikke", "U", MAN),
    (SM, "escalation", "det nevnte ho ikkje", "U", MAN),
    (FC, "going_home", "undecided", "U", None),
    (SM, "threats_to_kill", "hun mener det, ja", "H", MAN),
    (SM, "prior_reports", "not as far as she knows", "H", MAN),
    (SM, "weapon_access", "not as far as he knows", "H", MAN),
    (SM, "children_exposed", "nei, men eldste har fått slag", True, KIDS),
    (SM, "children_exposed", "nei, men han har slått sønnen", True, KIDS),
    (SM, "children_exposed", "nei, men jenta har blitt dytta", True, KIDS),
    (SM, "perpetrator_substance_use", "ikke alltid, men ofte", True, MAN),
    (SM, "perpetrator_substance_use", "ikkje kvar gong, men av og til", True, MAN),
    (SM, "threats_to_kill", "ikke direkte, men han har sagt at hun ikke skal leve", "H", MAN),
    (SM, "prior_reports", "ikke for vold, men for narkotika", True, MAN),
    (FC, "escalated", "nei, altså ja", True, None),
    (SM, "pets", "ja, eller nei – hunden er død", False, MAN),
    (SM, "threats_to_kill", "no wait, yes he did", True, MAN),
    (SM, "sexual_violence", "not ready to talk about it", "U", MAN),
    (SM, "sexual_violence", "hun er ikke klar til å snakke om det", "U", MAN),
    (SM, "recent_separation", "hun er i tvil", "U", MAN),
    (SM, "threats_to_kill", "hun begynte å gråte og vi lot det ligge", "U", MAN),
    (SM, "threats_to_kill", "vi venter med det", "U", MAN),
    (FC, "escalated", "it's hard to tell", "U", None),
    (FC, "police_aware", "ikke som jeg har fått vite", "H", None),
]


@pytest.mark.parametrize("dialogue,key,text,expected,ctx", FIXED, ids=[c[2] for c in FIXED])
def test_round_17(dialogue, key, text, expected, ctx):
    got = read(dialogue, key, text, slots_of(dialogue, ctx))
    assert right(expected, got), got


@pytest.mark.parametrize("text", ["nei, ikke for livet, men for barna", "ikke nå, men hun er redd for barna"])
def test_not_for_her_life_but_for_the_childrens_stays_no(text):
    got = read(FC, "feared_for_life", text)
    assert got.ok and got.value is False and not got.unsure


@pytest.mark.parametrize("text", ["ja eller nei", "nei", "ja"])
def test_a_bare_pair_is_no_correction(text):
    assert parse.corrected(parse.norm(text)) == parse.norm(text)



@pytest.mark.parametrize("dialogue,key,text,ctx,alarm", [
    (SM, "stalking_or_surveillance", "ja, han står nede på gata nå", MAN, True),
    (SM, "why_contact_now", "han kjem køyrande hit no", MAN, True),
    (SM, "why_contact_now", "han kommer kjørende nå", MAN, True),
    (SM, "why_contact_now", "she's scared because he's driving here right now", MAN, True),
    (SM, "threats_to_kill", "ja, og han sendte melding nå om at han kommer", MAN, True),
    (SM, "why_contact_now", "hun så bilen hans utenfor senteret nå nettopp", MAN, True),
    (SM, "living_situation", "med ham, og han er hjemme og venter på henne nå", MAN, False),
    (SM, "why_contact_now", "han sendte melding i fjor om at han kommer", MAN, False),
    (SM, "why_contact_now", "bilen hans stod utenfor jobben hennes i fjor", MAN, False),
    (FC, "acute_danger", "hun er redd han kommer i natt", None, False),
    (SM, "why_contact_now", "ho er redd for at han kjem etter ho", MAN, False),
    (SM, "why_contact_now", "she is afraid he will come tonight", MAN, False),
    (SM, "why_contact_now", "hun er redd fordi eksen står utenfor", MAN, True),
    (SM, "why_contact_now", "hun er redd, han er på vei hit", MAN, True),
    (FC, "acute_danger", "hun er redd han kommer nå", None, True),
])
def test_danger_now_in_the_dialogues(dialogue, key, text, ctx, alarm):
    assert gets_112(dialogue, key, text, ctx) is alarm


@pytest.mark.parametrize("text", ["han står nede på gata nå", "han kjem køyrande hit no",
                                  "han sendte melding nå om at han kommer"])
def test_danger_now_outside_the_dialogues(text):
    assert looks_acute(text) and coming_now(text)


# Not fixed, on purpose: «she has no idea» to «does he know?» with nothing known of who is who is asked back (a
# re-ask, not a wrong record); «har ikke rukket det ennå» to the information list is stored unknown (arguably «none
# given yet»); «ikke direkte, men han har sagt at hun ikke skal leve» (a threat to kill) is read back once now, not
# stored (``test_round_17``). The three answers to «akutt fare nå?» that say a danger present now with no coming
# («han har kniv og er i leiligheten», …) were left open here as a domain call; they are yes now (round 21).
OPEN = {"she has no idea", "har ikke rukket det ennå", "ikke direkte, men han har sagt at hun ikke skal leve"}
_DIALOGUES = {"F": FC, "S": SM}


@pytest.mark.parametrize("d,key,text,expected,ctx,alarm", [c for c in SWEEP if c[2] not in OPEN],
                         ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in SWEEP if c[2] not in OPEN])
def test_sweep_17(d, key, text, expected, ctx, alarm):
    dialogue = _DIALOGUES[d]
    slots = slots_of(dialogue, ctx)
    got = read(dialogue, key, text, slots)
    slot = (FC_SLOT if dialogue is FC else SM_SLOT)[key]
    turn = engine.handle(dialogue, slot, text, None, slots)
    if expected == "FU":
        ok = got.ok and not got.unsure and (got.value is False or got.value in parse.UNANSWERED)
    else:  # a danger-now answer to «akutt fare?» is stored by the engine's turn, not the reader alone
        ok = right(expected, got) or (isinstance(expected, bool) and turn.slots.get(slot) is expected)
    assert ok, got
    assert any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in turn.replies) is alarm
