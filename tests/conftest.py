"""Shared fixtures: the real corpus and search index, built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("KRISE_DATA_DIR", str(ROOT / "var"))


@pytest.fixture(scope="session", autouse=True)
def session_database(tmp_path_factory):
    """Every test runs against a throwaway, migrated SQLite database unless it sets its own:
    nothing a test does may land in the developer's var/ (or in a DATABASE_URL they exported)."""
    from bot.storage import db, migrate

    old = os.environ.get("DATABASE_URL")
    url = f"sqlite:///{tmp_path_factory.mktemp('session-db') / 'krise.sqlite3'}"
    os.environ["DATABASE_URL"] = url
    migrate.upgrade(url)
    db.reset_engines()
    yield url
    db.reset_engines()
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


import sys  # noqa: E402

if str(ROOT) not in sys.path:  # plain ``pytest`` (not ``python -m pytest``) from anywhere
    sys.path.insert(0, str(ROOT))

from tests.pg_cluster import pg_cluster  # noqa: E402,F401  (fixture shared by storage and e2e tests)
