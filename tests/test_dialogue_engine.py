"""One turn of a dialogue: answer first, then commands, guide questions, acute danger, hints."""

from __future__ import annotations

import pytest

from bot.acute import POLICE_ENTRY_ID, looks_acute
from bot.dialogue import engine
from bot.dialogue.first_contact import FIRST_CONTACT_DIALOGUE as FC
from bot.dialogue.parse import SKIPPED, UNKNOWN
from bot.dialogue.safety_mapping import HONOUR_NOTE
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.schema import CANCEL, CANCEL_CONFIRM_SLOT, CANCEL_PENDING, CONTROL_SLOT, PAUSE, PENDING_SLOT

ANSWERED = {"contact_mode": "telefon", "acute_danger_now": False, "children_count": 2,
            "children_with_perpetrator": True}


def turn(dialogue, slot, text, slots=None, intent=None, case_exists=None):
    return engine.handle(dialogue, slot, text, intent, slots if slots is not None else ANSWERED, case_exists)


def texts(t):
    return "\n".join(r.text or "" for r in t.replies)


def has_112(t):
    return any((r.text or "").lstrip("🚨 ").startswith("Er noen i fare") for r in t.replies)


@pytest.mark.parametrize("text", [
    "nei, ingen akutt fare akkurat nå", "ikke akutt", "hun er ikke i fare nå", "ho er ikkje i livsfare no",
    "nei", "han har kvelt henne før, hva gjør jeg", "når bør vi involvere politiet?",
])
def test_no_false_alarm(text):
    assert not looks_acute(text)


@pytest.mark.parametrize("text", [
    "han står utenfor døra med kniv", "akutt fare", "hun er i livsfare nå", "ring 112",
    "han truer med å drepe henne nå", "han har ikke kniv, men han står utenfor nå og truer med å drepe",
])
def test_acute_still_caught(text):
    assert looks_acute(text)


def test_the_acute_question_answered_no_is_stored_without_alarm():
    t = turn(FC, "acute_danger_now", "nei, ingen akutt fare akkurat nå")
    assert t.slots == {"acute_danger_now": False} and not has_112(t)


def test_acute_yes_and_acute_message_get_112_first():
    t = turn(FC, "acute_danger_now", "ja")
    assert t.slots["acute_danger_now"] is True and has_112(t)
    t = turn(FC, "escalated", "han står utenfor med kniv nå")
    assert has_112(t) and t.replies[0].custom["sources"][0]["id"] == POLICE_ENTRY_ID
    assert t.slots == {"escalated": None}  # then the same question again


def test_answer_with_danger_now_is_stored_and_raises_112_first():
    t = turn(SM, "sm_weapon_access", "ja, og han står utenfor døra med kniv nå")
    assert t.slots["sm_weapon_access"] is True and has_112(t) and len(t.replies) == 1


def test_unknown_declined_and_skip_are_answers():
    assert turn(FC, "children_count", "vet ikke").slots == {"children_count": UNKNOWN}
    assert turn(FC, "contact_mode", "hopp over").slots == {"contact_mode": SKIPPED}


def test_cancel_asks_first_and_no_goes_back():
    t = turn(FC, "escalated", "avbryt")
    assert t.slots == {"escalated": None, CONTROL_SLOT: CANCEL_PENDING}
    back = turn(FC, CANCEL_CONFIRM_SLOT, "nei")
    assert back.slots == {CONTROL_SLOT: None, CANCEL_CONFIRM_SLOT: None} and "fortsetter" in texts(back)
    assert turn(FC, CANCEL_CONFIRM_SLOT, "ja").slots[CONTROL_SLOT] == CANCEL
    assert turn(FC, CANCEL_CONFIRM_SLOT, '/inform{"answer": "ja"}').slots[CONTROL_SLOT] == CANCEL  # the buttons
    assert turn(FC, CANCEL_CONFIRM_SLOT, '/inform{"answer": "nei"}').slots[CONTROL_SLOT] is None
    unclear = turn(FC, CANCEL_CONFIRM_SLOT, "hmm")
    assert unclear.slots == {CANCEL_CONFIRM_SLOT: None} and "«ja»" in texts(unclear)


def test_cancel_with_nothing_answered_needs_no_confirmation():
    assert turn(FC, "contact_mode", "avbryt", slots={}).slots[CONTROL_SLOT] == CANCEL


def test_pause_why_menu_help():
    assert turn(SM, "sm_escalation", "pause").slots[CONTROL_SLOT] == PAUSE
    why = turn(SM, "sm_strangulation", "hvorfor spør vi om dette?")
    assert why.slots == {"sm_strangulation": None} and texts(why).startswith("Hvorfor:") and "Kilde:" in texts(why)
    menu = turn(SM, "sm_strangulation", "meny")
    assert menu.replies[0].buttons and menu.slots == {"sm_strangulation": None}
    assert "vet ikke" in texts(turn(FC, "escalated", "hjelp"))


def test_guide_question_mid_form_is_answered_then_same_question():
    t = turn(FC, "perpetrator_relation", "hvordan bestiller jeg tolk?")
    assert t.slots == {"perpetrator_relation": None}
    assert t.replies[0].custom["sources"][0]["id"].endswith("slik-bestiller-du-tolk")


def test_unreadable_gets_a_hint():
    t = turn(SM, "sm_pets", "asdkjh qwe")
    assert t.slots == {"sm_pets": None} and engine.UNREADABLE in texts(t)


def test_a_menu_button_goes_back_to_the_rules():
    assert turn(FC, "escalated", '/browse{"node": "ch:1"}').reject


def test_change_clears_the_answer_and_keeps_what_still_applies():
    t = turn(FC, "feared_for_life", "endre antall barn")
    assert t.slots["children_count"] is None and "children_with_perpetrator" not in t.slots
    t = turn(FC, "feared_for_life", "endre antall barn til 3")  # still children: where they are is kept
    assert t.slots["children_count"] == 3 and "children_with_perpetrator" not in t.slots
    # an answer that no longer applies is left out of the record, not asked again
    from bot.dialogue.note import triage_record

    assert triage_record({**ANSWERED, "children_count": 0})["children_with_perpetrator"] is False
    assert triage_record({"interpreter_needed": False, "language": "arabisk"})["language"] is None
    t = turn(FC, "feared_for_life", "endre noe rart")
    assert "Hva vil du endre?" in texts(t)
    t = turn(SM, "sm_confirm", "endre æresrelatert", slots={"sm_honour_related": True,
                                                           "sm_hr_marriage_planned": True})
    assert t.slots["sm_honour_related"] is None and t.slots["sm_confirm"] is None


def test_unknown_case_is_asked_again():
    t = turn(SM, "sm_case", "K-7F3Q2A", case_exists=lambda ref: False)
    assert t.slots == {"sm_case": None} and "ingen sak K-7F3Q2A" in texts(t)
    assert turn(SM, "sm_case", "K-7F3Q2A", case_exists=lambda ref: True).slots == {"sm_case": "K-7F3Q2A"}


def test_honour_note_when_answers_point_there():
    t = turn(SM, "sm_family_support", "ja", slots={"sm_several_perpetrators": True})
    assert HONOUR_NOTE in texts(t)
    assert HONOUR_NOTE not in texts(turn(SM, "sm_family_support", "nei", slots={"sm_several_perpetrators": False}))


def test_intent_is_only_a_fallback_for_commands():
    # DIET may call «vil ikke svare» a cancel; the answer is read first
    assert turn(SM, "sm_pets", "vil ikke svare", intent="cancel").slots == {"sm_pets": "vil_ikke_svare"}
    assert turn(SM, "sm_pets", "jeg må gå fra litt", intent="pause").slots[CONTROL_SLOT] == PAUSE


# --- issue 14: hedges confirmed once, danger coming now, answers read against the perpetrator ---------


def test_a_hedge_is_read_back_once_then_stored_as_answered():
    first = turn(SM, "sm_weapon_access", "tror det", slots={})
    assert first.slots == {"sm_weapon_access": None, PENDING_SLOT: {"slot": "sm_weapon_access", "lean": True}}
    assert "«tror det» – det er usikkert" in texts(first)
    pending = {PENDING_SLOT: first.slots[PENDING_SLOT]}
    assert turn(SM, "sm_weapon_access", "ja", slots=pending).slots == {"sm_weapon_access": True, PENDING_SLOT: None}
    assert turn(SM, "sm_weapon_access", "nei", slots=pending).slots[("sm_weapon_access")] is False
    assert turn(SM, "sm_weapon_access", "stemmer", slots=pending).slots["sm_weapon_access"] is True
    lean_no = {PENDING_SLOT: {"slot": "sm_weapon_access", "lean": False}}
    assert turn(SM, "sm_weapon_access", "det stemmer", slots=lean_no).slots["sm_weapon_access"] is False
    again = turn(SM, "sm_weapon_access", "kanskje", slots=pending)  # unsure twice: unknown, no loop
    assert again.slots == {"sm_weapon_access": UNKNOWN, PENDING_SLOT: None} and engine.STORED_UNKNOWN in texts(again)


def test_the_read_back_belongs_to_one_question():
    updates, following = engine.advance(SM, {"sm_case": "ny", PENDING_SLOT: {"slot": "sm_pets", "lean": True}},
                                        {"sm_why_contact_now": "tekst"})
    assert following == "sm_what_happened" and updates[PENDING_SLOT] is None


@pytest.mark.parametrize("text", ["ikke nå, men han er på vei", "nei, men eksen står utenfor nå",
                                  "ikkje no, men han er på veg hit"])
def test_danger_coming_now_is_acute_and_gets_112(text):
    t = turn(FC, "acute_danger_now", text, slots={})
    assert t.slots["acute_danger_now"] is True and has_112(t)


def test_danger_coming_now_mid_mapping_gets_112_first():
    t = turn(SM, "sm_pets", "nei, men han er på vei hit nå", slots={"sm_perpetrators": ["ektemann"]})
    assert has_112(t) and t.slots["sm_pets"] is False


@pytest.mark.parametrize("slot,text,slots", [
    ("acute_danger_now", "nei, ingen akutt fare", {}),
    ("acute_danger_now", "nei", {}),
    ("sm_pets", "nei, hun er på vei hit nå", {"sm_perpetrators": ["ektemann"]}),  # the person herself
    ("sm_what_happened", "han slo henne og sa at han skal finne henne", {"sm_perpetrators": ["ektemann"]}),
])
def test_no_false_112(slot, text, slots):
    dialogue = FC if slot in FC.by_slot else SM
    assert not has_112(turn(dialogue, slot, text, slots=slots))


def test_children_are_read_against_the_perpetrator_named_earlier():
    t = turn(FC, "children_with_perpetrator", "de er med moren", slots={"perpetrator_relation": ["mor"]})
    assert t.slots["children_with_perpetrator"] is True
    t = turn(FC, "children_with_perpetrator", "de er med moren", slots={"perpetrator_relation": ["ektemann"]})
    assert t.slots["children_with_perpetrator"] is False
    unclear = turn(FC, "children_with_perpetrator", "de er hos faren", slots={"perpetrator_relation": ["partner"]})
    assert unclear.slots["children_with_perpetrator"] is None and "kan ikke se om" in texts(unclear)


def test_nei_men_fills_what_the_children_experienced():
    """Issue 14: «nei, men de har sett volden» stored «not exposed» and dropped the child measures."""
    t = turn(SM, "sm_children_with_perpetrator", "nei, men de har sett volden", slots={"sm_children_count": 2})
    assert t.slots == {"sm_children_with_perpetrator": False, "sm_children_exposed": True}


def test_a_guide_question_while_an_open_question_is_pending():
    t = turn(SM, "sm_what_happened", "hvordan bestiller jeg tolk?", slots={})
    assert t.slots == {"sm_what_happened": None} and t.guide_reply is not None
    t = turn(SM, "sm_what_happened", "han slo henne i går kveld", slots={})
    assert t.slots == {"sm_what_happened": "han slo henne i går kveld"}


def test_why_for_an_addition_names_its_outside_source():
    t = turn(SM, "sm_strangulation", "hvorfor spør vi om dette?", slots={})
    assert "Utenfor veilederen:" in texts(t) and "dangerassessment.org" in texts(t)


def test_a_danger_message_is_no_answer_to_another_question():
    """Found in the terminal chat: «ikkje nå, men han er på veg hit no» to «brutt besøksforbud?» was stored
    as «nei». It gets the 112 reply and the same question again; an explicit «ja»/«nei» is still an answer."""
    t = turn(SM, "sm_breached_order", "ikkje nå, men han er på veg hit no", slots={"sm_perpetrators": ["partner"]})
    assert has_112(t) and t.slots == {"sm_breached_order": None}
    t = turn(SM, "sm_weapon_access", "ja, og han står utenfor døra med kniv nå", slots={})
    assert has_112(t) and t.slots["sm_weapon_access"] is True
