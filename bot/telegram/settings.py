"""The bridge's settings, from the environment (CONTRACTS.md §1), with embedded defaults.

Every number that changes behaviour is here with the reason for its value.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from bot import config

DEFAULT_API_URL = "https://api.telegram.org"
# 20 messages a minute per person: a fast typist in a dialogue sends one every 5–10 seconds;
# twice that is a stuck key or a script, and Telegram itself allows a bot ~1 message/s per chat.
DEFAULT_RATE_LIMIT = 20
RATE_WINDOW_SECONDS = 60.0
# The assistant reads at most 500 characters of a question (bot/text/guard.py); 1,500 leaves
# room for a long free-text answer in a dialogue and refuses pastes of whole documents.
DEFAULT_MAX_CHARS = 1500
# Rasa answers a turn in well under a second on loopback; 30 s covers a cold start after make serve.
RASA_TIMEOUT_SECONDS = 30.0
# The Bot API lets a bot delete messages in a private chat for 48 hours; keep a margin.
MAX_DELETE_AFTER = timedelta(hours=47)
SENDER_KEY_FILE = "telegram_sender.key"
# Webhook mode: Telegram sends this secret in X-Telegram-Bot-Api-Secret-Token and PTB refuses
# updates without it. The Bot API allows 1–256 characters A–Z, a–z, 0–9, _ and -; 32 or more makes
# it as hard to guess as the bot token (e.g. `python3 -c "import secrets; print(secrets.token_urlsafe(32))"`).
MIN_WEBHOOK_SECRET = 32
WEBHOOK_SECRET_RE = re.compile(rf"^[A-Za-z0-9_-]{{{MIN_WEBHOOK_SECRET},256}}$")


class SettingsError(ValueError):
    """A setting is missing or wrong; the message is for the person starting the bridge."""


@dataclass(frozen=True)
class Settings:
    token: str
    api_root: str
    rasa_url: str
    data_dir: Path
    rate_limit: int = DEFAULT_RATE_LIMIT
    max_chars: int = DEFAULT_MAX_CHARS
    delete_after: timedelta | None = None
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = None

    @property
    def base_url(self) -> str:
        """What PTB calls ``base_url``: the API root plus ``/bot`` (PTB appends the token)."""
        return self.api_root + "/bot"

    @property
    def base_file_url(self) -> str:
        return self.api_root + "/file/bot"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        if not token:
            raise SettingsError("TELEGRAM_BOT_TOKEN mangler. Lag en bot hos @BotFather i Telegram og sett "
                                "TELEGRAM_BOT_TOKEN=<token> (se README, «Telegram»).")
        api_root = (env.get("TELEGRAM_API_URL") or DEFAULT_API_URL).strip().rstrip("/")
        if api_root.endswith("/bot"):
            api_root = api_root[: -len("/bot")]  # accept PTB's form too; the contract gives the root
        if not api_root.startswith(("http://", "https://")):
            raise SettingsError(f"TELEGRAM_API_URL må begynne med http:// eller https:// (fikk {api_root!r}).")
        delete_after = None
        if env.get("TELEGRAM_DELETE_AFTER_HOURS"):
            hours = _number(env, "TELEGRAM_DELETE_AFTER_HOURS", float)
            delete_after = timedelta(hours=hours)
            if not timedelta(0) < delete_after <= MAX_DELETE_AFTER:
                raise SettingsError("TELEGRAM_DELETE_AFTER_HOURS må være mellom 0 og 47 timer "
                                    "(Telegram lar en bot slette meldinger i 48 timer).")
        rate_limit = _number(env, "TELEGRAM_RATE_LIMIT", int) if env.get("TELEGRAM_RATE_LIMIT") else DEFAULT_RATE_LIMIT
        if rate_limit < 1:
            raise SettingsError("TELEGRAM_RATE_LIMIT må være minst 1 (meldinger i minuttet).")
        webhook_url = env.get("TELEGRAM_WEBHOOK_URL") or None
        if webhook_url and not webhook_url.startswith("https://"):
            raise SettingsError("TELEGRAM_WEBHOOK_URL må være en https-adresse Telegram kan nå.")
        webhook_secret = env.get("TELEGRAM_WEBHOOK_SECRET") or None
        if webhook_url and not WEBHOOK_SECRET_RE.match(webhook_secret or ""):
            raise SettingsError(
                f"Webhook-modus krever TELEGRAM_WEBHOOK_SECRET: minst {MIN_WEBHOOK_SECRET} tegn (høyst 256), bare "
                "A–Z, a–z, 0–9, _ og -. Uten den kan hvem som helst som finner adressen, sende meldinger i en "
                "ansatts navn. Lag en med: python3 -c \"import secrets; print(secrets.token_urlsafe(32))\"")
        return cls(
            token=token,
            api_root=api_root,
            rasa_url=f"http://127.0.0.1:{env.get('RASA_PORT', '5005')}",
            data_dir=Path(env["KRISE_DATA_DIR"]) if env.get("KRISE_DATA_DIR") else config.data_dir(),
            rate_limit=rate_limit,
            delete_after=delete_after,
            webhook_url=webhook_url,
            webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1"),
            webhook_port=_number(env, "TELEGRAM_WEBHOOK_PORT", int) if env.get("TELEGRAM_WEBHOOK_PORT") else 8443,
            webhook_secret=webhook_secret,
        )


_N = TypeVar("_N", int, float)


def _number(env: Mapping[str, str], name: str, kind: type[_N]) -> _N:
    try:
        return kind(env[name])
    except ValueError:
        raise SettingsError(f"{name} må være et tall (fikk {env[name]!r}).") from None
