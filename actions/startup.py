"""Before the action server takes any request: the keys fit the database, and the guide loads –
or it refuses to start, saying why in Norwegian."""

from __future__ import annotations

import logging

from bot import config
from bot.guide.checklists import check_sources, default_checklists
from bot.guide.corpus import CorpusError
from bot.guide.search import default_search, install_default

log = logging.getLogger(__name__)
MAX_PROBLEMS_SHOWN = 5


def startup_problems() -> list[str]:
    """What is wrong with the corpus, toc or checklists (empty when the guide loads cleanly).

    The index is built in a child process (``bot.guide.apart``): the server keeps the finished index
    without ever holding the build's peak (issue 18: ≤ 300 MB)."""
    from bot.guide.apart import build_apart

    try:
        install_default(build_apart())
        corpus = default_search().corpus
        return check_sources(default_checklists(), corpus)
    except CorpusError as exc:
        return [line.strip("- ").strip() for line in str(exc).splitlines() if line.strip()]
    except Exception as exc:  # noqa: BLE001 - unreadable file, YAML error, missing toc...
        return [f"{type(exc).__name__}: {exc}"]


def check_keys_or_exit() -> None:
    """Fail closed on keys (issue 15): a missing key file, or keys that do not open the check value
    set-up stored in the database, stop the server here; it never makes keys of its own."""
    from bot import keys
    from bot.setup import private_umask
    from bot.storage import db

    private_umask()
    engine = db.get_engine()
    try:
        keys.verify_database(engine)
    except keys.KeysUnavailable as exc:
        log.critical("encryption keys missing or not matching the database; refusing to start")
        raise SystemExit(f"Assistenten starter ikke: {exc}") from None
    finally:
        # Leave no pooled connection open from the check: on SQLite in WAL mode an open connection
        # holds a shared lock on the file for as long as it lives (the resilience test's unreadable
        # database, an exclusive-mode lock, could not be taken while the idle action server held one).
        engine.dispose()


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


def release_build_memory() -> None:
    """After the index is loaded: collect what unpickling and the checks left, freeze what stays
    (the index: full collections no longer walk it) and give the freed heap back to the system
    (``bot.heap.settle_heap`` says why), so the served process keeps only what it serves from."""
    from bot.heap import settle_heap

    settle_heap()
