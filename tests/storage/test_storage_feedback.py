"""The answer log and votes on both backends."""

import pytest
from sqlalchemy.orm import Session

from bot.storage import feedback


def test_log_vote_and_lists(engine) -> None:
    with Session(engine) as session:
        ref = feedback.log_answer(session, "  hvem   betaler tolken? ", "answer", "a/b/c")
        feedback.log_answer(session, "lasagne", "none", None)
        feedback.log_answer(session, "lasagne", "none", None)
        feedback.log_answer(session, "pizza", "none", None)
        assert feedback.record_vote(session, ref, "down") is True
        assert feedback.record_vote(session, "ukjent", "up") is False
        session.commit()
        assert feedback.declined_questions(session) == [("lasagne", 2), ("pizza", 1)]
        [row] = feedback.votes_by_entry(session)
        assert (row.entry_id, row.answers, row.up, row.down) == ("a/b/c", 1, 0, 1)
        [disliked] = feedback.disliked_questions(session)
        assert disliked.question == "hvem betaler tolken?"
        assert feedback.record_vote(session, ref, "up") is True  # a changed mind replaces the vote
        assert feedback.declined_questions(session, limit=1) == [("lasagne", 2)]
        session.commit()
        [row] = feedback.votes_by_entry(session)
        assert (row.up, row.down) == (1, 0)


def test_bad_values_are_refused(engine) -> None:
    with Session(engine) as session:
        with pytest.raises(ValueError):
            feedback.log_answer(session, "x", "kanskje", None)
        ref = feedback.log_answer(session, "x", "clarify", "a/b")
        with pytest.raises(ValueError):
            feedback.record_vote(session, ref, "sideways")
