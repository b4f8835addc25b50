"""Reading answers, round 3 (issue 14, item 2): the kinds of miss the second writer's batch showed, each
as a table of phrasings written for this test – bokmål, nynorsk, English, typos – not copied from the
transcripts, so a fix is for the kind and not for the one sentence.
"""

from __future__ import annotations

import pytest

from bot.dialogue import engine
from bot.dialogue.parse import DECLINED, SKIPPED, UNKNOWN
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.conftest import UNSURE, read_answer

UNANSWERED = (UNKNOWN, DECLINED, SKIPPED)


def dialogue_of(slot):
    return FC if slot in FC.by_slot else SM


def has_112(t):
    return any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in t.replies)


# --- a past danger, and «men nå …» it is held --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "nei, han truet henne med kniv i helga, men nå sitter han i varetekt",
    "han sto på trappa med øks sist uke, men nå er han arrestert",
    "hun var i livsfare i fjor, men han sitter inne nå",
    "nei. i går kom han med kniv, men politiet tok ham i natt",
    "han prøvde å kvele henne forrige helg, nå er han pågrepet",
    "ho var i livsfare i helga, men no sit han i varetekt",
    "nei, han stod utanfor med kniv i går, men no er han arrestert",
    "eksen hadde pistol sist gang, men han er i fengsel nå",
    "he threatened her with a knife last week, but now he is in custody",
    "he stood outside with a gun on sunday but the police arrested him",
    "nei, han er i varetekt",
    "nei, han ble arrestert i går etter at han truet med kniv",
    # far away now
    "nei, faren var utenfor med kniv forrige uke men er i utlandet nå",
    "nei, han truet henne med kniv i helga, men nå er han offshore",
    "ho var i livsfare i fjor, men no er han på sjøen",
    "he had a gun last week, but now he is in jail",
])
def test_a_past_danger_now_held_or_far_away_is_no_alarm(text):
    t = engine.handle(FC, "acute_danger_now", text, None, {})
    assert not has_112(t) and t.slots["acute_danger_now"] is False


@pytest.mark.parametrize("text", [
    "ikke nå, men han er på vei",
    "ikkje no, men han er på veg hit",
    "han var arrestert, men nå er han ute og på vei hit",
    "han er arrestert, men broren står utenfor med kniv nå",
    "politiet tok ham i natt, men faren er på vei hit nå",
    "han står utenfor med kniv nå, men politiet er på vei",
    "han sto utenfor med kniv i går, men nå er han arrestert og broren er på vei hit",
    "ja, han er arrestert, men familien hans kommer hit nå",
    "han står utenfor med kniv",
    # someone coming after «og»
    "han er løslatt og på vei hit",
    "eksen har fått vite adressa og kjem hit no",
    "han har drukket og er på vei hit",
    "han ringte og sa han er på vei",
])
def test_danger_now_gets_112_beside_a_held_one_or_after_og(text):
    t = engine.handle(FC, "acute_danger_now", text, None, {})
    assert has_112(t) and t.slots["acute_danger_now"] is True


# --- violence forms in everyday words ----------------------------------------------------------------

@pytest.mark.parametrize("text,forms", [
    # digital: what is done with phone, messages, accounts, location
    ("han følger med på mobilen hennes", ["digital"]),
    ("følgjer med på alt ho gjer på telefonen", ["digital"]),
    ("holder øye med alt på mobilen hennes", ["digital"]),
    ("leser alle sms-ene hennes", ["digital"]),
    ("han les meldingane hennar kvar dag", ["digital"]),
    ("krever å få passordene hennes", ["digital"]),
    ("han har lagt ut bilder av henne på nettet", ["digital"]),
    ("det er en sporingsapp på telefonen hennes", ["digital"]),
    ("he goes through her phone every night", ["digital"]),
    ("checks her messages", ["digital"]),
    ("keeps track of her location", ["digital"]),
    # økonomisk
    ("han tar pensjonen hennes hver måned", ["okonomisk"]),
    ("tek løna hennar", ["okonomisk"]),
    ("han tek all løn ho får", ["okonomisk"]),
    ("ho får ikkje bruke trygda si, han tek ho", ["okonomisk"]),
    ("hun har ikke tilgang til bankkontoen sin", ["okonomisk"]),
    ("han har tatt opp lån i hennes navn", ["okonomisk"]),
    ("økonomisk kontroll", ["okonomisk"]),
    ("økonomisk kontroll og digital overvåking", ["okonomisk", "digital"]),
    ("controls her bank account", ["okonomisk"]),
    ("he takes her salary and her pension", ["okonomisk"]),
    ("kontrollerer pengene og telefonen hennes", ["okonomisk", "digital"]),
    # tvangsekteskap
    ("familien vil gifte henne bort til en fetter", ["tvangsekteskap"]),
    ("dei planlegg å gifte ho bort i sommar", ["tvangsekteskap"]),
    ("hun skal giftes mot sin vilje", ["tvangsekteskap"]),
    ("they want to marry her off", ["tvangsekteskap"]),
    ("she is forced to marry her cousin", ["tvangsekteskap"]),
    # fysisk
    ("han kuttet henne i armen med kniv", ["fysisk"]),
    ("skar ho med ein kniv", ["fysisk"]),
    ("stakk henne med saks", ["fysisk"]),
    ("brente henne med sigarett", ["fysisk"]),
    ("han slengte henne i veggen", ["fysisk"]),
    ("beating", ["fysisk"]),
    ("he punched and kicked her", ["fysisk"]),
    ("han prøvde å kvele henne", ["fysisk"]),
    # psykisk
    ("sier hun aldri skal få se barna igjen", ["psykisk"]),
    ("seier ho aldri får sjå ungane att", ["psykisk"]),
    ("truer med å ta barna fra henne", ["psykisk"]),
    ("hun får ikke gå ut uten ham", ["psykisk"]),
    ("han låser henne inne", ["psykisk"]),
    ("he shouts at her all the time", ["psykisk"]),
    ("says she will never see the kids again", ["psykisk"]),
])
def test_violence_forms_in_everyday_words(text, forms):
    assert sorted(read_answer(SM, "sm_violence_forms", text)) == sorted(forms)
    assert sorted(read_answer(FC, "violence_forms", text)) == sorted(forms)


@pytest.mark.parametrize("text,forms", [
    ("kjæresten slår henne", ["fysisk"]),                  # «kjæresten» holds «æres»: no honour violence
    ("kjærasten kontrollerer pengane", ["okonomisk"]),
    ("han kontrollerer alt hun gjør", ["psykisk"]),
])
def test_violence_forms_that_must_not_be_added(text, forms):
    assert read_answer(SM, "sm_violence_forms", text) == forms


def test_an_evening_is_no_strangling():
    assert "fysisk" not in (read_answer(SM, "sm_violence_forms", "han sjekker telefonen hennes hver kveld") or [])


def test_the_honour_question_is_not_answered_by_a_word_for_the_partner():
    assert read_answer(SM, "sm_honour_related", "kjæresten") != True  # noqa: E712 – True is the thing to avoid


# --- people: the children's other parent, grandchildren, a possessive before the noun -----------------

@pytest.mark.parametrize("text,codes", [
    ("barnas mor", ["barnemor"]),
    ("barnas far", ["barnefar"]),
    ("ungenes mamma", ["barnemor"]),
    ("mora til borna", ["barnemor"]),
    ("faren til ungane hennar", ["barnefar"]),
    ("pappaen til gutten", ["barnefar"]),
    ("moren til barna hans", ["barnemor"]),
    ("the kids' mother", ["barnemor"]),
    ("barnebarnet hennes", ["storfamilie"]),
    ("barnebarna", ["storfamilie"]),
    ("nevøen hans", ["storfamilie"]),
    ("her grandson", ["storfamilie"]),
    ("her husband og hans bror", ["ektemann", "svigerfamilie"]),
    ("her husband and his brothers", ["ektemann", "svigerfamilie"]),
    ("his wife and her father", ["kone", "svigerfamilie"]),
    ("kona og hennar brør", ["kone", "svigerfamilie"]),
    ("mannen og hans familie", ["ektemann", "svigerfamilie"]),
    ("ektemannen og hans mor", ["ektemann", "svigerfamilie"]),
    ("faren og hans brødre", ["far", "bror"]),        # no partner before the possessive: her own family
    ("kjæresten og hans bror", ["partner", "bror"]),   # «kjæresten» carries no gender
])
def test_people_named_as_staff_name_them(text, codes):
    assert read_answer(SM, "sm_feared_persons", text) == codes


def test_a_grandchild_is_other_family_in_the_first_contact_record():
    from bot.dialogue.note import triage_record

    record = triage_record({"perpetrator_relation": read_answer(FC, "perpetrator_relation", "barnebarnet hennes")})
    assert record["perpetrator_relation"] == "annen_familie" and record["feared_persons"] == ["storfamilie"]


# --- whom she/he lives with, where the children are: read against who the perpetrator is ---------------

@pytest.mark.parametrize("feared,text,value", [
    (["partner"], "med ham", "med_utover"),          # «kjæresten»: the only one named
    (["partner"], "with him", "med_utover"),
    (["partner"], "bor sammen med henne", "med_utover"),
    (["partner"], "bur saman med han", "med_utover"),
    (["eks"], "hun bor fortsatt med ham", "med_utover"),
    (["partner"], "bor sammen meg ham", "med_utover"),  # «meg» for «med»
    (["partner"], "sammen meg han", "med_utover"),
    (["ektemann"], "med han", "med_utover"),
    (["sonn"], "sønnen bor hos henne", "med_utover"),   # the perpetrator lives at her place
    (["datter"], "dottera bur hos ho", "med_utover"),
    (["sonn"], "the son lives with her", "med_utover"),
    (["ektemann"], "med barna", "med_andre"),
    (["partner"], "med søstera si", "med_andre"),
    (["partner"], "alene", "alene"),
])
def test_living_with_read_against_the_perpetrator(feared, text, value):
    assert read_answer(SM, "sm_living_situation", text, sm_feared_persons=feared) == value


@pytest.mark.parametrize("feared,text,value", [
    (["ektemann"], "dei er heime med han", ["hos_utover"]),
    (["ektemann"], "de er hjemme med ham", ["hos_utover"]),
    (["ektemann"], "borna er att heime hos han", ["hos_utover"]),
    (["ektemann"], "i barnhagen", ["hos_andre"]),          # typo
    (["ektemann"], "i barnehaven", ["hos_andre"]),
    (["ektemann"], "på bhg", ["hos_andre"]),
    (["partner"], "barnhagen og skulen", ["hos_andre"]),
    (["partner"], "hos ho sjølv og med meg her", ["med_personen"]),
    (["kone"], "dei er heime med ho", ["hos_utover"]),
])
def test_where_the_children_are(feared, text, value):
    assert read_answer(SM, "sm_children_where", text, sm_feared_persons=feared, sm_children_count=2) == value


@pytest.mark.parametrize("text", [
    "nei, moren er ikke samboeren, det er eksen hans",
    "moren er ikkje sambuaren",
    "mora er ikke partneren hans, det er ei anna",
])
def test_the_one_named_is_said_not_to_be_the_perpetrator(text):
    ctx = {"sm_feared_persons": ["partner"], "sm_children_count": 1}
    assert read_answer(SM, "sm_children_where", text, **ctx) == ["hos_andre"]


# --- one-word answers with a slip, or in English --------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("muntig", "muntlig"), ("munntlig", "muntlig"), ("muntleg", "muntlig"), ("oral", "muntlig"),
    ("orally", "muntlig"), ("verbally", "muntlig"), ("she agreed orally", "muntlig"),
    ("skritflig", "skriftlig"), ("skirftlig", "skriftlig"), ("skriftleg", "skriftlig"), ("in writing", "skriftlig"),
])
def test_how_consent_was_given_with_slips_and_in_english(text, value):
    assert read_answer(FC, "consent_form", text, registration_consent=True) == value


@pytest.mark.parametrize("text", ["sammme", "samee", "smame", "samme", "same", "same one", "den same"])
def test_the_same_people_with_slips(text):
    assert read_answer(SM, "sm_perpetrators", text, sm_feared_persons=["far"]) == ["far"]


@pytest.mark.parametrize("text,value", [
    ("she ran away last night", "romt"), ("she escaped", "romt"), ("she fled from home", "romt"),
    ("ho rømde", "romt"), ("rømte i går", "romt"),
    ("kicked out", "kastet_ut"), ("her father threw her out", "kastet_ut"), ("she was thrown out", "kastet_ut"),
    ("ho vart kasta ut", "kastet_ut"),
])
def test_ran_away_or_thrown_out_in_english_and_nynorsk(text, value):
    assert read_answer(SM, "sm_hr_ran_away", text, sm_feared_persons=["far"]) == value


@pytest.mark.parametrize("slot,text,value", [
    ("sm_weapon_access", "neeei", False), ("sm_weapon_access", "jaaa", True), ("children_count", "toooo", 2),
])
def test_a_held_down_key_in_any_word(slot, text, value):
    assert read_answer(dialogue_of(slot), slot, text) == value


# --- lists: every item named, in English and nynorsk ----------------------------------------------------

@pytest.mark.parametrize("text,items", [
    ("only what we offer and that police is only contacted with consent", ["tilbudet", "samtykke_politi"]),
    ("what we offer", ["tilbudet"]),
    ("our services and confidentiality", ["tilbudet", "taushetsplikt"]),
    ("confidentiality and the duty to report to child welfare", ["taushetsplikt", "opplysningsplikt_barnevern"]),
    ("that it is free of charge and needs no referral", ["gratis_uten_henvisning"]),
    ("kva vi tilbyr og teieplikta", ["tilbudet", "taushetsplikt"]),
    ("hva vi kan tilby, og at det er gratis", ["tilbudet", "gratis_uten_henvisning"]),
])
def test_information_given_every_item(text, items):
    assert sorted(read_answer(FC, "information_given", text)) == sorted(items)


@pytest.mark.parametrize("text,areas", [
    ("phone, money, clothes and school", ["telefon", "penger", "klaer", "skole"]),
    ("what she wears and who she sees", ["klaer", "venner"]),
    ("her clothes and her job", ["klaer", "skole"]),
    ("telefonen, kleda og kven ho er med", ["telefon", "klaer", "venner"]),
    ("kva ho har på seg", ["klaer"]),
    ("klærne hennes, sminke og hvem hun treffer", ["klaer", "venner"]),
    ("hvordan hun kler seg og håret", ["klaer"]),
    ("skulen og kleda", ["klaer", "skole"]),
])
def test_honour_control_areas_every_item(text, areas):
    assert sorted(read_answer(SM, "sm_hr_control", text, sm_feared_persons=["far"])) == sorted(areas)


# --- open questions: not managing or nothing to say is unknown, a reason is text --------------------------

@pytest.mark.parametrize("slot,text", [
    ("sm_why_afraid", "orker ikke"),
    ("sm_why_afraid", "ho orka ikkje"),
    ("sm_why_afraid", "klarte ikke å svare"),
    ("sm_fear_going_home", "ingenting hun ville si"),
    ("sm_fear_going_home", "ikkje noko ho ville seie"),
    ("sm_fear_going_home", "ingenting som hun ønsket å fortelle"),
    ("sm_what_happened", "ikke noe hun orket å snakke om"),
    ("sm_worst_fear", "hun gadd ikke"),
    ("why_contact_now", "ingenting ho ville seie om det"),
])
def test_an_open_question_answered_with_nothing_is_unanswered(slot, text):
    assert read_answer(dialogue_of(slot), slot, text) in UNANSWERED


@pytest.mark.parametrize("slot,text", [
    ("why_contact_now", "hun orker ikke mer"),
    ("why_contact_now", "ho orkar ikkje meir"),
    ("why_contact_now", "hun klarer ikke lenger å bo der"),
    ("sm_why_afraid", "han sa ingenting, bare slo"),
])
def test_a_reason_in_the_same_words_is_text(slot, text):
    assert read_answer(dialogue_of(slot), slot, text) == text


# --- answers to every kind of question, invented for this test (not from any transcript) -------------------

M = {"sm_feared_persons": ["ektemann"]}
KIDS = {"sm_feared_persons": ["ektemann"], "sm_children_count": 2}
FC_KIDS = {"perpetrator_relation": ["ektemann"], "children_count": 2}
U = "unanswered"


@pytest.mark.parametrize("slot,text,value,ctx", [
    # yes/no everyday
    ("sm_weapon_access", "han har jaktgevær i skapet", True, M),
    ("sm_weapon_access", "he owns a hunting rifle", True, M),
    ("sm_weapon_access", "ikkje som ho veit om", (UNSURE, False), M),
    ("sm_weapon_access", "det har ho ikkje peiling på", U, M),
    ("sm_substance_use", "han drikk mykje når han slår", True, M),
    ("sm_substance_use", "bare når han er full", True, M),
    ("sm_substance_use", "aldri, han er edru", False, M),
    ("sm_substance_use", "he's always drunk when it happens", True, M),
    ("sm_threats_to_kill", "han har sagt han skal ta livet av henne", True, M),
    ("sm_threats_to_kill", "he told her he'd kill her and the kids", True, M),
    ("sm_threats_to_kill", "han har sagt at ho skal døy", True, M),
    ("sm_strangulation", "han tok henne rundt halsen", True, M),
    ("sm_strangulation", "han tok kvelertak på ho i fjor", True, M),
    ("sm_strangulation", "nei aldri", False, M),
    ("sm_strangulation", "he grabbed her throat", True, M),
    ("sm_sexual_violence", "ho vil ikkje snakke om det", U, M),
    ("sm_sexual_violence", "han har tvunget henne til sex", True, M),
    ("sm_stalking", "han dukker opp der hun er hele tiden", True, M),
    ("sm_stalking", "han følger etter henne", True, M),
    ("sm_stalking", "he follows her around", True, M),
    ("sm_recent_separation", "hun flyttet ut forrige uke", True, M),
    ("sm_recent_separation", "ho har gjort det slutt", True, M),
    ("sm_recent_separation", "she left him last week", True, M),
    ("sm_recent_separation", "nei, de er fortsatt sammen", False, M),
    ("sm_prior_reports", "han er dømt for vold før", True, M),
    ("sm_prior_reports", "han sat inne for ran", True, M),
    ("sm_prior_reports", "ikkje som eg veit", (UNSURE, False), M),
    ("sm_breached_order", "han har brutt besøksforbudet to ganger", True, M),
    ("sm_breached_order", "det er ikke noe besøksforbud", False, M),
    ("sm_breached_order", "there's no restraining order", False, M),
    ("sm_mental_health", "han er bipolar", True, M),
    ("sm_mental_health", "han har vore innlagt på psykiatrisk", True, M),
    ("sm_family_support", "ja, moren hans sier hun fortjener det", True, M),
    ("sm_police_involved", "politiet var der i natt", True, M),
    ("sm_police_involved", "the police came once last year", True, M),
    ("sm_previous_shelter", "hun bodde her for to år siden", True, M),
    ("sm_previous_shelter", "first time", False, M),
    ("sm_previous_shelter", "fyrste gong", False, M),
    ("sm_escalation", "mye oftere nå enn før", True, M),
    ("sm_escalation", "omtrent likt", False, M),
    ("sm_escalation", "it has got much worse", True, M),
    ("sm_feared_for_life", "ja, hun trodde hun skulle dø", True, M),
    ("sm_feared_for_life", "ho trudde ho skulle døy", True, M),
    ("sm_feared_for_life", "she thought she would die", True, M),
    ("sm_pets", "en katt", True, M),
    ("sm_pets", "two dogs", True, M),
    ("sm_pets", "ingen dyr", False, M),
    ("sm_perpetrator_animals", "katten er igjen hos ham", True, M),
    ("sm_children_exposed", "dei har høyrt alt", True, M),
    ("sm_children_exposed", "the kids saw everything", True, M),
    ("sm_children_exposed", "nei, de sov", False, M),
    ("sm_children_with_perpetrator", "ja, de er hjemme hos faren", True, KIDS),
    ("sm_children_with_perpetrator", "nei, de er her med henne", False, KIDS),
    ("sm_children_with_perpetrator", "the kids are with their dad", True, KIDS),
    ("sm_several_perpetrators", "bare han", False, M),
    ("sm_several_perpetrators", "både han og broren hans", True, M),
    ("sm_several_perpetrators", "just him", False, M),
    ("sm_perpetrator_knows", "nei, han tror hun er hos søsteren", False, M),
    ("sm_perpetrator_knows", "he has no idea", False, M),
    ("sm_perpetrator_knows", "ho veit ikkje", U, M),
    ("acute_danger_now", "nei, hun er trygg her nå", False, {}),
    ("acute_danger_now", "ikkje akkurat no", False, {}),
    ("acute_danger_now", "not right now", False, {}),
    ("acute_danger_now", "ja, han står i gangen", True, {}),
    ("interpreter_needed", "hun snakker bare somali", True, {}),
    ("interpreter_needed", "nei, ho snakkar godt norsk", False, {}),
    ("interpreter_needed", "she speaks english well", False, {}),
    ("going_home", "nei, hun vil bli her", False, {}),
    ("registration_consent", "ja, det er greit for henne", True, {}),
    ("registration_consent", "she agreed", True, {}),
    ("registration_consent", "ho vil tenke på det", U, {}),
    ("police_aware", "hun har anmeldt ham", True, {}),
    ("police_aware", "nei, aldri meldt", False, {}),
    ("escalated", "verre etter bruddet", True, {}),
    ("perpetrator_knows", "han vet ingenting", False, {}),
    ("feared_for_life", "mange ganger", True, {}),
    ("children_count", "ein gut og ei jente", 2, {}),
    ("children_count", "three kids", 3, {}),
    ("children_count", "ho er gravid, ingen barn enno", 0, {}),
    ("children_count", "tvillinger", 2, {}),
    ("children_count", "2 stk", 2, {}),
    ("contact_mode", "ho ringde", "telefon", {}),
    ("contact_mode", "kom inn døra", "oppmote", {}),
    ("contact_mode", "politiet følgde ho hit", "brakt_av_politiet", {}),
    ("contact_mode", "legevakten sendte henne", "brakt_av_annen_tjeneste", {}),
    ("contact_mode", "called the hotline", "telefon", {}),
    ("help_needed", "trenger et sted å sove", ["botilbud"], {}),
    ("sm_violence_setting", "også på butikken", "ogsa_med_andre", M),
    ("sm_violence_setting", "only when they're alone", "bare_privat", M),
    ("sm_violence_setting", "berre heime", "bare_privat", M),
    ("sm_living_situation", "hun bor med barna", "med_andre", M),
    ("sm_living_situation", "med mannen og ungane", "med_utover", M),
    ("sm_living_situation", "med foreldra sine", "med_andre", M),
    ("sm_living_situation", "by herself", "alene", M),
    ("sm_living_situation", "she lives with her husband", "med_utover", M),
    ("sm_feared_persons", "svigermora", ["svigerfamilie"], {}),
    ("sm_feared_persons", "eksen og den nye dama hans", ["eks", "annen"], {}),
    ("sm_feared_persons", "her ex and his family", ["eks", "storfamilie"], {}),
    ("sm_feared_persons", "onkelen og fetteren", ["storfamilie"], {}),
    ("sm_feared_persons", "stefaren", ["far"], {}),
    ("sm_feared_persons", "broren hennar", ["bror"], {}),
    ("sm_feared_persons", "the neighbour", ["annen"], {}),
    ("sm_perpetrators", "same as before", ["ektemann"], M),
    ("sm_perpetrators", "dei same", ["ektemann"], M),
    ("sm_perpetrators", "same people", ["ektemann"], M),
    ("sm_honour_related", "ja, det handler om familiens rykte", True, M),
    ("sm_honour_related", "no, it's just him", False, M),
    ("sm_honour_related", "nei, det er partnervold", False, M),
    ("sm_hr_travel_abroad", "de skal sende henne til hjemlandet i sommer", True, M),
    ("sm_hr_marriage_planned", "ja, med en fetter", True, M),
    ("sm_hr_forced_marriage", "ja hun er livredd for det", True, M),
    ("sm_hr_punishment", "ho blir slått om ho kjem seint heim", True, M),
    ("sm_hr_control_stricter", "mykje strengare etter at ho fekk kjærast", True, M),
    ("sm_case", "ny sak", "ny", {}),
    ("sm_case", "det er ei ny sak", "ny", {}),
    ("sm_case", "new case", "ny", {}),
    ("sm_case", "ingen sak ennå", "ny", {}),
])
def test_invented_answers(slot, text, value, ctx):
    got = read_answer(dialogue_of(slot), slot, text, **ctx)
    if value == U:
        assert got in UNANSWERED
    elif isinstance(value, list) and isinstance(got, list):
        assert sorted(got) == sorted(value)
    else:
        assert got == value


# --- refusals and not remembering in other word orders: never «nei» ---------------------------------------

REFUSALS = [
    "det vil ho helst ikkje svare på", "det vil hun helst ikke", "hun sier hun ikke husker", "ho seier ho ikkje hugsar",
    "det kan hun ikke huske", "det kan ho ikkje hugse", "she can't remember", "det ble ikke tatt opp",
    "det vart ikkje spurt om", "tok det ikkje opp", "vi tok det ikke opp", "det har ho ikkje peiling på",
    "ho vil tenke på det", "hun har ikke bestemt seg", "hun ønsker ikke å si noe om det", "ho ville ikkje ut med det",
    "ho svarte ikkje på det", "hun gråt og klarte ikke å svare", "ho var for redd til å svare",
]
YES_NO_SLOTS = ["sm_weapon_access", "sm_threats_to_kill", "sm_escalation", "sm_recent_separation", "feared_for_life",
                "police_aware", "sm_breached_order", "acute_danger_now", "sm_family_support", "registration_consent"]


@pytest.mark.parametrize("slot", YES_NO_SLOTS)
@pytest.mark.parametrize("text", REFUSALS)
def test_refusals_in_other_word_orders_are_never_yes_or_no(slot, text):
    ctx = {"sm_feared_persons": ["ektemann"], "perpetrator_relation": ["ektemann"]}
    got = read_answer(dialogue_of(slot), slot, text, **ctx)
    assert got in UNANSWERED or (isinstance(got, tuple) and got[0] == UNSURE)


@pytest.mark.parametrize("slot,text,value", [
    ("sm_substance_use", "ja, han drikker så mye at han ikke husker noe", True),   # his memory, not hers
    ("sm_children_with_perpetrator", "nei, han tar ikke med seg barna", False),
    ("sm_police_aware", "nei, det er ikke nevnt for politiet", False),            # told nobody: a real no
])
def test_the_same_words_inside_a_real_answer(slot, text, value):
    ctx = {"sm_feared_persons": ["ektemann"], "sm_children_count": 2}
    assert read_answer(SM, slot, text, **ctx) is value


@pytest.mark.parametrize("slot,text", [
    ("sm_what_happened", "for en måned siden sto han utenfor med øks"),
    ("sm_what_happened", "for lenge siden truet han henne med kniv utenfor huset"),
    ("sm_stalking", "han sto utenfor senteret i forrige uke"),
    ("acute_danger_now", "nei, han sitter i fengsel"),
    ("acute_danger_now", "no, he's in jail"),
])
def test_no_alarm_for_a_danger_told_as_past(slot, text):
    ctx = {"sm_feared_persons": ["ektemann"]}
    assert not has_112(engine.handle(dialogue_of(slot), slot, text, None, ctx))


# --- who, where, with whom: invented answers, read against who the perpetrator is --------------------------

@pytest.mark.parametrize("slot,text,value,ctx", [
    ("sm_children_where", "hos mormor", ["hos_andre"], KIDS),
    ("sm_children_where", "with their grandmother", ["hos_andre"], KIDS),
    ("sm_children_where", "the kids are with her here", ["med_personen"], KIDS),
    ("sm_children_where", "at school", ["hos_andre"], KIDS),
    ("sm_children_where", "dei er på skulen", ["hos_andre"], KIDS),
    ("sm_children_where", "hjemme hos faren sin", ["hos_utover"], KIDS),
    ("sm_children_where", "den eldste er hos faren, den yngste er her", ["hos_utover", "med_personen"], KIDS),
    ("sm_children_where", "with their dad", ["hos_utover"], KIDS),
    ("sm_children_where", "hos besteforeldrene", ["hos_andre"], KIDS),
    ("sm_children_where", "i fosterheim", ["hos_andre"], KIDS),
    ("sm_children_where", "hos mora si", ["hos_utover"], dict(sm_feared_persons=["kone"], sm_children_count=2)),
    ("sm_children_where", "med meg på senteret", ["med_personen"], dict(sm_feared_persons=["kone"], sm_children_count=2)),
    ("sm_children_where", "hos eksen", ["hos_utover"], dict(sm_feared_persons=["eks"], sm_children_count=1)),
    ("sm_children_where", "hos søstera hennar", ["hos_andre"], dict(sm_feared_persons=["ektemann"], sm_children_count=1)),
    ("children_with_perpetrator", "nei, de er hos mormoren", False, FC_KIDS),
    ("children_with_perpetrator", "ja, hos faren", True, FC_KIDS),
    ("children_with_perpetrator", "dei er heime hos han", True, FC_KIDS),
    ("children_with_perpetrator", "no, they're with her", False, FC_KIDS),
    ("children_with_perpetrator", "yes, with their father", True, FC_KIDS),
    ("children_with_perpetrator", "den minste er hos han", True, FC_KIDS),
    ("children_with_perpetrator", "i barnehagen", False, FC_KIDS),
    ("sm_living_situation", "sammen med mannen", "med_utover", dict(sm_feared_persons=["ektemann"])),
    ("sm_living_situation", "med eksen fortsatt", "med_utover", dict(sm_feared_persons=["eks"])),
    ("sm_living_situation", "ho bur med foreldra og brørne", "med_utover", dict(sm_feared_persons=["far", "bror"])),
    ("sm_living_situation", "hun bor hjemme hos foreldrene", "med_utover", dict(sm_feared_persons=["far"])),
    ("sm_living_situation", "med venninna si", "med_andre", dict(sm_feared_persons=["ektemann"])),
    ("sm_living_situation", "alone with the kids", "med_andre", dict(sm_feared_persons=["ektemann"])),
    ("sm_living_situation", "åleine", "alene", dict(sm_feared_persons=["ektemann"])),
    ("sm_living_situation", "hos svigerforeldrene", "med_utover", dict(sm_feared_persons=["svigerfamilie"])),
    ("sm_living_situation", "with her in-laws", "med_utover", dict(sm_feared_persons=["svigerfamilie"])),
    ("sm_living_situation", "dei bur saman", "med_utover", dict(sm_feared_persons=["partner"])),
    ("sm_living_situation", "they live together", "med_utover", dict(sm_feared_persons=["partner"])),
    ("sm_violence_setting", "bare hjemme", "bare_privat", {}),
    ("sm_violence_setting", "også ute blant folk", "ogsa_med_andre", {}),
    ("sm_violence_setting", "også når barna ser på", "ogsa_med_andre", {}),
    ("sm_violence_setting", "både heime og ute", "ogsa_med_andre", {}),
    ("sm_violence_setting", "in private", "bare_privat", {}),
    ("sm_violence_setting", "also in front of friends", "ogsa_med_andre", {}),
    ("perpetrator_relation", "kjæresten hennes", ["partner"], {}),
    ("perpetrator_relation", "faren til barna", ["barnefar"], {}),
    ("perpetrator_relation", "stefaren", ["far"], {}),
    ("perpetrator_relation", "her son", ["sonn"], {}),
    ("perpetrator_relation", "sonen hennar", ["sonn"], {}),
    ("perpetrator_relation", "ein kollega", ["annen"], {}),
    ("perpetrator_relation", "hallikken", ["annen"], {}),
    ("sm_feared_persons", "eksmannen og familien hans", ["eksmann", "svigerfamilie"], {}),
    ("sm_feared_persons", "mannen og svigermora", ["ektemann", "svigerfamilie"], {}),
    ("sm_feared_persons", "her brothers", ["bror"], {}),
    ("sm_feared_persons", "faren og onkelen", ["far", "storfamilie"], {}),
    ("sm_feared_persons", "ekskjæresten", ["eks"], {}),
    ("sm_feared_persons", "the father of her children", ["barnefar"], {}),
    ("sm_feared_persons", "barnefaren", ["barnefar"], {}),
    ("sm_feared_persons", "halvbroren", ["bror"], {}),
    ("sm_feared_persons", "den tidlegare sambuaren", ["eks"], {}),
    ("contact_mode", "hun ringte i natt", "telefon", {}),
    ("contact_mode", "via chat", "annet", {}),
    ("contact_mode", "barnevernet kom med henne", "brakt_av_annen_tjeneste", {}),
    ("contact_mode", "she walked in", "oppmote", {}),
    ("contact_mode", "brought by police", "brakt_av_politiet", {}),
    ("help_needed", "et sted å bo og samtaler", ["botilbud", "dagtilbud"], {}),
    ("help_needed", "somewhere safe to sleep tonight", ["botilbud"], {}),
    ("help_needed", "berre nokon å snakke med", ["dagtilbud"], {}),
])
def test_invented_answers_about_people_and_places(slot, text, value, ctx):
    got = read_answer(dialogue_of(slot), slot, text, **ctx)
    assert (sorted(got) == sorted(value)) if isinstance(value, list) and isinstance(got, list) else got == value


# --- 112: «og» in a past event is no alarm ----------------------------------------------------------------

def test_a_past_coming_after_og_is_no_alarm():
    assert not has_112(engine.handle(FC, "acute_danger_now", "nei, han kom hit og var på vei inn i fjor", None, {}))


# --- violence in more words, frequencies, partial noes -----------------------------------------------------

@pytest.mark.parametrize("slot,text,value", [
    ("sm_violence_forms", "ikke fysisk, men psykisk og økonomisk", ["psykisk", "okonomisk"]),
    ("sm_violence_forms", "not physical, only threats", ["psykisk"]),
    ("sm_violence_forms", "mest psykisk, han har aldri slått henne", ["psykisk"]),
    ("sm_violence_forms", "ho vart valdteken", ["seksuell"]),
    ("sm_violence_forms", "han tvang henne til sex", ["seksuell"]),
    ("sm_violence_forms", "he raped her", ["seksuell"]),
    ("sm_violence_forms", "knuste tinga hennar", ["materiell"]),
    ("sm_violence_forms", "he smashed her phone", ["materiell"]),
    ("sm_violence_forms", "hun er hele tiden redd og går på tå hev", ["latent"]),
    ("sm_violence_forms", "han kaller henne hore og sier hun er verdiløs", ["psykisk"]),
    ("sm_violence_forms", "he pushed her down the stairs", ["fysisk"]),
    ("sm_violence_forms", "slag og spark", ["fysisk"]),
    ("sm_violence_forms", "han drog ho etter håret", ["fysisk"]),
    ("sm_violence_forms", "he hacked her facebook", ["digital"]),
    ("sm_violence_forms", "han tok bankkortet hennes", ["okonomisk"]),
    ("sm_violence_forms", "hun får ikke ha egne penger", ["okonomisk"]),
    ("sm_escalation", "tror det", (UNSURE, True)),
    ("sm_escalation", "kanskje litt", (UNSURE, None)),
    ("sm_escalation", "trur ikkje det", (UNSURE, False)),
    ("sm_weapon_access", "nei, men han har en stor kniv på kjøkkenet", True),
    ("sm_weapon_access", "ikke skytevåpen, men kniver", True),
    ("sm_weapon_access", "no guns, but knives", True),
    ("sm_children_with_perpetrator", "nei, men de skal dit i helgen", False),
    ("sm_prior_reports", "nei, men hun har anmeldt ham en gang", True),
    ("sm_threats_to_kill", "ikke direkte, men han har sagt at hun kommer til å angre", (UNSURE, None)),
    ("sm_strangulation", "nei, men han holdt henne fast", False),
    ("sm_substance_use", "av og til", True),
    ("sm_substance_use", "noen ganger", True),
    ("sm_mental_health", "han har angst", True),
    ("sm_mental_health", "nei, han er frisk", False),
    ("sm_family_support", "familien hans sier det er hennes feil", True),
    ("sm_recent_separation", "hun planlegger å gå fra ham", True),
    ("sm_recent_separation", "ho vil skilje seg", True),
])
def test_more_invented_answers(slot, text, value):
    got = read_answer(SM, slot, text, sm_feared_persons=["ektemann"], sm_children_count=2)
    assert (sorted(got) == sorted(value)) if isinstance(value, list) and isinstance(got, list) else got == value


# --- won't say anything about a named thing (found after the third held-back batch's one run) ----------

@pytest.mark.parametrize("slot,text", [
    ("children_with_perpetrator", "hun vil ikke si noe om barna"),
    ("children_with_perpetrator", "ho vil ikkje seie noko om ungane"),
    ("children_with_perpetrator", "hun ønsker ikke å fortelle noe mer om barna nå"),
    ("police_aware", "han ønsker ikke å fortelle noe om politiet"),
    ("police_aware", "ho vil ikkje snakka meir om politiet"),
    ("perpetrator_knows", "hun vil ikke svare noe på det spørsmålet"),
    ("escalated", "hun vil ikke si noe mer om volden"),
])
def test_wont_say_anything_about_a_named_thing_is_unknown(slot, text):
    assert read_answer(FC, slot, text) == "vil_ikke_svare"


@pytest.mark.parametrize("slot,text,value", [
    ("children_with_perpetrator", "nei, barna er ikke hos ham", False),
    ("police_aware", "nei, politiet vet ikke noe om det", False),
])
def test_a_plain_no_about_the_same_things_stays_no(slot, text, value):
    assert read_answer(FC, slot, text) is value


# --- an intention after a plain no is no doubt about the answer (found after the third batch's one run) --

@pytest.mark.parametrize("text,value", [
    ("nei, men hun vurderer å anmelde", False),
    ("nei, men ho tenkjer på å melde det", False),
    ("nei, hun tenker på å anmelde ham", False),
    ("no, but she is considering reporting it", False),
    ("ja, men hun vurderer å trekke anmeldelsen", True),
])
def test_an_intention_after_a_plain_answer_keeps_the_answer(text, value):
    assert read_answer(FC, "police_aware", text) is value


@pytest.mark.parametrize("text", [
    "nei, men kanskje naboen har ringt", "nei, tror jeg", "hun vurderer å anmelde",
    "nei, hun regner med at han vet det",
])
def test_doubt_or_an_intention_alone_is_still_read_back(text):
    value = read_answer(FC, "police_aware", text)
    assert isinstance(value, tuple) and value[0] == UNSURE
