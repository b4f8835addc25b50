"""Generated staff for the dialogue bench: the baseline beside the hand-written transcripts.

Each record key has a pool of answers in several styles (plain, nynorsk, hedged, unknown, refusal,
typo) with the value a careful reader would store; a script picks one answer per question by a
fixed seed and adds what staff do mid-way: a correction («endre … til …»), a guide question,
«hvorfor spør vi om dette?». A hedged answer is followed by its plain answer (the read-back).
The scripts come out as ``Transcript`` objects, so one driver runs both sets. Written for the bench,
from the same person who wrote the parser – which is why the hand-written set is the one that counts.
"""

from __future__ import annotations

import random
from typing import Any

from bench.dialogue_transcripts import Transcript

PLAIN, NYNORSK, HEDGED, UNKNOWN, REFUSAL, TYPO = "plain", "nynorsk", "hedged", "unknown", "refusal", "typo"
STYLES = (PLAIN, NYNORSK, HEDGED, UNKNOWN, REFUSAL, TYPO)

A = tuple[Any, Any, str]  # (what staff write – a string, or a list for a read-back –, the stored value, style)

YES_NO: tuple[A, ...] = (
    ("ja", True, PLAIN), ("nei", False, PLAIN), ("jepp", True, PLAIN), ("nei, det har ikke skjedd", False, PLAIN),
    ("ja, det stemmer", True, PLAIN), ("nei da", False, NYNORSK), ("ja, det har ho sagt", True, NYNORSK),
    ("nei, ikkje det", False, NYNORSK), (["tror det", "ja"], True, HEDGED), (["tror ikke det", "nei"], False, HEDGED),
    (["sannsynligvis", "stemmer"], True, HEDGED), ("vet ikke", None, UNKNOWN), ("hun er usikker", None, UNKNOWN),
    ("veit ikkje", None, UNKNOWN), ("det vil hun ikke svare på", None, REFUSAL),
    ("det ønsker hun ikke å snakke om", None, REFUSAL), ("ingen anelse", None, REFUSAL),
    ("ho vil ikkje seie noko om det", None, REFUSAL), ("jaa", True, TYPO), ("neii", False, TYPO),
    ("vet ikek", None, TYPO),
)


def _yn(*extra: A) -> tuple[A, ...]:
    return (*YES_NO, *extra)


TRIAGE: dict[str, tuple[A, ...]] = {
    "contact_mode": (("hun ringte oss", "telefon", PLAIN), ("på telefon", "telefon", PLAIN),
                     ("ho ringde i natt", "telefon", NYNORSK), ("hun sto på døra", "oppmote", PLAIN),
                     ("kom hit sjølv", "oppmote", NYNORSK), ("politiet kjørte henne hit", "brakt_av_politiet", PLAIN),
                     ("legevakta sendte henne", "brakt_av_annen_tjeneste", PLAIN),
                     ("vil ikke si", None, REFUSAL), ("hun ringet", "telefon", TYPO)),
    "acute_danger": (("nei", False, PLAIN), ("nei, ingen akutt fare akkurat nå", False, PLAIN),
                     ("nei, hun er trygg her nå", False, PLAIN), ("ikkje akutt no", False, NYNORSK),
                     ("det vet jeg ikke", None, UNKNOWN), ("nie", False, TYPO)),
    "interpreter_needed": (("nei, hun snakker godt norsk", False, PLAIN), ("nei", False, PLAIN),
                           ("ho treng tolk på tigrinja", True, NYNORSK), ("trenger tolk, polsk", True, PLAIN),
                           ("ikke behov for tolk", False, TYPO)),
    "language": (("somali", "somali", PLAIN), ("dari", "dari", PLAIN), ("vet ikke ennå", None, UNKNOWN)),
    "why_contact_now": (("han slo henne i går kveld", "han slo henne i går kveld", PLAIN),
                        ("ho er redd han kjem att", "ho er redd han kjem att", NYNORSK),
                        ("vil ikke si", None, REFUSAL), ("vet ikke", None, UNKNOWN)),
    "perpetrator_relation": (("mannen hennes", "partner", PLAIN), ("eksmannen", "tidligere_partner", PLAIN),
                             ("faren hennes", "forelder", PLAIN), ("mannen hennar", "partner", NYNORSK),
                             ("det vil hun ikke si", None, REFUSAL), ("svigerfamilien", "annen_familie", PLAIN),
                             ("eksmanen", "tidligere_partner", TYPO)),
    "violence_forms": (("han slår henne", ["fysisk"], PLAIN), ("psykisk og fysisk", ["fysisk", "psykisk"], PLAIN),
                       ("trusler og kontroll av pengene", ["psykisk", "okonomisk"], PLAIN),
                       ("han slår og truar ho", ["fysisk", "psykisk"], NYNORSK), ("vet ikke", None, UNKNOWN),
                       ("seksuell vold", ["seksuell"], PLAIN), ("fysik vold", ["fysisk"], TYPO)),
    "escalated": _yn(("ja, det har blitt verre", True, PLAIN), ("nei, som før", False, PLAIN),
                     ("det har vorte verre", True, NYNORSK)),
    "perpetrator_knows": (("nei, han vet ikke at hun tar kontakt", False, PLAIN), ("ja, han vet", True, PLAIN),
                          ("nei, han veit ikkje", False, NYNORSK), (["han vet nok", "ja"], True, HEDGED),
                          ("vet ikke", None, UNKNOWN), ("det kan hun ikke si noe om", None, REFUSAL)),
    "police_aware": YES_NO,
    "children_count": (("to barn", 2, PLAIN), ("ingen barn", 0, PLAIN), ("ett barn", 1, PLAIN),
                       ("tre born", 3, NYNORSK), ("vet ikke", None, UNKNOWN), ("2", 2, PLAIN),
                       ("ingen bran", 0, TYPO)),
    "children_with_perpetrator": (("ja", True, PLAIN), ("nei, de er med henne", False, PLAIN),
                                  ("nei", False, NYNORSK), ("vet ikke", None, UNKNOWN),
                                  (["tror det", "ja"], True, HEDGED), ("det vil hun ikke si", None, REFUSAL)),
    "feared_for_life": YES_NO,
    "information_given": (("alt", ["tilbudet", "taushetsplikt", "opplysningsplikt_barnevern", "samtykke_politi",
                                   "gratis_uten_henvisning"], PLAIN),
                          ("ingen ennå", [], PLAIN), ("taushetsplikt og opplysningsplikten",
                                                      ["taushetsplikt", "opplysningsplikt_barnevern"], PLAIN)),
    "help_needed": (("trenger et sted å bo", ["botilbud"], PLAIN), ("bare samtaler", ["dagtilbud"], PLAIN),
                    ("treng ein stad å bu", ["botilbud"], NYNORSK), ("informasjon", ["informasjon"], PLAIN),
                    ("hun vet ikke helt", None, UNKNOWN), ("plass her i natt", ["botilbud"], PLAIN)),
    "going_home": (("nei, hun blir her", False, PLAIN), ("ja, hun vil hjem", True, PLAIN), ("nei", False, PLAIN),
                   ("ho vil bli her", False, NYNORSK), ("nei hun bilr", False, TYPO)),
    "registration_consent": (("ja", True, PLAIN), ("ja, hun samtykker", True, PLAIN), ("nei", False, PLAIN)),
    "consent_form": (("skriftlig", "skriftlig", PLAIN), ("muntlig", "muntlig", PLAIN)),
}

SAFETY: dict[str, tuple[A, ...]] = {
    "why_contact_now": (("han truet henne i går", "han truet henne i går", PLAIN), ("vet ikke", None, UNKNOWN)),
    "what_happened": (("han slo henne i ansiktet", "han slo henne i ansiktet", PLAIN),
                      ("det vil hun ikke snakke om", None, REFUSAL)),
    "feared_persons": (("mannen hennes", ["ektemann"], PLAIN), ("eksmannen", ["eksmann"], PLAIN),
                       ("faren og brødrene", ["far", "bror"], PLAIN), ("mannen hennar", ["ektemann"], NYNORSK)),
    "why_afraid": (("han har sagt at han skal ta henne", "han har sagt at han skal ta henne", PLAIN),
                   ("hopp over", None, UNKNOWN)),
    "living_situation": (("alene", "alene", PLAIN), ("med barna", "med_andre", PLAIN), ("ho bur åleine", "alene", NYNORSK),
                         ("vet ikke", None, UNKNOWN)),
    "children_count": (("to barn", 2, PLAIN), ("ingen", 0, PLAIN), ("vet ikke", None, UNKNOWN), ("eitt barn", 1, NYNORSK)),
    "children_where": (("med henne", ["med_personen"], PLAIN), ("hos mormor", ["hos_andre"], PLAIN),
                       ("vet ikke", None, UNKNOWN)),
    "pets": (("ja, en hund", True, PLAIN), ("nei", False, PLAIN), ("ho har ein katt", True, NYNORSK),
             ("ingen dyr", False, PLAIN)),
    "fear_if_going_home": (("at han slår henne igjen", "at han slår henne igjen", PLAIN), ("vet ikke", None, UNKNOWN)),
    "previous_shelter": _yn(("nei, aldri", False, PLAIN)),
    "help_wanted": (("et trygt sted å bo", "et trygt sted å bo", PLAIN), ("vet ikke", None, UNKNOWN)),
    "several_perpetrators": (("bare han", False, PLAIN), ("én", False, PLAIN), ("berre han", False, NYNORSK),
                             ("vet ikke", None, UNKNOWN)),
    "perpetrator_knows": (("nei, han vet ikke hvor hun er", False, PLAIN), ("ja, han vet det", True, PLAIN),
                          ("han veit ikkje kvar ho er", False, NYNORSK), ("vet ikke", None, UNKNOWN),
                          (["han har nok skjønt det", "ja"], True, HEDGED)),
    "violence_forms": (("slag og trusler", ["fysisk", "psykisk"], PLAIN), ("han tar pengene", ["okonomisk"], PLAIN),
                       ("slag", ["fysisk"], NYNORSK)),
    "escalation": _yn(("ja, mye verre", True, PLAIN), ("nei, omtrent som før", False, PLAIN),
                      ("det har vorte verre", True, NYNORSK), ("oftere nå", True, PLAIN)),
    "violence_setting": (("bare hjemme", "bare_privat", PLAIN), ("også foran andre", "ogsa_med_andre", PLAIN),
                         ("vet ikke", None, UNKNOWN)),
    "worst_fear": (("at han dreper henne", "at han dreper henne", PLAIN), ("vil ikke si", None, REFUSAL)),
    "feared_for_life": YES_NO,
    "police_involved": _yn(("ja, de kom i fjor", True, PLAIN)),
    "police_aware": _yn(("nei, politiet vet ikke om volden", False, PLAIN)),
    "prior_reports": _yn(("ja, han er dømt før", True, PLAIN), ("han er anmeldt en gang", True, PLAIN)),
    "breached_restraining_order": _yn(("ja, han brøt besøksforbudet", True, PLAIN),
                                      ("det har aldri vært besøksforbud", False, PLAIN)),
    "children_with_perpetrator": (("ja", True, PLAIN), ("nei", False, PLAIN), ("vet ikke", None, UNKNOWN)),
    "children_exposed": _yn(("ja, barna har sett det", True, PLAIN), ("borna har høyrt alt", True, NYNORSK)),
    "perpetrator_has_animals": _yn(("han har hunden", True, PLAIN)),
    "perpetrator_mental_health": _yn(("ja, han er psykisk syk", True, PLAIN)),
    "weapon_access": _yn(("ja, han har jaktvåpen", True, PLAIN), ("nei, ingen våpen", False, PLAIN),
                         ("han har ein kniv han trugar med", True, NYNORSK)),
    "perpetrator_substance_use": _yn(("ja, han drikker mye", True, PLAIN), ("han drikk mykje", True, NYNORSK)),
    "family_supports_violence": _yn(("nei, de er imot det", False, PLAIN)),
    "honour_related": (("nei", False, PLAIN), ("nei, det er vanlig partnervold", False, PLAIN),
                       ("vet ikke", None, UNKNOWN)),
    "ran_away_or_thrown_out": (("hun rømte hjemmefra", "romt", PLAIN), ("ingen av delene", "ingen", PLAIN),
                               ("vet ikke", None, UNKNOWN)),
    "planned_travel_abroad": _yn(("ja, en ferie til hjemlandet i sommer", True, PLAIN)),
    "family_knows_contact": _yn(("nei, familien vet ikke", False, PLAIN)),
    "control_areas": (("telefonen og pengene", ["telefon", "penger"], PLAIN), ("venner og klær", ["venner", "klaer"], PLAIN),
                      ("vet ikke", None, UNKNOWN)),
    "punished_for_breaking_rules": _yn(("ja, hun blir slått", True, PLAIN)),
    "control_stricter": _yn(("ja, mye strengere", True, PLAIN)),
    "marriage_planned": _yn(("ja, bryllupet er i sommer", True, PLAIN)),
    "forced_marriage_risk": _yn(("ho er redd for tvangsgifte", True, NYNORSK)),
    "threats_to_kill": _yn(("ja, han har truet med å drepe henne", True, PLAIN), ("aldri", False, PLAIN),
                           ("han har trua med å drepe ho", True, NYNORSK)),
    "strangulation": _yn(("ja, han tok kvelertak på henne", True, PLAIN), ("ja, han har kvelt ho", True, NYNORSK)),
    "sexual_violence": _yn(("ja, han har voldtatt henne", True, PLAIN)),
    "stalking_or_surveillance": _yn(("ja, han sporer telefonen hennes", True, PLAIN),
                                    ("han følgjer etter ho", True, NYNORSK)),
    "recent_separation": _yn(("ja, hun gikk fra ham i går", True, PLAIN), ("ho planlegg å gå frå han", True, NYNORSK)),
}
LANGUAGE_GIVEN = {"ho treng tolk på tigrinja": "tigrinja", "trenger tolk, polsk": "polsk"}
GUIDE_QUESTIONS = ("hvordan bestiller jeg tolk?", "kan vi ringe politiet uten samtykke?",
                   "hvordan får hun besøksforbud?", "må barnet ha egen sikkerhetsplan?",
                   "korleis sjekkar eg telefonen hennar for sporing?")
WHY = ("hvorfor spør vi om dette?", "kvifor spør du om det", "hvorfor trenger vi å vite det")
CHANGES = {"triage": {"escalated": "opptrapping", "police_aware": "politi", "feared_for_life": "fryktet"},
           "safety_mapping": {"weapon_access": "våpen", "strangulation": "kvelning", "escalation": "opptrapping",
                              "threats_to_kill": "drapstrusler"}}


def _pick(rng: random.Random, pool: tuple[A, ...], style: str) -> A:
    styled = [a for a in pool if a[2] == style]
    return rng.choice(styled or [a for a in pool if a[2] == PLAIN] or list(pool))


def _asked(dialogue: str, key: str, chosen: dict[str, A]) -> bool:
    """Whether the question is asked, given the answers chosen (the same rules as the dialogue)."""
    value = lambda k: chosen[k][1] if k in chosen else None  # noqa: E731
    children = value("children_count")
    has_children = children is None or (isinstance(children, int) and children > 0)
    if key == "language":
        return value("interpreter_needed") is True
    if key == "consent_form":
        return value("registration_consent") is True
    if key in ("children_with_perpetrator", "children_where", "children_exposed"):
        return has_children
    if key in HONOUR_KEYS:
        forms = value("violence_forms") or []
        hinted = value("several_perpetrators") is True or value("family_supports_violence") is True or bool(
            {"aeresrelatert", "tvangsekteskap"} & set(forms))
        return value("honour_related") is True or (value("honour_related") is None and hinted)
    return True


HONOUR_KEYS = ("ran_away_or_thrown_out", "planned_travel_abroad", "family_knows_contact", "control_areas",
               "punished_for_breaking_rules", "control_stricter", "marriage_planned", "forced_marriage_risk")


def generated(dialogue: str, count: int, seed: int) -> list[Transcript]:
    pools = TRIAGE if dialogue == "triage" else SAFETY
    rng = random.Random(seed)
    out: list[Transcript] = []
    for i in range(count):
        style = STYLES[i % len(STYLES)]
        chosen = {key: _pick(rng, pool, style if rng.random() < 0.6 else rng.choice(STYLES))
                  for key, pool in pools.items()}
        if dialogue == "safety_mapping":  # answers given in passing: the question is not asked
            chosen = {"perpetrators": ("samme", chosen["feared_persons"][1], PLAIN), **chosen}
            if isinstance(chosen["feared_persons"][1], list) and len(chosen["feared_persons"][1]) > 1:
                chosen["several_perpetrators"] = (None, True, PLAIN)  # «faren og brødrene»: several
            if chosen["police_involved"][1] is True:
                chosen["police_aware"] = (None, True, PLAIN)
            if isinstance(chosen["children_where"][1], list) and "children_count" in chosen:
                chosen["children_with_perpetrator"] = (None, "hos_utover" in chosen["children_where"][1], PLAIN)
        if dialogue == "triage" and chosen["interpreter_needed"][0] in LANGUAGE_GIVEN:
            chosen["language"] = (None, LANGUAGE_GIVEN[chosen["interpreter_needed"][0]], PLAIN)  # said in passing
        answers = {k: (a[0] if isinstance(a[0], list) else [a[0]]) for k, a in chosen.items()
                   if _asked(dialogue, k, chosen) and a[0] is not None}
        expect = {k: a[1] for k, a in chosen.items() if _asked(dialogue, k, chosen)}
        if dialogue == "triage" and chosen["registration_consent"][1] is not True:
            expect["why_contact_now"] = None  # no consent: the open answer is not stored
        interjections: list[tuple[str, str]] = []
        keys = list(answers)
        if i % 3 == 0:
            key, word = rng.choice(list(CHANGES[dialogue].items()))
            later = keys[min(len(keys) - 1, keys.index(key) + rng.randint(1, 3))]
            new = rng.choice([a for a in pools[key] if isinstance(a[0], str) and a[1] != expect.get(key)
                              and a[2] == PLAIN] or [a for a in pools[key] if isinstance(a[0], str)])
            interjections.append((later, f"endre {word} til {new[0]}"))
            expect[key] = new[1]
        if i % 4 == 1:
            interjections.append((rng.choice(keys[1:]), GUIDE_QUESTIONS[i % len(GUIDE_QUESTIONS)]))
        if i % 5 == 2:
            interjections.append((rng.choice(keys[1:]), WHY[i % len(WHY)]))
        out.append(Transcript(dialogue, f"generert-{dialogue}-{style}-{i}", answers, interjections, expect, False,
                              f"generert-{i:02d}"))
    return out
