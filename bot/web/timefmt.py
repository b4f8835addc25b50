"""Local time for people reading the pages, and the start of the current shift (the handover's default)."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("time zone %s not found (is tzdata installed?); showing UTC", name)
        return timezone.utc


def local(value: datetime | None, zone_name: str, with_date: bool = True) -> str:
    if value is None:
        return "–"
    shown = value.astimezone(zone(zone_name))
    return shown.strftime("%d.%m.%Y %H:%M" if with_date else "%H:%M")


def shift_start(now: datetime, shifts: tuple[time, ...], zone_name: str) -> datetime:
    """The latest shift start at or before ``now`` (local time), in UTC."""
    tz = zone(zone_name)
    here = now.astimezone(tz)
    candidates = [datetime.combine(here.date() - timedelta(days=back), start, tz)
                  for back in (0, 1) for start in shifts]
    return max(c for c in candidates if c <= here).astimezone(timezone.utc)


def parse_local_datetime(text: str | None, zone_name: str) -> datetime | None:
    """A ``datetime-local`` input («2026-12-04T23:00») in local time → UTC; None when empty or not a time."""
    if not text:
        return None
    try:
        parsed = datetime.strptime(text.strip()[:16], "%Y-%m-%dT%H:%M")
    except ValueError:
        return None
    return parsed.replace(tzinfo=zone(zone_name)).astimezone(timezone.utc)


def parse_local_date(text: str | None, zone_name: str) -> datetime | None:
    """A ``date`` input («2026-12-04») → local midnight that day, in UTC."""
    if not text:
        return None
    try:
        day = date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None
    return datetime.combine(day, time(0), zone(zone_name)).astimezone(timezone.utc)


def input_value(value: datetime, zone_name: str) -> str:
    """UTC → the value a ``datetime-local`` input shows."""
    return value.astimezone(zone(zone_name)).strftime("%Y-%m-%dT%H:%M")
