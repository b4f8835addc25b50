"""The result of a safety mapping: risk factors in the guide's words, measures with sources, a plan."""

from __future__ import annotations

import re

import pytest

from bot.dialogue import outcome
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.storage import vocab

NOTHING = {q.slot: False for q in SM.questions if q.key}
HIGH = {**NOTHING, "sm_feared_for_life": True, "sm_threats_to_kill": True, "sm_perpetrator_knows": True,
        "sm_strangulation": True, "sm_children_exposed": True, "sm_honour_related": True, "sm_hr_control": ["telefon"]}


def test_sources_exist_and_outside_measures_are_marked(corpus):
    for factor in outcome.RISK_FACTORS:
        assert corpus.entry(factor.source_id) is not None, factor.key
        assert any(q.key == factor.key for q in SM.questions), factor.key
    for measure in outcome.MEASURES:
        assert (measure.source_id is None) != (measure.outside_source is None), measure.code
        if measure.source_id:
            assert corpus.entry(measure.source_id) is not None, measure.code
        else:
            assert measure.outside_source.startswith("Utenfor veilederen:") and "kilde: http" in measure.outside_source
        vocab.check_code("measure", measure.code)
    assert tuple(outcome.CONTRACT_FLAGS) == vocab.SAFETY_FLAGS


def test_no_answers_true_gives_only_the_safety_plan(corpus):
    record = outcome.safety_record(NOTHING)
    assert record["red_flags"] == [] and record["recommended"] == ["sikkerhetsplan"]
    assert "Ingen av risikofaktorene" in outcome.risk_text(record, corpus)


def test_high_risk_answers(corpus):
    record = outcome.safety_record(HIGH)
    assert record["red_flags"] == ["threats_to_kill", "strangulation", "children_exposed", "honour_related",
                                   "feared_for_life"]
    assert record["recommended"] == ["kontakt_politiet", "besoksforbud", "voldsalarm", "relokalisering",
                                     "digital_sikkerhetssjekk", "sikkerhetsplan_barn", "vurder_opplysningsplikt",
                                     "aeresrelatert_oppfolging", "sikkerhetsplan"]
    risk = outcome.risk_text(record, corpus)
    assert "«har fryktet for livet»" in risk and "«æresrelatert vold – «kan gi svært høy risiko»»" in risk
    assert "Også oppgitt" in risk and "drapstrusler" in risk and "kvelning" in risk
    measures = outcome.measures_text(record, corpus)
    assert "sist faglig oppdatert: 30. januar 2019" in measures and "avvergeplikten" in measures
    assert "Utenfor veilederen" in measures and "uten foreldrenes samtykke" in measures
    plan = outcome.safety_plan(record, "K-ABC234", corpus)
    for heading in outcome.PLAN_HEADINGS:
        assert f"{heading}:" in plan
    assert "Egen sikkerhetsplan for barna" in plan and "Kilder:" in plan


@pytest.mark.parametrize("values", [NOTHING, HIGH, {}])
def test_no_numeric_score(values, corpus):
    record = outcome.safety_record(values)
    text = outcome.risk_text(record, corpus) + outcome.measures_text(record, corpus)
    assert not re.search(r"\b(score|poengsum:|\d+ poeng|risikonivå|\d+ ?%)", text, re.I)
    assert not re.search(r"\b(SARA|PATRIARK|Danger Assessment)\b", text)
