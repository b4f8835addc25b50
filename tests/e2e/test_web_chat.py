"""The workspace's chat over HTTP against the real Rasa and action servers (the app in process, no
browser): pause and resume, a whole safety mapping by its buttons, a question the guide cannot
answer, and the handover that then shows her own work – and only hers."""

from __future__ import annotations

import re

import pytest

from bot.storage import db, invites
from bot.web import auth
from bot.web.app import create_app
from bot.web.settings import WebSettings
from tests.e2e.dialogue import free_text
from tests.e2e.web import CASE_REF
from tests.web.conftest import PASSPHRASE, csrf_token

pytestmark = pytest.mark.e2e
ANSWER_BUTTON = re.compile(r'name="button" value="([\w-]+)" data-kind="answer"')
LATEST = re.compile(r'<li class="turn" id="siste">(.*?)</li>', re.S)
MAX_TURNS = 80


@pytest.fixture
def client(e2e_database_url, rasa_url, monkeypatch):
    from starlette.testclient import TestClient

    monkeypatch.setenv("DATABASE_URL", e2e_database_url)
    db.reset_engines()
    with TestClient(create_app(WebSettings(rasa_url=rasa_url)), follow_redirects=True) as test_client:
        yield test_client
    db.reset_engines()


def enrol(client, role: str) -> str:
    with db.session_scope() as session:
        _, code = invites.create_invite(session, role)
    client.cookies.delete(auth.SESSION_COOKIE)
    page = client.post("/login", data={"csrf_token": csrf_token(client.get("/login").text), "code": code,
                                       "passphrase": PASSPHRASE, "passphrase_repeat": PASSPHRASE}).text
    return re.search(r"ansattkode er (S-[0-9A-Z]{4})", page).group(1)


def post(client, **data: str) -> str:
    page = client.post("/", data={"csrf_token": csrf_token(client.get("/").text), **data})
    assert page.status_code == 200
    return page.text


def latest(page: str) -> str:
    return LATEST.search(page).group(1)


def running(page: str) -> bool:
    return '<p class="status" role="status">I gang:' in page


def answer_until_done(client, page: str) -> str:
    """Answer by the first answer button of the newest turn (or in words) until no dialogue runs."""
    for _ in range(MAX_TURNS):
        if not running(page):
            return page
        turn = latest(page)
        buttons = ANSWER_BUTTON.findall(turn)
        if buttons:
            page = post(client, button=buttons[0])
        else:
            question = re.sub(r"<[^>]+>", " ", turn.rsplit('<div class="bot', 1)[-1])
            page = post(client, message=free_text(question))
    raise AssertionError("the dialogue did not end:\n" + latest(page)[:1500])


def test_pause_resume_a_mapping_and_the_handover_of_her_own_work(client) -> None:
    enrol(client, "ansatt")

    page = post(client, message="hvor henger nøkkelen til sykkelboden på loftet?")
    assert "finner ikke dette i veilederen" in latest(page)

    page = post(client, command="ny")
    assert running(page) and "Første henvendelse" in page
    page = post(client, button=ANSWER_BUTTON.findall(latest(page))[0])
    page = post(client, command="pause")
    assert not running(page) and "Pauset: <strong>Første henvendelse</strong>" in page
    assert 'value="fortsett"' in page
    paused = client.get("/handover").text
    assert "Pausede dialoger som ikke er fullført (1)" in paused

    page = post(client, command="fortsett")
    assert running(page)
    page = post(client, command="avbryt")
    page = answer_until_done(client, page) if running(page) else page
    assert "Pausede dialoger som ikke er fullført (0)" in client.get("/handover").text

    page = post(client, command="kartlegg")
    assert running(page) and "Kartlegging av vold og trusler" in page
    page = answer_until_done(client, page)  # «ny sak» first: the mapping opens a case of its own
    ref = CASE_REF.search(latest(page)).group(1)

    report = client.get("/handover").text
    saved = report[report.index("Saker lagret"):report.index("Kartlegginger gjort")]
    mappings = report[report.index("Kartlegginger gjort"):report.index("Pausede dialoger")]
    assert ref in saved and "Kartlegginger gjort (1)" in mappings and ref in mappings and "versjon 1" in mappings
    assert "hvor henger nøkkelen til sykkelboden på loftet?" in report

    enrol(client, "ansatt")  # a colleague on the same PC: none of that is hers
    colleague = client.get("/handover").text
    assert ref not in colleague and "sykkelboden" not in colleague and "Kartlegginger gjort (0)" in colleague
