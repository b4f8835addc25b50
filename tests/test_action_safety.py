"""The one error wrapper: every action uses it, and each fault gets its clear Norwegian reply while
the answers given so far stay in the form (real SQLite and PostgreSQL errors, not mocks)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import event

from actions.base import GUARDED
from actions.dialogue_actions import ActionResumeDialogue, ActionSubmitTriage
from bot import errors
from bot.config import PROJECT_ROOT
from bot.dialogue.schema import CANCEL, CONTROL_SLOT, PAUSE
from bot.storage import case_export, db, migrate
from tests.action_support import ACTIONS, TRIAGE
from tests.conftest import make_tracker


def run(action, trk):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, trk, {}))
    return [m.get("text") or "" for m in dispatcher.messages], events


def test_every_action_goes_through_the_one_wrapper() -> None:
    assert len(ACTIONS) >= 14
    unwrapped = [cls.__name__ for cls in ACTIONS if not getattr(cls.run, GUARDED, False)]
    assert unwrapped == [], "subclass actions.base.SafeAction / SafeFormValidationAction"


def test_domain_actions_are_all_implemented() -> None:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert set(domain["actions"]) <= {cls().name() for cls in ACTIONS}


class ExplodingTracker:
    """Anything the action asks of the tracker fails: the most general «something broke inside»."""

    def __getattr__(self, name):
        raise RuntimeError("tracker exploded")


def _explode(*args, **kwargs):
    raise RuntimeError("send exploded")


@pytest.mark.parametrize("cls", ACTIONS, ids=lambda c: c.__name__)
def test_any_exception_becomes_a_norwegian_reply(cls, caplog, monkeypatch) -> None:
    import sys

    for name, module in list(sys.modules.items()):  # an action that reads no tracker still sends
        if name.startswith("actions.") and hasattr(module, "send"):
            monkeypatch.setattr(module, "send", _explode)
    texts, events = run(cls(), ExplodingTracker())
    assert texts[0] == errors.REPLIES[errors.INTERNAL]
    assert isinstance(events, list)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"action {cls().name()} failed: internal (RuntimeError)" in logged
    assert "exploded" not in logged  # messages can hold values: never logged


@pytest.fixture
def down_database(monkeypatch):
    """A PostgreSQL URL where nothing listens: every query raises OperationalError."""
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://krise@127.0.0.1:9/krise?connect_timeout=2")
    db.reset_engines()
    yield
    db.reset_engines()


def form_tracker(control: str | None = None):
    """At the confirmation of a complete first contact; ``control`` = pause or cancel instead of «ja»."""
    answers = {k: v for k, v in TRIAGE.items() if k != "triage_confirm"}
    if control is not None:
        answers[CONTROL_SLOT] = control
    return make_tracker("ja", "inform", slots=answers, requested="triage_confirm", active_loop="triage_form")


def test_database_down_keeps_the_answers_and_says_so(down_database) -> None:
    for control in (PAUSE, CANCEL):  # the form's answers are not reset: it goes on where it was
        texts, events = run(ActionSubmitTriage(), form_tracker(control))
        assert texts == [errors.REPLIES[errors.DATABASE]]
        assert events == [SlotSet(CONTROL_SLOT, None), FollowupAction("triage_form")]
    texts, events = run(ActionSubmitTriage(), form_tracker())
    assert texts[0] == errors.REPLIES[errors.DATABASE] and "«ja»" in texts[1]
    assert events == [SlotSet("triage_confirm", None), FollowupAction("triage_form")]
    assert run(ActionResumeDialogue(), form_tracker())[0] == [errors.REPLIES[errors.DATABASE]]


def test_locked_database_is_reported_and_nothing_is_half_saved(tmp_path, monkeypatch) -> None:
    import sqlite3

    url = f"sqlite:///{tmp_path / 'krise.sqlite3'}"
    migrate.upgrade(url)
    monkeypatch.setenv("DATABASE_URL", url)
    db.reset_engines()
    engine = db.get_engine(url)
    event.listen(engine, "connect", lambda conn, _: conn.execute("PRAGMA busy_timeout = 200"))
    lock = sqlite3.connect(tmp_path / "krise.sqlite3", isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        texts, events = run(ActionSubmitTriage(), form_tracker())
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert texts[0] == errors.REPLIES[errors.DATABASE]
    assert events == [SlotSet("triage_confirm", None), FollowupAction("triage_form")]
    assert case_export.export_cases() == []
    texts, events = run(ActionSubmitTriage(), form_tracker())  # «ja» again, the lock is gone: saved
    assert texts[0].startswith("Lagret som sak K-") and len(case_export.export_cases()) == 1
    db.reset_engines()


def test_read_only_database_is_a_clear_error(tmp_path, monkeypatch) -> None:
    path = tmp_path / "krise.sqlite3"
    migrate.upgrade(f"sqlite:///{path}")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///file:{path}?mode=ro&uri=true")
    db.reset_engines()
    texts, events = run(ActionSubmitTriage(), form_tracker())
    assert texts[0] == errors.REPLIES[errors.STORAGE_READONLY]
    assert events == [SlotSet("triage_confirm", None), FollowupAction("triage_form")]
    db.reset_engines()


def _full_sqlite(path: Path) -> str:
    """A migrated SQLite database that cannot grow by one page: SQLite's own «database or disk is
    full». Small pages, so a journal note needs new (overflow) pages."""
    url = f"sqlite:///{path}"
    engine = db.make_engine(url)
    with engine.connect() as conn:  # the page size can only change outside WAL mode (set again on connect)
        conn.exec_driver_sql("PRAGMA journal_mode = DELETE")
        conn.exec_driver_sql("PRAGMA page_size = 512")
        conn.exec_driver_sql("VACUUM")
    engine.dispose()
    migrate.upgrade(url)
    engine = db.make_engine(url)
    with engine.connect() as conn:  # the migrations' table rebuilds leave free pages: none may stay
        conn.exec_driver_sql("VACUUM")
    engine.dispose()
    return url


def test_full_disk_is_a_clear_error(tmp_path, monkeypatch) -> None:
    url = _full_sqlite(tmp_path / "krise.sqlite3")
    monkeypatch.setenv("DATABASE_URL", url)
    db.reset_engines()
    engine = db.get_engine(url)
    event.listen(engine, "connect", lambda conn, _: conn.execute("PRAGMA max_page_count = 1"))
    texts, events = run(ActionSubmitTriage(), form_tracker())
    assert texts[0] == errors.REPLIES[errors.STORAGE_FULL]
    assert events == [SlotSet("triage_confirm", None), FollowupAction("triage_form")]
    db.reset_engines()


def test_botctl_says_what_is_wrong_with_storage(tmp_path) -> None:
    from tests.run_botctl import botctl

    path = tmp_path / "krise.sqlite3"
    migrate.upgrade(f"sqlite:///{path}")
    out = botctl("staff", "invite", "--role", "ansatt", url=f"sqlite:///file:{path}?mode=ro&uri=true")
    assert out.returncode == 1 and "skrivebeskyttet" in out.stderr and "Traceback" not in out.stderr
    full = _full_sqlite(tmp_path / "full.sqlite3")
    out = botctl("cases", "list", url=full)  # reading works on a full database
    assert out.returncode == 0, out.stderr


def test_tracker_helper_is_the_real_rasa_sdk_tracker() -> None:
    assert isinstance(form_tracker(), Tracker)
