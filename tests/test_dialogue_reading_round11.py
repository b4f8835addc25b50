"""Reading answers, round 11: negation read by what it attaches to (``bot.dialogue.talk``), not by phrase lists.

A negation on the question's content is a no («det har han ikke», «han har ikke våpen», «det har han aldri
sagt»); a negation on a conversation word – knowing, saying, answering, asking, remembering, having time,
getting to, wanting to say – is about the conversation, so the fact is not known («det kom vi aldri inn på»,
«hun ga ikke noe svar», «det var ikke tema»). The refusal wordings here were written to be unseen: most are
built from templates (subject × conversation word × word order), so the test shows the class, not a list.
Counter-cases: true no answers in many shapes must stay no.
"""

from __future__ import annotations

import pytest

from bench.dialogue_transcripts import Transcript, run_engine
from bot.dialogue import parse, talk
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import read

QUESTIONS = [(SM, "weapon_access"), (SM, "threats_to_kill"), (SM, "previous_shelter"), (FC, "escalated"),
             (FC, "police_aware"), (SM, "perpetrator_knows")]

# Unseen wordings of «we did not get to it / she did not say» – built, not listed.
BUILT = [f"det {verb} {who} {neg} {tail}".strip()
         for verb, tail in [("nevnte", "noe om"), ("kommenterte", ""), ("forklarte", "noe om"), ("berørte", ""),
                            ("tok", "opp"), ("utdypet", "")]
         for who in ("hun", "vi")
         for neg in ("ikke", "aldri")]
SWEEP = [  # from the fresh sweep (dialogue9), stored as «nei» before this round
    "det kom ikke opp i samtalen", "det har vi ikke berørt", "det har ikke kommet fram",
    "hun ønsket ikke å gå inn i det", "hun hadde ikke krefter til flere spørsmål", "ingen som har spurt henne om det",
    "hun har ikke villet si noe", "not discussed", "she didn't mention it", "hun var ikke klar for å snakke om det",
    "ikke klar for å svare på det ennå", "vi nådde ikke det punktet", "det er ikke lett å svare på",
    "fikk ikke noe ut av henne", "hun var ikke villig til å svare", "ikke villig til å si",
    # and those that were asked again
    "glemte å ta det opp", "hun lukket seg da vi spurte", "hun avslo å svare", "det holdt hun tett om",
    "det får vi se på neste gang", "tar det neste samtale",
]
BRIEF = ["det kom vi aldri inn på", "hun ga ikke noe svar", "det var ikke tema", "ikke noe hun ville dele",
         "ho ville ikkje", "she wouldn't tell", "vi rakk ikke å spørre om det", "hun orket ikke mer",
         "har ikke fått vite", "we didn't get to that", "nei, det fikk vi ikke spurt om", "she never said",
         "det ble ikke noe snakk om det", "ho gav ikkje noko svar", "det kom vi ikkje inn på"]


@pytest.mark.parametrize("text", BUILT + SWEEP + BRIEF)
@pytest.mark.parametrize("dialogue,key", QUESTIONS)
def test_negation_about_the_conversation_is_not_a_no(dialogue, key, text):
    p = read(dialogue, key, text)
    assert p.ok and not p.unsure and p.value in parse.UNANSWERED, p


@pytest.mark.parametrize("dialogue,key,text", [
    (SM, "weapon_access", "nei"), (SM, "weapon_access", "ikke"), (SM, "weapon_access", "nope"),
    (SM, "weapon_access", "ingen"), (SM, "weapon_access", "aldri"), (SM, "weapon_access", "han har ikke våpen"),
    (SM, "weapon_access", "han har ikkje våpen"), (SM, "weapon_access", "nei, ingen våpen"),
    (SM, "threats_to_kill", "det har han ikke"), (SM, "threats_to_kill", "det har han aldri sagt"),
    (SM, "threats_to_kill", "han har aldri sagt noe sånt"),
    (SM, "threats_to_kill", "nei, han sa aldri noe om å drepe henne"),
    (SM, "threats_to_kill", "hun har aldri hørt ham true med det"),
    (SM, "previous_shelter", "nei, hun visste ikke at det fantes"),
    (SM, "previous_shelter", "ho har ikkje vore på krisesenter før"), (SM, "escalation", "det har ikke blitt verre"),
    (FC, "police_aware", "politiet vet ikke om det"), (FC, "police_aware", "nei, hun har ikke snakket med politiet"),
    (FC, "perpetrator_knows", "han vet ikke hvor hun er"),
    (SM, "perpetrator_knows", "nei, hun sier han ikke vet det"),
    (SM, "perpetrator_knows", "hun sier han ikke vet hvor hun er"),
    (SM, "threats_to_kill", "she says no"), (SM, "perpetrator_substance_use", "ikke mer"),
    (SM, "perpetrator_substance_use", "ikke så mye"), (FC, "going_home", "hun vil ikke hjem"),
    (FC, "registration_consent", "hun vil ikke registreres"), (SM, "strangulation", "nei, ikke i det hele tatt"),
    (SM, "children_exposed", "barna har ikke sett noe"), (SM, "stalking_or_surveillance", "han følger ikke etter henne"),
    (SM, "sexual_violence", "hun sa at han ikke har gjort det"), (SM, "strangulation", "hun glemte ikke noe, nei"),
])
def test_negation_of_the_content_stays_no(dialogue, key, text):
    p = read(dialogue, key, text)
    assert p.ok and not p.unsure and p.value is False, p


@pytest.mark.parametrize("dialogue,key,text,expected", [
    (FC, "escalated", "nei, men det fikk vi ikke spurt om", None),
    (SM, "sexual_violence", "nei, men hun ville ikke si mer", None),
    (SM, "prior_reports", "nei, men hun orket ikke å gå inn på det", None),
    (SM, "stalking_or_surveillance", "nei, men det var ikke tema", None),
    (SM, "weapon_access", "nei, men vi glemte å spørre om det", None),
    (SM, "threats_to_kill", "ja, men hun ville ikke si mer om det", True),
    (SM, "escalation", "ja, men det snakket vi ikke mye om", True),
    (SM, "threats_to_kill", "nei, men han har truet med å ta barna", False),
    (SM, "perpetrator_mental_health", "nei, men han drikker ikke heller", False),
    (SM, "recent_separation", "ja, men han har ikke godtatt det", True),
])
def test_men_answers_read_as_a_whole(dialogue, key, text, expected):
    p = read(dialogue, key, text)
    if expected is None:
        assert p.ok and not p.unsure and p.value in parse.UNANSWERED, p
    else:
        assert p.ok and not p.unsure and p.value is expected, p


@pytest.mark.parametrize("text", ["ja, det fortalte hun", "ja, det sa hun selv", "ja, hun husker det godt",
                                  "ja, det nevnte hun med en gang"])
def test_yes_said_with_conversation_words_stays_yes(text):
    p = read(SM, "threats_to_kill", text)
    assert p.ok and p.value is True, p


def test_scope_is_one_clause():
    """«hun sa at han ikke har slått»: the negation is in the «at» clause (the fact), not on «sa»."""
    assert talk.about_the_conversation(parse.norm("hun sa at han ikke har slått henne")) is None
    assert talk.about_the_conversation(parse.norm("hun sa ikke noe om det")) == "talk"
    assert talk.about_the_conversation(parse.norm("hun ville ikke")) == "want"
    assert talk.about_the_conversation(parse.norm("hun ville ikke"), vil_question=True) is None


def test_a_new_refusal_is_stored_as_null_through_the_engine():
    base = dict(contact_mode="hun ringte", acute_danger="nei", interpreter_needed="nei",
                why_contact_now="han slo henne i går", perpetrator_relation="mannen hennes",
                violence_forms="slår og truer", escalated="det kom vi aldri inn på", perpetrator_knows="nei",
                police_aware="hun ga ikke noe svar på det", children_count="0", feared_for_life="ja",
                information_given="alt", help_needed="botilbud", going_home="nei", registration_consent="ja",
                consent_form="muntlig")
    t = Transcript.from_yaml(dict(dialogue="triage", id="r11", answers=base,
                                  expect={"escalated": None, "police_aware": None, "perpetrator_knows": False}))
    r, _ = run_engine(t)
    assert r.completed and not r.wrong and not r.reasked, r.wrong


# --- found by the second fresh sweep (dialogue9, run once untuned first) -------------------------------------

@pytest.mark.parametrize("text", [
    "vi snakket ikke om våpen", "det spurte jeg ikke om", "hun svarte bare at hun ikke ville",
    "det sto ikke på lista i dag", "vi tok ikke det i dag", "hun var taus", "intet svar", "spørsmålet falt bort",
    "det ble glemt",
])
@pytest.mark.parametrize("dialogue,key", [(SM, "weapon_access"), (SM, "prior_reports"), (FC, "escalated")])
def test_second_sweep_refusals_are_null(dialogue, key, text):
    p = read(dialogue, key, text)
    assert p.ok and not p.unsure and p.value in parse.UNANSWERED, p


@pytest.mark.parametrize("dialogue,key,text", [
    (SM, "weapon_access", "han eier ikke våpen"), (SM, "perpetrator_substance_use", "han drikker aldri"),
    (SM, "children_exposed", "barna så ikke noe"), (SM, "stalking_or_surveillance", "han overvåker henne ikke"),
    (FC, "going_home", "hun vil ikke"), (FC, "registration_consent", "hun sa at hun ikke ville"),
    (SM, "strangulation", "han har aldri tatt henne rundt halsen"),
])
def test_second_sweep_true_no_stays_no(dialogue, key, text):
    p = read(dialogue, key, text)
    assert p.ok and not p.unsure and p.value is False, p
