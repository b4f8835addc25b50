"""Reading answers, round 4 (issue 14, item 2): the kinds of miss the third writer's batch (``*-h3-*``) showed
in its one run, each as a table of phrasings written for this test – bokmål, nynorsk, typos, varied word order –
not copied from the transcripts, so a fix is for the kind and not for the one sentence. Beside each table, the
counter-cases that must not change: refusals stay null, hedges are read back, danger on its way gets 112.
"""

from __future__ import annotations

import pytest

from bot.dialogue import engine, persons
from bot.dialogue.note import triage_record
from bot.dialogue.parse import DECLINED, SKIPPED, UNKNOWN, norm
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.conftest import UNSURE, read_answer

UNANSWERED = (UNKNOWN, DECLINED, SKIPPED)


def has_112(t):
    return any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in t.replies)


def is_unsure(value):
    return isinstance(value, tuple) and value[0] == UNSURE


# --- a former partner written with a hyphen is one former partner -----------------------------------

@pytest.mark.parametrize("text,codes", [
    ("eks-kjæresten", ["eks"]),
    ("eks-kjæresten til henne", ["eks"]),
    ("ex-kjæresten", ["eks"]),
    ("eks kjæresten", ["eks"]),
    ("ekskjæresten", ["eks"]),
    ("eks - kjæresten", ["eks"]),
    ("eks-kjærsten", ["eks"]),              # a slip
    ("eks-kjærasten", ["eks"]),             # nynorsk
    ("eks-kjæresten hennes", ["eksmann"]),  # her former boyfriend (the phrase carries a gender)
    ("eks-sambuaren", ["eks"]),
    ("eks-samboeren", ["eks"]),
    ("eks-partneren", ["eks"]),
    ("den forhenværende samboeren", ["eks"]),
    ("eks-kona hans", ["ekskone"]),
    ("ex-kona", ["ekskone"]),
    ("eks-kona", ["ekskone"]),
    ("eks-mannen", ["eksmann"]),
    ("ex-mannen hennes", ["eksmann"]),
    ("eks-typen", ["eksmann"]),
    ("Eks-Kjæresten!", ["eks"]),
])
def test_a_hyphenated_former_partner_is_one_person(text, codes):
    assert read_answer(SM, "sm_feared_persons", text) == codes
    assert read_answer(FC, "perpetrator_relation", text) == codes


@pytest.mark.parametrize("text,codes", [
    ("eksen og den nye kjæresten hans", ["eks", "annen"]),
    ("eks-mannen og broren hans", ["eksmann", "svigerfamilie"]),
    ("kjæresten", ["partner"]),
    ("eksen", ["eks"]),
    ("eks-kona og kjæresten hennes", ["ekskone", "annen"]),
    ("mannen og eks-kona hans", ["ektemann", "ekskone"]),
])
def test_two_people_with_a_former_partner_stay_two(text, codes):
    assert sorted(read_answer(SM, "sm_feared_persons", text)) == sorted(codes)


@pytest.mark.parametrize("text", ["eks-kjæresten", "eks-kona hans", "ex-samboeren", "eks-sambuaren hennar"])
def test_a_hyphenated_former_partner_is_no_several_perpetrators_and_no_current_partner(text):
    t = engine.handle(SM, "sm_perpetrators", text, None, {})
    assert t.slots.get("sm_several_perpetrators") is not True
    record = triage_record({"perpetrator_relation": read_answer(FC, "perpetrator_relation", text)})
    assert record["perpetrator_relations"] == ["tidligere_partner"]


# --- several perpetrators named with a plural family word ---------------------------------------------

@pytest.mark.parametrize("text", [
    "onkelen og fetterne",
    "fetterne hans",
    "onklene hennes",
    "onklane hennar",
    "fetrane",
    "tantene",
    "kusinene hennes",
    "sønnene hennes",
    "dei vaksne sønene",
    "svigerforeldrene",
    "svigerforeldra",
    "søsknene hans",
    "svogrene",
    "systrene",
    "brødrene og onklene",
    "vennene hans",
    "naboene",
    "barnebarna",
    "besteforeldrene",
    "gutta hans",
])
def test_a_plural_family_word_is_several_perpetrators(text):
    t = engine.handle(SM, "sm_perpetrators", text, None, {})
    assert t.slots.get("sm_several_perpetrators") is True
    assert persons.several(norm(text), read_answer(SM, "sm_perpetrators", text)) is True


@pytest.mark.parametrize("text", [
    "svigermora", "svigerfaren", "svigersønnen", "søskenbarnet hennes", "tanta", "onkelen", "sonen", "fetteren hans",
    "kusina", "mora hennes", "eks-kjæresten", "søstera",
])
def test_one_person_is_not_several(text):
    assert persons.several(norm(text), read_answer(SM, "sm_perpetrators", text)) is None
    t = engine.handle(SM, "sm_perpetrators", text, None, {})
    assert t.slots.get("sm_several_perpetrators") is not True


@pytest.mark.parametrize("text,value", [
    ("bare mora", False),
    ("bare moren", False),
    ("berre sonen hennar", False),
    ("kun eksen", False),
    ("bare den voksne sønnen", False),
    ("bare svigermora", False),
    ("det er bare faren", False),
    ("kun broren hans", False),
    ("bare kona", False),
    ("berre mora", False),
    ("bare én person", False),
    ("ein person", False),
    ("nei, bare han", False),
    ("only her mother", False),
    ("onkelen og fetterne", True),
    ("mora og systera", True),
    ("faren og onkelen", True),
    ("bare brødrene", True),
    ("bare foreldrene", True),
    ("ja", True),
    ("nei", False),
])
def test_one_or_several_perpetrators(text, value):
    assert read_answer(SM, "sm_several_perpetrators", text) is value


@pytest.mark.parametrize("text", ["vet ikke", "det vil hun ikke si", "ho veit ikkje", "ingen anelse", "hopp over"])
def test_one_or_several_unknown_stays_unknown(text):
    assert read_answer(SM, "sm_several_perpetrators", text) in UNANSWERED


# --- honour named in other words ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "de slår henne fordi hun har vanæret familien",
    "faren slår henne fordi hun har skjemt ut familien",
    "ho har skjemt ut slekta, seier dei",
    "dei slo ho fordi ho hadde vanæra familien",
    "de sier hun har brakt skam over familien",
    "hun er en skam for familien, sier brødrene",
    "de straffer ham for skammen han har påført dem",
    "for å redde familiens rykte",
    "det handler om familiens gode navn",
    "brødrene sier at hun må gjenopprette familiens ære",
    "æra til familien",
    "they beat her because she dishonoured the family",
])
def test_honour_in_other_words_is_honour_related(text):
    assert "aeresrelatert" in read_answer(SM, "sm_violence_forms", text)
    assert "aeresrelatert" in read_answer(FC, "violence_forms", text)


@pytest.mark.parametrize("text,forms", [
    ("de slår henne fordi hun har skjemt ut familien, og vil tvinge henne til å gifte seg",
     ["fysisk", "aeresrelatert", "tvangsekteskap"]),
    ("faren slår henne fordi hun har vanæret familien, og de vil gifte henne bort mot hennes vilje",
     ["fysisk", "aeresrelatert", "tvangsekteskap"]),
])
def test_honour_beside_other_forms(text, forms):
    assert sorted(read_answer(SM, "sm_violence_forms", text)) == sorted(forms)


@pytest.mark.parametrize("text", [
    "kjæresten slår henne",
    "han skammer seg etterpå, men slår igjen",
    "han kaller henne skamløs",
    "kjærasten slo ho",
])
def test_no_honour_where_none_is_named(text):
    assert "aeresrelatert" not in (read_answer(SM, "sm_violence_forms", text) or [])


# --- running someone down is psychological violence --------------------------------------------------

@pytest.mark.parametrize("text", [
    "han sier at hun er verdiløs",
    "han klyper og slår og sier at hun er verdiløs",
    "sier hun er ubrukelig",
    "ho seier han er ein taper",
    "han seier ho er ingenting verdt",
    "hun sier til ham at han er dum og stygg",
    "han kallar ho stygge ting",
    "kalte henne hore",
    "han latterliggjør henne foran andre",
    "hun håner ham hele tiden",
    "han rakker ned på henne",
])
def test_running_down_is_psychological(text):
    assert "psykisk" in read_answer(SM, "sm_violence_forms", text)


@pytest.mark.parametrize("text", [
    "han slår henne og sier etterpå at han er lei seg",
    "han sier at han er sliten",
])
def test_what_the_perpetrator_says_of_himself_is_no_running_down(text):
    assert "psykisk" not in (read_answer(SM, "sm_violence_forms", text) or [])


# --- a keyboard without æ, ø, å -----------------------------------------------------------------------

@pytest.mark.parametrize("text,forms", [
    ("slar og truer henne, tar bankortet hennes", ["fysisk", "psykisk", "okonomisk"]),
    ("han slar henne", ["fysisk"]),
    ("han odelegger tingene hennes", ["materiell"]),
    ("okonomisk kontroll", ["okonomisk"]),
    ("han tar bankkortet", ["okonomisk"]),
])
def test_violence_forms_typed_without_norwegian_letters(text, forms):
    assert sorted(read_answer(FC, "violence_forms", text)) == sorted(forms)


@pytest.mark.parametrize("text,codes", [
    ("kjaeresten", ["partner"]),
    ("brodrene", ["bror"]),
    ("sonnen hennes", ["sonn"]),
])
def test_people_typed_without_norwegian_letters(text, codes):
    assert read_answer(SM, "sm_feared_persons", text) == codes


# --- who she/he is with: control over friends --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "hvem han var sammen med",
    "de sjekket telefonen hans og hvem han var sammen med",
    "kven ho var saman med",
    "hvem hun snakker med",
    "hvem hun treffer",
    "kven ho møter",
    "hvem hun gikk ut med",
    "hvem hun ringer til",
    "hun får ikke ha venner",
    "vennene hennes",
    "kompisene hans",
])
def test_control_over_whom_she_sees_is_friends(text):
    assert "venner" in read_answer(SM, "sm_hr_control", text)


def test_control_over_the_phone_alone_is_not_friends():
    assert read_answer(SM, "sm_hr_control", "de sjekker telefonen hennes") == ["telefon"]


# --- «nobody told the police» is an answer to «does the police know?», not a refusal ---------------

@pytest.mark.parametrize("slot,text", [
    ("police_aware", "nei, hun har ikke sagt noe om det til politiet"),
    ("police_aware", "nei, hun har ikke fortalt det til politiet"),
    ("police_aware", "hun har ikke fortalt politiet noe"),
    ("police_aware", "nei, ho har ikkje sagt noko om det til politiet"),
    ("police_aware", "nei, hun har ikke sagt ifra til politiet"),
    ("police_aware", "nei, hun har aldri fortalt noen om det"),
    ("sm_police_aware", "nei, ho har ikkje fortalt politiet om det"),
    ("sm_police_aware", "nei hun har ikke nevnt det for politiet"),
    ("sm_police_involved", "nei, hun har aldri sagt ifra til politiet"),
    ("sm_perpetrator_knows", "nei, hun har ikke sagt det til ham"),
    ("perpetrator_knows", "nei, ho har ikkje fortalt han det"),
    ("sm_hr_family_knows", "nei, ho har ikkje fortalt nokon i familien"),
    ("sm_hr_family_knows", "nei, hun har ikke sagt noe til foreldrene"),
])
def test_not_told_someone_else_is_no(slot, text):
    dialogue = FC if slot in FC.by_slot else SM
    assert read_answer(dialogue, slot, text) is False


@pytest.mark.parametrize("slot,text", [
    ("police_aware", "hun har ikke sagt noe om det"),
    ("police_aware", "hun har ikke sagt noe om det til oss"),
    ("police_aware", "nei, men det vil hun ikke snakke om"),
    ("police_aware", "hun vil ikke si noe om det til meg"),
    ("police_aware", "ho vil ikkje seie noko om det"),
    ("police_aware", "det vil hun ikke svare på"),
    ("police_aware", "hun vil ikke fortelle noe om politiet"),
    ("sm_threats_to_kill", "hun har ikke fortalt det til politiet"),   # not a question about who knows
    ("sm_threats_to_kill", "hun har ikke sagt noe om det"),
    ("sm_weapon_access", "ho har ikkje sagt noko om det"),
])
def test_refusals_stay_unknown(slot, text):
    dialogue = FC if slot in FC.by_slot else SM
    assert read_answer(dialogue, slot, text) in UNANSWERED


# --- a plain answer followed by a reason is that answer --------------------------------------------------

@pytest.mark.parametrize("slot,text,value", [
    ("perpetrator_knows", "nei, hun regner med at han er på jobb", False),
    ("perpetrator_knows", "nei, ho reknar med at han er på jobb", False),
    ("perpetrator_knows", "nei, han tror hun er på hytta", False),
    ("perpetrator_knows", "nei, han trur ho er hjå syster si", False),
    ("perpetrator_knows", "nei, hun antar han sitter på puben", False),
    ("perpetrator_knows", "nei, ho reknar med at han er offshore", False),
    ("perpetrator_knows", "nei, hun regner med at mannen er på reise", False),
    ("sm_perpetrator_knows", "nei, hun mener han er på jobb til sent", False),
    ("sm_perpetrator_knows", "ja, hun regner med at han fulgte etter henne hit", True),
    ("sm_substance_use", "ja, han ruser seg på alt mulig", True),
    ("sm_substance_use", "ja, alt mulig, hasj og piller", True),
    ("sm_substance_use", "ja, han tar alt som er mulig å få tak i", True),
    ("sm_substance_use", "ja, han drikk så mykje som mogleg", True),
    ("sm_escalation", "ja, hun mener det har blitt verre", True),
    ("sm_threats_to_kill", "nei, hun tror han er for feig", False),
    ("acute_danger_now", "nei, ho trur han er offshore", False),   # the belief says the same as the no
])
def test_a_plain_answer_then_a_reason(slot, text, value):
    dialogue = FC if slot in FC.by_slot else SM
    assert read_answer(dialogue, slot, text, sm_feared_persons=["ektemann"], perpetrator_relation=["ektemann"]) is value


@pytest.mark.parametrize("slot,text", [
    ("perpetrator_knows", "nei, hun regner med at han vet det"),
    ("perpetrator_knows", "nei, tror jeg"),
    ("perpetrator_knows", "ja, tror jeg"),
    ("perpetrator_knows", "hun regner med at han er på jobb"),      # no plain answer before the belief
    ("perpetrator_knows", "kanskje, hun tror han er på jobb"),
    ("perpetrator_knows", "nei, hun tror ikke han vet"),
    ("perpetrator_knows", "nei, men hun tror han har funnet det ut"),
    ("police_aware", "nei, hun regner med at han vet det"),
    ("sm_substance_use", "mulig"),
    ("sm_substance_use", "det er mulig"),
    ("sm_substance_use", "muligens"),
    ("sm_substance_use", "kanskje"),
    ("sm_weapon_access", "nei, hun tror han har solgt geværet"),    # the belief is about the weapon
    ("sm_weapon_access", "ho reknar med det"),
])
def test_doubt_is_still_read_back(slot, text):
    dialogue = FC if slot in FC.by_slot else SM
    assert is_unsure(read_answer(dialogue, slot, text, sm_feared_persons=["ektemann"],
                                 perpetrator_relation=["ektemann"]))


@pytest.mark.parametrize("text", [
    "ikke nå, men han er på vei",
    "ikkje no, men han er på veg hit",
    "nei, men han er på vei hit nå",
    "nei, hun regner med at han er på jobb, men broren står utenfor nå",
])
def test_danger_on_its_way_still_gets_112(text):
    t = engine.handle(FC, "acute_danger_now", text, None, {})
    assert has_112(t) and t.slots["acute_danger_now"] is True


@pytest.mark.parametrize("text", [
    "nei, hun regner med at han er på jobb",
    "nei, ho trur han er offshore",
    "nei, han sitter i varetekt",
])
def test_a_reason_for_no_danger_is_no_alarm(text):
    t = engine.handle(FC, "acute_danger_now", text, None, {})
    assert not has_112(t) and t.slots["acute_danger_now"] is False


# --- «has she/he pets?»: someone else's animal ---------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("nei, men samboeren har en katt", False),
    ("nei, men mannen hennes har to hunder", False),
    ("nei, men eksen har en hest", False),
    ("nei men sambuaren har ein hund", False),
    ("nei, men ho har ein katt heime", True),       # she has one after all
    ("nei, men eksen har hunden hennes", True),     # hers, at his place
    ("nei men eksen har hunden deres", True),       # theirs
    ("nei, men barna har en kanin", True),          # the household's
    ("ja, en hund", True),
    ("hunden og katten", True),
    ("nei", False),
    ("ingen dyr", False),
])
def test_pets_read_against_whose_animal(text, value):
    assert read_answer(SM, "sm_pets", text) is value


@pytest.mark.parametrize("text,value", [
    ("nei, men søstera har vært på krisesenter", False),
    ("nei, men hun har vært her før", True),
])
def test_shelter_before_read_against_who(text, value):
    assert read_answer(SM, "sm_previous_shelter", text) is value


# --- living with a child named by age ---------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("hun bor med den eldste", "med_andre"),
    ("ho bur med dei minste", "med_andre"),
    ("med babyen", "med_andre"),
    ("med jenta", "med_andre"),
    ("bor sammen med den yngste", "med_andre"),
    ("med tvillingane", "med_andre"),
    ("med han", "med_utover"),
    ("alene", "alene"),
])
def test_living_with_a_child_named_by_age(text, value):
    assert read_answer(SM, "sm_living_situation", text, sm_feared_persons=["ektemann"]) == value


# --- children: a count before a dash, and a plain yes beside an unclear pronoun ----------------------

@pytest.mark.parametrize("text,count", [
    ("tre – de to minste er her med henne, den eldste er hos barnefaren", 3),
    ("to. begge er hos mormor", 2),
    ("fire: to hjemme hos han og to her", 4),
    ("2 - begge her", 2),
    ("tre — alle hos mora mi", 3),
])
def test_a_count_before_a_dash(text, count):
    assert read_answer(FC, "children_count", text, perpetrator_relation=["barnefar"]) == count


def test_a_count_with_where_they_are_answers_both():
    t = engine.handle(FC, "children_count", "tre – de to minste er her med henne, den eldste er hos barnefaren", None,
                      {"perpetrator_relation": ["barnefar"]})
    assert t.slots["children_count"] == 3 and t.slots["children_with_perpetrator"] is True


@pytest.mark.parametrize("text,value", [
    ("ja begge er hjemme hos han", True),
    ("ja, dei er hjå han", True),
    ("ja, de er hos faren", True),
    ("nei, de er hos faren", False),
    ("nei, dei er hjå far sin", False),
])
def test_a_plain_answer_decides_when_the_person_named_is_unclear(text, value):
    assert read_answer(FC, "children_with_perpetrator", text, perpetrator_relation=["partner"]) is value


@pytest.mark.parametrize("text", ["de er hos faren", "hos han", "dei er hjå faren sin"])
def test_without_a_plain_answer_an_unclear_person_is_asked(text):
    assert is_unsure(read_answer(FC, "children_with_perpetrator", text, perpetrator_relation=["partner"]))


def test_a_plain_no_that_names_the_perpetrator_is_read_back():
    assert is_unsure(read_answer(FC, "children_with_perpetrator", "nei, de er med moren", perpetrator_relation=["mor"]))


# --- «nothing given yet» to the information checklist -------------------------------------------------

@pytest.mark.parametrize("text,codes", [
    ("fikk ikke gitt noe, det gikk for fort", []),
    ("har ikkje gått gjennom noko enno", []),
    ("vi har ikke gitt noe info ennå", []),
    ("ingen ennå", []),
    ("taushetsplikt, men har ikke nevnt barnevernet", ["taushetsplikt"]),
    ("taushetsplikten, men fikk ikke sagt noe om politiet", ["taushetsplikt"]),
    ("tilbudet, men ikke taushetsplikten", ["tilbudet"]),
    ("tilbodet og teieplikta, men fekk ikkje sagt noko om at det er gratis", ["tilbudet", "taushetsplikt"]),
])
def test_information_given_nothing_or_all_but(text, codes):
    assert read_answer(FC, "information_given", text) == codes
