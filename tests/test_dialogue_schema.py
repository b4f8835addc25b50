"""The dialogue schema: answers as staff type them (negation, «vet ikke», skip, nynorsk, typos),
the questions' dependencies, and ``domain.yml`` in step with the schema."""

from __future__ import annotations

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.dialogue import DIALOGUES, domain_yaml
from bot.dialogue.first_contact import FIRST_CONTACT_DIALOGUE as FC
from bot.dialogue.note import journal_note, triage_record
from bot.dialogue.parse import DECLINED, SKIPPED, UNKNOWN
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.schema import CANCEL, CANCEL_CONFIRM_SLOT, CANCEL_PENDING, PAUSE, YES_NO
from bot.storage import vocab

ALL_QUESTIONS = [(d.name, q) for d in DIALOGUES.values() for q in d.questions]


def read(dialogue, slot, text):
    parsed = dialogue.by_slot[slot].read(text)
    return parsed.value if parsed.ok else "FAIL"


@pytest.mark.parametrize("slot,text,value", [
    # negation is read: the two answers staff found stored wrongly
    ("acute_danger_now", "nei, ingen akutt fare akkurat nå", False),
    ("perpetrator_knows", "nei, han vet ikke at hun tar kontakt", False),
    ("perpetrator_knows", "han vet ikke at hun er her", False),
    ("perpetrator_knows", "ja, han har funnet ut av det", True),
    ("perpetrator_knows", "hun vet ikke", UNKNOWN),
    ("escalated", "ikke verre enn før", False),
    ("escalated", "det har blitt mye verre", True),
    ("escalated", "omtrent som før", False),
    ("feared_for_life", "hun trodde hun skulle dø", True),
    ("feared_for_life", "nei det har hun ikke", False),
    ("police_aware", "han er anmeldt før", True),
    # «vet ikke» / «ukjent» for the number of children is an answer, not a loop
    ("children_count", "vet ikke", UNKNOWN),
    ("children_count", "ukjent", UNKNOWN),
    ("children_count", "to barn, de er hos faren nå", 2),
    ("children_count", "ingen", 0),
    ("children_count", "eitt barn", 1),
    ("children_count", '/inform{"answer": 3}', 3),
    ("contact_mode", "hun ringte", "telefon"),
    ("contact_mode", "ringte på døra", "oppmote"),
    ("contact_mode", "ikke telefon, hun kom hit selv", "oppmote"),
    ("contact_mode", "politiet kom med henne", "brakt_av_politiet"),
    ("contact_mode", "ho ringde", "telefon"),
    ("contact_mode", "oppmote", "oppmote"),
    ("interpreter_needed", "trenger tolk på arabisk", True),
    ("interpreter_needed", "snakker godt norsk", False),
    ("interpreter_needed", "nei", False),
    ("language", "somalisk", "somali"),
    ("perpetrator_relation", "eksmannen", "tidligere_partner"),
    ("perpetrator_relation", "mannen ho er gift med", "partner"),
    ("violence_forms", "han slår og kontrollerer pengene", ["fysisk", "psykisk", "okonomisk"]),
    ("violence_forms", "fysisk, ikke seksuell", ["fysisk"]),
    ("help_needed", "treng ein stad å bu", ["botilbud"]),
    ("information_given", "alt", ["tilbudet", "taushetsplikt", "samtykke_politi", "gratis_uten_henvisning"]),
    ("information_given", '/inform{"answer": "ingen"}', []),
    ("information_given", "alt unntatt gratis", ["tilbudet", "taushetsplikt", "samtykke_politi"]),
    ("information_given", "alt bortsett fra taushetsplikt og politiet", ["tilbudet", "gratis_uten_henvisning"]),
    ("information_given", "heile lista utanom gratis", ["tilbudet", "taushetsplikt", "samtykke_politi"]),
    ("information_given", "taushetsplikt, men ikke politiet", ["taushetsplikt"]),
    ("information_given", "alt utenom det ene", "FAIL"),  # which one is not clear: asked again
    ("going_home", "hun vil dra hjem", True),
    ("going_home", "nei, hun blir her", False),
    # every question: skip, declined, unknown
    ("going_home", "hopp over", SKIPPED),
    ("contact_mode", "vil ikke svare", DECLINED),
    ("violence_forms", "veit ikkje", UNKNOWN),
    ("language", "vet ikke", UNKNOWN),
    # typos
    ("escalated", "neii", False),
    ("escalated", "jaa", True),
    ("police_aware", "vet ikek", UNKNOWN),
    ("police_aware", "ikek som jeg vet", False),
    ("violence_forms", "fysik vold", ["fysisk"]),
    ("perpetrator_relation", "kjærsten", "partner"),
])
def test_first_contact_answers(slot, text, value):
    assert read(FC, slot, text) == value


@pytest.mark.parametrize("slot,text,value", [
    ("sm_case", "K-7F3Q2A", "K-7F3Q2A"),
    ("sm_case", "k-7f3q2a", "K-7F3Q2A"),
    ("sm_case", "ny sak", "ny"),
    ("sm_case", "hopp over", "FAIL"),  # a mapping must belong to a case: no skipping this one
    ("sm_lives_with_perpetrator", "de bor sammen", True),
    ("sm_lives_with_perpetrator", "hun bor alene nå", False),
    ("sm_lives_with_perpetrator", "ja, dei bur saman", True),
    ("sm_lives_with_perpetrator", "ho bur åleine", False),
    ("sm_pets", "hun har en hund", True),
    ("sm_several_perpetrators", "faren og brødrene", True),
    ("sm_several_perpetrators", "bare han", False),
    ("sm_several_perpetrators", "én", False),
    ("sm_perpetrator_knows", "nei, han vet ikke hvor hun er", False),
    ("sm_perpetrator_knows", "han har sporet telefonen hennes", True),
    ("sm_escalation", "ja, mye verre etter at hun ble gravid", True),
    ("sm_escalation", "det har vorte verre", True),
    ("sm_threats_to_kill", "han har truet med å drepe henne", True),
    ("sm_threats_to_kill", "han har aldri truet med det", False),
    ("sm_threats_to_kill", "han har trua med å drepe ho", True),
    ("sm_weapon_access", "han har jaktgevær hjemme", True),
    ("sm_weapon_access", "ingen våpen så vidt hun vet", False),
    ("sm_strangulation", "han tok kvelertak på henne i fjor", True),
    ("sm_strangulation", "veit ikkje", UNKNOWN),
    ("sm_sexual_violence", "vil ikke svare på det", DECLINED),
    ("sm_stalking", "han sporer henne med gps", True),
    ("sm_stalking", "ikke som hun vet", False),
    ("sm_prior_reports", "han er dømt for vold før", True),
    ("sm_breached_order", "har ikke hatt besøksforbud", False),
    ("sm_breached_order", "ja, han brøt det to ganger", True),
    ("sm_children_exposed", "barna har sett alt", True),
    ("sm_children_exposed", "ingen barn", False),
    ("sm_recent_separation", "hun gikk fra ham i forrige uke", True),
    ("sm_substance_use", "han drikker mye", True),
    ("sm_substance_use", "han drikk mykje", True),
    ("sm_mental_health", "usikker", UNKNOWN),
    ("sm_family_support", "familien hans støtter ham", True),
    ("sm_honour_related", "ja, det handler om familiens ære", True),
    ("sm_hr_ran_away", "hun rømte hjemmefra", "romt"),
    ("sm_hr_ran_away", "de kastet henne ut", "kastet_ut"),
    ("sm_hr_feared_persons", "faren og brødrene", ["far", "sosken"]),
    ("sm_hr_control", "telefonen og pengene", ["telefon", "penger"]),
    ("sm_hr_control", "ingenting", []),
    ("sm_hr_travel_abroad", "de skal på ferie til hjemlandet i sommer", True),
    ("sm_hr_marriage", "hun er redd for å bli tvangsgiftet", True),
    ("sm_escalation", "hopp over", SKIPPED),
    ("sm_escalation", "neste", SKIPPED),
    ("sm_escalation", "ja og nei", "FAIL"),
    ("sm_children_exposed", "borna har høyrt det", True),
    ("sm_stalking", "han følgjer etter ho", True),
    ("sm_hr_ran_away", "ingen av delene", "ingen"),
    ("sm_weapon_access", "hvordan får hun besøksforbud?", "FAIL"),  # a guide question, not an answer
])
def test_safety_mapping_answers(slot, text, value):
    assert read(SM, slot, text) == value


@pytest.mark.parametrize("dialogue,question", ALL_QUESTIONS, ids=[f"{d}:{q.slot}" for d, q in ALL_QUESTIONS])
@pytest.mark.parametrize("bad", ["", "asdkjh qwe", "🙂🙂", "'; DROP TABLE cases; --", "ja og nei",
                                 '/browse{"node": "x"}'])
def test_bad_input_is_not_an_answer_to_any_question(dialogue, question, bad):
    assert not question.read(bad).ok


@pytest.mark.parametrize("dialogue,question", ALL_QUESTIONS, ids=[f"{d}:{q.slot}" for d, q in ALL_QUESTIONS])
def test_every_question_is_complete_and_its_buttons_read_back(dialogue, question, corpus):
    assert question.reason and question.hint and question.label and question.text
    assert corpus.entry(question.source_id) is not None, question.source_id
    for button in question.buttons():
        assert question.read(button["payload"]).ok, button
    if question.kind == YES_NO:
        assert question.read('/inform{"answer": "ja"}').value is True
        assert question.read('/inform{"answer": "nei"}').value is False
    if question.kind not in ("case",):
        assert question.read(f'/inform{{"answer": "{UNKNOWN}"}}').value == UNKNOWN


def test_required_slots_follow_answers_and_control():
    assert "language" not in FC.required_slots({"interpreter_needed": False})
    assert "language" in FC.required_slots({"interpreter_needed": True})
    assert "children_with_perpetrator" not in FC.required_slots({"children_count": 0})
    assert "children_with_perpetrator" not in FC.required_slots({"children_count": UNKNOWN})
    assert "children_with_perpetrator" in FC.required_slots({"children_count": 2})
    assert FC.required_slots({})[-1] == "triage_confirm"
    assert FC.required_slots({}, CANCEL_PENDING) == [CANCEL_CONFIRM_SLOT]
    assert FC.required_slots({}, CANCEL) == [] == FC.required_slots({}, PAUSE)
    honour = [q.slot for q in SM.questions if q.slot.startswith("sm_hr_")]
    assert not set(honour) & set(SM.required_slots({"sm_honour_related": False}))
    assert set(honour) <= set(SM.required_slots({"sm_honour_related": True}))
    assert SM.required_slots({})[0] == "sm_case"


@pytest.mark.parametrize("dialogue,text,slot", [
    (FC, "endre antall barn", "children_count"), (FC, "endre språk", "language"),
    (FC, "endre kontaktmåte", "contact_mode"), (FC, "endre hvor barna er", "children_with_perpetrator"),
    (SM, "endre våpen", "sm_weapon_access"), (SM, "endre kvelning", "sm_strangulation"),
    (SM, "endre æresrelatert", "sm_honour_related"), (SM, "rett opp rus", "sm_substance_use"),
])
def test_change_finds_the_question(dialogue, text, slot):
    assert dialogue.slot_to_change(text) == slot


def test_codes_match_the_storage_vocabulary():
    """The record codes the dialogue can produce are the ones storage accepts (CONTRACTS.md §4)."""
    assert tuple(c.code for c in FC.by_slot["contact_mode"].choices) == vocab.CONTACT_MODES
    assert {c.code for c in FC.by_slot["perpetrator_relation"].choices} == set(vocab.PERPETRATOR_RELATIONS)
    assert {c.code for c in FC.by_slot["violence_forms"].choices} == set(vocab.VIOLENCE_FORMS)
    assert {c.code for c in FC.by_slot["help_needed"].choices} == set(vocab.HELP_NEEDED)
    keys = {q.key for q in SM.questions if q.key}
    assert set(vocab.SAFETY_FLAGS) <= keys


def test_triage_record_and_note_store_unanswered_as_null():
    values = {"contact_mode": "telefon", "acute_danger_now": False, "interpreter_needed": True,
              "language": "arabisk", "perpetrator_relation": "partner", "violence_forms": ["fysisk", "psykisk"],
              "escalated": True, "perpetrator_knows": UNKNOWN, "police_aware": DECLINED, "children_count": UNKNOWN,
              "feared_for_life": True, "help_needed": ["botilbud"], "information_given": ["taushetsplikt"],
              "going_home": SKIPPED}
    record = triage_record(values)
    assert record["acute_danger"] is False and record["language"] == "arabisk"
    assert record["perpetrator_knows"] is None and record["police_aware"] is None
    assert record["children_count"] is None and record["going_home"] is None
    core, details = vocab.normalise_triage(record)
    assert core["children_count"] is None and details["perpetrator_knows"] is None
    note = journal_note(values, "K-ABC234")
    assert "K-ABC234" in note and "Kontakt: telefon" in note and "vet ikke" in note and "røde flagg" in note


def test_summary_lists_only_questions_that_apply():
    text = SM.summary({"sm_case": "ny", "sm_honour_related": False, "sm_weapon_access": True}, "Oppsummering:")
    assert "Tilgang til våpen: ja" in text and "Rømt" not in text and "Overordnet del:" in text


def test_domain_yml_is_in_step_with_the_schema():
    text = (PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8")
    assert domain_yaml.rewrite(text) == text, "kjør: python -m bot.dialogue.domain_yaml --write"
    domain = yaml.safe_load(text)
    for d in DIALOGUES.values():
        assert domain["forms"][d.form]["required_slots"] == [*d.all_slots, CANCEL_CONFIRM_SLOT]
        for q in d.questions:
            slot = domain["slots"][q.slot]
            assert slot["mappings"][0]["conditions"] == [{"active_loop": d.form, "requested_slot": q.slot}]
            if q.ask_action:
                assert f"action_ask_{q.slot}" in domain["actions"]
            else:
                assert domain["responses"][f"utter_ask_{q.slot}"][0]["text"] == q.text
                assert domain["responses"][f"utter_ask_{q.slot}"][0].get("buttons", []) == q.buttons()
        assert f"validate_{d.form}" in domain["actions"] and f"action_submit_{d.name}" in domain["actions"]
    assert set(domain_yaml.ask_actions()) <= set(domain["actions"])


@pytest.mark.parametrize("text,ref", [
    ("kartlegging for K-7F3Q2A", "K-7F3Q2A"), ("kartlegging for k-7f3q2a", "K-7F3Q2A"), ("sak k7f3q2a", "K-7F3Q2A"),
    ("start kartlegging, kanskje", None), ("kartlegg vold og trusler", None), ("K-ANSKJE", "K-ANSKJE"),
])
def test_case_ref_in_free_text(text, ref):
    from bot.dialogue.safety_mapping import find_ref

    assert find_ref(text) == ref


def test_action_server_registers_exactly_the_domain_actions():
    """What the action server would load (it registers every concrete Action) matches domain.yml."""
    from rasa_sdk.executor import ActionExecutor

    executor = ActionExecutor()
    executor.register_package("actions")
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert set(executor.actions) == set(domain["actions"])


@pytest.mark.parametrize("dialogue", DIALOGUES.values(), ids=lambda d: d.name)
def test_only_values_a_record_can_hold_are_answers(dialogue):
    """Raw text Rasa left in a slot, or a hand-typed payload, never reaches a summary, draft or save."""
    bad = {"yes_no": "kanskje", "choice": "../../x", "multi": ["fysisk", 3], "count": -1, "text": "x" * 500,
           "case": "K-1", "confirm": "ja"}
    for question in dialogue.questions:
        value = bad[question.kind]
        assert not question.accepts(value), (question.slot, value)
        assert question.accepts(None)
        slots = {question.slot: value}
        assert dialogue.values_of(slots) == {} and dialogue.invalid_slots(slots) == [question.slot]
        for button in question.buttons():  # what a button press stores is always accepted
            parsed = question.read(button["payload"])
            assert parsed.ok and question.accepts(parsed.value), (question.slot, button)


def test_change_hint_names_a_question_that_was_asked():
    """Without the honour-related branch the summary does not suggest changing its last question."""
    values = {"sm_case": "ny", "sm_escalation": True, "sm_honour_related": False}
    summary = SM.summary(values, "Oppsummering")
    assert "tvangsekteskap" not in summary.splitlines()[-1]
    assert f"«endre {SM.last_asked(values).label.lower()}»" in summary
    assert SM.last_asked({**values, "sm_honour_related": True}) is SM.questions[-1]
