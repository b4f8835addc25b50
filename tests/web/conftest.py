"""In-process tests of the web workspace (Starlette's TestClient): a fresh migrated database per test,
and Rasa pointed at a closed port (the chat's real turns are tested in a browser, tests/e2e)."""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Starlette 1.x prefers httpx2 for its TestClient; the locked httpx 0.28 works the same here.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from starlette.testclient import TestClient  # noqa: E402

from bot.storage import db, invites, migrate  # noqa: E402
from bot.web import auth  # noqa: E402
from bot.web.app import create_app  # noqa: E402
from bot.web.settings import WebSettings  # noqa: E402

PASSPHRASE = "tre ord på rad, minst tolv tegn"
CLOSED_RASA = "http://127.0.0.1:9"  # nothing listens: a turn gets «får ikke kontakt med assistenten»
_TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')


def csrf_token(html: str) -> str:
    found = _TOKEN.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def make_client(base_url: str = "http://testserver", **settings: object) -> TestClient:
    app = create_app(WebSettings(rasa_url=CLOSED_RASA, **settings))  # type: ignore[arg-type]
    return TestClient(app, base_url=base_url, follow_redirects=False)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web-template") / "krise.sqlite3"
    migrate.upgrade(f"sqlite:///{path}")
    db.reset_engines()
    return path


@pytest.fixture
def database(migrated_template, tmp_path, monkeypatch) -> Iterator[str]:
    """A migrated SQLite database of its own (a copy of one migrated once: these tests are about the
    workspace, tests/storage covers the migrations on both backends)."""
    target = tmp_path / "krise.sqlite3"
    shutil.copy(migrated_template, target)
    url = f"sqlite:///{target}"
    monkeypatch.setenv("DATABASE_URL", url)
    db.reset_engines()
    yield url
    db.reset_engines()


@pytest.fixture
def client(database) -> Iterator[TestClient]:
    with make_client() as test_client:
        yield test_client


def new_invite(role: str) -> str:
    with db.session_scope() as session:
        _, code = invites.create_invite(session, role)
    return code


@dataclass
class Person:
    """A staff member enrolled through the login page, signed in on ``client``."""

    client: TestClient
    code: str
    role: str

    def page(self, path: str = "/") -> str:
        response = self.client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return response.text

    def post(self, path: str, data: dict | None = None, *, from_page: str = "/"):
        return self.client.post(path, data={"csrf_token": csrf_token(self.page(from_page)), **(data or {})})


def enrol(test_client: TestClient, role: str = "ansatt", passphrase: str = PASSPHRASE) -> Person:
    login = test_client.get("/login")
    response = test_client.post("/login", data={"csrf_token": csrf_token(login.text), "code": new_invite(role),
                                                "passphrase": passphrase, "passphrase_repeat": passphrase})
    assert response.status_code == 303 and response.headers["location"] == "/", response.text[:500]
    code = re.search(r"ansattkode er (S-[0-9A-Z]{4})", test_client.get("/").text).group(1)
    return Person(test_client, code, role)


def sign_in(test_client: TestClient, code: str, passphrase: str = PASSPHRASE):
    """A fresh sign-in (any session cookie this client had is dropped first)."""
    test_client.cookies.delete(auth.SESSION_COOKIE)
    login = test_client.get("/login")
    return test_client.post("/login", data={"csrf_token": csrf_token(login.text), "staff": code,
                                            "passphrase": passphrase})


@pytest.fixture
def ansatt(client) -> Person:
    return enrol(client, "ansatt")


@pytest.fixture
def leader(client) -> Person:
    return enrol(client, "leder")
