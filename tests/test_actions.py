"""Actions run with rasa_sdk's real Tracker and CollectingDispatcher."""

import json

from actions.browse_actions import ActionBrowse, ActionChecklist, ActionSearchWord
from actions.guide_actions import ActionAcuteDanger, ActionAnswerGuide, ActionChooseEntry
from bot.acute import POLICE_ENTRY_ID, looks_acute
from bot.guide.answer import clarify_reply
from tests.conftest import make_tracker as tracker
from tests.conftest import run_action as run

TOLK = "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/slik-bestiller-du-tolk"


def custom_of(messages):
    customs = [m["custom"] for m in messages if m.get("custom")]
    assert len(customs) == 1, messages
    return customs[0]


def test_answer_has_text_source_line_and_contract_custom():
    messages, events = run(ActionAnswerGuide(), tracker("hvordan bestiller jeg tolk?"))
    custom = custom_of(messages)
    assert custom["clarify"] is False
    src = custom["sources"][0]
    assert src["id"] == TOLK
    assert set(src) == {"id", "title", "section", "url", "last_updated", "score"}
    assert len(custom["sources"]) <= 3
    text = messages[0]["text"]
    assert "Veilederen › Under oppholdet (botilbudet) › Når den utsatte trenger tolk › Slik bestiller du tolk" in text
    assert "Sist faglig oppdatert: 7. juni 2018" in text
    assert src["url"] in text
    buttons = messages[0].get("buttons", [])
    assert [b["payload"].startswith("/choose_entry") for b in buttons] == \
        [True] * (len(custom["sources"]) - 1) + [False, False]
    assert [b["title"] for b in buttons[-2:]] == ["👍 Nyttig", "👎 Ikke nyttig"]
    assert events == []


def test_answer_works_inside_a_form():
    messages, events = run(ActionAnswerGuide(), tracker("hvordan bestiller jeg tolk?", active_loop="triage_form"))
    assert custom_of(messages)["sources"][0]["id"] == TOLK
    assert events == []


def test_offtopic_gets_plain_not_found():
    messages, _ = run(ActionAnswerGuide(), tracker("hva blir været i morgen?", intent="out_of_scope"))
    assert custom_of(messages) == {"sources": [], "clarify": False}
    assert "finner ikke" in messages[0]["text"]


def test_bad_input_gets_norwegian_reply_without_sources():
    for text in ["", "🙂🙂🙂", "x" * 10000, "what is the capital of France?", "'; DROP TABLE cases; --"]:
        messages, _ = run(ActionAnswerGuide(), tracker(text, intent="nlu_fallback"))
        assert custom_of(messages) == {"sources": [], "clarify": False}, text[:40]
        assert messages[0]["text"]
        assert "Traceback" not in messages[0]["text"]


def test_clarify_offers_buttons_for_candidates(search):
    """The clarify reply itself, built from real hits, so the test does not hang on today's thresholds."""
    hits = search.search("samtale").hits[:3]
    assert len(hits) >= 2
    reply = clarify_reply(hits)
    assert reply.custom["clarify"] is True
    assert len(reply.buttons) == len(reply.custom["sources"]) == len(hits)
    payload = reply.buttons[0]["payload"]
    assert payload.startswith("/choose_entry")
    assert json.loads(payload[len("/choose_entry"):])["entry_id"] == reply.custom["sources"][0]["id"]


def test_choose_entry_answers_that_entry():
    trk = tracker("/choose_entry", intent="choose_entry", entities=[{"entity": "entry_id", "value": TOLK}])
    messages, _ = run(ActionChooseEntry(), trk)
    assert custom_of(messages)["sources"][0]["id"] == TOLK


def test_acute_danger_gives_112_first_and_cites_police_section():
    messages, _ = run(ActionAcuteDanger(), tracker("han står utenfor med kniv", intent="acute_danger"))
    assert messages[0]["text"].lstrip("🚨 ").startswith("Er noen i fare") and "112" in messages[0]["text"].split("\n")[0]
    assert custom_of(messages)["sources"][0]["id"] == POLICE_ENTRY_ID


def test_acute_safety_net_in_guide_action():
    messages, _ = run(ActionAnswerGuide(), tracker("han står utenfor døra med kniv nå", intent="ask_guide"))
    assert "112" in messages[0]["text"]
    assert looks_acute("hun er i livsfare nå")
    assert not looks_acute("når bør vi involvere politiet?")


def test_browse_walks_down_and_back_up(corpus):
    messages, _ = run(ActionBrowse(), tracker("meny", intent="menu"))
    chapters = messages[0]["buttons"]
    assert len(chapters) == 7
    node = json.loads(chapters[2]["payload"][len("/browse"):])["node"]
    messages, _ = run(ActionBrowse(), tracker("x", intent="browse", entities=[{"entity": "node", "value": node}]))
    sections = messages[0]["buttons"]
    assert sections[-1]["payload"] == "/menu"
    sec_node = json.loads(sections[0]["payload"][len("/browse"):])["node"]
    messages, _ = run(ActionBrowse(), tracker("x", intent="browse", entities=[{"entity": "node", "value": sec_node}]))
    subs = messages[0]["buttons"]
    assert subs[0]["payload"].startswith("/choose_entry")
    assert subs[-1]["payload"] == chapters[2]["payload"]


def test_search_word_lists_buttons_best_first():
    for text in ["/sok tolk", "søk tolk", "søk: tolk"]:
        messages, _ = run(ActionSearchWord(), tracker(text, intent="search_word"))
        buttons = messages[0]["buttons"]
        assert buttons and all(b["payload"].startswith("/choose_entry") for b in buttons)
        assert "tolk" in messages[0]["text"]


def test_checklists_with_source():
    for text, title in [("sjekkliste første samtale", "første samtale"), ("sjekkliste ny bolig", "ny bolig"),
                        ("sjekkliste kartlegging av vold og trusler", "kartlegging av vold og trusler"),
                        ("sjekkliste sikkerhetstiltak", "sikkerhetstiltak")]:
        messages, _ = run(ActionChecklist(), tracker(text, intent="checklist"))
        assert title in messages[0]["text"].lower(), text
        assert "Kilde:" in messages[0]["text"] and "http" in messages[0]["text"]
    messages, _ = run(ActionChecklist(), tracker("sjekkliste", intent="checklist"))
    assert len(messages[0]["buttons"]) == 4


def test_a_checklist_of_the_guide_itself_is_answered_from_the_guide():
    """The guide's own checklists (not condensed in checklists.yml) are answered with their source;
    a bare request keeps the menu of the assistant's lists."""
    for text in ["sjekkliste innhold tilbud", "sjekkliste info om krisesenteret"]:
        messages, _ = run(ActionChecklist(), tracker(text, intent="checklist"))
        sources = messages[0]["custom"]["sources"]
        assert sources[0]["title"].startswith("Sjekkliste for"), text
        assert sources[0]["id"].startswith("skjemaer-og-maler/"), text
    for text in ["sjekkliste", "vis sjekklistene", "har du en sjekkliste?", "/checklist", "sjekklista for tryggingstiltak"]:
        messages, _ = run(ActionChecklist(), tracker(text, intent="checklist"))
        assert len(messages[0]["buttons"]) == 4, text
