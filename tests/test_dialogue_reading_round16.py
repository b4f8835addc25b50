"""Reader round 16: what the tenth held-back batch (h10, run once) found read wrong, in our own wording.

- «ikke nå, men for et par år siden» / «not now, but she was last winter» to «has she feared for her life?»:
  a time before now with more than two words before «siden», and English seasons and years, are the past.
- «just her» / «only her» (English, the object «her» at the end) to «more than one perpetrator?»: one.
- nynorsk services («heimetenesta», «barnevernstenesta») bring the person in; «hun kommer hit nå» (the
  person on her way in, the trial after the run) came in person.
- «knivstikking» is physical violence; «force her into marriage» is forced marriage; «bosted» is a place to live.
"""

from __future__ import annotations

import pytest

from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import case_ids, read, right, slots_of

F, S = FC, SM

CASES = [
    (F, 'feared_for_life', 'ikke nå, men for noen år siden', True, None),
    (S, 'feared_for_life', 'ikkje no, men for eit par år sidan', True, None),
    (S, 'feared_for_life', 'ikke nå, men for tre måneder siden var hun det', True, None),
    (F, 'feared_for_life', 'not now, but she was last summer', True, None),
    (S, 'feared_for_life', 'not right now, but three years ago', True, None),
    (S, 'feared_for_life', 'not now, but last christmas she was', True, None),
    (F, 'feared_for_life', 'ikke nå', False, None),
    (S, 'feared_for_life', 'nei, aldri', False, None),
    (S, 'feared_for_life', 'ikke nå, men hun er redd for barna', False, None),
    (S, 'several_perpetrators', 'only her', False, {'feared_persons': ['ekskone']}),
    (S, 'several_perpetrators', 'just her, nobody else', False, {'feared_persons': ['ekskone']}),
    (F, 'contact_mode', 'heimetenesta køyrde ho hit', 'brakt_av_annen_tjeneste', None),
    (F, 'contact_mode', 'barnevernstenesta kom med han', 'brakt_av_annen_tjeneste', None),
    (F, 'contact_mode', 'ho ringde i natt', 'telefon', None),
    (F, 'contact_mode', 'hun kommer hit nå', 'oppmote', None),
    (F, 'contact_mode', 'han er på veg hit no', 'oppmote', None),
    (F, 'contact_mode', 'politiet kommer hit med henne', 'brakt_av_politiet', None),
    (S, 'violence_forms', 'knivstikking', ['fysisk'], {'feared_persons': ['eksmann']}),
    (S, 'violence_forms', 'they want to force her into a marriage', ['tvangsekteskap'], {'feared_persons': ['far']}),
    (F, 'help_needed', 'et bosted', ['botilbud'], None),
    # pressure for money is economic violence, not psychological (the promoted h10 transcript triage-h10-23)
    (F, 'violence_forms', 'presser henne for penger og har slått henne en gang', ['okonomisk', 'fysisk'], None),
    (S, 'violence_forms', 'han pressar ho for pengar', ['okonomisk'], None),
    (S, 'violence_forms', 'presser henne hele tiden og kjefter', ['psykisk'], None),
    (S, 'violence_forms', 'pressar ho til å gifte seg', ['psykisk', 'tvangsekteskap'], None),
]


@pytest.mark.parametrize("dialogue,key,text,expected,ctx", CASES,
                         ids=case_ids(CASES))
def test_round_16(dialogue, key, text, expected, ctx):
    got = read(dialogue, key, text, slots_of(dialogue, ctx))
    assert right(expected, got), got
