"""The dialogue schema: answers as staff type them (negation, «vet ikke», skip, nynorsk, typos),
the questions' dependencies, and ``domain.yml`` in step with the schema."""

from __future__ import annotations

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.dialogue import DIALOGUES, domain_yaml
from bot.dialogue.first_contact import FIRST_CONTACT_DIALOGUE as FC
from bot.dialogue.note import journal_note, triage_record
from bot.dialogue.parse import DECLINED, SKIPPED, UNKNOWN, Parsed
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.schema import CANCEL, CANCEL_CONFIRM_SLOT, CANCEL_PENDING, FREE, PAUSE, YES_NO
from bot.storage import vocab
from tests.conftest import UNSURE
from tests.conftest import read_answer as read

ALL_QUESTIONS = [(d.name, q) for d in DIALOGUES.values() for q in d.questions]


@pytest.mark.parametrize("slot,text,value", [
    # negation is read: the two answers staff found stored wrongly
    ("acute_danger_now", "nei, ingen akutt fare akkurat nå", False),
    ("acute_danger_now", "nei", False),
    ("acute_danger_now", "det vet jeg ikke", UNKNOWN),  # issue 14: was stored as «no»
    ("perpetrator_knows", "nei, han vet ikke at hun tar kontakt", False),
    ("perpetrator_knows", "han vet ikke at hun er her", False),
    ("perpetrator_knows", "ja, han har funnet ut av det", True),
    ("perpetrator_knows", "vet ikke om han vet det", UNKNOWN),
    ("escalated", "ikke verre enn før", False),
    ("escalated", "det har blitt mye verre", True),
    ("escalated", "omtrent som før", False),
    ("feared_for_life", "hun trodde hun skulle dø", True),
    ("feared_for_life", "nei det har hun ikke", False),
    ("police_aware", "han er anmeldt før", True),
    ("police_aware", "politiet kjenner ikke til det", False),
    # «vet ikke» / «ukjent» for the number of children is an answer, not a loop
    ("children_count", "vet ikke", UNKNOWN),
    ("children_count", "ukjent", UNKNOWN),
    ("children_count", "ingen anelse", UNKNOWN),
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
    # who she/he fears: a list of persons (issue 16: «faren og brødrene» was one relation)
    ("perpetrator_relation", "eksmannen", ["eksmann"]),
    ("perpetrator_relation", "mannen ho er gift med", ["ektemann"]),
    ("perpetrator_relation", "faren og brødrene", ["far", "bror"]),
    ("perpetrator_relation", "svigerfamilien", ["svigerfamilie"]),
    ("violence_forms", "han slår og kontrollerer pengene", ["fysisk", "okonomisk"]),
    ("violence_forms", "fysisk, ikke seksuell", ["fysisk"]),
    ("help_needed", "treng ein stad å bu", ["botilbud"]),
    ("help_needed", "det vil hun ikke snakke om", DECLINED),  # a refusal, not a request for talks
    ("information_given", "alt", ["tilbudet", "taushetsplikt", "opplysningsplikt_barnevern", "samtykke_politi",
                                  "gratis_uten_henvisning"]),
    ("information_given", '/inform{"answer": "ingen"}', []),
    ("information_given", "alt unntatt gratis", ["tilbudet", "taushetsplikt", "opplysningsplikt_barnevern",
                                                 "samtykke_politi"]),
    ("information_given", "alt bortsett fra taushetsplikt og politiet",
     ["tilbudet", "opplysningsplikt_barnevern", "gratis_uten_henvisning"]),
    ("information_given", "taushetsplikt og opplysningsplikten til barnevernet",
     ["taushetsplikt", "opplysningsplikt_barnevern"]),
    ("information_given", "taushetsplikt, men ikke politiet", ["taushetsplikt"]),
    ("information_given", "alt utenom det ene", "FAIL"),  # which one is not clear: asked again
    ("going_home", "hun vil dra hjem", True),
    ("going_home", "nei, hun blir her", False),
    ("going_home", "vil ikke", False),  # to «Vil hun/han dra hjem?» a bare «vil ikke» is a no
    ("registration_consent", "ja, hun samtykker", True),
    ("registration_consent", "det vil hun ikke", False),  # to «Samtykker hun/han …?» that is a no
    ("escalated", "det vil hun ikke", DECLINED),
    ("consent_form", "hun skrev under på skjemaet", "skriftlig"),
    ("consent_form", "muntlig på telefonen", "muntlig"),
    ("why_contact_now", "han slo henne i går og truet barna", "han slo henne i går og truet barna"),
    ("why_contact_now", "vil ikke si", DECLINED),
    # every question: skip, declined, unknown
    ("going_home", "hopp over", SKIPPED),
    ("contact_mode", "vil ikke svare", DECLINED),
    ("violence_forms", "veit ikkje", UNKNOWN),
    ("language", "vet ikke", UNKNOWN),
    # typos
    ("escalated", "neii", False),
    ("escalated", "jaa", True),
    ("police_aware", "vet ikek", UNKNOWN),
    ("violence_forms", "fysik vold", ["fysisk"]),
    ("perpetrator_relation", "kjærsten", ["partner"]),
])
def test_first_contact_answers(slot, text, value):
    assert read(FC, slot, text) == value


@pytest.mark.parametrize("slot,text,value", [
    ("sm_case", "K-7F3Q2A", "K-7F3Q2A"),
    ("sm_case", "k-7f3q2a", "K-7F3Q2A"),
    ("sm_case", "ny sak", "ny"),
    ("sm_case", "hopp over", "FAIL"),  # a mapping must belong to a case: no skipping this one
    ("sm_living_situation", "hun bor alene nå", "alene"),
    ("sm_living_situation", "ho bur åleine", "alene"),
    ("sm_living_situation", "med barna", "med_andre"),
    ("sm_pets", "hun har en hund", True),
    ("sm_feared_persons", "faren og brødrene", ["far", "bror"]),
    ("sm_several_perpetrators", "faren og brødrene", True),
    ("sm_several_perpetrators", "bare han", False),
    ("sm_several_perpetrators", "én", False),
    ("sm_perpetrator_knows", "han har sporet telefonen hennes", True),
    ("sm_escalation", "ja, mye verre etter at hun ble gravid", True),
    ("sm_escalation", "det har vorte verre", True),
    ("sm_threats_to_kill", "han har truet med å drepe henne", True),
    ("sm_threats_to_kill", "han har aldri truet med det", False),
    ("sm_threats_to_kill", "han har trua med å drepe ho", True),
    ("sm_weapon_access", "han har jaktgevær hjemme", True),
    ("sm_weapon_access", "nei, ingen våpen", False),
    ("sm_strangulation", "han tok kvelertak på henne i fjor", True),
    ("sm_strangulation", "veit ikkje", UNKNOWN),
    ("sm_sexual_violence", "vil ikke svare på det", DECLINED),
    ("sm_stalking", "han sporer henne med gps", True),
    ("sm_prior_reports", "han er dømt for vold før", True),
    ("sm_prior_reports", "han er dømt for narkotika", True),  # «or other crime» (issue 16)
    ("sm_breached_order", "har ikke hatt besøksforbud", False),
    ("sm_breached_order", "ja, han brøt det to ganger", True),
    ("sm_children_exposed", "barna har sett alt", True),
    ("sm_children_exposed", "borna har høyrt det", True),
    ("sm_recent_separation", "hun gikk fra ham i forrige uke", True),
    ("sm_substance_use", "han drikker mye", True),
    ("sm_substance_use", "han drikk mykje", True),
    ("sm_mental_health", "usikker", UNKNOWN),
    ("sm_family_support", "familien hans støtter ham", True),
    ("sm_honour_related", "ja, det handler om familiens ære", True),
    ("sm_honour_related", "han kontrollerer alt", "FAIL"),  # issue 14: control is not honour
    ("sm_violence_setting", "bare hjemme når de er alene", "bare_privat"),
    ("sm_violence_setting", "også foran barna og svigerfamilien", "ogsa_med_andre"),
    ("sm_police_involved", "ja, de rykket ut i fjor", True),
    ("sm_perpetrator_animals", "han har hunden", True),
    ("sm_hr_ran_away", "hun rømte hjemmefra", "romt"),
    ("sm_hr_ran_away", "de kastet henne ut", "kastet_ut"),
    ("sm_hr_ran_away", "ingen av delene", "ingen"),
    ("sm_hr_control", "telefonen og pengene", ["telefon", "penger"]),
    ("sm_hr_control", "ingenting", []),
    ("sm_hr_control_stricter", "ja, mye strengere etter nyttår", True),
    ("sm_hr_travel_abroad", "de skal på ferie til hjemlandet i sommer", True),
    ("sm_hr_marriage_planned", "ja, bryllupet er i juni", True),
    ("sm_hr_forced_marriage", "hun er redd for å bli tvangsgiftet", True),
    ("sm_escalation", "hopp over", SKIPPED),
    ("sm_escalation", "neste", SKIPPED),
    ("sm_escalation", "ja og nei", "FAIL"),
    ("sm_stalking", "han følgjer etter ho", True),
    ("sm_weapon_access", "hvordan får hun besøksforbud?", "FAIL"),  # a guide question, not an answer
    ("sm_why_afraid", "hun vet ikke hva han kan finne på hvis han finner henne",
     "hun vet ikke hva han kan finne på hvis han finner henne"),  # open answer: kept as text
])
def test_safety_mapping_answers(slot, text, value):
    assert read(SM, slot, text) == value


# Issue 14: every everyday way of declining or not knowing is unknown – never «nei» – in both dialogues,
# bokmål and nynorsk, including refusals with «ikke», «ingen» and «ingenting» in them.
REFUSALS = [
    "det vil hun ikke svare på", "det ønsker hun ikke å snakke om", "kan ikke si noe om det", "ingen anelse",
    "hun husker ikke", "det vet jeg ikke", "hun vil ikke si noe om det", "ingen kommentar", "vil ikke svare",
    "det er privat", "hun orker ikke å snakke om det", "ingenting hun vil si", "ho vil ikkje seie noko",
    "veit ikkje", "det veit eg ikkje", "ho hugsar ikkje", "ikkje godt å seie", "ho vil ikkje svare på det",
    "vi rakk ikke å spørre om det", "har ikke spurt", "det kom ikke fram", "hun ville ikke", "aner ikke",
    "ingen formening", "vanskelig å si", "hun er usikker", "ikke avklart", "hopp over", "pass",
    "det får vi ikke vite", "hun sier ingenting om det", "nei, men det vil hun ikke snakke om",
]
YES_NO_QUESTIONS = [(d, q.slot) for d in DIALOGUES.values() for q in d.questions if q.kind == YES_NO]


@pytest.mark.parametrize("text", REFUSALS)
@pytest.mark.parametrize("dialogue,slot", YES_NO_QUESTIONS, ids=[s for _, s in YES_NO_QUESTIONS])
def test_refusals_and_not_knowing_are_never_yes_or_no(dialogue, slot, text):
    if dialogue.by_slot[slot].wont_is_no and text == "hun ville ikke":
        return  # «Vil hun dra hjem?» – «hun ville ikke» answers the question
    value = read(dialogue, slot, text)
    assert value in (UNKNOWN, DECLINED, SKIPPED), (slot, text, value)


@pytest.mark.parametrize("text,lean", [
    ("tror det", True), ("kanskje", None), ("sannsynligvis ikke", False), ("tror ikke det", False),
    ("ikke som hun vet", False), ("antakelig", True), ("trur det", True), ("han har nok det", True),
    ("vet ikke, men tror det", True), ("ja, så vidt hun vet", True), ("neppe", False),
])
def test_hedged_answers_are_confirmed_not_stored(text, lean):
    assert read(SM, "sm_weapon_access", text) == (UNSURE, lean)


def test_answers_that_turn_after_men_are_read_as_a_whole():
    assert read(SM, "sm_children_exposed", "nei, men de har sett volden") is True
    assert read(SM, "sm_escalation", "ja, men ikke så ofte") is True
    assert read(SM, "sm_weapon_access", "nei, men han har jaktgevær på hytta") is True
    assert read(SM, "sm_strangulation", "nei, men han har slått henne") is False


@pytest.mark.parametrize("text,perpetrators,value", [
    ("de er med moren", ["mor"], True),          # the mother is the perpetrator (issue 14)
    ("de er med moren", ["ektemann"], False),    # the husband is: «moren» is the person herself
    ("de er hos faren", ["ektemann"], True),
    ("de er hos faren", ["kone"], False),
    ("de er hos mora", ["kone"], True),
    ("dei er med ho", ["ektemann"], False),
    ("de er hos han", ["ektemann"], True),
    ("de er hos faren", ["partner"], (UNSURE, None)),  # «samboeren» carries no gender: ask once
    ("de er hos faren", [], (UNSURE, None)),
    ("de er i barnehagen", ["ektemann"], False),
    ("nei, de er med moren", ["mor"], (UNSURE, True)),  # the first word disagrees with the person named
])
def test_where_the_children_are_is_read_against_the_perpetrator(text, perpetrators, value):
    assert read(FC, "children_with_perpetrator", text, perpetrator_relation=perpetrators) == value
    assert read(SM, "sm_children_with_perpetrator", text, sm_perpetrators=perpetrators) == value


@pytest.mark.parametrize("text,perpetrators,value", [
    ("han vet ikke", ["ektemann"], False), ("hun vet ikke", ["ektemann"], UNKNOWN),
    ("hun vet ikke", ["kone"], False), ("han vet ikke", ["kone"], UNKNOWN),
    ("han vet ikke", ["partner"], (UNSURE, False)), ("eksen vet ikke noe", ["eks"], False),
    ("han vet ikke hvor hun er", [], False),
])
def test_knowing_is_read_against_who_the_perpetrator_is(text, perpetrators, value):
    assert read(SM, "sm_perpetrator_knows", text, sm_perpetrators=perpetrators) == value


def test_perpetrator_same_as_feared_and_several_in_passing():
    q = SM.by_slot["sm_perpetrators"]
    ctx = SM.context({"sm_feared_persons": ["far", "bror"]})
    assert q.read("samme", ctx).value == ["far", "bror"]
    assert q.read('/inform{"answer": "samme"}', ctx).value == ["far", "bror"]
    assert q.also("faren og brødrene", ["far", "bror"], ctx) == {"sm_several_perpetrators": True}
    assert q.also("mannen", ["ektemann"], ctx) == {}  # one person named: the form still asks


@pytest.mark.parametrize("feared", ["ukjent", "vil_ikke_svare", "hoppet_over"])
def test_same_as_an_unknown_feared_person_is_unknown_not_asked_again(feared):
    """The «Samme som hun/han er redd for» button, pressed when who she fears is not known."""
    q = SM.by_slot["sm_perpetrators"]
    ctx = SM.context({"sm_feared_persons": feared})
    assert q.read('/inform{"answer": "samme"}', ctx) == Parsed(True, "ukjent")
    assert q.read("samme", SM.context({})).ok is False  # nothing to copy: asked again


@pytest.mark.parametrize("dialogue,question", ALL_QUESTIONS, ids=[f"{d}:{q.slot}" for d, q in ALL_QUESTIONS])
def test_every_question_is_complete_and_its_buttons_read_back(dialogue, question, corpus):
    assert question.reason and question.hint and question.label and question.text
    assert corpus.entry(question.source_id) is not None, question.source_id
    for button in question.buttons():
        assert question.read(button["payload"], {"sm_feared_persons": ["far"]}).ok, button
    if question.kind == YES_NO:
        assert question.read('/inform{"answer": "ja"}').value is True
        assert question.read('/inform{"answer": "nei"}').value is False
    if question.kind not in ("case",):
        assert question.read(f'/inform{{"answer": "{UNKNOWN}"}}').value == UNKNOWN


def test_required_slots_follow_answers_and_control():
    assert "language" not in FC.required_slots({"interpreter_needed": False})
    assert "language" in FC.required_slots({"interpreter_needed": True})
    assert "children_with_perpetrator" not in FC.required_slots({"children_count": 0})
    # issue 14: an unknown number of children never skips «is any child with the perpetrator?»
    assert "children_with_perpetrator" in FC.required_slots({"children_count": UNKNOWN})
    assert "children_with_perpetrator" in FC.required_slots({"children_count": 2})
    for slot in ("sm_children_where", "sm_children_with_perpetrator", "sm_children_exposed"):
        assert slot in SM.required_slots({"sm_children_count": UNKNOWN})
        assert slot not in SM.required_slots({"sm_children_count": 0})
    assert "consent_form" in FC.required_slots({"registration_consent": True})
    assert "consent_form" not in FC.required_slots({"registration_consent": UNKNOWN})
    assert FC.required_slots({})[-1] == "triage_confirm"
    assert FC.required_slots({}, CANCEL_PENDING) == [CANCEL_CONFIRM_SLOT]
    assert FC.required_slots({}, CANCEL) == [] == FC.required_slots({}, PAUSE)
    honour = [q.slot for q in SM.questions if q.slot.startswith("sm_hr_")]
    assert len(honour) == 8
    assert not set(honour) & set(SM.required_slots({"sm_honour_related": False}))
    assert set(honour) <= set(SM.required_slots({"sm_honour_related": True}))
    # issue 14: «vet ikke» to «honour-related?» does not skip the honour questions when other answers point there
    pointing = {"sm_several_perpetrators": True, "sm_family_support": True, "sm_honour_related": UNKNOWN}
    assert set(honour) <= set(SM.required_slots(pointing))
    assert not set(honour) & set(SM.required_slots({"sm_honour_related": UNKNOWN}))
    assert SM.required_slots({})[0] == "sm_case"


@pytest.mark.parametrize("dialogue,text,slot", [
    (FC, "endre antall barn", "children_count"), (FC, "endre språk", "language"),
    (FC, "endre kontaktmåte", "contact_mode"), (FC, "endre hvor barna er", "children_with_perpetrator"),
    (FC, "endre samtykke", "registration_consent"), (SM, "endre hvor barna er", "sm_children_where"),
    (SM, "endre våpen", "sm_weapon_access"), (SM, "endre kvelning", "sm_strangulation"),
    (SM, "endre æresrelatert", "sm_honour_related"), (SM, "rett opp rus", "sm_substance_use"),
])
def test_change_finds_the_question(dialogue, text, slot):
    assert dialogue.slot_to_change(text) == slot


def test_codes_match_the_storage_vocabulary():
    """The record codes the dialogue can produce are the ones storage accepts (CONTRACTS.md §4)."""
    assert tuple(c.code for c in FC.by_slot["contact_mode"].choices) == vocab.CONTACT_MODES
    from bot.dialogue import persons

    assert {p.relation for p in persons.PERSONS} == set(vocab.PERPETRATOR_RELATIONS)
    assert {c.code for c in FC.by_slot["violence_forms"].choices} == set(vocab.VIOLENCE_FORMS)
    assert {c.code for c in FC.by_slot["help_needed"].choices} == set(vocab.HELP_NEEDED)
    keys = {q.key for q in SM.questions if q.key}
    assert set(vocab.SAFETY_FLAGS) <= keys


def test_triage_record_and_note_store_unanswered_as_null():
    values = {"contact_mode": "telefon", "acute_danger_now": False, "interpreter_needed": True,
              "language": "arabisk", "why_contact_now": "han truet henne i går", "perpetrator_relation": ["far", "bror"],
              "violence_forms": ["fysisk", "psykisk"], "escalated": True, "perpetrator_knows": UNKNOWN,
              "police_aware": DECLINED, "children_count": UNKNOWN, "children_with_perpetrator": UNKNOWN,
              "feared_for_life": True, "help_needed": ["botilbud"], "information_given": ["taushetsplikt"],
              "going_home": SKIPPED, "registration_consent": True, "consent_form": "skriftlig"}
    record = triage_record(values)
    assert record["acute_danger"] is False and record["language"] == "arabisk"
    assert record["perpetrator_relation"] == "forelder"  # the contract key: one code, the first named
    assert record["perpetrator_relations"] == ["forelder", "annen_familie"] and record["feared_persons"] == ["far", "bror"]
    assert record["perpetrator_knows"] is None and record["police_aware"] is None
    assert record["children_count"] is None and record["going_home"] is None
    assert record["unresolved"] == ["perpetrator_knows", "police_aware", "children_count",
                                    "children_with_perpetrator", "going_home"]
    assert record["why_contact_now"] == "han truet henne i går" and record["consent_form"] == "skriftlig"
    core, details = vocab.normalise_triage(record)
    assert core["children_count"] is None and details["perpetrator_knows"] is None
    assert core["perpetrator_relation"] == "forelder"


def test_without_consent_no_free_text_is_kept():
    values = {"why_contact_now": "han truet henne i går", "registration_consent": False}
    assert triage_record(values)["why_contact_now"] is None
    note = journal_note(values, "K-ABC234")
    assert "han truet" not in note and "ikke samtykke til registrering" in note


def test_journal_note_states_only_what_was_asked_and_answered():
    values = {"contact_mode": "telefon", "acute_danger_now": False, "interpreter_needed": False,
              "perpetrator_relation": ["ektemann"], "escalated": UNKNOWN, "children_count": 0,
              "help_needed": ["botilbud"], "going_home": True, "registration_consent": True, "consent_form": "muntlig"}
    note = journal_note(values, "K-ABC234")
    assert "K-ABC234" in note and "Kontakt: telefon" in note and "Vil dra hjem: ja" in note
    assert "Samtykke til registrering: ja" in note and "Samtykket gitt: muntlig" in note
    assert "Trappet opp: ukjent" in note and "Ikke avklart: trappet opp." in note
    # issue 16: nothing that was never asked («sikkerhetsråd gitt», «Avtalt»), no language when no interpreter
    assert "sikkerhetsråd" not in note and "Avtalt" not in note and "Språk" not in note
    assert "Barn hos utøver" not in note and "Informasjon gitt" not in note  # not answered: not in the note
    # … and says where its structure comes from, without claiming the guide's note page
    assert "veilederens «Første henvendelse»" in note and "ikke med i assistentens utdrag" in note


def test_information_checklist_names_the_duty_to_inform_the_child_welfare_service():
    text = FC.by_slot["information_given"].text
    assert "opplysningsplikt til barnevernet (krisesenterloven § 6)" in text and "uten samtykke" in text
    assert text.index("taushetsplikt") < text.index("opplysningsplikt")


def test_summary_lists_only_questions_that_apply_and_every_unknown():
    values = {"sm_case": "ny", "sm_honour_related": False, "sm_weapon_access": True, "sm_escalation": UNKNOWN,
              "sm_strangulation": DECLINED}
    text = SM.summary(values, "Oppsummering:")
    assert "Tilgang til våpen: ja" in text and "Rømt" not in text and "Overordnet del:" in text
    assert "Volden har økt: ukjent" in text and "Kvelning: ukjent (vil ikke svare)" in text
    assert "Ikke avklart (lagres som ukjent): volden har økt, kvelning." in text


def test_questions_ask_one_thing_and_say_what_they_are_about():
    """Issue 14: no question asks two things; a question shown alone names its subject."""
    for d in DIALOGUES.values():
        for q in d.questions:
            assert not q.text.startswith(("Hvor mange?", "Hvilke?", "Hvem?")), q.slot
            if q.kind == "count":
                assert "barn" in q.text
    texts = [q.text for q in SM.questions]
    assert not any("barn hos utøveren nå, eller" in t for t in texts)  # was one merged question
    assert SM.by_slot["sm_hr_marriage_planned"].text != SM.by_slot["sm_hr_forced_marriage"].text
    assert "hvor hun/han er, eller" not in SM.by_slot["sm_perpetrator_knows"].text


def test_form_topics_in_the_forms_order_and_additions_marked():
    """Issue 16: every topic of «Kartlegging av vold og trusler» asked, in order; additions marked."""
    from bot.dialogue.safety_mapping import FORM

    keys = [q.key for q in SM.questions if q.key]
    form_order = ["why_contact_now", "what_happened", "feared_persons", "why_afraid", "living_situation",
                  "children_count", "children_where", "pets", "fear_if_going_home", "previous_shelter", "help_wanted",
                  "perpetrators", "several_perpetrators", "perpetrator_knows", "violence_forms", "escalation",
                  "violence_setting", "worst_fear", "feared_for_life", "police_involved", "police_aware",
                  "prior_reports", "breached_restraining_order", "children_with_perpetrator", "children_exposed",
                  "perpetrator_has_animals", "perpetrator_mental_health", "weapon_access",
                  "perpetrator_substance_use", "family_supports_violence"]
    assert [k for k in keys if k in form_order] == form_order
    for q in SM.questions:
        if not q.key:
            continue
        assert q.form_topic or q.outside, q.slot
        if q.outside:
            assert q.outside.startswith("Utenfor veilederen:") and "dangerassessment.org" in q.outside
            assert "safelives.org.uk" in q.outside and q.text.startswith("Utenfor veilederens skjema (DA/Dash)")
        elif q.key in form_order:
            assert q.source_id in (FORM, "under-oppholdet-botilbudet/gjennomfor-systematisk-kartlegging/"
                                         "kartlegging-av-vold-og-trusler"), q.slot
    additions = {q.key for q in SM.questions if q.outside}
    assert additions == {"threats_to_kill", "strangulation", "sexual_violence", "stalking_or_surveillance",
                         "recent_separation"}
    assert keys.index("control_stricter") > keys.index("control_areas")  # the honour form's «stricter control»
    for slot in ("sm_why_contact_now", "sm_what_happened", "sm_why_afraid", "sm_worst_fear", "sm_fear_going_home"):
        assert SM.by_slot[slot].kind == FREE  # the open questions are free text


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
           "case": "K-1", "confirm": "ja", "free": "x" * 5000}
    for question in dialogue.questions:
        value = bad[question.kind]
        assert not question.accepts(value), (question.slot, value)
        assert question.accepts(None)
        slots = {question.slot: value}
        assert dialogue.values_of(slots) == {} and dialogue.invalid_slots(slots) == [question.slot]
        for button in question.buttons():  # what a button press stores is always accepted
            parsed = question.read(button["payload"], dialogue.context({"sm_feared_persons": ["far"]}))
            assert parsed.ok and question.accepts(parsed.value), (question.slot, button)


def test_change_hint_names_a_question_that_was_asked():
    """Without the honour-related branch the summary does not suggest changing its last question."""
    values = {"sm_case": "ny", "sm_escalation": True, "sm_honour_related": False}
    summary = SM.summary(values, "Oppsummering")
    assert "tvangsekteskap" not in summary.splitlines()[-1]
    assert f"«endre {SM.last_asked(values).label.lower()}»" in summary
    assert SM.last_asked({**values, "sm_honour_related": True}) is SM.questions[-1]  # the additions come last
