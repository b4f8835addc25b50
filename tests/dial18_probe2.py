"""Probe 2 of the dial18 sweep: 48 answers written after the fixes (round 32) existed, committed before measuring.
Same format as tests/dial18_answers.py."""

from __future__ import annotations

from typing import Any

from tests.dial18_answers import Case, Hedge

_ = Any
CASES: list[Case] = [
    ("t", "contact_mode", "kom inn døra kl 02, nei hun ringte på først", "oppmote", {}),
    ("t", "acute_danger", "ikkje som ho veit", Hedge(False), {}),
    ("t", "acute_danger", "hun tør ikke si", None, {}),
    ("t", "interpreter_needed", "kurdisk (sorani)", True, {"language": "kurdisk (sorani)"}),
    ("t", "perpetrator_relation", "svogeren, nei svigerfaren", ["svigerfamilie"], {}),
    ("t", "perpetrator_relation", "kona, nei vent, eks-kona", ["ekskone"], {}),
    ("t", "perpetrator_relation", "dama hennes", ["partner"], {}),
    ("t", "perpetrator_relation", "brødrene og faren", ["bror", "far"], {}),
    ("t", "violence_forms", "seksuell og psykisk, nei bare psykisk", ["psykisk"], {}),
    ("t", "escalated", "ikke som hun har merket", Hedge(False), {}),
    ("t", "escalated", "not that she said", Hedge(False), {}),
    ("t", "perpetrator_knows", "ho trur han har skjønt det", Hedge(True), {}),
    ("t", "police_aware", "nei, aldri meldt", False, {}),
    ("t", "police_aware", "det har hun ikke lyst til å si", None, {}),
    ("t", "children_count", "tre eller fire, hun var uklar", None, {}),
    ("t", "children_count", "to stk, ett med henne og ett hos faren", 2, {"children_with_perpetrator": True}),
    ("t", "children_count", "fire-fem", None, {}),
    ("t", "children_count", "én", 1, {}),
    ("t", "children_count", "store barn, tre", 3, {}),
    ("t", "feared_for_life", "nei, men for barna", False, {}),
    ("t", "going_home", "hun må tenke på det", Hedge(None), {}),
    ("t", "going_home", "ho tenkjer på det no", Hedge(None), {}),
    ("t", "registration_consent", "ja – muntlig, skal skrive under i morgen", True, {"consent_form": "muntlig"}),
    ("t", "help_needed", "husrom, nei bare samtaler", ["dagtilbud"], {}),
    ("s", "feared_persons", "mora, nei stemora", ["mor"], {}),
    ("s", "feared_persons", "kjæresten hans (en mann)", ["partner"], {}),
    ("s", "feared_persons", "faren, nei ikke faren, broren", ["bror"], {}),
    ("s", "living_situation", "deler leilighet med ekskona fortsatt", "med_utover", {}),
    ("s", "children_count", "2 - 3 tror jeg", None, {}),
    ("s", "children_count", "ingen barn", 0, {}),
    ("s", "previous_shelter", "ja, hadde samtaler hos oss i fjor", True, {}),
    ("s", "previous_shelter", "ho har gått til samtalar på eit anna krisesenter", True, {}),
    ("s", "previous_shelter", "nei, men hun har ringt krisetelefonen en gang", False, {}),
    ("s", "perpetrators", "onkelen, nei fetteren", ["storfamilie"], {}),
    ("s", "perpetrators", "same, pluss svigermora", ["ektemann", "svigerfamilie"], {"several_perpetrators": True}),
    ("s", "several_perpetrators", "to eller tre", True, {}),
    ("s", "police_involved", "ikkje som ho har fortalt", Hedge(False), {}),
    ("s", "prior_reports", "not that he mentioned", Hedge(False), {}),
    ("s", "weapon_access", "ikke som hun har nevnt", Hedge(False), {}),
    ("s", "family_supports_violence", "ingen i familien vet om det", False, {}),
    ("s", "marriage_planned", "hun er gift allerede, med ham", False, {}),
    ("s", "marriage_planned", "nei, hun er alt gift, men familien vil at hun skal gifte seg på nytt", True, {}),
    ("s", "forced_marriage_risk", "ho tenkjer på det heile tida", True, {}),
    ("s", "recent_separation", "they broke up in May", True, {}),
    ("s", "recent_separation", "hun vurderer det", Hedge(None), {}),
    ("s", "strangulation", "not that she said, but he pushed her", Hedge(False), {}),
    ("s", "threats_to_kill", "ikkje som ho har sagt til oss", Hedge(False), {}),
    ("s", "children_exposed", "ikke som hun vet", Hedge(False), {}),
]
