"""Load the guide before the action server takes any request, or refuse to start."""

from __future__ import annotations

import logging

from bot import config
from bot.guide.checklists import check_sources, default_checklists
from bot.guide.corpus import CorpusError
from bot.guide.search import default_search

log = logging.getLogger(__name__)
MAX_PROBLEMS_SHOWN = 5


def startup_problems() -> list[str]:
    """What is wrong with the corpus, toc or checklists (empty when the guide loads cleanly)."""
    try:
        corpus = default_search().corpus
        return check_sources(default_checklists(), corpus)
    except CorpusError as exc:
        return [line.strip("- ").strip() for line in str(exc).splitlines() if line.strip()]
    except Exception as exc:  # noqa: BLE001 - unreadable file, YAML error, missing toc...
        return [f"{type(exc).__name__}: {exc}"]


def load_guide_or_exit() -> None:
    problems = startup_problems()
    if not problems:
        return
    shown = problems[:MAX_PROBLEMS_SHOWN]
    more = f" (og {len(problems) - len(shown)} til)" if len(problems) > len(shown) else ""
    message = "\n".join([
        *(f"  - {p}" for p in shown),
        f"Assistenten starter ikke: veilederkorpuset i {config.corpus_dir()} har feil{more}. "
        "Rett dem (./botctl corpus check viser alle) og start på nytt.",
    ])
    log.critical("guide corpus failed to load; refusing to start")
    raise SystemExit(message)
