"""Start the real Rasa server and action server (scripts/serve.sh) once for the e2e tests."""

from __future__ import annotations

import pytest

from bot.channels.served import served_bot
from bot.config import PROJECT_ROOT


@pytest.fixture(scope="session")
def rasa_url(tmp_path_factory):
    if not (PROJECT_ROOT / "models" / "krise.tar.gz").exists():
        pytest.fail("models/krise.tar.gz mangler: kjør `make train` (make test gjør det selv)")
    with served_bot(tmp_path_factory.mktemp("serve") / "serve.log") as url:
        yield url
