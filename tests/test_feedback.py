"""👍/👎 under guide answers: logged replies, votes, and ``./botctl feedback`` (SQLite; storage on
PostgreSQL is covered in tests/storage/test_storage_feedback.py)."""

import json
import os
import subprocess

from actions.guide_actions import ANSWER_LOG, ActionAnswerGuide, ActionFeedback
from bot.config import PROJECT_ROOT
from bot.storage import db, feedback
from bot.storage.models import AnswerLog
from tests.conftest import make_tracker as tracker
from tests.conftest import run_action as run


def _vote_payload(messages, title):
    button = next(b for b in messages[0]["buttons"] if b["title"] == title)
    assert button["payload"].startswith("/feedback")
    return json.loads(button["payload"][len("/feedback"):])


def _feedback_tracker(payload):
    entities = [{"entity": k, "value": v} for k, v in payload.items()]
    return tracker("/feedback" + json.dumps(payload), intent="feedback", entities=entities)


def test_answer_is_logged_and_a_vote_is_stored():
    messages, _ = run(ActionAnswerGuide(), tracker("hvordan bestiller jeg tolk?"))
    payload = _vote_payload(messages, "👎 Ikke nyttig")
    reply, events = run(ActionFeedback(), _feedback_tracker(payload))
    assert "Takk" in reply[0]["text"] and events == []
    with db.session_scope() as session:
        row = session.query(AnswerLog).filter_by(token_hash=feedback.token_hash(payload["answer_ref"])).one()
        assert (row.decision, row.vote, row.question) == ("answer", "down", "hvordan bestiller jeg tolk?")
        assert row.entry_id.endswith("/slik-bestiller-du-tolk")


def test_declined_question_is_logged_without_vote_buttons():
    messages, _ = run(ActionAnswerGuide(), tracker("oppskrift på fiskesuppe med reker", intent="out_of_scope"))
    payloads = [b["payload"] for b in messages[0].get("buttons") or []]
    assert not [p for p in payloads if p.startswith("/feedback")]
    assert "/start_triage" in payloads  # the decline offers the main actions instead (bot/offers.py)
    ANSWER_LOG.drain()  # written after the reply
    with db.session_scope() as session:  # the question is encrypted: compared here, not in SQL
        assert [r.question for r in session.query(AnswerLog).filter_by(decision="none")].count(
            "oppskrift på fiskesuppe med reker") == 1


def test_acute_reply_and_bad_input_are_not_logged():
    with db.session_scope() as session:
        before = session.query(AnswerLog).count()
    run(ActionAnswerGuide(), tracker("han står utenfor døra med kniv nå"))
    run(ActionAnswerGuide(), tracker("🙂🙂🙂"))
    ANSWER_LOG.drain()
    with db.session_scope() as session:
        assert session.query(AnswerLog).count() == before


def test_unknown_or_forged_vote_is_answered_politely():
    for payload in ({"answer_ref": "finnesikke", "vote": "up"}, {"answer_ref": "x", "vote": "kanskje"}, {}):
        reply, _ = run(ActionFeedback(), _feedback_tracker(payload))
        assert "takk" in reply[0]["text"].lower()


def test_botctl_feedback_lists_declined_and_disliked():
    from bot.config import database_url

    run(ActionAnswerGuide(), tracker("hvor finner jeg nøkkelen til sykkelboden", intent="out_of_scope"))
    messages, _ = run(ActionAnswerGuide(), tracker("hva er et besøksforbud?"))
    run(ActionFeedback(), _feedback_tracker(_vote_payload(messages, "👎 Ikke nyttig")))
    out = subprocess.run([str(PROJECT_ROOT / "botctl"), "feedback", "--since", "1d"], capture_output=True,
                         text=True, timeout=120, env={**os.environ, "DATABASE_URL": database_url()})
    assert out.returncode == 0, out.stderr
    declined, _, rest = out.stdout.partition("Underavsnitt med flest 👎")
    assert "hvor finner jeg nøkkelen til sykkelboden" in declined
    assert "👎   1" in rest and "«hva er et besøksforbud?»" in rest


def _logged() -> int:
    ANSWER_LOG.drain()  # the answer log is written after the reply
    with db.session_scope() as session:
        return session.query(AnswerLog).count()


def test_guide_questions_in_the_middle_of_a_dialogue_are_not_logged():
    """Issue 15: what staff ask during a first contact is about the person on the phone; the answer
    log (kept for improving the corpus) must not hold it. The answer itself still comes, without 👍/👎."""
    from actions.dialogue_actions import ValidateTriageForm
    from bot.dialogue.triage import TRIAGE_DIALOGUE
    from tests.action_support import form_turn

    before = _logged()
    messages, _ = form_turn(ValidateTriageForm(), TRIAGE_DIALOGUE, "hvordan bestiller jeg tolk?",
                            {"requested_slot": "children_count"}, intent="ask_guide")
    assert any("tolk" in (m.get("text") or "").lower() for m in messages)
    assert not any(b["payload"].startswith("/feedback") for m in messages for b in m.get("buttons") or [])
    inside = tracker("hvordan bestiller jeg tolk?")
    inside.active_loop = {"name": "triage_form"}
    messages, _ = run(ActionAnswerGuide(), inside)
    assert "tolk" in messages[0]["text"].lower()
    assert not any(b["payload"].startswith("/feedback") for b in messages[0].get("buttons") or [])
    assert _logged() == before
    run(ActionAnswerGuide(), tracker("hvordan bestiller jeg tolk?"))  # outside a dialogue: logged
    assert _logged() == before + 1
