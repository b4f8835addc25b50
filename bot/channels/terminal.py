"""Terminal chat against the served bot: text, numbered buttons, sources shown as a line.

Rasa's own `rasa shell` cannot show our buttons as numbers or hide the JSON sources, and this
client also works against an already running `make serve`.
"""

from __future__ import annotations

import argparse
import secrets
import sys

import requests

from bot.channels.rest_client import send, wait_ready

PROMPT = "Du: "


def render(messages: list[dict]) -> list[dict]:
    """Print the bot's messages; return the buttons offered (numbered from 1)."""
    buttons: list[dict] = []
    for msg in messages:
        if msg.get("text"):
            print("Assistent: " + msg["text"].replace("\n", "\n           "))
        for button in msg.get("buttons", []):
            buttons.append(button)
            print(f"  [{len(buttons)}] {button['title']}")
    return buttons


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Terminalchat med Krisesenterassistenten")
    parser.add_argument("--wait", type=float, default=0, help="sekunder å vente på serveren")
    args = parser.parse_args(argv)
    if args.wait and not wait_ready(timeout=args.wait):
        print("Fikk ikke kontakt med assistenten. Se loggene i var/logs/.", file=sys.stderr)
        return 1
    sender = "terminal-" + secrets.token_hex(4)
    print("Krisesenterassistenten – skriv et spørsmål, «meny», «hjelp», eller «/slutt» for å avslutte.")
    print("Er noen i fare akkurat nå: ring 112.\n")
    buttons: list[dict] = []
    while True:
        try:
            line = input(PROMPT)
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.strip() in {"/slutt", "/exit", "/quit"}:
            return 0
        message = line
        if line.strip().isdigit() and buttons and 1 <= int(line.strip()) <= len(buttons):
            message = buttons[int(line.strip()) - 1]["payload"]
        try:
            buttons = render(send(sender, message))
        except requests.RequestException:
            print("Assistent: Jeg får ikke kontakt med serveren akkurat nå. Prøv igjen om litt.")


if __name__ == "__main__":
    raise SystemExit(main())
