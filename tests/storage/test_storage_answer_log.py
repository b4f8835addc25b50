"""The answer log keeps its promise (README, «Tilbakemelding»; issue 15), on both backends: the
question is encrypted, nothing in a row can be joined to the conversation or the case, and purge
deletes the rows past retention with the rest."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.storage import audit_trail, db, feedback, retention
from bot.storage.models import AnswerLog

QUESTION = "hva gjør vi når Kari Nordmann ringer fra jobben?"


def _raw_rows(engine: Engine) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text("SELECT * FROM answer_log"))]


def test_the_question_is_encrypted_at_rest(engine: Engine, backend: str, db_url: str,
                                           request: pytest.FixtureRequest) -> None:
    with Session(engine) as session:
        feedback.log_answer(session, QUESTION, "answer", "a/b/c")
        session.commit()
        assert session.query(AnswerLog).one().question == QUESTION  # the application reads it
    [row] = _raw_rows(engine)
    assert row["question"].startswith("gAAAAA") and "Kari" not in repr(row)
    db.reset_engines()
    if backend == "sqlite":
        path = Path(db_url.removeprefix("sqlite:///"))
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    else:
        raw = request.getfixturevalue("pg_cluster").dump(db_url)
    assert b"Kari" not in raw and b"ringer fra jobben" not in raw


def test_a_row_holds_nothing_the_conversation_holds(engine: Engine) -> None:
    """The buttons' token is not stored (only its keyed hash), the id is not a sequence, and the
    time is the day: nothing lines a row up with the turn that asked it."""
    with Session(engine) as session:
        tokens = [feedback.log_answer(session, f"spørsmål {i}", "answer", "a/b/c") for i in range(12)]
        assert feedback.record_vote(session, tokens[3], "up")
        session.commit()
    rows = _raw_rows(engine)
    dump = repr(rows)
    assert not any(token in dump for token in tokens)
    ids = [r["id"] for r in rows]
    assert sorted(ids) != list(range(min(ids), min(ids) + len(ids)))  # not 1, 2, 3 …
    for row in rows:
        for column in ("asked_at", "voted_at"):
            value = row[column]
            if value is None:
                continue
            moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
            assert (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0)
    assert all(re.fullmatch(r"[0-9a-f]{64}", r["token_hash"]) for r in rows)


def test_votes_still_find_their_row(engine: Engine) -> None:
    with Session(engine) as session:
        token = feedback.log_answer(session, "hvem betaler tolken?", "answer", "a/b/c")
        assert feedback.record_vote(session, token, "down")
        assert not feedback.record_vote(session, feedback.token_hash(token), "down")  # the stored value is no token
        assert not feedback.record_vote(session, "x" * 500, "down")
        session.commit()
        assert [r.question for r in feedback.disliked_questions(session)] == ["hvem betaler tolken?"]


def test_a_taken_id_is_never_overwritten_nor_lost(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The INSERT that finds its random id taken inserts nothing and draws again: the first row keeps
    its question and token, the second gets the next id drawn (both backends)."""
    draws = iter([41, 41, 41, 77])  # the second row's first two draws are the first row's id
    monkeypatch.setattr(feedback.secrets, "randbelow", lambda n: next(draws))
    with Session(engine) as session:
        first = feedback.log_answer(session, "første spørsmål", "answer", "a/b/c")
        second = feedback.log_answer(session, "andre spørsmål", "none", None)
        session.commit()
        rows = {r.id: r for r in session.query(AnswerLog)}
        assert sorted(rows) == [42, 78]
        assert (rows[42].question, rows[42].decision, rows[42].entry_id) == ("første spørsmål", "answer", "a/b/c")
        assert (rows[78].question, rows[78].decision, rows[78].entry_id) == ("andre spørsmål", "none", None)
        assert rows[42].token_hash == feedback.token_hash(first) and rows[78].token_hash == feedback.token_hash(second)
    assert next(draws, None) is None  # every draw was used: the taken id was tried and refused twice


def test_the_one_statement_insert_stores_the_row_as_the_orm_does(engine: Engine, backend: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The INSERT … ON CONFLICT statement (``feedback._UPSERT``, compiled once) binds every column
    with the model's own type: the stored row – encrypted question, the day in UTC, the token's
    keyed hash, no vote – is the one the ORM writes for the same values (the path other databases
    take), column for column; a token hash already stored is refused as by the ORM."""
    with Session(engine) as session:
        token = feedback.log_answer(session, QUESTION, "answer", "a/b/c")
        monkeypatch.setattr(feedback, "_UPSERT_DIALECTS", ())  # the ORM path: look the id up, then add
        feedback.log_answer(session, QUESTION, "answer", "a/b/c", token="orm-" + token)
        session.commit()
        stored = {r.token_hash: r.question for r in session.query(AnswerLog)}
        assert stored == {feedback.token_hash(token): QUESTION, feedback.token_hash("orm-" + token): QUESTION}
    upsert, orm = sorted(_raw_rows(engine), key=lambda r: r["token_hash"] != feedback.token_hash(token))
    assert upsert["question"].startswith("gAAAAA") and orm["question"].startswith("gAAAAA")
    same = {k: v for k, v in upsert.items() if k not in ("id", "token_hash", "question")}
    assert same == {k: v for k, v in orm.items() if k not in ("id", "token_hash", "question")}
    assert same["vote"] is None and same["voted_at"] is None
    assert type(upsert["id"]) is type(orm["id"]) and type(upsert["asked_at"]) is type(orm["asked_at"])
    monkeypatch.setattr(feedback, "_UPSERT_DIALECTS", ("sqlite", "postgresql"))
    with Session(engine) as session, pytest.raises(IntegrityError):
        feedback.log_answer(session, "igjen", "none", None, token=token)  # same token: a unique hash


def test_purge_deletes_old_questions(engine: Engine) -> None:
    now = datetime.now(timezone.utc)
    with Session(engine) as session:
        feedback.log_answer(session, "gammelt spørsmål", "none", None)
        feedback.log_answer(session, "nytt spørsmål", "none", None)
        session.commit()
        old = session.query(AnswerLog).all()[0]
        keep_question = next(r.question for r in session.query(AnswerLog) if r.id != old.id)
        old.asked_at = now - timedelta(days=40)
        session.commit()
    with db.session_scope() as session:
        dry = retention.purge(session, now - timedelta(days=30), dry_run=True)
        assert dry.answers == 1
        result = retention.purge(session, now - timedelta(days=30))
        assert result.answers == 1
    with Session(engine) as session:
        assert [r.question for r in session.query(AnswerLog)] == [keep_question]
        [audit] = audit_trail.list_audit(session, action="purged")
        assert audit.detail["answers"] == 1


def test_migration_0007_encrypts_old_rows_and_keeps_their_buttons_working(db_url: str) -> None:
    from bot.storage import migrate

    migrate.upgrade(revision="0006")
    engine = db.make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO answer_log (id, ref, asked_at, question, decision, entry_id) "
                          "VALUES (1, 'abc123def456', :at, :q, 'answer', 'a/b/c')"),
                     {"at": datetime(2026, 11, 30, 21, 17, 5), "q": QUESTION})
    migrate.upgrade()
    [row] = _raw_rows(engine)
    assert row["question"].startswith("gAAAAA") and "ref" not in row
    assert row["token_hash"] == feedback.token_hash("abc123def456")
    assert str(row["asked_at"]).startswith("2026-11-30 00:00:00")
    with db.session_scope() as session:
        assert feedback.record_vote(session, "abc123def456", "up")  # a button sent before the upgrade
        assert session.query(AnswerLog).one().question == QUESTION
    migrate.downgrade(revision="0006")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT question FROM answer_log")).scalar_one() == QUESTION
    engine.dispose()
