"""Reading answers, round 8: a sweep of everyday answers to every question of both dialogues (our own wording,
written the way a night shift types them), and the kinds of miss it found – refusals and «not asked» said in
ways not yet read («glemte å spørre», «skal sjekke», «det spørs», «ingen vet», «det snakket vi ikke om», «det sa
hun ikke noe om», «nekta å svare», «she refused», «det får vi ta senere»), her answer reported («hun sier nei»),
an echoed yes («det har det»), «ikke nå, men før» to a question about ever, spitting / a box on the ear / «chokes»
/ a passport taken, «mannen hun var gift med», family who brought her, «walk-in», «alt» as help, consent said
with its form, «han» / «begge» / «det same» for the perpetrator, «to» perpetrators, and danger coming now in
more words («utafor», «kommer for å drepe henne», «han er på vei hit» to an open question, a threat to come now).
Each beside counter-cases that must not change.
"""

from __future__ import annotations

import pytest

from bot.acute import coming_now, looks_acute
from bot.dialogue import engine, parse
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC

SM_SLOT = {q.key: q.slot for q in SM.questions}
FC_SLOT = {q.key: q.slot for q in FC.questions}


def has_112(t):
    return any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in t.replies)


def read(dialogue, key, text, **values):
    slots = {_slot(dialogue, k): v for k, v in values.items()}
    return dialogue.by_slot[_slot(dialogue, key)].read(text, dialogue.context(slots))


def _slot(dialogue, key):
    return (SM_SLOT if dialogue is SM else FC_SLOT)[key]


# --- refusals and «not asked» are null, never a yes or a no ---------------------------------------

@pytest.mark.parametrize("text", [
    "glemte å spørre", "gløymde å spørje", "skal sjekke", "må sjekke", "vi må høre med henne i morgen",
    "det spørs", "spørs", "ingen vet", "ingen veit det", "det snakket vi ikke om", "det spurte vi ikkje om",
    "det sa hun ikke noe om", "ho sa ikkje noko om", "nekta å svare", "hun nektet å svare", "she refused",
    "ikke noe svar", "ikkje noko svar", "det får vi ta senere", "ikke relevant å spørre nå",
])
@pytest.mark.parametrize("dialogue,key", [(FC, "feared_for_life"), (SM, "weapon_access"), (SM, "pets"),
                                          (FC, "escalated")])
def test_refusals_and_not_asked_are_null(dialogue, key, text):
    p = read(dialogue, key, f" {parse.norm(text).strip()} ")
    assert p.ok and p.value in parse.UNANSWERED


@pytest.mark.parametrize("dialogue,key,text,expected", [
    (SM, "stalking_or_surveillance", "han sjekker telefonen hennes hele tiden", True),
    (SM, "weapon_access", "ingen våpen", False),
    (FC, "feared_for_life", "nei, det har hun ikke", False),
    (FC, "police_aware", "nei, ingen har meldt det", False),
    (SM, "perpetrator_knows", "nei, ingen vet at hun er her", False),
])
def test_answers_near_the_new_refusals_read_as_before(dialogue, key, text, expected):
    p = read(dialogue, key, parse.norm(text))
    assert p.ok and p.value is expected


# --- her answer reported, an echoed yes ----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("hun sier nei", False), ("ho seier nei", False), ("she says no", False), ("hun svarte ja", True),
    ("det har det", True), ("ja det har det", True), ("det har det ikke", False), ("ne", False),
])
def test_reported_and_echoed_answers(text, expected):
    p = read(SM, "threats_to_kill", parse.norm(text))
    assert p.ok and p.value is expected


# --- «ikke nå, men før» -----------------------------------------------------------------------------

@pytest.mark.parametrize("dialogue,key", [(FC, "feared_for_life"), (FC, "police_aware"), (SM, "prior_reports"),
                                          (SM, "police_involved"), (SM, "threats_to_kill")])
@pytest.mark.parametrize("text", ["ikke nå, men før", "ikkje no, men før ja", "nei ikke lenger, men tidligere"])
def test_not_now_but_earlier_is_yes_to_a_question_about_ever(dialogue, key, text):
    p = read(dialogue, key, parse.norm(text))
    assert p.ok and p.value is True


@pytest.mark.parametrize("dialogue,key", [(SM, "escalation"), (FC, "children_with_perpetrator"),
                                          (SM, "perpetrator_has_animals")])
def test_not_now_but_earlier_is_no_yes_to_a_question_about_now(dialogue, key):
    p = read(dialogue, key, parse.norm("ikke nå, men før"))
    assert not (p.ok and p.value is True)


def test_not_now_but_earlier_to_acute_danger_is_no_danger():
    t = engine.handle(FC, FC_SLOT["acute_danger"], "ikke nå, men før", None, {})
    assert not has_112(t) and t.slots.get(FC_SLOT["acute_danger"]) is not True


# --- violence words ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("spytter på henne", {"fysisk"}), ("spytta på ho og kalla ho ting", {"fysisk", "psykisk"}),
    ("ørefik", {"fysisk"}), ("he chokes her and takes her money", {"fysisk", "okonomisk"}),
    ("har tatt passet hennes", {"psykisk"}),
])
def test_more_violence_words(text, expected):
    for dialogue in (FC, SM):
        p = read(dialogue, "violence_forms", parse.norm(text))
        assert p.ok and set(p.value) == expected


def test_a_passport_office_is_no_violence():
    p = read(SM, "violence_forms", parse.norm("slår henne, og hun må fornye passet"))
    assert p.ok and set(p.value) == {"fysisk"}


# --- who ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("mannen hun var gift med", ["eksmann"]), ("mannen ho var gift med", ["eksmann"]),
    ("kona han var gift med", ["ekskone"]), ("mannen hun er gift med", ["ektemann"]),
])
def test_a_past_marriage_is_a_former_partner(text, expected):
    p = read(FC, "perpetrator_relation", parse.norm(text))
    assert p.ok and p.value == expected


@pytest.mark.parametrize("text,feared,expected", [
    ("han", ["ektemann"], ["ektemann"]), ("ho", ["mor"], ["mor"]), ("han", ["partner"], ["partner"]),
    ("begge", ["far", "bror"], ["far", "bror"]), ("begge to", ["far", "bror"], ["far", "bror"]),
    ("alle tre", ["far", "bror", "storfamilie"], ["far", "bror", "storfamilie"]),
    ("det same", ["eks"], ["eks"]), ("ja samme", ["eks"], ["eks"]),
])
def test_the_perpetrator_by_pronoun_or_all_of_them(text, feared, expected):
    p = read(SM, "perpetrators", parse.norm(text), feared_persons=feared)
    assert p.ok and p.value == expected


@pytest.mark.parametrize("text,feared", [("han", ["mor"]), ("hun", ["ektemann"]), ("begge", ["eks"]),
                                         ("han", ["far", "bror"])])
def test_a_pronoun_or_both_that_does_not_fit_is_not_copied(text, feared):
    p = read(SM, "perpetrators", parse.norm(text), feared_persons=feared)
    assert not (p.ok and p.value == feared)


@pytest.mark.parametrize("text,expected", [("to", True), ("tre stykker", True), ("2", True), ("several", True),
                                           ("én", False), ("bare han", False)])
def test_several_perpetrators_by_number(text, expected):
    p = read(SM, "several_perpetrators", parse.norm(text))
    assert p.ok and p.value is expected


# --- how the contact came, help, consent -----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("walk-in", "oppmote"), ("hun stod på trappa", "oppmote"),
    ("mora hennes fulgte henne hit", "annet"), ("ein ven køyrde ho hit", "annet"),
    ("hun kom selv, men en venninne kjørte henne", "oppmote"),
    ("legevakta fulgte henne hit", "brakt_av_annen_tjeneste"), ("politiet kjørte henne", "brakt_av_politiet"),
])
def test_contact_mode_family_and_the_doorstep(text, expected):
    p = read(FC, "contact_mode", parse.norm(text))
    assert p.ok and p.value == expected


@pytest.mark.parametrize("text", ["alt", "alt sammen", "everything"])
def test_all_help(text):
    p = read(FC, "help_needed", parse.norm(text))
    assert p.ok and set(p.value) == {"botilbud", "dagtilbud", "informasjon", "henvisning"}


def test_help_by_name_reads_as_before():
    p = read(FC, "help_needed", parse.norm("bo her og samtaler"))
    assert p.ok and set(p.value) == {"botilbud", "dagtilbud"}


@pytest.mark.parametrize("text,expected", [("vil dra til mora si", False), ("ho skal bu hos systera", False),
                                           ("hun vil hjem", True)])
def test_going_somewhere_else_is_not_home(text, expected):
    p = read(FC, "going_home", parse.norm(text))
    assert p.ok and p.value is expected


@pytest.mark.parametrize("text,form", [("ja skriftlig", "skriftlig"), ("ja, hun signerte skjemaet", "skriftlig"),
                                       ("hun skrev under", "skriftlig"), ("ja, muntlig", "muntlig"), ("ja", None)])
def test_consent_said_with_its_form_answers_the_form_too(text, form):
    t = engine.handle(FC, FC_SLOT["registration_consent"], text, None, {})
    assert t.slots.get(FC_SLOT["registration_consent"]) is True
    assert t.slots.get(FC_SLOT["consent_form"]) == form


# --- danger coming now ------------------------------------------------------------------------------

ECTE = {SM_SLOT["feared_persons"]: ["ektemann"], SM_SLOT["perpetrators"]: ["ektemann"]}


@pytest.mark.parametrize("key,text", [
    ("prior_reports", "nei. han står utafor døra no"),
    ("threats_to_kill", "ja, han sa han kommer for å drepe henne i kveld og er på vei"),
    ("why_afraid", "han er på vei hit med kniv"),
    ("pets", "nei, men mannen står utafor"),
])
def test_danger_coming_now_in_more_words_is_112(key, text):
    t = engine.handle(SM, SM_SLOT[key], text, None, ECTE)
    assert has_112(t)


def test_a_threat_to_come_now_before_anyone_is_named_is_112():
    t = engine.handle(FC, FC_SLOT["why_contact_now"], "han truer med å komme nå", None, {})
    assert has_112(t)


@pytest.mark.parametrize("key,text", [
    ("worst_fear", "at han står utafor døra en dag"),
    ("why_afraid", "han har stått utenfor huset før"),
    ("fear_if_going_home", "han kommer hit og tar henne"),
    ("pets", "nei, han kommer for å hente barna på lørdag"),
    ("escalation", "ja, han var på vei hit i går"),
])
def test_a_fear_or_another_time_is_no_alarm(key, text):
    t = engine.handle(SM, SM_SLOT[key], text, None, ECTE)
    assert not has_112(t)


@pytest.mark.parametrize("text,expected", [
    ("han står utafor", True), ("eksen kommer for å drepe henne", True), ("han venter utafør døra", True),
    ("han var utafor i går", False),
])
def test_coming_now_reads_spoken_outside(text, expected):
    assert coming_now(text) is expected


def test_looks_acute_reads_spoken_outside_with_a_weapon():
    assert looks_acute("han står utafor med kniv")


# --- found by the second sweep batch ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["ikke godt å vite", "orket ikke det spørsmålet", "sjekker med henne i morgen",
                                  "vi spør henne igjen senere"])
def test_more_ways_of_not_knowing_yet(text):
    p = read(FC, "escalated", parse.norm(text))
    assert p.ok and p.value in parse.UNANSWERED


def test_not_as_far_as_she_has_noticed_is_a_hedge():
    p = read(FC, "escalated", parse.norm("nei, ikke som hun har merket"))
    assert p.ok and p.unsure


@pytest.mark.parametrize("text,feared,expected", [
    ("nei, det vet hun ikke", ["ektemann"], parse.UNKNOWN),   # she (the person) does not know
    ("nei, han vet ikke", ["ektemann"], False),
    ("nei, det vet hun ikke", ["kone"], False),              # the perpetrator is «hun»
])
def test_a_leading_no_and_who_does_not_know(text, feared, expected):
    p = read(FC, "perpetrator_knows", parse.norm(text), perpetrator_relation=feared)
    assert p.ok and p.value == expected


def test_e_mail_split_by_the_normaliser_is_other():
    p = read(FC, "contact_mode", parse.norm("hun sendte e-post"))
    assert p.ok and p.value == "annet"


@pytest.mark.parametrize("text,expected", [("han har kniven med seg utenfor døra", True),
                                           ("kniven ligger i skuffen", False)])
def test_a_definite_weapon_word_counts(text, expected):
    assert looks_acute(text) is expected


@pytest.mark.parametrize("text,feared", [("sammen med samboeren", ["ektemann"]), ("med kjæresten", ["kone"]),
                                         ("med eksen", ["eksmann"])])
def test_another_word_for_the_same_kind_of_partner_is_asked_once(text, feared):
    p = read(SM, "living_situation", parse.norm(text), feared_persons=feared)
    assert p.ok and p.unsure  # maybe the same person, maybe not: asked back, never stored as «med andre»


@pytest.mark.parametrize("text,feared,expected", [("med eksen", ["ektemann"], "med_andre"),
                                                  ("med mannen", ["ektemann"], "med_utover"),
                                                  ("med samboeren", ["partner"], "med_utover")])
def test_partners_of_another_kind_or_the_same_word_read_as_before(text, feared, expected):
    p = read(SM, "living_situation", parse.norm(text), feared_persons=feared)
    assert p.ok and not p.unsure and p.value == expected
