"""End-to-end tests: the shared server fixtures (``rasa_url``, ``served_sqlite``, ``e2e_database_url``,
``e2e_data_dir``, ``web_url``, ``isolated_rasa_url``, ``pg_bot``, ``bot_and_database``) live in
``tests/server_fixtures.py``, visible to every test package; see there how a new module uses them.
"""

from __future__ import annotations

from tests.server_fixtures import require_model

__all__ = ["require_model"]
