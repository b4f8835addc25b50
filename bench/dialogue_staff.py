"""Scripted staff for the dialogue bench: how people answer each question, and what they mean.

Written for the bench, apart from the tests: each question has a pool of answers in several styles
(plain, nynorsk, hedged, unknown, typo) with the value a careful reader would store. A script
(``scripts``) picks one answer per question by a fixed seed and adds what staff do mid-way:
corrections («endre …»), a guide question, «hvorfor spør vi om dette?». ``None`` as the expected
value means an unknown / declined / skipped answer, which the record stores as null.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

PLAIN, NYNORSK, HEDGED, UNKNOWN, TYPO = "plain", "nynorsk", "hedged", "unknown", "typo"
STYLES = (PLAIN, NYNORSK, HEDGED, UNKNOWN, TYPO)

A = tuple[str, Any, str]  # (what staff write, what it means, style)

YES_NO_GENERIC: tuple[A, ...] = (
    ("ja", True, PLAIN), ("nei", False, PLAIN), ("jepp", True, PLAIN), ("nei, det har ikke skjedd", False, PLAIN),
    ("ja, det stemmer", True, PLAIN), ("nei da", False, NYNORSK), ("ja, det har ho sagt", True, NYNORSK),
    ("nei, ikkje det eg veit", False, NYNORSK), ("tror det", True, HEDGED), ("tror ikke det", False, HEDGED),
    ("sannsynligvis", True, HEDGED), ("vet ikke", None, UNKNOWN), ("hun er usikker", None, UNKNOWN),
    ("veit ikkje", None, UNKNOWN), ("vil ikke svare på det", None, UNKNOWN), ("jaa", True, TYPO),
    ("neii", False, TYPO), ("vet ikek", None, TYPO),
)

TRIAGE: dict[str, tuple[A, ...]] = {
    "contact_mode": (("hun ringte oss", "telefon", PLAIN), ("på telefon", "telefon", PLAIN),
                     ("ho ringde i natt", "telefon", NYNORSK), ("hun sto på døra", "oppmote", PLAIN),
                     ("kom hit sjølv", "oppmote", NYNORSK), ("politiet kjørte henne hit", "brakt_av_politiet", PLAIN),
                     ("legevakta sendte henne", "brakt_av_annen_tjeneste", PLAIN),
                     ("tror det var barnevernet som fulgte henne", "brakt_av_annen_tjeneste", HEDGED),
                     ("hun tok kontakt via chat", "telefon", PLAIN), ("hun ringet", "telefon", TYPO)),
    "acute_danger_now": (("nei", False, PLAIN), ("nei, ingen akutt fare akkurat nå", False, PLAIN),
                         ("nei, hun er trygg her nå", False, PLAIN), ("ikkje akutt no", False, NYNORSK),
                         ("ikke akutt nei", False, HEDGED), ("nie", False, TYPO)),
    "interpreter_needed": (("nei, hun snakker godt norsk", False, PLAIN), ("nei", False, PLAIN),
                           ("ja, på arabisk", True, PLAIN), ("ho treng tolk på tigrinja", True, NYNORSK),
                           ("kanskje, hun snakker litt norsk", None, HEDGED), ("trenger tolk, polsk", True, PLAIN),
                           ("ikke behov for tolk", False, TYPO)),
    "language": (("somali", "somali", PLAIN), ("dari", "dari", PLAIN), ("vet ikke ennå", None, UNKNOWN)),
    "perpetrator_relation": (("mannen hennes", "partner", PLAIN), ("eksmannen", "tidligere_partner", PLAIN),
                             ("faren hennes", "forelder", PLAIN), ("samboeren", "partner", PLAIN),
                             ("sambuaren hennar", "partner", NYNORSK), ("eksen tror jeg", "tidligere_partner", HEDGED),
                             ("vil ikke si", None, UNKNOWN), ("svigerfamilien", "annen_familie", PLAIN),
                             ("kjærsten", "partner", TYPO)),
    "violence_forms": (("han slår henne", ["fysisk"], PLAIN), ("psykisk og fysisk", ["fysisk", "psykisk"], PLAIN),
                       ("trusler og kontroll av pengene", ["psykisk", "okonomisk"], PLAIN),
                       ("han slår og truar ho", ["fysisk", "psykisk"], NYNORSK),
                       ("mest psykisk, tror jeg", ["psykisk"], HEDGED), ("seksuell vold", ["seksuell"], PLAIN),
                       ("fysik vold", ["fysisk"], TYPO)),
    "escalated": (("ja, det har blitt verre", True, PLAIN), ("nei, som før", False, PLAIN),
                  ("det har vorte verre", True, NYNORSK), ("litt verre kanskje", None, HEDGED),
                  ("vet ikke", None, UNKNOWN), ("verre sisten tiden", True, TYPO)),
    "perpetrator_knows": (("nei, han vet ikke at hun tar kontakt", False, PLAIN), ("ja, han vet", True, PLAIN),
                          ("nei, han veit ikkje", False, NYNORSK), ("han vet nok", True, HEDGED),
                          ("vet ikke", None, UNKNOWN), ("nei han vet ikek", False, TYPO)),
    "police_aware": YES_NO_GENERIC,
    "children_count": (("to barn", 2, PLAIN), ("ingen barn", 0, PLAIN), ("ett barn", 1, PLAIN),
                       ("tre born", 3, NYNORSK), ("vet ikke", None, UNKNOWN), ("ukjent", None, UNKNOWN),
                       ("2", 2, PLAIN), ("to barn tror jeg", 2, HEDGED), ("ingen bran", 0, TYPO)),
    "children_with_perpetrator": (("ja, de er hos faren", True, PLAIN), ("nei, de er med henne", False, PLAIN),
                                  ("dei er med ho", False, NYNORSK), ("vet ikke", None, UNKNOWN),
                                  ("tror de er hos han", True, HEDGED)),
    "feared_for_life": YES_NO_GENERIC,
    "help_needed": (("trenger et sted å bo", ["botilbud"], PLAIN), ("bare samtaler", ["dagtilbud"], PLAIN),
                    ("treng ein stad å bu", ["botilbud"], NYNORSK), ("informasjon", ["informasjon"], PLAIN),
                    ("hun vet ikke helt", None, UNKNOWN), ("plass her i natt", ["botilbud"], PLAIN)),
    "information_given": (("alt", ["tilbudet", "taushetsplikt", "samtykke_politi", "gratis_uten_henvisning"], PLAIN),
                          ("ingen ennå", [], PLAIN), ("taushetsplikt", ["taushetsplikt"], PLAIN),
                          ("alt saman", ["tilbudet", "taushetsplikt", "samtykke_politi", "gratis_uten_henvisning"],
                           NYNORSK)),
    "going_home": (("nei, hun blir her", False, PLAIN), ("ja, hun vil hjem", True, PLAIN),
                   ("nei", False, PLAIN), ("ho vil bli her", False, NYNORSK), ("nei hun bilr", False, TYPO)),
}

SAFETY: dict[str, tuple[A, ...]] = {
    "sm_lives_with_perpetrator": (("ja, de bor sammen", True, PLAIN), ("nei, hun bor alene", False, PLAIN),
                                  ("dei bur saman", True, NYNORSK), ("nei", False, PLAIN), ("vet ikke", None, UNKNOWN)),
    "sm_previous_shelter": (("nei, første gang", False, PLAIN), ("ja, for to år siden", True, PLAIN),
                            ("nei aldri", False, PLAIN), ("veit ikkje", None, UNKNOWN), ("ja", True, PLAIN)),
    "sm_pets": (("ja, en hund", True, PLAIN), ("nei", False, PLAIN), ("ho har ein katt", True, NYNORSK),
                ("ingen dyr", False, PLAIN)),
    "sm_several_perpetrators": (("bare han", False, PLAIN), ("én", False, PLAIN), ("flere", True, PLAIN),
                                ("faren og broren", True, PLAIN), ("berre han", False, NYNORSK),
                                ("vet ikke", None, UNKNOWN)),
    "sm_perpetrator_knows": (("nei, han vet ikke hvor hun er", False, PLAIN), ("ja, han vet det", True, PLAIN),
                             ("han veit ikkje kvar ho er", False, NYNORSK), ("vet ikke", None, UNKNOWN),
                             ("han har nok skjønt det", True, HEDGED)),
    "sm_escalation": (("ja, mye verre", True, PLAIN), ("nei, omtrent som før", False, PLAIN),
                      ("det har vorte verre", True, NYNORSK), ("oftere nå", True, PLAIN), ("usikker", None, UNKNOWN)),
    "sm_feared_for_life": YES_NO_GENERIC,
    "sm_threats_to_kill": (("ja, han har truet med å drepe henne", True, PLAIN), ("nei", False, PLAIN),
                           ("han har trua med å drepe ho", True, NYNORSK), ("aldri", False, PLAIN),
                           ("vet ikke", None, UNKNOWN), ("ja flere gnager", True, TYPO)),
    "sm_weapon_access": (("ja, han har jaktvåpen", True, PLAIN), ("nei, ingen våpen", False, PLAIN),
                         ("han har ein kniv han trugar med", True, NYNORSK), ("tror ikke det", False, HEDGED),
                         ("vet ikke", None, UNKNOWN)),
    "sm_strangulation": (("ja, han tok kvelertak på henne", True, PLAIN), ("nei", False, PLAIN),
                         ("ja, han har kvelt ho", True, NYNORSK), ("vil ikke svare", None, UNKNOWN),
                         ("ikke som hun husker", False, HEDGED)),
    "sm_sexual_violence": (("nei", False, PLAIN), ("ja", True, PLAIN), ("vil ikke svare", None, UNKNOWN),
                           ("ho vil ikkje svare på det", None, UNKNOWN), ("ja, han har voldtatt henne", True, PLAIN)),
    "sm_stalking": (("ja, han sporer telefonen hennes", True, PLAIN), ("nei", False, PLAIN),
                    ("han følgjer etter ho", True, NYNORSK), ("vet ikke", None, UNKNOWN),
                    ("han sjekker meldingene hennes", True, PLAIN)),
    "sm_prior_reports": (("ja, han er dømt før", True, PLAIN), ("nei", False, PLAIN), ("veit ikkje", None, UNKNOWN),
                         ("han er anmeldt en gang", True, PLAIN)),
    "sm_breached_order": (("nei", False, PLAIN), ("ja, han brøt besøksforbudet", True, PLAIN),
                          ("det har aldri vært besøksforbud", False, PLAIN), ("vet ikke", None, UNKNOWN)),
    "sm_children_exposed": (("ja, barna har sett det", True, PLAIN), ("nei", False, PLAIN),
                            ("ingen barn", False, PLAIN), ("borna har høyrt alt", True, NYNORSK),
                            ("vet ikke", None, UNKNOWN)),
    "sm_recent_separation": (("ja, hun gikk fra ham i går", True, PLAIN), ("nei", False, PLAIN),
                             ("ho planlegg å gå frå han", True, NYNORSK), ("vet ikke", None, UNKNOWN)),
    "sm_substance_use": (("ja, han drikker mye", True, PLAIN), ("nei", False, PLAIN),
                         ("han drikk mykje", True, NYNORSK), ("hopp over", None, UNKNOWN),
                         ("han ruser seg på hasj", True, PLAIN)),
    "sm_mental_health": (("nei", False, PLAIN), ("ja, han er psykisk syk", True, PLAIN), ("vet ikke", None, UNKNOWN),
                         ("usikkert", None, UNKNOWN)),
    "sm_family_support": (("nei", False, PLAIN), ("ja, familien hans støtter ham", True, PLAIN),
                          ("nei, dei er imot det", False, NYNORSK), ("vet ikke", None, UNKNOWN)),
    "sm_honour_related": (("nei", False, PLAIN), ("nei, det er vanlig partnervold", False, PLAIN),
                          ("ja, det handler om familiens ære", True, PLAIN), ("vet ikke", None, UNKNOWN)),
    "sm_hr_ran_away": (("hun rømte hjemmefra", "romt", PLAIN), ("de kastet henne ut", "kastet_ut", PLAIN),
                       ("ingen av delene", "ingen", PLAIN)),
    "sm_hr_feared_persons": (("faren og brødrene", ["far", "sosken"], PLAIN), ("onkelen", ["storfamilie"], PLAIN),
                             ("mora", ["mor"], NYNORSK)),
    "sm_hr_travel_abroad": (("ja, en ferie til hjemlandet i sommer", True, PLAIN), ("nei", False, PLAIN),
                            ("vet ikke", None, UNKNOWN)),
    "sm_hr_family_knows": (("nei, familien vet ikke", False, PLAIN), ("ja", True, PLAIN),
                           ("vet ikke", None, UNKNOWN)),
    "sm_hr_control": (("telefonen og pengene", ["telefon", "penger"], PLAIN), ("alt", None, PLAIN),
                      ("venner og klær", ["venner", "klaer"], PLAIN)),
    "sm_hr_punishment": (("ja, hun blir slått", True, PLAIN), ("nei", False, PLAIN), ("vet ikke", None, UNKNOWN)),
    "sm_hr_marriage": (("ja, de har planlagt et giftemål", True, PLAIN), ("nei", False, PLAIN),
                       ("ho er redd for tvangsgifte", True, NYNORSK)),
}
# «alt» for control means every area; the bench checks the list length instead of a fixed value.
ALL_CONTROL = "all"
SAFETY["sm_hr_control"] = (("telefonen og pengene", ["telefon", "penger"], PLAIN), ("alt", ALL_CONTROL, PLAIN),
                           ("venner og klær", ["venner", "klaer"], PLAIN))

GUIDE_QUESTIONS = ("hvordan bestiller jeg tolk?", "kan vi ringe politiet uten samtykke?",
                   "hvordan får hun besøksforbud?", "må barnet ha egen sikkerhetsplan?",
                   "korleis sjekkar eg telefonen hennar for sporing?")
WHY = ("hvorfor spør vi om dette?", "kvifor spør du om det", "hvorfor trenger vi å vite det")


@dataclass
class Script:
    """One staff member's way through a dialogue."""

    name: str
    style: str
    answers: dict[str, A]
    correction: tuple[str, str, str, A] | None = None  # (after which slot, «endre …», slot corrected, new answer)
    guide_question_at: str | None = None
    why_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _pick(rng: random.Random, pool: tuple[A, ...], style: str) -> A:
    styled = [a for a in pool if a[2] == style]
    return rng.choice(styled or [a for a in pool if a[2] == PLAIN] or list(pool))


def scripts(pools: dict[str, tuple[A, ...]], count: int, seed: int, change_words: dict[str, str]) -> list[Script]:
    rng = random.Random(seed)
    out: list[Script] = []
    slots = list(pools)
    for i in range(count):
        style = STYLES[i % len(STYLES)]
        answers = {slot: _pick(rng, pool, style if rng.random() < 0.6 else rng.choice(STYLES))
                   for slot, pool in pools.items()}
        script = Script(f"{style}-{i}", style, answers)
        if i % 3 == 0:
            target = rng.choice([s for s in slots if s in change_words])
            later = slots[min(len(slots) - 1, slots.index(target) + rng.randint(1, 3))]
            new = rng.choice([a for a in pools[target] if a[1] != answers[target][1]] or list(pools[target]))
            script.correction = (later, f"endre {change_words[target]}", target, new)
        if i % 4 == 1:
            script.guide_question_at = rng.choice(slots[1:])
        if i % 5 == 2:
            script.why_at = rng.choice(slots[1:])
        out.append(script)
    return out
