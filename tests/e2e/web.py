"""Headless Chromium (Debian's ``chromium`` + ``chromium-driver``) driven by Selenium on the web
workspace, for the browser tests (the workspace itself: ``bot.testing.served.served_workspace``).

The browser answers a dialogue by its buttons like ``tests/e2e/dialogue.py`` does over REST: the
first answer button of the newest turn, or a free-text answer that fits a question without one.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.storage.models import REF_ALPHABET, REF_LENGTH
from tests.e2e.dialogue import SAVED, free_text

# What Chromium answers, instead of «stale element», when asked about a node of the page that is
# being replaced at that moment.
_LEAVING = ("does not belong to the document", "No node with given id")


def gone(element):
    """A wait condition: ``element``'s page has been replaced (Selenium's ``staleness_of``, which
    raises when the check lands in the middle of the navigation)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    def check(_driver) -> bool:
        try:
            element.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as exc:
            if any(text in str(exc) for text in _LEAVING):
                return True
            raise
        return False

    return check

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run")
PASSPHRASE = "sju ord i natt er nok"
LEADER_CODE = re.compile(rf"^((?:[{REF_ALPHABET}]{{4}}-){{2}}[{REF_ALPHABET}]{{4}})$", re.M)
MAX_TURNS = 60
CASE_REF = re.compile(rf"\b(K-[{REF_ALPHABET}]{{{REF_LENGTH}}})\b")


def stopped_cleanly(proc: subprocess.Popen, log_path: Path) -> bool:
    """Exited after SIGTERM without a traceback. uvicorn shuts down gracefully, then re-raises the signal
    it caught, so the status is -SIGTERM (what systemd counts as a clean stop) – or 0 from a wrapper."""
    return proc.returncode in (0, -signal.SIGTERM) and "Traceback" not in log_path.read_text(errors="replace")


def chrome(width: int = 1280, height: int = 900):
    """A fresh headless Chromium (its own profile), or a skip/fail when Debian's packages are missing."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        if os.environ.get("KRISE_REQUIRE_SERVICES", "") == "1":
            pytest.fail("chromium and chromium-driver required (KRISE_REQUIRE_SERVICES=1)", pytrace=False)
        pytest.skip("chromium / chromium-driver not installed")
    options = webdriver.ChromeOptions()
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="krise-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.profile_dir = profile  # removed by quit()
    driver.set_page_load_timeout(90)
    return driver


def quit_chrome(driver) -> None:
    driver.quit()
    shutil.rmtree(driver.profile_dir, ignore_errors=True)


class Workspace:
    """One browser on the workspace: sign-in, the chat, and pages, as a person at a keyboard uses them."""

    def __init__(self, driver, url: str) -> None:
        self.driver = driver
        self.url = url

    # --- navigation -------------------------------------------------------------------------------

    def open(self, path: str) -> None:
        self.driver.get(self.url + path)  # returns once the page has loaded

    def submit(self, element) -> None:
        """Click a submit button (or press Enter in a field) and wait for the next page."""
        from selenium.webdriver.support.ui import WebDriverWait

        page = self.driver.find_element("tag name", "html")
        element.click()
        wait = WebDriverWait(self.driver, 90)
        wait.until(gone(page))
        wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")

    def find(self, css: str):
        return self.driver.find_element("css selector", css)

    def find_all(self, css: str) -> list:
        return self.driver.find_elements("css selector", css)

    @property
    def text(self) -> str:
        return self.find("main").text

    @property
    def path(self) -> str:
        """The path of the page shown, without query or fragment."""
        return self.driver.current_url[len(self.url):].split("#", 1)[0].split("?", 1)[0]

    # --- sign-in ----------------------------------------------------------------------------------

    def enrol(self, code: str, passphrase: str = PASSPHRASE) -> str:
        """Enrol with an invite code; returns the staff id the welcome notice names."""
        self.open("/login")
        self.find("#code").send_keys(code)
        self.find("#new-passphrase").send_keys(passphrase)
        self.find("#new-passphrase-repeat").send_keys(passphrase)
        self.submit(self.find("#new-passphrase-repeat ~ button[type=submit]"))
        found = re.search(r"ansattkode er (S-[0-9A-Z]{4})", self.text)
        assert found, self.text[:500]
        return found.group(1)

    def sign_in(self, staff: str, passphrase: str = PASSPHRASE) -> None:
        self.open("/login")
        self.find("#staff").send_keys(staff)
        self.find("#passphrase").send_keys(passphrase)
        self.submit(self.find("#passphrase ~ button[type=submit]"))

    def sign_out(self) -> None:
        self.submit(self.find("header form[action='/logout'] button"))

    # --- the chat ---------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        if self.path != "/":
            self.open("/")
        field = self.find("#message")
        field.clear()
        field.send_keys(text)
        self.submit(self.find("form.composer button[type=submit]"))

    def shortcut(self, title: str) -> None:
        if self.path != "/":
            self.open("/")
        (button,) = [b for b in self.find_all("form.shortcuts button") if b.text == title]
        self.submit(button)

    def latest(self):
        return self.find("li#siste")

    def in_dialogue(self) -> bool:
        """The page says a dialogue is running («I gang: …», from the REST reply's X-Krise-Dialogue)."""
        return any(s.text.startswith("I gang:") for s in self.find_all("p.status"))

    def answer_dialogue(self) -> str:
        """Answer the running dialogue until it ends; returns the case ref its last reply names."""
        shown: list[str] = []
        for _ in range(MAX_TURNS):
            latest = self.latest().text
            if not self.in_dialogue():
                found = SAVED.search(latest) or CASE_REF.search(latest)
                assert found, "the dialogue ended without a case:\n" + latest[:800]
                return found.group(1)
            shown.append(latest[:160])
            with_answers = [m for m in self.latest().find_elements("css selector", ".bot")
                            if m.find_elements("css selector", "button[data-kind=answer]")]
            if with_answers:
                self.submit(with_answers[-1].find_element("css selector", "button[data-kind=answer]"))
            else:
                bots = self.latest().find_elements("css selector", ".bot")
                self.say(free_text(bots[-1].text if bots else ""))
        raise AssertionError(f"the dialogue did not end after {MAX_TURNS} turns; seen:\n" + "\n".join(shown[:12]))


def botctl(*args: str, database_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PROJECT_ROOT / "botctl"), *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          env=dict(os.environ, DATABASE_URL=database_url), timeout=120)


def invite(role: str, database_url: str) -> str:
    """A one-time code from ``./botctl staff invite`` (the last line of its output, CONTRACTS.md §1)."""
    out = botctl("staff", "invite", "--role", role, database_url=database_url)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]
