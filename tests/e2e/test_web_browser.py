"""The web workspace in a real browser (headless Chromium from Debian, driven by Selenium) against the
real workspace, Rasa and action servers: enrolment and sign-in by keyboard, a guide answer with its
source link, a whole first contact to a stored case, the handover, the case page and its print view,
HTML typed into the chat shown as text, a revoked person thrown out mid-session, and an ansatt
refused on /cases. One browser for the module; each test signs in afresh."""

from __future__ import annotations

import json

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from bot.web.identity import sender_id
from tests.e2e.dialogue import next_answer
from tests.e2e.web import PASSPHRASE, Workspace, botctl, chrome, gone, invite, quit_chrome

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def driver():
    browser = chrome()
    yield browser
    quit_chrome(browser)


@pytest.fixture
def ws(driver, web_url) -> Workspace:
    driver.delete_all_cookies()
    return Workspace(driver, web_url)


def test_enrol_and_sign_in_by_keyboard_then_a_guide_answer_with_its_source(ws, e2e_database_url) -> None:
    staff = ws.enrol(invite("ansatt", e2e_database_url))
    assert ws.path == "/" and "Skriv til assistenten" in ws.text
    ws.sign_out()
    assert ws.path == "/login" and "Du er logget ut" in ws.text

    # keyboard alone: Tab from the top of the page to the sign-in fields, Enter to send
    ws.open("/login")
    body = ws.find("body")
    body.send_keys(Keys.TAB)  # the skip link
    active = ws.driver.switch_to.active_element
    assert active.text == "Hopp til innholdet"
    for _ in range(10):
        active.send_keys(Keys.TAB)
        active = ws.driver.switch_to.active_element
        if active.get_attribute("id") == "staff":
            break
    assert active.get_attribute("id") == "staff"
    active.send_keys(staff, Keys.TAB)
    page = ws.find("html")
    ws.driver.switch_to.active_element.send_keys(PASSPHRASE, Keys.ENTER)
    WebDriverWait(ws.driver, 60).until(gone(page))
    assert ws.path == "/"
    assert ws.driver.switch_to.active_element.get_attribute("id") == "message"  # ready to type

    ws.say("hvordan bestiller jeg tolk?")
    latest = ws.latest()
    links = latest.find_elements(By.CSS_SELECTOR, "a[href^='https://bufdir.no/']")
    assert links and all(a.get_attribute("rel") == "noopener noreferrer" for a in links)
    assert "Sist faglig oppdatert" in latest.text
    assert latest.find_elements(By.CSS_SELECTOR, "button[data-kind=entry]")  # «se også»
    up = latest.find_element(By.CSS_SELECTOR, "button[data-kind=feedback]")
    assert "👍" in up.text
    ws.submit(up)
    assert "Takk" in ws.latest().text


def test_html_typed_into_the_chat_is_shown_as_text(ws, e2e_database_url) -> None:
    ws.enrol(invite("ansatt", e2e_database_url))
    typed = '<img src=x onerror="document.title=\'hacked\'"><b>fet</b><script>document.title="x"</script>'
    ws.say(typed)
    said = ws.latest().find_element(By.CSS_SELECTOR, ".said-text")
    assert said.text == typed
    assert not said.find_elements(By.CSS_SELECTOR, "b, img, script")
    assert not ws.find_all("main img") and ws.driver.title.startswith("Chat")


def test_a_first_contact_to_a_stored_case_then_handover_case_page_and_print_view(
        ws, e2e_database_url, rasa_url) -> None:
    staff = ws.enrol(invite("ansatt", e2e_database_url))
    ws.shortcut("Ny henvendelse")
    assert ws.in_dialogue() and "Pause" in ws.find("form.shortcuts").text
    ref = ws.answer_dialogue()
    assert not ws.in_dialogue()

    # her own handover names the case
    ws.open("/handover")
    assert "Ditt eget arbeid" in ws.text and ref in ws.text

    # a safety mapping for the case in her conversation (over REST, to keep the browser test short),
    # so the case has a draft safety plan to print
    def say(text: str) -> tuple[list[dict], str | None]:
        reply = requests.post(rasa_url + "/webhooks/rest/webhook", json={"sender": sender_id(staff), "message": text},
                              timeout=60)
        return reply.json(), reply.headers.get("X-Krise-Dialogue")

    replies, running = say(f"kartlegging for {ref.lower()}")
    for _ in range(60):
        if not running:
            break
        replies, running = say(next_answer(replies))
    exported = botctl("cases", "show", ref, "--json", database_url=e2e_database_url)
    assert exported.returncode == 0 and json.loads(exported.stdout)["safety_history"], "no mapping saved"
    ws.sign_out()

    ws.enrol(invite("leder", e2e_database_url))
    ws.open("/cases")
    ws.submit(ws.driver.find_element(By.LINK_TEXT, ref))
    assert ws.path == f"/cases/{ref}"
    page = ws.text
    assert "Første henvendelse" in page and "Versjon 1" in page and "Journalnotat" in page
    note = ws.find("#journal-note").get_attribute("value")
    assert ref in note
    copy = ws.find("button[data-copy]")
    assert copy.is_displayed()  # shown by the script (hidden without JavaScript)

    ws.submit(ws.driver.find_element(By.PARTIAL_LINK_TEXT, "Sikkerhetsplan"))
    assert ws.path == f"/cases/{ref}/plan"
    assert "Utkast til individuell sikkerhetsplan" in ws.text and ref in ws.find(".plan-text").text
    ws.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not ws.find("header.top").is_displayed() and ws.find(".plan-text").is_displayed()
    finally:
        ws.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    ws.open("/handover")
    assert "Hele senteret" in ws.text and ref in ws.text and "Kartlegginger gjort" in ws.text

    out = botctl("audit", "--case", ref, "--json", database_url=e2e_database_url)
    assert out.returncode == 0 and '"case_viewed"' in out.stdout


def test_a_revoked_person_is_thrown_out_mid_session(ws, e2e_database_url) -> None:
    staff = ws.enrol(invite("ansatt", e2e_database_url))
    ws.shortcut("Ny henvendelse")
    assert ws.in_dialogue()
    out = botctl("staff", "revoke", staff, database_url=e2e_database_url)
    assert out.returncode == 0, out.stderr
    answer = ws.latest().find_elements(By.CSS_SELECTOR, "button[data-kind=answer]")
    ws.submit(answer[0] if answer else ws.find("form.composer button"))
    assert ws.path == "/login" and "Økten din er avsluttet" in ws.text
    ws.open("/")
    assert ws.path == "/login"
    ws.sign_in(staff)
    assert "Feil ansattkode eller passfrase" in ws.text


def test_ansatt_is_refused_on_cases(ws, e2e_database_url) -> None:
    ws.enrol(invite("ansatt", e2e_database_url))
    assert not ws.driver.find_elements(By.LINK_TEXT, "Saker")
    ws.open("/cases")
    assert "Ingen tilgang" in ws.text and "bare for ledere" in ws.text
    assert not ws.find_all("table")
