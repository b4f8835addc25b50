"""A small client for the Rasa REST channel, shared by the terminal chat, tests and bench."""

from __future__ import annotations

import os
import time

import requests


def base_url() -> str:
    return f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}"


def wait_ready(url: str | None = None, timeout: float = 120.0) -> bool:
    url = url or base_url()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/", timeout=2).status_code == 200:
                return True
        except requests.RequestException:
            pass
        time.sleep(0.5)
    return False


def send(sender: str, message: str, url: str | None = None, timeout: float = 30.0) -> list[dict]:
    resp = requests.post((url or base_url()) + "/webhooks/rest/webhook",
                         json={"sender": sender, "message": message}, timeout=timeout)
    resp.raise_for_status()
    return resp.json()
