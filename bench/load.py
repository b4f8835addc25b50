"""Load: turns per second and p50/p95 per turn with 5, 20 and 50 staff at once, with and without
think time, beside a single user measured in the same run; resident memory of each server.

Each staff member runs the same mixed session a night shift would: a greeting, guide questions,
the first questions of a first contact (by its buttons) and cancelling it. On this 2-core machine
the numbers are for comparing runs, not absolute capacity.
"""

from __future__ import annotations

import os
import random
import secrets
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import requests

from bench.latency import percentile
from bench.quality import load_set
from bot.storage import migrate
from bot.testing.served import Served, served_instance

STAFF_LEVELS = (5, 20, 50)
# «A few seconds» between a staff member's messages (the wording): reading the answer and
# typing the next one, uniformly 2–5 s. A real night shift leaves far longer gaps (a phone call).
THINK_SECONDS = (2.0, 5.0)
# Turns per staff member per scenario: enough for a stable p95 at 5 staff (5 x 8 = 40 turns).
TURNS_PER_STAFF = 8
# With think time each staff member starts after a random 0–5 s, as sessions on a shift overlap; started
# in the same millisecond, 20 first messages queue behind each other and that one burst sets the p95.
# Without think time they do start together: that row is the worst-case burst.
ARRIVAL = "start spredt over 0–5 s med tenketid, samtidig uten"
BASELINE_TURNS = 40
TARGET = "mål: p95 med 20 ansatte og tenketid ≤ 2x én bruker"


@dataclass
class Result:
    label: str
    staff: int
    turns: int
    seconds: float
    times_ms: list[float]

    @property
    def turns_per_second(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0

    @property
    def p50(self) -> float:
        return percentile(self.times_ms, 0.5)

    @property
    def p95(self) -> float:
        return percentile(self.times_ms, 0.95)


def session_script(questions: list[str], rng: random.Random) -> list[str | None]:
    """One staff member's messages; ``None`` means «press the first answer button»."""
    script: list[str | None] = ["hei", rng.choice(questions), "ny henvendelse", None, None, None,
                                rng.choice(questions), "avbryt"]
    while len(script) < TURNS_PER_STAFF:
        script.append(rng.choice(questions))
    return script


def _first_answer(replies: list[dict]) -> str:
    for message in reversed(replies):
        for button in message.get("buttons") or []:
            if button["payload"].startswith("/inform"):
                return button["payload"]
    return "vet ikke"


def run_staff(url: str, script: list[str | None], think: bool, rng: random.Random, times: list[float],
              lock: threading.Lock) -> None:
    sender = "bench-load-" + secrets.token_hex(4)
    session = requests.Session()
    replies: list[dict] = []
    if think:  # staff come in at different moments, not all in the same millisecond (see ARRIVAL)
        time.sleep(rng.uniform(0, THINK_SECONDS[1]))
    for message in script:
        text = _first_answer(replies) if message is None else message
        start = time.perf_counter()
        answer = session.post(url + "/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=600)
        elapsed = (time.perf_counter() - start) * 1000
        answer.raise_for_status()
        replies = answer.json()
        with lock:
            times.append(elapsed)
        if think:
            time.sleep(rng.uniform(*THINK_SECONDS))


def scenario(url: str, questions: list[str], staff: int, think: bool, seed: int) -> Result:
    times: list[float] = []
    lock = threading.Lock()
    rngs = [random.Random(seed * 1000 + i) for i in range(staff)]
    scripts = [session_script(questions, rng) for rng in rngs]
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=staff) as pool:
        for future in [pool.submit(run_staff, url, script, think, rng, times, lock)
                       for script, rng in zip(scripts, rngs, strict=True)]:
            future.result()
    seconds = time.perf_counter() - start
    label = f"{staff} ansatte, " + ("med tenketid" if think else "uten tenketid")
    return Result(label, staff, len(times), seconds, times)


def baseline(url: str, questions: list[str]) -> Result:
    """One staff member, no think time: the latency of a turn when nothing else happens."""
    times: list[float] = []
    rng = random.Random(7)
    start = time.perf_counter()
    while len(times) < BASELINE_TURNS:
        run_staff(url, session_script(questions, rng), False, rng, times, threading.Lock())
    return Result("1 bruker (grunnlinje)", 1, len(times), time.perf_counter() - start, times)


def memory_mb(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) in MB from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def measure(served: Served, questions: list[str]) -> tuple[Result, list[Result]]:
    warm = "bench-warm-" + secrets.token_hex(3)
    for text in ("hei", questions[0], "ny henvendelse", "avbryt"):
        requests.post(served.url + "/webhooks/rest/webhook", json={"sender": warm, "message": text}, timeout=600)
    base = baseline(served.url, questions)
    results = [scenario(served.url, questions, staff, think, seed=staff * 2 + think)
               for staff in STAFF_LEVELS for think in (True, False)]
    return base, results


def report() -> None:
    """Run the load scenarios against a freshly started server pair and print the table."""
    questions = [q.q for q in load_set() if q.id]
    with tempfile.TemporaryDirectory() as tmp:
        database = f"sqlite:///{Path(tmp) / 'krise.sqlite3'}"  # the embedded default, on a fresh file
        migrate.upgrade(database)
        with served_instance(Path(tmp) / "serve.log", env=dict(os.environ, DATABASE_URL=database)) as served:
            base, results = measure(served, questions)
            memory = {kind: memory_mb(served.server_pid(kind)) for kind in ("rasa", "actions")}
    print(f"Last (REST, {TURNS_PER_STAFF} turer per ansatt: hilsen, veilederspørsmål, første henvendelse med knapper, "
          f"avbryt; tenketid {THINK_SECONDS[0]:g}–{THINK_SECONDS[1]:g} s; {ARRIVAL}; samme kjøring)")
    print(f"  {'':<26} {'turer':>6} {'turer/s':>8} {'p50 ms':>8} {'p95 ms':>8}  p95 mot én bruker")
    for result in (base, *results):
        ratio = result.p95 / base.p95 if base.p95 else 0.0
        note = f"   {TARGET}" if result.staff == 20 and "med" in result.label else ""
        print(f"  {result.label:<26} {result.turns:6d} {result.turns_per_second:8.2f} {result.p50:8.1f} "
              f"{result.p95:8.1f}  {ratio:5.2f}x{note}")
    print("  Minne (RSS nå / topp, MB): " + ", ".join(
        f"{'Rasa-server' if kind == 'rasa' else 'action-server'} {now:.0f} / {peak:.0f}"
        for kind, (now, peak) in memory.items()))
    print(f"  (gjennomsnitt én bruker: {statistics.mean(base.times_ms):.1f} ms per tur)")


if __name__ == "__main__":
    report()
