"""Fixtures that run every storage test on SQLite and on a throwaway PostgreSQL cluster.

The PostgreSQL cluster is started once per session, only when a ``[postgresql]`` test runs. Without
PostgreSQL binaries (``KRISE_PG_BINDIR`` may point at them) those variants are skipped, unless
``KRISE_REQUIRE_POSTGRES=1`` (CI): there a silent skip would hide exactly the dialect differences
these tests exist to catch.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # plain ``pytest`` (not ``python -m pytest``) from anywhere
    sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine  # noqa: E402

from bot.storage import db  # noqa: E402
from bot.storage.models import Base  # noqa: E402

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An empty database on ``backend``, configured as DATABASE_URL for this test, with a data
    directory of its own whose keys set-up created (``bot.setup.ensure_keys``, as ``./botctl db
    upgrade`` does: nothing else creates keys)."""
    from bot import setup

    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'data' / 'krise.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_cluster").create_database()
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("KRISE_DATA_DIR", str(tmp_path / "data"))
    setup.ensure_keys(tmp_path / "data")
    db.reset_engines()
    yield url
    db.reset_engines()  # close pooled connections so the cluster never runs out


@pytest.fixture
def engine(db_url: str) -> Engine:
    """The configured engine with the schema created from the models (migrations are tested apart)."""
    engine = db.get_engine()
    Base.metadata.create_all(engine)
    return engine


def _example_triage() -> dict:
    return {
        "contact_mode": "telefon",
        "acute_danger": False,
        "interpreter_needed": True,
        "language": "arabisk",
        "violence_forms": ["fysisk", "psykisk", "digital"],
        "perpetrator_relation": "partner",
        "children_count": 2,
        "children_with_perpetrator": False,
        "help_needed": ["botilbud", "informasjon"],
        "going_home": False,
        "escalated": True,
        "police_aware": False,
        "information_given": ["rett_til_botilbud", "taushetsplikt"],
    }


@pytest.fixture
def example_triage() -> dict:
    return _example_triage()
