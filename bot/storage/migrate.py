"""Alembic, driven from Python, so botctl and tests need no ``alembic`` on PATH or cwd games."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from bot import config
from bot.storage import db

ALEMBIC_INI = config.PROJECT_ROOT / "alembic.ini"
SCRIPT_LOCATION = config.PROJECT_ROOT / "migrations"


def alembic_config(url: str | None = None) -> Config:
    """Config for ``migrations/``; ``url`` overrides ``DATABASE_URL`` (read by migrations/env.py)."""
    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    cfg.attributes["configure_logger"] = False  # keep botctl's stdout/stderr free of alembic INFO
    if url:
        cfg.attributes["database_url"] = url
    return cfg


def upgrade(url: str | None = None, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str | None = None, revision: str = "base") -> None:
    command.downgrade(alembic_config(url), revision)


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(url: str | None = None) -> str | None:
    """The revision stamped in the database, or None for an empty database."""
    engine = db.make_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def is_up_to_date(url: str | None = None) -> bool:
    return current_revision(url) == head_revision()
