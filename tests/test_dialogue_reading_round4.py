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


# --- ~330 everyday answers invented for this round (a writer's phrasings, not the parser's), each with how it
# must be read: refusals and not knowing with «ikke/ingen/ingenting» (null), hedges (read back), «men» turns,
# nynorsk, several perpetrators in family words, where the children are against who the perpetrator is ---

NULL, ALARM, QUIET = "null", True, False
INVENTED = [
    # refusals and unknowns containing ikke / ingen / ingenting
    ('sm_threats_to_kill', 'hun ville ikke gå inn på det', {}, NULL, QUIET),
    ('sm_threats_to_kill', 'ingenting hun ville fortelle om', {}, NULL, QUIET),
    ('sm_threats_to_kill', 'ingen kommentar fra henne på det', {}, NULL, QUIET),
    ('sm_threats_to_kill', 'det har vi ikke snakket om', {}, NULL, QUIET),
    ('sm_threats_to_kill', 'ho har ikkje nemnt noko slikt', {}, NULL, QUIET),
    ('sm_strangulation', 'det ønsket hun ikke å svare på', {}, NULL, QUIET),
    ('sm_strangulation', 'hun klarte ikke å snakke om det i dag', {}, NULL, QUIET),
    ('sm_strangulation', 'ikke noe hun ville ta opp nå', {}, NULL, QUIET),
    ('sm_strangulation', 'veit ikkje, ho vart berre stille', {}, NULL, QUIET),
    ('sm_sexual_violence', 'hun ble helt stille, ville ikke svare', {}, NULL, QUIET),
    ('sm_sexual_violence', 'det er ikke noe hun vil snakke om med oss', {}, NULL, QUIET),
    ('sm_sexual_violence', 'ingen svar på det', {}, NULL, QUIET),
    ('sm_sexual_violence', 'ho ville ikkje svare på det spørsmålet', {}, NULL, QUIET),
    ('sm_weapon_access', 'aner ikke', {}, NULL, QUIET),
    ('sm_weapon_access', 'hun vet ikke om han har noe', {}, NULL, QUIET),
    ('sm_weapon_access', 'ingen aning om det', {}, NULL, QUIET),
    ('sm_weapon_access', 'ikke godt å si', {}, NULL, QUIET),
    ('sm_weapon_access', 'det har eg ikkje fått spurt om', {}, NULL, QUIET),
    ('sm_stalking', 'vet ikke helt, hun var usikker', {}, NULL, QUIET),
    ('sm_stalking', 'hun har ingen formening om det', {}, NULL, QUIET),
    ('sm_recent_separation', 'det fikk vi ikke snakket om', {}, NULL, QUIET),
    ('sm_recent_separation', 'hun ville ikke si noe om forholdet', {}, NULL, QUIET),
    ('sm_escalation', 'ikke sikker', {}, NULL, QUIET),
    ('sm_escalation', 'hun klarer ikke å si det', {}, NULL, QUIET),
    ('sm_escalation', 'vanskelig å si, det går i bølger', {}, NULL, QUIET),
    ('sm_feared_for_life', 'hun svarte ikke på det', {}, NULL, QUIET),
    ('sm_feared_for_life', 'ho ville ikkje seie noko om det', {}, NULL, QUIET),
    ('sm_prior_reports', 'ingen av oss vet det', {}, NULL, QUIET),
    ('sm_prior_reports', 'det vet hun ingenting om', {}, NULL, QUIET),
    ('sm_breached_order', 'hun har ikke peiling', {}, NULL, QUIET),
    ('sm_mental_health', 'hun vil ikke snakke stygt om ham', {}, NULL, QUIET),
    ('sm_substance_use', 'vet ikke, hun har aldri sett ham full men er usikker', {}, NULL, QUIET),
    ('escalated', 'hun orket ikke mer prat om det', {}, NULL, QUIET),
    ('police_aware', 'hun husker ikke om naboen ringte', {}, NULL, QUIET),
    ('children_with_perpetrator', 'det vil hun ikke si noe om', {}, NULL, QUIET),
    ('feared_for_life', 'ikke noe hun ville svare på', {}, NULL, QUIET),
    ('going_home', 'hun har ikke bestemt seg', {}, NULL, QUIET),
    # real no answers with ikke / ingen / aldri
    ('sm_threats_to_kill', 'nei, aldri', {}, False, QUIET),
    ('sm_threats_to_kill', 'han har aldri truet med det', {}, False, QUIET),
    ('sm_threats_to_kill', 'ingen trusler om å drepe', {}, False, QUIET),
    ('sm_strangulation', 'nei, det har aldri skjedd', {}, False, QUIET),
    ('sm_strangulation', 'aldri kvelertak', {}, False, QUIET),
    ('sm_weapon_access', 'ingen våpen i huset', {}, False, QUIET),
    ('sm_weapon_access', 'nei, han har ikke noe våpen', {}, False, QUIET),
    ('sm_weapon_access', 'ingen våpen som hun vet om', {}, UNSURE, QUIET),
    ('sm_sexual_violence', 'nei, ikke det', {}, False, QUIET),
    ('sm_stalking', 'nei, han lar henne være i fred', {}, False, QUIET),
    ('sm_stalking', 'nei, ikkje noko slikt', {}, False, QUIET),
    ('sm_breached_order', 'det finnes ikke noe besøksforbud', {}, False, QUIET),
    ('sm_breached_order', 'nei, det er ikke noe forbud', {}, False, QUIET),
    ('sm_prior_reports', 'nei, han har rent rulleblad', {}, False, QUIET),
    ('sm_substance_use', 'nei, han drikker ikke', {}, False, QUIET),
    ('sm_substance_use', 'aldri, han er edru', {}, False, QUIET),
    ('sm_mental_health', 'nei, ikke som hun vet', {}, UNSURE, QUIET),
    ('sm_family_support', 'nei, familien hennes er på hennes side', {}, False, QUIET),
    ('sm_family_support', 'ingen i familien støtter det', {}, False, QUIET),
    ('acute_danger_now', 'nei, ingen akutt fare', {}, False, QUIET),
    ('acute_danger_now', 'nei', {}, False, QUIET),
    ('acute_danger_now', 'ikke akkurat nå, han er på jobb', {}, False, QUIET),
    ('interpreter_needed', 'nei, hun snakker godt norsk', {}, False, QUIET),
    ('interpreter_needed', 'ikke nødvendig', {}, False, QUIET),
    # hedges
    ('sm_escalation', 'tror det', {}, UNSURE, QUIET),
    ('sm_escalation', 'sannsynligvis', {}, UNSURE, QUIET),
    ('sm_escalation', 'det virker sånn', {}, UNSURE, QUIET),
    ('sm_escalation', 'kanskje litt', {}, UNSURE, QUIET),
    ('sm_threats_to_kill', 'tror ikke det', {}, UNSURE, QUIET),
    ('sm_threats_to_kill', 'ikkje som ho veit', {}, UNSURE, QUIET),
    ('sm_weapon_access', 'han har nok en kniv eller to', {}, UNSURE, QUIET),
    ('sm_weapon_access', 'trur det, han jaktar', {}, UNSURE, QUIET),
    ('sm_stalking', 'kanskje, hun har sett bilen hans utenfor noen ganger', {}, UNSURE, QUIET),
    ('sm_substance_use', 'ja, tror jeg', {}, UNSURE, QUIET),
    ('sm_mental_health', 'han er nok deprimert', {}, UNSURE, QUIET),
    ('feared_for_life', 'jeg tror det', {}, UNSURE, QUIET),
    ('perpetrator_knows', 'han har sikkert skjønt det', {}, UNSURE, QUIET),
    ('police_aware', 'neppe', {}, UNSURE, QUIET),
    # men-turns
    ('sm_children_exposed', 'nei, men de har hørt alt gjennom veggen', {}, True, QUIET),
    ('sm_children_exposed', 'nei men dei har sett blåmerka hennar', {}, True, QUIET),
    ('sm_children_exposed', 'ikke sett, men hørt', {}, True, QUIET),
    ('sm_children_exposed', 'nei, men de var i huset da det skjedde', {}, True, QUIET),
    ('sm_threats_to_kill', 'ikke direkte, men han har sagt at hun skal få svi', {}, UNSURE, QUIET),
    ('sm_threats_to_kill', 'nei, men han har truet med å ta livet av seg selv', {}, True, QUIET),
    ('sm_strangulation', 'nei, men han har tatt henne rundt halsen én gang', {}, True, QUIET),
    ('sm_escalation', 'nei, men det er like ille som før', {}, False, QUIET),
    ('sm_police_involved', 'nei, men naboen har ringt politiet en gang', {}, True, QUIET),
    ('sm_substance_use', 'ja, men ikke alltid', {}, True, QUIET),
    ('acute_danger_now', 'nei, men han sa han kommer i kveld', {}, True, ALARM),
    ('acute_danger_now', 'ikke nå, men han er på vei hit', {}, True, ALARM),
    ('acute_danger_now', 'nei, men han har sagt at han skal drepe henne', {}, False, QUIET),
    ('acute_danger_now', 'nei men han står utenfor nå', {}, True, ALARM),
    ('acute_danger_now', 'ikkje no, men han kjem snart', {}, True, ALARM),
    # nynorsk
    ('sm_escalation', 'ja, det har vorte mykje verre', {}, True, QUIET),
    ('sm_escalation', 'nei, det er omtrent som før', {}, False, QUIET),
    ('sm_threats_to_kill', 'ja, han har truga med å drepe ho fleire gonger', {}, True, QUIET),
    ('sm_strangulation', 'ja, han tok ho kvelartak i fjor', {}, True, QUIET),
    ('sm_weapon_access', 'ja, han har hagle til jakt', {}, True, QUIET),
    ('sm_stalking', 'ja, han følgjer etter ho', {}, True, QUIET),
    ('sm_recent_separation', 'ja, ho flytta ut for ei veke sidan', {}, True, QUIET),
    ('sm_pets', 'ja, ho har ein hund', {}, True, QUIET),
    ('sm_pets', 'nei, ingen dyr', {}, False, QUIET),
    ('sm_feared_for_life', 'ja, ho trudde ho skulle døy', {}, True, QUIET),
    ('sm_hr_travel_abroad', 'ja, dei skal til heimlandet i sommar', {}, True, QUIET),
    ('sm_hr_family_knows', 'nei, dei veit ingenting', {}, False, QUIET),
    ('sm_hr_punishment', 'ja, ho vert slått om ho kjem seint heim', {}, True, QUIET),
    ('sm_hr_forced_marriage', 'ja, ho er redd dei tvingar ho', {}, True, QUIET),
    ('sm_hr_marriage_planned', 'nei, ikkje som ho veit om', {}, UNSURE, QUIET),
    ('sm_previous_shelter', 'nei, det er fyrste gong', {}, False, QUIET),
    # several perpetrators in family words
    ('sm_feared_persons', 'faren og onklane hennar', {}, ['far', 'storfamilie'], QUIET),
    ('sm_feared_persons', 'mora og stefaren', {}, ['far', 'mor'], QUIET),
    ('sm_feared_persons', 'svigerforeldrene', {}, ['svigerfamilie'], QUIET),
    ('sm_feared_persons', 'brørne hennar', {}, ['bror'], QUIET),
    ('sm_feared_persons', 'hele familien hans', {}, ['storfamilie'], QUIET),
    ('sm_feared_persons', 'eksmannen og familien hans', {}, ['eksmann', 'svigerfamilie'], QUIET),
    ('sm_feared_persons', 'storebroren og fetteren', {}, ['bror', 'storfamilie'], QUIET),
    ('sm_feared_persons', 'dei to eldste sønene hennar', {}, ['sonn'], QUIET),
    ('sm_feared_persons', 'foreldra', {}, ['far', 'mor'], QUIET),
    ('sm_several_perpetrators', 'to, faren og broren', {}, True, QUIET),
    ('sm_several_perpetrators', 'hele slekta', {}, True, QUIET),
    ('sm_several_perpetrators', 'bare ham', {}, False, QUIET),
    ('sm_several_perpetrators', 'ein', {}, False, QUIET),
    ('sm_several_perpetrators', 'én', {}, False, QUIET),
    ('sm_several_perpetrators', 'flere, brødrene hjelper faren', {}, True, QUIET),
    ('sm_several_perpetrators', 'berre faren', {}, False, QUIET),
    ('sm_several_perpetrators', 'mest mannen, men svigermora er med', {}, True, QUIET),
    # children where, against who the perpetrator is
    ('sm_children_where', 'hos faren', {'sm_feared_persons': ['ektemann']}, ['hos_utover'], QUIET),
    ('sm_children_where', 'hos faren', {'sm_feared_persons': ['eks']}, UNSURE, QUIET),
    ('sm_children_where', 'hos mora mi', {'sm_feared_persons': ['ektemann']}, ['hos_andre'], QUIET),
    ('sm_children_where', 'de er med meg her', {'sm_feared_persons': ['ektemann']}, ['med_personen'], QUIET),
    ('sm_children_where', 'hos moren', {'sm_feared_persons': ['mor']}, ['hos_utover'], QUIET),
    ('sm_children_where', 'i barnehagen', {'sm_feared_persons': ['ektemann']}, ['hos_andre'], QUIET),
    ('sm_children_where', 'den minste er her, den eldste hos pappaen sin',
     {'sm_feared_persons': ['barnefar']}, ['med_personen', 'hos_utover'], QUIET),
    ('sm_children_where', 'hjemme med han', {'sm_feared_persons': ['kone']}, ['hos_andre'], QUIET),
    ('sm_children_where', 'hos bestemor', {'sm_feared_persons': ['far', 'bror']}, ['hos_andre'], QUIET),
    ('sm_children_where', 'borna er heime hjå faren sin', {'sm_feared_persons': ['ektemann']}, ['hos_utover'], QUIET),
    ('sm_children_where', 'hos søstera hennes', {'sm_feared_persons': ['ektemann']}, ['hos_andre'], QUIET),
    ('sm_children_with_perpetrator', 'nei, de er med henne', {'sm_feared_persons': ['ektemann']}, False, QUIET),
    ('sm_children_with_perpetrator', 'ja, den yngste', {'sm_feared_persons': ['ektemann']}, True, QUIET),
    ('sm_children_with_perpetrator', 'de er hos faren', {'sm_feared_persons': ['ektemann']}, True, QUIET),
    ('sm_children_with_perpetrator', 'de er hos faren', {'sm_feared_persons': ['far']}, True, QUIET),
    ('sm_children_with_perpetrator', 'dei er hjå mora', {'sm_feared_persons': ['ektemann']}, False, QUIET),
    ('sm_children_with_perpetrator', 'hos moren sin', {'sm_feared_persons': ['kone']}, True, QUIET),
    ('children_with_perpetrator', 'nei, de er på skolen', {'perpetrator_relation': ['ektemann']}, False, QUIET),
    ('children_with_perpetrator', 'ja, begge to', {'perpetrator_relation': ['ektemann']}, True, QUIET),
    ('children_with_perpetrator', 'vet ikke hvor de er', {'perpetrator_relation': ['ektemann']}, NULL, QUIET),
    ('children_with_perpetrator', 'de er hjemme med faren', {'perpetrator_relation': ['samboer']}, UNSURE, QUIET),
    ('children_with_perpetrator', 'med mora si', {'perpetrator_relation': ['kone']}, True, QUIET),
    ('children_count', 'to, men den eldste er voksen', {}, 2, QUIET),
    ('children_count', 'ingen barn', {}, 0, QUIET),
    ('children_count', 'hun har ikke barn', {}, 0, QUIET),
    ('children_count', 'vet ikke, hun ville ikke si', {}, NULL, QUIET),
    ('children_count', 'tre stykker', {}, 3, QUIET),
    ('children_count', 'ein gut og ei jente', {}, 2, QUIET),
    ('children_count', 'tvillinger', {}, 2, QUIET),
    ('children_count', 'hun er gravid, ingen barn ennå', {}, 0, QUIET),
    # first contact
    ('contact_mode', 'ho ringde i natt', {}, 'telefon', QUIET),
    ('contact_mode', 'hun kom inn døra selv', {}, 'oppmote', QUIET),
    ('contact_mode', 'politiet kjørte henne hit', {}, 'brakt_av_politiet', QUIET),
    ('contact_mode', 'legevakta sendte ho hit', {}, 'brakt_av_annen_tjeneste', QUIET),
    ('contact_mode', 'barnevernet fulgte henne', {}, 'brakt_av_annen_tjeneste', QUIET),
    ('contact_mode', 'vil ikke si', {}, NULL, QUIET),
    ('acute_danger_now', 'ja, han står utenfor døra', {}, True, ALARM),
    ('acute_danger_now', 'vet ikke, hun er redd han kommer', {}, NULL, QUIET),
    ('acute_danger_now', 'ho veit ikkje kvar han er', {}, NULL, QUIET),
    ('acute_danger_now', 'ikke nå, han sitter i fengsel', {}, False, QUIET),
    ('acute_danger_now', 'nei, hun er trygg her hos oss', {}, False, QUIET),
    ('interpreter_needed', 'ja, somali', {}, True, QUIET),
    ('interpreter_needed', 'trenger tolk på tigrinja', {}, True, QUIET),
    ('interpreter_needed', 'ho treng ikkje tolk', {}, False, QUIET),
    ('violence_forms', 'han har dytta ho og kalla ho stygge ting', {}, ['fysisk', 'psykisk'], QUIET),
    ('violence_forms', 'han tek alle pengane hennar', {}, ['okonomisk'], QUIET),
    ('violence_forms', 'kontrollerer hvem hun snakker med og leser meldingene', {}, ['psykisk', 'digital'], QUIET),
    ('violence_forms', 'han voldtok henne', {}, ['seksuell'], QUIET),
    ('violence_forms', 'han har knust møblene og truet henne', {}, ['materiell', 'psykisk'], QUIET),
    ('violence_forms', 'ingenting fysisk, men han truer hele tiden', {}, ['psykisk'], QUIET),
    ('violence_forms', 'ikke fysisk vold, men han kontrollerer alt', {}, ['psykisk'], QUIET),
    ('violence_forms', 'vil ikke si', {}, NULL, QUIET),
    ('violence_forms', 'hun ville ikke beskrive det', {}, NULL, QUIET),
    ('violence_forms', 'veit ikkje heilt, ho var vag', {}, NULL, QUIET),
    ('escalated', 'ja, mye verre etter at hun ble gravid', {}, True, QUIET),
    ('escalated', 'nei, det er som det alltid har vært', {}, False, QUIET),
    ('escalated', 'omtrent likt', {}, False, QUIET),
    ('escalated', 'ikke verre, men oftere', {}, True, QUIET),
    ('perpetrator_knows', 'nei, hun sa hun skulle til en venninne',
     {'perpetrator_relation': ['ektemann']}, False, QUIET),
    ('perpetrator_knows', 'han vet ikke at hun er her', {'perpetrator_relation': ['ektemann']}, False, QUIET),
    ('perpetrator_knows', 'ho veit ikkje om han veit', {'perpetrator_relation': ['ektemann']}, NULL, QUIET),
    ('perpetrator_knows', 'ja, han fant det ut i går', {'perpetrator_relation': ['ektemann']}, True, QUIET),
    ('perpetrator_knows', 'hun har ikke sagt noe til ham', {'perpetrator_relation': ['ektemann']}, False, QUIET),
    ('police_aware', 'ja, hun har anmeldt ham to ganger', {}, True, QUIET),
    ('police_aware', 'nei, aldri vært i kontakt med politiet', {}, False, QUIET),
    ('police_aware', 'politiet var der i fjor', {}, True, QUIET),
    ('police_aware', 'ikkje som eg veit', {}, UNSURE, QUIET),
    ('police_aware', 'ho har ikkje sagt noko om det', {}, NULL, QUIET),
    ('feared_for_life', 'ja, hun trodde hun skulle dø', {}, True, QUIET),
    ('feared_for_life', 'nei, ikke for livet', {}, False, QUIET),
    ('feared_for_life', 'ho har vore livredd', {}, True, QUIET),
    ('feared_for_life', 'hun sier nei, men jeg tror hun var det', {}, UNSURE, QUIET),
    ('going_home', 'nei, hun vil bli her', {}, False, QUIET),
    ('going_home', 'ja, hun vil hjem til barna', {}, True, QUIET),
    ('going_home', 'vet ikke ennå', {}, NULL, QUIET),
    ('going_home', 'hun vil ikke hjem', {}, False, QUIET),
    ('going_home', 'ho vil ikkje', {}, False, QUIET),
    ('going_home', 'kanskje i morgen', {}, UNSURE, QUIET),
    ('registration_consent', 'ja, det er greit for henne', {}, True, QUIET),
    ('registration_consent', 'nei, hun vil ikke at noe skrives ned', {}, False, QUIET),
    ('registration_consent', 'har ikke spurt ennå', {}, NULL, QUIET),
    ('help_needed', 'et sted å bo i natt og noen å snakke med', {}, ['botilbud', 'dagtilbud'], QUIET),
    ('help_needed', 'hun vil bare ha informasjon', {}, ['informasjon'], QUIET),
    ('help_needed', 'vet ikke, hun er forvirret', {}, NULL, QUIET),
    # mapping extras
    ('sm_living_situation', 'hun bor med ham og barna', {'sm_feared_persons': ['ektemann']}, 'med_utover', QUIET),
    ('sm_living_situation', 'med foreldra sine', {'sm_feared_persons': ['ektemann']}, 'med_andre', QUIET),
    ('sm_living_situation', 'hos søstera si nå', {'sm_feared_persons': ['ektemann']}, 'med_andre', QUIET),
    ('sm_living_situation', 'ho bur åleine med borna', {'sm_feared_persons': ['ektemann']}, 'med_andre', QUIET),
    ('sm_living_situation', 'med faren og brødrene', {'sm_feared_persons': ['far', 'bror']}, 'med_utover', QUIET),
    ('sm_living_situation', 'med mamma', {'sm_feared_persons': ['far', 'bror']}, 'med_andre', QUIET),
    ('sm_living_situation', 'vil ikke si hvor hun bor', {'sm_feared_persons': ['ektemann']}, NULL, QUIET),
    ('sm_living_situation', 'hun bor alene, men han har nøkkel', {'sm_feared_persons': ['ektemann']}, 'alene', QUIET),
    ('sm_perpetrators', 'samme som over', {'sm_feared_persons': ['ektemann']}, ['ektemann'], QUIET),
    ('sm_perpetrators', 'de samme', {'sm_feared_persons': ['far', 'bror']}, ['far', 'bror'], QUIET),
    ('sm_perpetrators', 'mannen, og noen ganger svigermora',
     {'sm_feared_persons': ['ektemann']}, ['ektemann', 'svigerfamilie'], QUIET),
    ('sm_perpetrators', 'vil ikke si hvem', {'sm_feared_persons': ['ektemann']}, NULL, QUIET),
    ('sm_violence_setting', 'bare hjemme', {}, 'bare_privat', QUIET),
    ('sm_violence_setting', 'også ute blant folk', {}, 'ogsa_med_andre', QUIET),
    ('sm_violence_setting', 'mest hjemme, men en gang på butikken', {}, 'ogsa_med_andre', QUIET),
    ('sm_violence_setting', 'vet ikke', {}, NULL, QUIET),
    ('sm_perpetrator_animals', 'ja, han har hunden', {}, True, QUIET),
    ('sm_perpetrator_animals', 'nei, ingen dyr hos ham', {}, False, QUIET),
    ('sm_mental_health', 'ja, han har bipolar lidelse', {}, True, QUIET),
    ('sm_mental_health', 'nei, han er frisk', {}, False, QUIET),
    ('sm_substance_use', 'han drikker alltid før han slår', {}, True, QUIET),
    ('sm_substance_use', 'nei, han er edru når det skjer', {}, False, QUIET),
    ('sm_substance_use', 'av og til, men ikke alltid', {}, True, QUIET),
    ('sm_family_support', 'ja, moren hans sier hun må tåle det', {}, True, QUIET),
    ('sm_family_support', 'nei, det er bare han', {}, False, QUIET),
    ('sm_family_support', 'vet ikke, hun har lite kontakt med familien', {}, NULL, QUIET),
    ('sm_honour_related', 'nei, det handler ikke om ære', {}, False, QUIET),
    ('sm_honour_related', 'ja, familien mener hun har vanæret dem', {}, True, QUIET),
    ('sm_honour_related', 'usikker', {}, NULL, QUIET),
    ('sm_honour_related', 'kanskje, de er veldig opptatt av hva andre tenker', {}, UNSURE, QUIET),
    ('sm_hr_ran_away', 'hun rømte hjemmefra i natt', {}, 'romt', QUIET),
    ('sm_hr_ran_away', 'de kastet henne ut', {}, 'kastet_ut', QUIET),
    ('sm_hr_ran_away', 'ingen av delene', {}, 'ingen', QUIET),
    ('sm_hr_ran_away', 'ho stakk av frå skulen', {}, 'romt', QUIET),
    ('sm_hr_control', 'telefonen og pengene', {}, ['telefon', 'penger'], QUIET),
    ('sm_hr_control', 'alt', {}, ['telefon', 'penger', 'bevegelse', 'venner', 'fritid', 'klaer', 'skole'], QUIET),
    ('sm_hr_control', 'ingenting', {}, [], QUIET),
    ('sm_hr_control', 'hva hun har på seg og hvem hun er med', {}, ['klaer', 'venner'], QUIET),
    ('sm_hr_control', 'ho får ikkje gå ut åleine', {}, ['bevegelse'], QUIET),
    ('sm_hr_control', 'vil ikke si', {}, NULL, QUIET),
    ('sm_hr_travel_abroad', 'nei, ingen planer om reise', {}, False, QUIET),
    ('sm_hr_travel_abroad', 'hun har hørt at de skal til hjemlandet', {}, True, QUIET),
    ('sm_hr_travel_abroad', 'vet ikke, passet hennes er borte', {}, NULL, QUIET),
    ('sm_hr_punishment', 'ja, da blir hun slått', {}, True, QUIET),
    ('sm_hr_punishment', 'nei, men de blir sinte', {}, False, QUIET),
    ('sm_hr_marriage_planned', 'ja, med en fetter i Pakistan', {}, True, QUIET),
    ('sm_hr_marriage_planned', 'ingen planer så vidt hun vet', {}, UNSURE, QUIET),
    ('sm_hr_forced_marriage', 'ja, det er det hun er mest redd for', {}, True, QUIET),
    ('sm_hr_forced_marriage', 'nei, ikke tvunget, men presset', {}, True, QUIET),
    ('sm_threats_to_kill', 'han har sagt at han skal drepe henne hvis hun går', {}, True, QUIET),
    ('sm_threats_to_kill', 'ja, og barna', {}, True, QUIET),
    ('sm_threats_to_kill', 'han truet med å drepe seg selv', {}, True, QUIET),
    ('sm_strangulation', 'han tok rundt halsen hennes', {}, True, QUIET),
    ('sm_strangulation', 'ho fekk ikkje puste', {}, True, QUIET),
    ('sm_sexual_violence', 'han tvinger henne til sex', {}, True, QUIET),
    ('sm_sexual_violence', 'hun vil ikke snakke om det nå', {}, NULL, QUIET),
    ('sm_stalking', 'han sporer telefonen hennes', {}, True, QUIET),
    ('sm_stalking', 'han dukker opp der hun er', {}, True, QUIET),
    ('sm_recent_separation', 'ja, hun flyttet ut forrige uke', {}, True, QUIET),
    ('sm_recent_separation', 'nei, de bor fortsatt sammen', {}, False, QUIET),
    ('sm_recent_separation', 'hun planlegger det', {}, True, QUIET),
    ('sm_recent_separation', 'ikke ennå, men hun vil', {}, True, QUIET),
    # more refusals (nynorsk and bokmål) with ikkje/ingen/ingenting
    ('sm_escalation', 'ho ynskjer ikkje å svare på det', {}, NULL, QUIET),
    ('sm_escalation', 'det ville ho ikkje gå inn på', {}, NULL, QUIET),
    ('sm_escalation', 'ho sa ingenting om det', {}, NULL, QUIET),
    ('sm_weapon_access', 'ingenting ho ville dele', {}, NULL, QUIET),
    ('sm_weapon_access', 'ho orka ikkje fleire spørsmål', {}, NULL, QUIET),
    ('sm_stalking', 'det tek vi seinare', {}, NULL, QUIET),
    ('sm_stalking', 'vi får ta det ein annan gong', {}, NULL, QUIET),
    ('sm_prior_reports', 'ikkje noko ho kjenner til', {}, UNSURE, QUIET),
    ('sm_prior_reports', 'ingen anelse om han er dømt', {}, NULL, QUIET),
    ('sm_breached_order', 'det har ho ikkje fortalt', {}, NULL, QUIET),
    ('sm_threats_to_kill', 'hun ble for opprørt til å svare', {}, NULL, QUIET),
    ('sm_threats_to_kill', 'hun ble lei seg og ville ikke mer', {}, NULL, QUIET),
    ('sm_threats_to_kill', 'vi kom ikke så langt', {}, NULL, QUIET),
    ('sm_threats_to_kill', 'rakk ikke å spørre om det', {}, NULL, QUIET),
    ('sm_threats_to_kill', 'ikke spurt', {}, NULL, QUIET),
    ('sm_sexual_violence', 'hun ristet på hodet og ville ikke si noe', {}, NULL, QUIET),
    ('sm_sexual_violence', 'det er for vondt for henne å snakke om', {}, NULL, QUIET),
    ('sm_mental_health', 'hun vil ikke uttale seg om det', {}, NULL, QUIET),
    ('sm_family_support', 'ingen kommentar', {}, NULL, QUIET),
    ('sm_hr_punishment', 'ho ville ikkje fortelje om det', {}, NULL, QUIET),
    ('sm_hr_family_knows', 'veit ikkje', {}, NULL, QUIET),
    ('sm_hr_family_knows', 'nei, ingen i familien veit', {}, False, QUIET),
    ('sm_hr_family_knows', 'nei, dei trur ho er på skulen', {}, False, QUIET),
    ('sm_hr_family_knows', 'ja, mora veit', {}, True, QUIET),
    # men-turns
    ('sm_feared_for_life', 'nei, men hun er redd for barna', {}, False, QUIET),
    ('sm_feared_for_life', 'ikke før, men nå er hun det', {}, True, QUIET),
    ('sm_feared_for_life', 'nei, men ho var livredd i går', {}, True, QUIET),
    ('sm_police_aware', 'nei, men legen vet om det', {}, False, QUIET),
    ('sm_police_aware', 'nei, men hun vil anmelde nå', {}, False, QUIET),
    ('sm_children_exposed', 'nei, men de merker nok stemningen', {}, UNSURE, QUIET),
    ('sm_children_exposed', 'ja, men bare hørt, ikke sett', {}, True, QUIET),
    ('sm_children_exposed', 'nei, de sov', {}, False, QUIET),
    ('sm_children_exposed', 'nei, dei var hjå besteforeldra', {}, False, QUIET),
    # family words and several perpetrators
    ('sm_feared_persons', 'mannen og svogeren', {}, ['ektemann', 'svigerfamilie'], QUIET),
    ('sm_feared_persons', 'kona og mora hennar', {}, ['kone', 'svigerfamilie'], QUIET),
    ('sm_feared_persons', 'halvbroren hennes', {}, ['bror'], QUIET),
    ('sm_feared_persons', 'stefaren', {}, ['far'], QUIET),
    ('sm_feared_persons', 'sønnen og kjæresten hans', {}, ['sonn', 'annen'], QUIET),
    ('sm_feared_persons', 'barnefaren og den nye dama hans', {}, ['barnefar', 'annen'], QUIET),
    ('sm_feared_persons', 'naboen', {}, ['annen'], QUIET),
    ('sm_feared_persons', 'vet ikke, hun vil ikke si hvem', {}, NULL, QUIET),
    ('sm_feared_persons', 'ingen, hun er redd for situasjonen', {}, "FAIL", QUIET),
    ('sm_several_perpetrators', 'det er han og broren hans', {}, True, QUIET),
    ('sm_several_perpetrators', 'både faren og onkelen', {}, True, QUIET),
    ('sm_several_perpetrators', 'berre ein', {}, False, QUIET),
    ('sm_several_perpetrators', 'nei, bare mannen', {}, False, QUIET),
    ('sm_several_perpetrators', 'vet ikke om flere er med', {}, NULL, QUIET),
    # children whereabouts
    ('sm_children_where', 'hos pappaen sin', {'sm_feared_persons': ['partner']}, UNSURE, QUIET),
    ('sm_children_where', 'hos pappaen sin', {'sm_feared_persons': ['kone']}, ['hos_andre'], QUIET),
    ('sm_children_where', 'med meg på senteret', {'sm_feared_persons': ['ektemann']}, ['med_personen'], QUIET),
    ('sm_children_where', 'den eldste er hos mormor, de to små her',
     {'sm_feared_persons': ['ektemann']}, ['hos_andre', 'med_personen'], QUIET),
    ('sm_children_where', 'hos faren, men han er ikke utøveren', {'sm_feared_persons': ['eks']}, ['hos_andre'], QUIET),
    ('sm_children_where', 'vet ikke hvor de er', {'sm_feared_persons': ['ektemann']}, NULL, QUIET),
    ('sm_children_where', 'hjemme hos mannen', {'sm_feared_persons': ['ektemann']}, ['hos_utover'], QUIET),
    ('sm_children_with_perpetrator', 'ja, han har dem denne helga', {'sm_feared_persons': ['barnefar']}, True, QUIET),
    ('sm_children_with_perpetrator', 'nei, han har ikke samvær nå', {'sm_feared_persons': ['barnefar']}, False, QUIET),
    ('sm_children_with_perpetrator', 'de er hos mor', {'sm_feared_persons': ['mor']}, True, QUIET),
    ('sm_children_with_perpetrator', 'dei er hjå syster mi', {'sm_feared_persons': ['ektemann']}, False, QUIET),
    ('children_with_perpetrator', 'nei, de er med meg', {'perpetrator_relation': ['kone']}, False, QUIET),
    ('children_with_perpetrator', 'ja, hos han', {'perpetrator_relation': ['ektemann']}, True, QUIET),
    ('children_with_perpetrator', 'hos faren sin, det er eksen', {'perpetrator_relation': ['eks']}, True, QUIET),
    ('children_with_perpetrator', 'dei er heime med han', {'perpetrator_relation': ['sambuar']}, UNSURE, QUIET),
    ('children_count', 'ho har to, begge små', {}, 2, QUIET),
    ('children_count', 'tre, men bare ett bor hjemme', {}, 3, QUIET),
    ('children_count', 'fire barn', {}, 4, QUIET),
    ('children_count', 'eitt barn', {}, 1, QUIET),
    ('children_count', 'nei', {}, 0, QUIET),
    ('children_count', 'en baby på seks måneder', {}, 1, QUIET),
]


def _read_as(slot, text, ctx):
    dialogue = FC if slot in FC.by_slot else SM
    turn = engine.handle(dialogue, slot, text, None, dict(ctx))
    parsed = dialogue.by_slot[slot].read(text, dialogue.context(ctx))
    if slot == "acute_danger_now" and turn.slots.get(slot) is not None and not turn.slots.get("dialogue_pending"):
        value = turn.slots[slot]  # the engine's reading: «ikke nå, men han er på vei» is yes
        return (NULL if value in UNANSWERED else value), has_112(turn)
    if not parsed.ok:
        return "FAIL", has_112(turn)
    if parsed.unsure:
        return UNSURE, has_112(turn)
    if parsed.value in UNANSWERED:
        return NULL, has_112(turn)
    return parsed.value, has_112(turn)


@pytest.mark.parametrize("slot,text,ctx,value,alarm", INVENTED, ids=[f"{r[0]}:{r[1]}" for r in INVENTED])
def test_invented_everyday_answers(slot, text, ctx, value, alarm):
    got, got_alarm = _read_as(slot, text, ctx)
    if isinstance(value, list) and isinstance(got, list):
        assert sorted(got) == sorted(value)
    else:
        assert got == value and type(got) is type(value)
    assert got_alarm is alarm
