"""Write the resolved ``endpoints.yml`` for one Rasa server (``scripts/serve.sh`` calls this).

Rasa does not expand ``${VAR}`` inside quoted strings, and the tracker store needs the app's
``DATABASE_URL`` in Rasa's own dialect (SQLAlchemy 1.4 knows psycopg2, not psycopg 3). So the
template ``endpoints.yml`` is filled in here from the same settings everything else reads.
Output is JSON, which Rasa's YAML reader takes as it is.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from bot import config

_VAR = re.compile(r"\$\{([A-Z_]+)\}")
_INTEGER_KEYS = {"port", "db"}


def tracker_db_url(database_url: str) -> str:
    """The same database for Rasa's SQLAlchemy 1.4: any PostgreSQL driver becomes psycopg2."""
    scheme, sep, rest = database_url.partition("://")
    if scheme.split("+")[0] in ("postgresql", "postgres"):
        return f"postgresql+psycopg2{sep}{rest}"
    return database_url


def redis_settings(redis_url: str) -> dict[str, str]:
    parts = urlsplit(redis_url)
    if parts.scheme not in ("redis", "") or not parts.hostname:
        raise ValueError("REDIS_URL må se ut som redis://[:passord@]vert:port/db")
    return {"REDIS_HOST": parts.hostname, "REDIS_PORT": str(parts.port or 6379),
            "REDIS_DB": (parts.path or "/0").lstrip("/") or "0",
            "REDIS_PASSWORD": unquote(parts.password or "")}


def _fill(value: Any, values: dict[str, str], key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _fill(v, values, k) for k, v in value.items()}
    if not isinstance(value, str):
        return value
    filled = _VAR.sub(lambda m: values[m.group(1)], value)
    if key in _INTEGER_KEYS:
        return int(filled)
    return filled if filled != "" or key != "password" else None


def render(template: Path | None = None, env: dict[str, str] | None = None) -> dict[str, Any]:
    env = dict(os.environ if env is None else env)
    data = yaml.safe_load((template or config.PROJECT_ROOT / "endpoints.yml").read_text(encoding="utf-8"))
    values = {"ACTIONS_PORT": env.get("ACTIONS_PORT", "5055"),
              "TRACKER_DB_URL": tracker_db_url(env.get("DATABASE_URL") or config.database_url())}
    redis_url = env.get("REDIS_URL", "").strip()
    if redis_url:
        values.update(redis_settings(redis_url))
    else:
        data.pop("lock_store", None)  # one Rasa server: Rasa's in-memory lock store is right
    return _fill(data, values)


def main() -> int:
    try:
        print(json.dumps(render(), indent=2))
    except (ValueError, KeyError) as exc:
        print(f"Kan ikke lage endpoints.yml: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
