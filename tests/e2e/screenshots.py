"""The README's screenshots of the web workspace, taken the way staff use it (a developer tool, not a test).

    python -m tests.e2e.screenshots docs/screenshots

Starts the real Rasa and action servers and the workspace on a throwaway database, enrols a leader with
the one-time code the workspace prints and an ansatt with an invite from the staff page, then uses the
chat (a guide answer, a first contact with its buttons, the 112 banner), and the leader's pages, in
headless Chromium at 360 px (a phone) and 1280 px (an office PC). Nothing typed names a person.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

import requests

from bot.testing.served import served_instance, served_workspace
from tests.e2e.dialogue import next_answer
from tests.e2e.web import LEADER_CODE, Workspace, chrome, quit_chrome

PHONE, DESKTOP = 360, 1280
PHONE_SCREEN = 740  # the visible height of a 360 px wide phone's browser


def shot(ws: Workspace, path: Path, width: int, max_height: int = 2000, *, screen: int | None = None) -> None:
    """The page at ``width``: as tall as its content (up to ``max_height``), or one screen of ``screen``
    pixels where the page was scrolled to (the chat shows its newest turn)."""
    if screen is not None:
        ws.driver.set_window_size(width, screen)
    else:
        ws.driver.set_window_size(width, 800)
        height = ws.driver.execute_script("return document.documentElement.scrollHeight")
        ws.driver.set_window_size(width, min(max(height, 640), max_height))
    ws.driver.save_screenshot(str(path))
    print(f"  {path}")


def mapping(rasa_url: str, sender: str, ref: str, pick: int) -> None:
    """A safety mapping of case ``ref`` over REST in the same conversation, answering every question
    with answer button number ``pick`` (0: the first, -1: the last)."""

    def say(text: str) -> tuple[list[dict], str | None]:
        reply = requests.post(rasa_url + "/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=60)
        return reply.json(), reply.headers.get("X-Krise-Dialogue")

    replies, running = say(f"kartlegging for {ref.lower()}")
    for _ in range(80):
        if not running:
            return
        answers = [b["payload"] for m in replies for b in m.get("buttons") or [] if b["payload"].startswith("/inform")]
        replies, running = say(answers[pick] if answers else next_answer(replies))
    raise RuntimeError("the mapping did not end")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="krise-screens-"))
    os.environ.update(KRISE_DATA_DIR=str(tmp), DATABASE_URL=f"sqlite:///{tmp / 'krise.sqlite3'}")
    from bot.storage import migrate
    from bot.web.identity import sender_id

    migrate.upgrade()
    desktop = phone = None
    try:
        with served_instance(tmp / "serve.log", env=dict(os.environ)) as served, \
                served_workspace(tmp / "web.log", dict(os.environ, RASA_PORT=str(served.rasa_port))) as (url, _):
            desktop, phone = Workspace(chrome(DESKTOP), url), Workspace(chrome(PHONE, 800), url)
            leader_code = LEADER_CODE.search((tmp / "web.log").read_text()).group(1)
            desktop.open("/login")
            shot(desktop, args.out / "login-desktop.png", DESKTOP)
            phone.open("/login")
            shot(phone, args.out / "login-360.png", PHONE)
            leader = desktop.enrol(leader_code)

            desktop.open("/staff")
            desktop.submit(desktop.find("form[action='/staff/invite'] button"))
            shot(desktop, args.out / "staff-invite-desktop.png", DESKTOP)
            invite = desktop.find(".code-box .code").text

            ansatt = phone.enrol(invite)
            phone.say("hvordan bestiller jeg tolk?")
            shot(phone, args.out / "chat-answer-360.png", PHONE, screen=PHONE_SCREEN)
            phone.shortcut("Ny henvendelse")
            phone.submit(phone.latest().find_element("css selector", "button[data-kind=answer]"))
            shot(phone, args.out / "chat-dialogue-360.png", PHONE, screen=PHONE_SCREEN)
            phone.say("han står utenfor døra med kniv nå")
            shot(phone, args.out / "chat-112-360.png", PHONE, screen=PHONE_SCREEN)
            ref = phone.answer_dialogue()
            mapping(served.url, sender_id(ansatt), ref, pick=-1)  # a first mapping, every answer unknown
            phone.say(f"kartlegging for {ref}")  # the second in the chat
            assert phone.answer_dialogue() == ref
            phone.open("/handover")
            shot(phone, args.out / "handover-360.png", PHONE)

            desktop.say("hvordan bestiller jeg tolk?")
            shot(desktop, args.out / "chat-answer-desktop.png", DESKTOP)
            desktop.open("/cases")
            shot(desktop, args.out / "cases-desktop.png", DESKTOP)
            desktop.open(f"/cases/{ref}")
            shot(desktop, args.out / "case-desktop.png", DESKTOP, max_height=3200)
            phone.sign_out()
            phone.sign_in(leader)  # the leader on her phone
            phone.open(f"/cases/{ref}")
            shot(phone, args.out / "case-360.png", PHONE, max_height=3200)
            desktop.open(f"/cases/{ref}/plan")
            shot(desktop, args.out / "plan-desktop.png", DESKTOP, max_height=2400)
            desktop.open("/handover")
            shot(desktop, args.out / "handover-desktop.png", DESKTOP)
    finally:
        for ws in (desktop, phone):
            if ws is not None:
                quit_chrome(ws.driver)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
