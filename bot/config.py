"""Settings from the environment, with embedded defaults (CONTRACTS.md §1).

Kept in one place so the action server, botctl and the Telegram bridge agree on where data lives.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The read-only ``shared/`` folder a developer may have beside the clone.

    Nothing at run time or in the tests needs it: the repository keeps its own copy of the toc and
    fingerprints of the source texts. Only maintenance commands (refreshing those) read it.
    """
    return Path(os.environ.get("KRISE_SHARED_DIR", PROJECT_ROOT.parent / "shared")).resolve()


def toc_path() -> Path:
    """The guide's table of contents, kept in the repository beside the corpus it validates."""
    return Path(os.environ.get("KRISE_TOC", corpus_dir() / "toc.yml")).resolve()


def corpus_dir() -> Path:
    return Path(os.environ.get("KRISE_CORPUS_DIR", PROJECT_ROOT / "guidance_corpus")).resolve()


def outside_examples_path() -> Path:
    """The NLU's off-topic examples, which also teach the guide ranker what is outside the guide."""
    return PROJECT_ROOT / "nlu_data" / "nlu" / "out_of_scope.yml"


def data_dir() -> Path:
    path = Path(os.environ.get("KRISE_DATA_DIR", PROJECT_ROOT / "var"))
    if not path.is_absolute():
        path = PROJECT_ROOT / path
    return path


def database_url() -> str:
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data_dir() / 'krise.sqlite3'}"


def spacy_model_path() -> Path:
    """A build artifact, not data: fixed under the project so config.yml's ``var/spacy_nb`` finds it
    whatever KRISE_DATA_DIR points at."""
    return Path(os.environ.get("KRISE_SPACY_MODEL", PROJECT_ROOT / "var" / "spacy_nb")).resolve()
