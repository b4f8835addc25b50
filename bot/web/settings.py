"""The workspace's settings, from the environment (CONTRACTS.md §1 and §6), with embedded defaults.

Every number that changes behaviour is here with the reason for its value.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time, timedelta

DEFAULT_PORT = 8080
DEFAULT_HOST = "127.0.0.1"  # loopback: in production nginx (deploy/nginx/krise-web.conf) terminates TLS in front
# A night shift leaves the screen for a phone call; half an hour idle is the usual limit for systems
# holding special categories of personal data (Normen's guidance on automatic sign-out).
DEFAULT_IDLE_MINUTES = 30
# One shift (8 h) plus overtime: nobody needs the same sign-in past the end of their shift.
DEFAULT_SESSION_HOURS = 12
# Failed sign-ins: 5 per account in 15 minutes stops guessing a colleague's passphrase (argon2 makes
# each guess cost ~0.1 s anyway); 20 per address allows a shared office PC where several people mistype.
ACCOUNT_FAILURES = 5
ADDRESS_FAILURES = 20
FAILURE_WINDOW = timedelta(minutes=15)
# The same limit as the Telegram bridge: the guide search reads 500 characters; a free-text answer
# in a dialogue may be longer, a pasted document may not.
MAX_MESSAGE_CHARS = 1500
# Rasa answers a turn in well under a second on loopback; 30 s covers a cold start.
RASA_TIMEOUT_SECONDS = 30.0
# Turns kept on screen per person (in memory only): a whole first contact and a mapping fit.
TRANSCRIPT_TURNS = 80
# The usual three shifts of a Norwegian shelter (dag, kveld, natt); a centre sets its own.
DEFAULT_SHIFTS = "07:00,15:00,23:00"
DEFAULT_TIMEZONE = "Europe/Oslo"
# Sessions and activity links past their time are deleted this often.
CLEANUP_INTERVAL_SECONDS = 3600.0


class SettingsError(ValueError):
    """A setting is wrong; the message is for the person starting the workspace (Norwegian)."""


@dataclass(frozen=True)
class WebSettings:
    rasa_url: str
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    idle_timeout: timedelta = timedelta(minutes=DEFAULT_IDLE_MINUTES)
    session_lifetime: timedelta = timedelta(hours=DEFAULT_SESSION_HOURS)
    # "auto": Secure when the request came over https (nginx sets X-Forwarded-Proto); "1"/"0" force it.
    secure_cookies: str = "auto"
    trusted_proxies: str = "127.0.0.1"
    shifts: tuple[time, ...] = (time(7), time(15), time(23))
    timezone: str = DEFAULT_TIMEZONE
    account_failures: int = ACCOUNT_FAILURES
    address_failures: int = ADDRESS_FAILURES
    failure_window: timedelta = FAILURE_WINDOW

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> WebSettings:
        env = os.environ if environ is None else environ
        secure = env.get("KRISE_WEB_SECURE_COOKIES", "auto").strip().lower() or "auto"
        if secure not in ("auto", "1", "0"):
            raise SettingsError("KRISE_WEB_SECURE_COOKIES må være auto, 1 eller 0.")
        idle = _positive(env, "KRISE_WEB_IDLE_MINUTES", DEFAULT_IDLE_MINUTES)
        hours = _positive(env, "KRISE_WEB_SESSION_HOURS", DEFAULT_SESSION_HOURS)
        return cls(
            rasa_url=f"http://127.0.0.1:{env.get('RASA_PORT', '5005')}",
            host=env.get("KRISE_WEB_HOST", DEFAULT_HOST).strip() or DEFAULT_HOST,
            port=_positive(env, "WEB_PORT", DEFAULT_PORT),
            idle_timeout=timedelta(minutes=idle),
            session_lifetime=timedelta(hours=hours),
            secure_cookies=secure,
            trusted_proxies=env.get("KRISE_WEB_TRUSTED_PROXIES", "127.0.0.1").strip(),
            shifts=parse_shifts(env.get("KRISE_SHIFTS", DEFAULT_SHIFTS)),
            timezone=env.get("KRISE_TIMEZONE", DEFAULT_TIMEZONE).strip() or DEFAULT_TIMEZONE,
        )


def parse_shifts(text: str) -> tuple[time, ...]:
    """``07:00,15:00,23:00`` → the start times of the shifts, sorted."""
    starts = []
    for part in text.split(","):
        try:
            hours, minutes = (int(p) for p in part.strip().split(":"))
            starts.append(time(hours, minutes))
        except ValueError:
            raise SettingsError(f"KRISE_SHIFTS: «{part.strip()}» er ikke et klokkeslett (skriv f.eks. "
                                "07:00,15:00,23:00).") from None
    if not starts:
        raise SettingsError("KRISE_SHIFTS må ha minst ett klokkeslett.")
    return tuple(sorted(starts))


def _positive(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) <= 0:
        raise SettingsError(f"{name} må være et positivt heltall (fikk {raw!r}).")
    return int(raw)
