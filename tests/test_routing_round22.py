"""The router, round 22: two kinds ownwords16 left open (its sweep and probe 2).

- The mapping asked for by its verb: «kan vi risikovurdere K-4PL8MN?» got a guide answer with no start.
  «risikovurdere», «farevurdere» and «trusselvurdere» say «do it» after a request frame, as «kartlegge» does; a
  question about how or where («hvordan risikovurderer vi?», «kan vi risikovurdere over telefon?», «kan man …») stays
  a question.
- «har du en sjekkliste?» after the situation that names it asks for the checklist: «har du …?» counts in any
  clause, not only the first.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute
from bot.nlu.routing import decide, named_utility


@pytest.mark.parametrize("text", [
    "kan vi risikovurdere K-4PL8MN?", "kan du risikovurdere saken K-3MN7PQ?", "vi må risikovurdere henne nå",
    "kan vi farevurdere henne?", "eg vil trusselvurdere saka",
])
def test_the_mapping_by_its_verb_starts_or_is_offered(text: str) -> None:
    assert decide("start_safety_mapping", text, looks_acute, 0.95, []).intent == "start_safety_mapping"
    routed = decide("ask_guide", text, looks_acute, 0.95, [])
    assert routed.intent == "start_safety_mapping" or routed.offer == "start_safety_mapping"


@pytest.mark.parametrize("text", [
    "hvordan risikovurderer vi?", "kan vi risikovurdere over telefon?", "kan man risikovurdere barn?",
    "hva er forskjellen på å risikovurdere og å kartlegge?",
])
def test_questions_about_it_stay_questions(text: str) -> None:
    for intent in ("ask_guide", "start_safety_mapping"):
        routed = decide(intent, text, looks_acute, 0.95, [])
        assert routed.intent == "ask_guide"


@pytest.mark.parametrize("text", [
    "ho skal flytte ut i eiga leilegheit, har du ei sjekkliste?", "hun har fått egen leilighet, har du en huskeliste?",
    "hun flytter ut i morgen. har du en sjekkliste?",
])
def test_asking_for_a_checklist_after_the_situation_gets_it(text: str) -> None:
    # «har du …?» asks for something the assistant has in any clause, not only the first (ownwords16, left open there)
    assert decide("checklist", text, looks_acute, 0.95, []).intent == "checklist"


# After the held-back starts batch 14 (spent): the two requests it missed, as kinds.
@pytest.mark.parametrize("text,utility", [
    ("Liste over funksjoner", "menu"), ("oversikt over alle valgene", "menu"), ("a list of the commands", "menu"),
    ("hvordan brukr jeg botten", "help"), ("hvordan bruker jeg chatbotten?", "help"),
])
def test_a_list_of_functions_is_the_menu_and_the_bot_typed_with_tt_is_the_assistant(text: str, utility: str) -> None:
    assert named_utility(text) == utility
    assert decide("ask_guide", text, looks_acute, 0.95, []).intent == utility


@pytest.mark.parametrize("text", ["liste over tiltak", "liste over funksjoner i kommunen?", "hvordan bruker vi tolk?"])
def test_lists_of_other_things_stay_questions(text: str) -> None:
    assert named_utility(text) is None
