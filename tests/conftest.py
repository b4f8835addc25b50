"""Shared fixtures: the real corpus and search index, built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("KRISE_DATA_DIR", str(ROOT / "var"))

# Hypothesis: «ci» (the default, and what `make test` runs) sends 300 hostile messages through the
# served bot, each CI run different ones; «thorough» (HYPOTHESIS_PROFILE=thorough) sends 1,000.
# Tests that cost little per example (the actions in process) set their own count.
settings.register_profile("ci", max_examples=300)
settings.register_profile("thorough", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


_SESSION: dict[str, str | None] = {}


def pytest_configure(config) -> None:
    """Every test runs against a throwaway SQLite database, set up the way ``./botctl db upgrade``
    sets up a real one (``bot.setup``: keys created when missing – set-up is the only place that
    creates them –, migrations, the key check value), unless a test sets its own: nothing a test
    does may land in the developer's database (or in a DATABASE_URL they exported).

    Done here, before test modules are collected, because importing ``actions`` runs the action
    server's start-up check (the keys must fit the configured database)."""
    import tempfile

    from bot import setup
    from bot.storage import db

    _SESSION["old_url"] = os.environ.get("DATABASE_URL")
    _SESSION["dir"] = tempfile.mkdtemp(prefix="krise-session-db-")
    url = f"sqlite:///{Path(_SESSION['dir']) / 'krise.sqlite3'}"
    os.environ["DATABASE_URL"] = url
    setup.run(url)
    db.reset_engines()


def pytest_unconfigure(config) -> None:
    import shutil

    from bot.storage import db

    db.reset_engines()
    if _SESSION.get("dir"):
        shutil.rmtree(_SESSION["dir"], ignore_errors=True)
    old = _SESSION.get("old_url")
    if old is None:
        os.environ.pop("DATABASE_URL", None)
    else:
        os.environ["DATABASE_URL"] = old


@pytest.fixture(scope="session")
def corpus():
    from bot.guide.corpus import load_corpus

    return load_corpus()


@pytest.fixture(scope="session")
def search(corpus):
    from bot.guide.search import GuideSearch

    return GuideSearch(corpus)


def make_tracker(text: str = "", intent: str = "ask_guide", *, slots: dict | None = None, entities=None,
                 active_loop: str | None = None, sender: str = "test", requested: str | None = None):
    """A real ``rasa_sdk.Tracker`` as the action server would build it for one message."""
    from rasa_sdk import Tracker

    slots = dict(slots or {})
    if requested is not None or "requested_slot" not in slots:
        slots["requested_slot"] = requested
    return Tracker(sender_id=sender, slots=slots,
                   latest_message={"text": text, "intent": {"name": intent, "confidence": 0.9},
                                   "entities": entities or []},
                   events=[], paused=False, followup_action=None,
                   active_loop={"name": active_loop} if active_loop else {},
                   latest_action_name="action_listen")


def run_action(action, trk):
    """Run an action as the SDK executor does: (messages sent, events returned)."""
    import asyncio

    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, trk, {}))
    return dispatcher.messages, events


@pytest.fixture
def database(tmp_path, monkeypatch):
    """A migrated SQLite database of its own, as ``DATABASE_URL``."""
    from bot.storage import db, migrate

    url = f"sqlite:///{tmp_path / 'krise.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    db.reset_engines()
    migrate.upgrade(url)
    yield url
    db.reset_engines()


import sys  # noqa: E402

if str(ROOT) not in sys.path:  # plain ``pytest`` (not ``python -m pytest``) from anywhere
    sys.path.insert(0, str(ROOT))

from tests.pg_cluster import pg_cluster  # noqa: E402,F401  (fixture shared by storage and e2e tests)
from tests.server_fixtures import (  # noqa: E402,F401  (the shared servers, for every test package)
    bot_and_database,
    e2e_data_dir,
    e2e_database_url,
    isolated_rasa_url,
    order_server_tests_last,
    pg_bot,
    rasa_url,
    resilience_servers,
    served_sqlite,
    server_pool,
    start_servers_early,
    two_instances,
    uses_servers,
    web_url,
)
from tests.services import redis_url  # noqa: E402,F401  (the multi-instance test's Redis lock store)


def pytest_addoption(parser) -> None:
    parser.addoption("--part", choices=("all", "units", "servers"), default="all",
                     help="units: only tests that need no server; servers: only end-to-end tests on real servers "
                          "(`make test` runs the two halves side by side, one per core)")


def pytest_collection_modifyitems(session, config, items) -> None:
    part = config.getoption("--part")
    if part != "all":
        # ``make test``: the unit tests are CPU-bound on one core while the end-to-end tests mostly wait on
        # their servers, so the two halves run as two processes side by side (each with its own throwaway
        # database, PostgreSQL cluster and servers); ``uses_servers`` decides which half a test is in.
        keep = [item for item in items if uses_servers(item) == (part == "servers")]
        config.hook.pytest_deselected(items=[item for item in items if item not in keep])
        items[:] = keep
    order_server_tests_last(items)  # servers start in the background meanwhile (tests/server_fixtures.py)


UNSURE = "UNSURE"


def read_answer(dialogue, slot: str, text: str, **answers):
    """How ``dialogue`` reads ``text`` as the answer to ``slot`` after ``answers``: the value, ``(UNSURE, lean)``
    for an answer it would read back, or "FAIL" when it cannot read it."""
    parsed = dialogue.by_slot[slot].read(text, dialogue.context(answers))
    if not parsed.ok:
        return "FAIL"
    return (UNSURE, parsed.value) if parsed.unsure else parsed.value
