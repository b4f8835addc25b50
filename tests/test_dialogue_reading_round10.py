"""Reading answers, round 10: a fresh sweep of everyday answers over both dialogues (dialogue8), each kind
beside counter-cases that must not change: refusals and «not asked» in new words are null, never «nei»
(«det får hun svare på selv», «spør henne i morgen», «vi hadde ikke tid til det», «ingenting kjent», «ho svara
ikkje», «det vet jeg ingenting om»); «stemmer ikke» is no; a correction set off by commas («nei, vent, ja»);
«nei, men han mistenker noe» is a no to «does he know?»; a yes said with its own negation after «men»; «… ellers»
does not turn a no; counts said as «to små», «ja, tre stk», «barnlaus», «tre, ingen hos han»; and the edit flow:
«endre antall barn til 2, de er hos faren» keeps where the children are.
"""

from __future__ import annotations

import pytest

from bench.dialogue_transcripts import Transcript, run_engine
from bot.dialogue import parse
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import read

REFUSALS = [
    "det får hun svare på selv", "spør henne i morgen", "kommer tilbake til det", "det må vi komme tilbake til",
    "vi hoppa over det", "det hoppet vi over", "hun vil vente med å svare", "hun var for sliten",
    "hun gråt for mye til å svare", "hun unngikk spørsmålet", "hun trakk på skuldrene", "hun holdt det for seg selv",
    "hun lot være å svare", "det vet bare hun", "det står åpent", "vi hadde ikke tid til det", "det ble ikke tid",
    "tiden strakk ikke til", "fikk ikke tatt det", "spørsmålet ble ikke stilt", "ingenting kjent", "ikke noe kjent",
    "ingen opplysninger om det", "ingen info om det", "inga formeining", "ikke tatt opp", "ikke snakket om",
    "ikke kartlagt", "hun sier hun ikke vet", "ho seier ho ikkje veit", "hun sa hun ikke ville svare",
    "hun orket ikke å ta det nå", "ho svara ikkje", "har ikke fått snakket med henne om det",
    "det vet jeg ingenting om", "det snakka vi ikkje om", "idk", "hard to say", "vil ikke oppgi",
    "nei, men vi snakket ikke så mye om det",
]


@pytest.mark.parametrize("text", REFUSALS)
@pytest.mark.parametrize("dialogue,key", [(SM, "weapon_access"), (SM, "perpetrator_knows"), (FC, "police_aware"),
                                          (FC, "escalated")])
def test_refusals_and_not_asked_in_new_words_are_null(dialogue, key, text):
    p = read(dialogue, key, text)
    assert p.ok and not p.unsure and p.value in parse.UNANSWERED, p


@pytest.mark.parametrize("dialogue,key,text,expected", [
    (SM, "weapon_access", "nei", False), (SM, "weapon_access", "ingen våpen", False),
    (FC, "police_aware", "nei, ingen har meldt det", False), (FC, "escalated", "ja, flere ganger", True),
    (SM, "perpetrator_knows", "nei, han vet ingenting om det", False),
    (FC, "police_aware", "hun har ikke sagt noe om det til politiet", False),
    (SM, "weapon_access", "stemmer ikke", False), (FC, "escalated", "det stemmer ikkje", False),
    (SM, "weapon_access", "null", False), (SM, "weapon_access", "stemmer", True),
    (FC, "escalated", "nei, vent, ja", True), (FC, "escalated", "nei, feil, ja", True),
    (FC, "escalated", "vet ikke, nei forresten ja", True), (FC, "escalated", "nei, sorry, det har ikke skjedd", False),
    (FC, "escalated", "nei, unnskyld", False),
    (SM, "perpetrator_knows", "nei, men han mistenker noe", False),
    (FC, "perpetrator_knows", "nei men han aner nok noe", False),
    (SM, "strangulation", "nei, men han holdt hånda over munnen hennes så hun ikke fikk puste", True),
    (SM, "perpetrator_substance_use", "nei, men han drikker mye ellers", False),
    (SM, "perpetrator_substance_use", "nei, men han drikker før han slår", True),
    (SM, "stalking_or_surveillance", "nei, men han følger med på hvor hun er på mobilen", True),
])
def test_yes_no_words_corrections_and_men(dialogue, key, text, expected):
    p = read(dialogue, key, text)
    assert p.ok and not p.unsure and p.value is expected, p


@pytest.mark.parametrize("text", ["antar det", "hun mener det", "nei men han mistenker at hun er her"])
def test_beliefs_are_read_back(text):
    p = read(SM, "perpetrator_knows", text)
    assert p.ok and p.unsure, p


@pytest.mark.parametrize("text,expected", [
    ("hun har to små", 2), ("ja, tre stk", 3), ("barnlaus", 0), ("ikke noen barn", 0), ("femm", 5),
    ("tre, ingen hos han", 3), ("to, de er hos faren", 2), ("ingen", 0), ("nei, ingen", 0), ("ingen barn", 0),
    ("en gutt og en jente", 2),
])
def test_children_counts(text, expected):
    for dialogue in (FC, SM):
        p = read(dialogue, "children_count", text)
        assert p.ok and p.value == expected, (dialogue.name, p)


@pytest.mark.parametrize("text,expected", [
    ("kom gående inn", "oppmote"), ("walked in", "oppmote"), ("hun ringte", "telefon"), ("via sms", "telefon"),
])
def test_contact_modes(text, expected):
    p = read(FC, "contact_mode", text)
    assert p.ok and p.value == expected, p


def test_typen_is_a_boyfriend_not_a_husband():
    assert read(SM, "feared_persons", "typen").value == ["partner"]
    assert read(SM, "feared_persons", "mannen").value == ["ektemann"]


@pytest.mark.parametrize("text,expected", [
    ("alt dere kan gi", ["botilbud", "dagtilbud", "informasjon", "henvisning"]), ("samtaler", ["dagtilbud"]),
])
def test_help_all_you_can_give(text, expected):
    assert read(FC, "help_needed", text).value == expected


@pytest.mark.parametrize("text,expected", [
    ("familien presser henne til å gifte seg", "tvangsekteskap"), ("slår ikke, men truer", "psykisk"),
])
def test_violence_words(text, expected):
    p = read(SM, "violence_forms", text)
    assert p.ok and expected in p.value, p
    if text.startswith("slår ikke"):
        assert "fysisk" not in p.value
    assert "fysisk" in read(SM, "violence_forms", "slår, og truer").value


BASE_T = dict(contact_mode="hun ringte", acute_danger="nei", interpreter_needed="nei",
              why_contact_now="han slo henne i går", perpetrator_relation="mannen hennes", violence_forms="slår",
              escalated="ja", perpetrator_knows="nei", police_aware="nei", children_count="1",
              children_with_perpetrator="nei", feared_for_life="ja", information_given="alt",
              help_needed="botilbud", going_home="nei", registration_consent="ja", consent_form="muntlig")


def _run(dialogue, answers, expect, inter=()):
    t = Transcript.from_yaml(dict(dialogue=dialogue, id="r10", answers=answers, expect=expect,
                                  interjections=[dict(after=a, say=b) for a, b in inter]))
    result, _ = run_engine(t)
    return result


def test_edit_with_the_children_where_said_in_passing_keeps_it():
    r = _run("triage", BASE_T, {"children_count": 2, "children_with_perpetrator": True},
             [("children_count", "endre antall barn til 2, de er hos faren")])
    assert r.completed and not r.wrong, r.wrong


def test_edit_then_a_count_with_where_they_are():
    answers = dict(BASE_T, children_count=["1", "tre, ingen hos han"])
    r = _run("triage", answers, {"children_count": 3, "children_with_perpetrator": False},
             [("children_count", "endre antall barn")])
    assert r.completed and not r.wrong and not r.reasked, r.wrong


def test_a_later_edit_that_says_where_the_children_are_corrects_that_too():
    answers = dict(BASE_T, children_with_perpetrator="nei")
    r = _run("triage", answers, {"children_count": 2, "children_with_perpetrator": True},
             [("feared_for_life", "endre antall barn til 2, de er hos faren")])
    assert r.completed and not r.wrong, r.wrong


def test_det_er_han_copies_the_one_feared():
    base = dict(why_contact_now="han slo henne", what_happened="slag", feared_persons="mannen hennes",
                why_afraid="trusler", living_situation="alene", children_count="0", pets="nei",
                fear_if_going_home="slag", previous_shelter="nei", help_wanted="bo", perpetrators="det er han")
    t = Transcript.from_yaml(dict(dialogue="safety_mapping", id="r10", answers=base, expect={"perpetrators": ["ektemann"]}))
    r, _ = run_engine(t)
    assert r.completed and not r.wrong and not r.reasked, r.wrong


# --- found by the second, fresh sweep (run once untuned first) ---------------------------------------------

@pytest.mark.parametrize("text", [
    "må spørre henne igjen", "det vet jeg rett og slett ikke", "hun svarte unnvikende", "hun ble stille",
    "har ingen info", "dont know", "hun ba om å slippe å svare", "hun ville slippe det spørsmålet",
    "det tar hun stilling til senere", "hun må tenke", "det orket hun ikke", "ikke kjent for oss",
])
@pytest.mark.parametrize("dialogue,key", [(SM, "weapon_access"), (FC, "police_aware")])
def test_second_sweep_refusals_are_null(dialogue, key, text):
    p = read(dialogue, key, text)
    assert p.ok and not p.unsure and p.value in parse.UNANSWERED, p


@pytest.mark.parametrize("text,expected", [
    ("joda", True), ("nei... jo forresten", True), ("ja – nei, feil, nei", False), ("ja, nei vent, nei", False),
    ("nei – vent, nå sier hun at han står utenfor vinduet", False), ("nei - eller jo, ja", True),
    ("han kan ha skjult en kniv", None), ("nei, ikke noe slikt", False),
])
def test_second_sweep_yes_no(text, expected):
    p = read(SM, "weapon_access", text)
    if expected is None:
        assert p.ok and p.unsure, p
    else:
        assert p.ok and not p.unsure and p.value is expected, p


def test_a_possibility_after_nei_men_is_read_back():
    p = read(FC, "police_aware", "nei, men naboen kan ha ringt")
    assert p.ok and p.unsure, p


@pytest.mark.parametrize("text,expected", [("ho har tre born", 3), ("tvillingar", 2), ("to voksne barn", 2),
                                           ("hun har tre barn", 3)])
def test_second_sweep_counts(text, expected):
    assert read(SM, "children_count", text).value == expected


def test_screaming_is_psychological():
    assert set(read(SM, "violence_forms", "kaster ting og skriker").value) == {"fysisk", "psykisk"}


def test_standing_in_the_car_park_now_is_danger_now():
    from bot.acute import coming_now
    assert coming_now(" han står på parkeringsplassen nå ", pronouns=True)
    assert not coming_now(" han stod på parkeringsplassen i går ", pronouns=True)


@pytest.mark.parametrize("text,count", [
    ("tre bran, alle hos mormor", 3), ("to banr", 2), ("2 brn, ingen hos han", 2), ("fire barm", 4),
])
def test_children_count_with_barn_mistyped(text: str, count: int) -> None:
    """«barn» typed in a hurry (letters swapped or one missing) still carries the count; before, «tre bran, alle hos
    mormor» was not read at all, and the children's place said in passing was lost with it (h7-22, after merge)."""
    got = read(FC, "children_count", text)
    assert got.ok and got.value == count
