"""The result of a safety mapping: answers pointing to risk with their source, every unknown visible,
measures as the guide and the police describe them, a plan – and no score (issue 16's findings)."""

from __future__ import annotations

import re

import pytest

from bot.dialogue import outcome
from bot.dialogue.parse import UNKNOWN
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.schema import FREE, YES_NO
from bot.storage import vocab

NOTHING = {q.slot: False for q in SM.questions if q.kind == YES_NO}
HIGH = {**NOTHING, "sm_feared_for_life": True, "sm_threats_to_kill": True, "sm_perpetrator_knows": True,
        "sm_strangulation": True, "sm_children_count": 2, "sm_children_exposed": True, "sm_honour_related": True,
        "sm_hr_control": ["telefon"], "sm_family_support": True, "sm_breached_order": True}
# «vet ikke» to every question of the form that applies (issue 16: «Done when»)
ALL_UNKNOWN = {q.slot: UNKNOWN for q in SM.questions if q.key}
GUIDE_TITLES = {"Kartlegging av vold og trusler", "Kartlegging av æresrelatert vold", "Lag en individuell sikkerhetsplan",
                "Når er det nødvendig å involvere politiet?", "særlig sikkerhetsrisiko"}


def result(values, corpus):
    record = outcome.safety_record(values)
    return record, "\n".join([outcome.risk_text(record, corpus), outcome.measures_text(record, corpus),
                              outcome.safety_plan(record, "K-ABC234", corpus)])


def test_sources_exist_and_outside_measures_are_marked(corpus):
    for measure in outcome.MEASURES:
        assert (measure.source_id is None) != (measure.outside_source is None), measure.code
        if measure.source_id:
            assert corpus.entry(measure.source_id) is not None, measure.code
        else:
            assert measure.outside_source.startswith("Utenfor veilederen:") and "kilde: http" in measure.outside_source
        vocab.check_code("measure", measure.code)
    assert tuple(outcome.CONTRACT_FLAGS) == vocab.SAFETY_FLAGS


def test_a_mapping_answered_entirely_with_vet_ikke_shows_every_unknown(corpus):
    """Issue 16, «Done when»: every unknown shown, and what the guide says for an unclear threat picture."""
    record, text = result(ALL_UNKNOWN, corpus)
    asked = [q for q in SM.questions if q.key and SM.applies(q, ALL_UNKNOWN)]
    assert record["unresolved"] == [q.key for q in asked]
    assert record["threat_picture_unclear"] is True and record["red_flags"] == []
    risk = outcome.risk_text(record, corpus)
    for q in asked:
        assert q.label.lower() in risk, q.key
    assert "Ikke avklart" in risk and "usikker på om du forstår trusselbildet godt nok" in risk
    assert "kontakt_politiet" in record["recommended"]  # the guide: an unclear picture is a reason to consider it
    assert "Ingen risikofaktorer besvart med ja" not in text
    plan = outcome.safety_plan(record, "K-ABC234", corpus)
    assert "Ikke avklart:" in plan and "trusselbildet godt nok" in plan
    # unknown children: the children's threat picture is still on the list («hvis det er barn»)
    assert "sikkerhetsplan_barn" in record["recommended"]


def test_all_no_gives_no_unclear_picture_but_continuous_assessment(corpus):
    record = outcome.safety_record(NOTHING)
    assert record["red_flags"] == [] and record["unresolved"] == [] and not record["threat_picture_unclear"]
    assert record["recommended"] == ["digital_sikkerhetssjekk", "sikkerhetsplan"]
    risk = outcome.risk_text(record, corpus)
    assert "Ingen av spørsmålene om risiko er besvart med ja" in risk and "fortløpende" in risk


def test_high_risk_answers_name_every_yes_with_where_it_comes_from(corpus):
    record, text = result(HIGH, corpus)
    assert record["red_flags"] == ["threats_to_kill", "strangulation", "breached_restraining_order",
                                   "children_exposed", "honour_related", "feared_for_life"]
    risk = outcome.risk_text(record, corpus)
    # issue 16: family support is listed when «ja» (it is no contract flag, so it is not in red_flags)
    assert "Andre i familien støtter volden (veilederen: «Kartlegging av vold og trusler»)" in risk
    assert "Drapstrusler (utenfor veilederen: DA/Dash)" in risk and "Kvelning (utenfor veilederen: DA/Dash)" in risk
    assert record["recommended"] == ["kontakt_politiet", "besoksforbud", "kontaktforbud", "voldsalarm",
                                     "relokalisering", "digital_sikkerhetssjekk", "sikkerhetsplan_barn",
                                     "vurder_opplysningsplikt", "aeresrelatert_oppfolging", "sikkerhetsplan"]
    for heading in outcome.PLAN_HEADINGS:
        assert f"{heading}:" in text


def test_measures_say_who_asks_who_decides_and_which_need_consent(corpus):
    by_code = {m.code: m for m in outcome.MEASURES}
    police = by_code["kontakt_politiet"]
    assert "avvergeplikten" in police.note and "samtykke" in police.note.lower()
    for code, m in by_code.items():
        if code != "kontakt_politiet":  # avvergeplikt lets staff alert the police – nothing else
            assert "avvergeplikt" not in f"{m.text} {m.note} {m.plan_note}", code
    visit = by_code["besoksforbud"]
    assert "påtalemyndigheten som vedtar" in visit.text and "ingen anmeldelse" in visit.text
    assert "Den utsatte kan be politiet om det" in visit.text and "222 a" in visit.text
    contact = by_code["kontaktforbud"]
    assert "domstolen" in contact.text and "straffesak" in contact.text and "ingen anmeldelse" not in contact.text
    assert contact.title != visit.title and "kontaktforbud" not in visit.title.lower()
    alarm = by_code["voldsalarm"]
    assert "noen på hennes/hans vegne" in alarm.text and "politiet avgjør" in alarm.text
    assert "politiet.no" in alarm.outside_source and alarm.source_id is None
    digital = by_code["digital_sikkerhetssjekk"]
    assert digital.source_id.endswith("digital-sikkerhet") and "etter ankomst" in digital.text
    assert "opplysningsplikt" in by_code["vurder_opplysningsplikt"].title.lower()
    assert "uten foreldrenes samtykke" in by_code["vurder_opplysningsplikt"].note


def test_digital_check_for_everyone_and_child_plan_whenever_there_are_children():
    nothing = outcome.safety_record(NOTHING)
    assert "digital_sikkerhetssjekk" in nothing["recommended"]
    children = outcome.safety_record({**NOTHING, "sm_children_count": 1})  # not exposed, not with him
    assert "sikkerhetsplan_barn" in children["recommended"] and "vurder_opplysningsplikt" not in children["recommended"]
    assert "sikkerhetsplan_barn" not in outcome.safety_record({**NOTHING, "sm_children_count": 0})["recommended"]
    with_him = outcome.safety_record({**NOTHING, "sm_children_count": 1, "sm_children_with_perpetrator": True})
    assert "vurder_opplysningsplikt" in with_him["recommended"]


@pytest.mark.parametrize("values", [NOTHING, HIGH, ALL_UNKNOWN, {}], ids=["nothing", "high", "unknown", "empty"])
def test_quotation_marks_only_around_the_guides_own_words(values, corpus):
    _, text = result(values, corpus)
    quoted = set(re.findall(r"«([^»]+)»", text))
    assert quoted <= GUIDE_TITLES, quoted - GUIDE_TITLES
    assert "svært høy risiko" not in text


@pytest.mark.parametrize("values", [NOTHING, HIGH, ALL_UNKNOWN, {}], ids=["nothing", "high", "unknown", "empty"])
def test_no_score_or_count(values, corpus):
    record, text = result(values, corpus)
    assert not re.search(r"\b(score|poengsum:|\d+ poeng|risikonivå|\d+ ?%)", text, re.I)
    assert not re.search(r"\b(SARA|PATRIARK)\b", text)
    risk = outcome.risk_text(record, corpus)
    assert not re.search(r"\b\d+ (av|risikofaktorer|røde flagg|flagg|svar)\b", risk)


def test_the_open_answers_are_in_the_record_as_text():
    values = {"sm_why_contact_now": "han truet henne med kniv i går", "sm_worst_fear": UNKNOWN}
    record = outcome.safety_record(values)
    assert record["why_contact_now"] == "han truet henne med kniv i går" and record["worst_fear"] is None
    assert all(SM.by_slot[s].kind == FREE for s in ("sm_why_contact_now", "sm_worst_fear"))
    values = vocab.normalise_safety(record, allow_details=True)  # storage takes every new key as a detail
    assert values["details"]["why_contact_now"] == "han truet henne med kniv i går"
