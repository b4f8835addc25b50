"""REST latency of guide answers beside greetings, measured against the real servers."""

from __future__ import annotations

import secrets
import statistics
import time

from bot.channels.rest_client import send


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def measure(url: str, messages: list[str], warmup: int = 3) -> dict[str, float]:
    sender = "bench-" + secrets.token_hex(4)
    for m in messages[:warmup]:
        send(sender, m, url=url)
    times = []
    for m in messages:
        start = time.perf_counter()
        send(sender, m, url=url)
        times.append((time.perf_counter() - start) * 1000)
    return {"p50": percentile(times, 0.5), "p95": percentile(times, 0.95), "mean": statistics.mean(times),
            "n": len(times)}


TRIAGE_TURNS = ("ny henvendelse", "hun ringte", "nei", "trenger tolk på arabisk", "mannen hennes",
                "psykisk og fysisk vold", "det har blitt verre", "vet ikke", "nei", "avbryt")


def measure_triage(url: str, runs: int = 6) -> dict[str, float]:
    """Per-turn latency of a first-contact dialogue (form validation + parsers), cancelled at the end."""
    times = []
    for _ in range(runs):
        sender = "bench-triage-" + secrets.token_hex(4)
        for turn in TRIAGE_TURNS:
            start = time.perf_counter()
            send(sender, turn, url=url)
            times.append((time.perf_counter() - start) * 1000)
    return {"p50": percentile(times, 0.5), "p95": percentile(times, 0.95), "mean": statistics.mean(times),
            "n": len(times)}
