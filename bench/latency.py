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


def _stats(times: list[float]) -> dict[str, float]:
    return {"p50": percentile(times, 0.5), "p95": percentile(times, 0.95), "mean": statistics.mean(times),
            "n": len(times)}


def measure_interleaved(url: str, questions: list[str], greetings: list[str],
                        per_conversation: int = 10) -> tuple[dict[str, float], dict[str, float]]:
    """Guide questions and greetings alternate in the same conversations, so both pay the same
    tracker size (Rasa's per-turn cost grows with the conversation); a new conversation starts
    every ``per_conversation`` pairs, as a staff member asks a handful of questions at a time."""
    guide_times: list[float] = []
    greet_times: list[float] = []
    sender = ""
    for i, (question, greeting) in enumerate(zip(questions, greetings, strict=False)):
        if i % per_conversation == 0:
            sender = "bench-" + secrets.token_hex(4)
            send(sender, "hei", url=url)  # warm the conversation, not measured
        for text, bucket in ((question, guide_times), (greeting, greet_times)):
            start = time.perf_counter()
            send(sender, text, url=url)
            bucket.append((time.perf_counter() - start) * 1000)
    return _stats(guide_times), _stats(greet_times)


def measure(url: str, messages: list[str], warmup: int = 3) -> dict[str, float]:
    sender = "bench-" + secrets.token_hex(4)
    for m in messages[:warmup]:
        send(sender, m, url=url)
    times = []
    for m in messages:
        start = time.perf_counter()
        send(sender, m, url=url)
        times.append((time.perf_counter() - start) * 1000)
    return _stats(times)


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
    return _stats(times)
