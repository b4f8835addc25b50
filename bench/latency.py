"""REST latency of guide answers beside greetings, measured against the real servers."""

from __future__ import annotations

import re
import secrets
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

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


# What a staff member types in a dialogue: the dev transcripts (never the held-back folder), every
# ``TRANSCRIPT_STEP``-th, so both dialogues and all three writers are in (about 500 answers a round).
TRANSCRIPT_STEP = 12
# A turn's kind, from what the bot answered (the save and the summary cost more than an answer).
_SAVED = re.compile(r"Lagret som sak|Kartleggingen er lagret")


@dataclass
class DialogueTimes:
    """Per-kind REST latency of dialogue turns driven by transcripts, and greetings in between."""

    kinds: dict[str, list[float]] = field(default_factory=dict)
    greetings: list[float] = field(default_factory=list)

    def add(self, kind: str, ms: float) -> None:
        self.kinds.setdefault(kind, []).append(ms)

    def stats(self, kind: str) -> dict[str, float]:
        if kind == "greeting":
            return _stats(self.greetings)
        if kind == "all":
            return _stats([ms for times in self.kinds.values() for ms in times])
        times = self.kinds.get(kind)
        if not times:  # no turn of this kind in this round (e.g. no 112 reply)
            return {"p50": float("nan"), "p95": float("nan"), "mean": float("nan"), "n": 0}
        return _stats(times)


def turn_kind(text: str, reply: str, starts: Sequence[str], interjections: Sequence[str]) -> str:
    """``start``, ``save``, ``summary``, ``112``, ``interjection`` (a guide question, «hvorfor …?»,
    «endre …», «pause»/«fortsett» from the transcript) or ``answer``: an answer as typed."""
    from bench.dialogue_transcripts import ACUTE_MARK

    if text in starts:
        return "start"
    if _SAVED.search(reply):
        return "save"
    if "Oppsummering" in reply:
        return "summary"
    if ACUTE_MARK in reply:
        return "112"
    if text in interjections:
        return "interjection"
    return "answer"


def measure_dialogues(url: str, step: int = TRANSCRIPT_STEP) -> DialogueTimes:
    """Every ``step``-th dev transcript through the served assistant, each turn timed and sorted by
    kind; after each turn a greeting in a conversation of its own (a greeting inside a form would be
    read as an answer), so both pay the same machine load at the same moment."""
    from bench.dialogue_transcripts import START, TRANSCRIPTS, load, run_rest

    times = DialogueTimes()
    for transcript in load(TRANSCRIPTS)[::step]:
        sender = "bench-dlg-" + secrets.token_hex(4)
        greeter = "bench-hei-" + secrets.token_hex(4)
        interjections = [say for _, say in transcript.interjections]

        def say(text: str, sender: str = sender, greeter: str = greeter,
                interjections: list[str] = interjections) -> list[dict]:
            start = time.perf_counter()
            out = send(sender, text, url=url)
            ms = (time.perf_counter() - start) * 1000
            reply = "\n".join(m.get("text") or "" for m in out)
            times.add(turn_kind(text, reply, tuple(START.values()), interjections), ms)
            start = time.perf_counter()
            send(greeter, "hei", url=url)
            times.greetings.append((time.perf_counter() - start) * 1000)
            return out

        run_rest(transcript, say, lambda ref: {})
    return times
