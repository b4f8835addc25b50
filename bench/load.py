"""Load: turns per second and p50/p95 per turn with 5, 20 and 50 staff at once, with and without
think time, beside a single user measured in the same round; resident memory and CPU per turn of
each server; and the throughput of two Rasa servers behind the Redis lock store beside one.

Each staff member runs the same mixed session a night shift would: a greeting, guide questions,
the first questions of a first contact (by its buttons) and cancelling it. Every figure is measured
in ``ROUNDS`` rounds against the same servers, each round with its own baseline; the table shows
the median of the rounds' ratios (and each round's). On a shared 2-core machine the absolute
numbers are for comparing runs, not capacity: the CPU milliseconds per turn are the steadier figure.
"""

from __future__ import annotations

import contextlib
import os
import random
import resource
import secrets
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import requests

from bench.latency import percentile
from bench.quality import load_set
from bench.rest import JsonClient
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
ROUNDS = 3
TARGETS = {(20, True): "mål ≤ 2x", (50, True): "mål ≤ 2.5x"}
SCALE_STAFF = 50  # the two-server comparison: this many staff without think time
SCALE_TARGET = 1.5


@dataclass
class Result:
    label: str
    staff: int
    turns: int
    seconds: float
    times_ms: list[float]
    cpu_ms: dict[str, float] = field(default_factory=dict)  # CPU per turn of each process, this scenario

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


def run_staff(urls: list[str], script: list[str | None], think: bool, rng: random.Random, times: list[float],
              lock: threading.Lock) -> None:
    """One staff member's session; with several servers the turns go round robin over them, as
    nginx sends them (a conversation moves between servers; the lock store keeps its turns in order)."""
    sender = "bench-load-" + secrets.token_hex(4)
    clients = [JsonClient(url) for url in urls]  # the lighter client: bench/rest.py says why
    replies: list[dict] = []
    if think:  # staff come in at different moments, not all in the same millisecond (see ARRIVAL)
        time.sleep(rng.uniform(0, THINK_SECONDS[1]))
    for turn, message in enumerate(script):
        text = _first_answer(replies) if message is None else message
        server = turn % len(urls)
        start = time.perf_counter()
        replies = clients[server].post("/webhooks/rest/webhook", {"sender": sender, "message": text})
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            times.append(elapsed)
        if think:
            time.sleep(rng.uniform(*THINK_SECONDS))
    for client in clients:
        client.close()


def cpu_seconds(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system) of a process: its main thread (the event loop) and all others."""
    ticks = os.sysconf("SC_CLK_TCK")
    main = other = 0.0
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            seconds = (int(fields[11]) + int(fields[12])) / ticks
            if task.name == str(pid):
                main += seconds
            else:
                other += seconds
    return main, other


def context_switches(pid: int) -> tuple[int, int]:
    """(voluntary, involuntary) context switches summed over a process's threads: a voluntary one is a
    wait (a socket, a lock, SQLite's busy sleep), an involuntary one a preemption (too few cores)."""
    voluntary = involuntary = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    voluntary += int(line.split()[1])
                elif line.startswith("nonvoluntary_ctxt_switches:"):
                    involuntary += int(line.split()[1])
    return voluntary, involuntary


def thread_count(pid: int) -> int:
    return sum(1 for _ in Path(f"/proc/{pid}/task").iterdir())


def redis_info(url: str) -> dict[str, float]:
    """The Redis server's command count and CPU seconds so far (INFO), over a raw socket."""
    host, port = url.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"INFO\r\n")
        data = b""
        while b"\r\n" not in data or len(data) < int(data[1:data.index(b"\r\n")]) + data.index(b"\r\n") + 2:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    fields = dict(line.split(":", 1) for line in data.decode().splitlines() if ":" in line)
    return {"redis.commands": float(fields["total_commands_processed"]),
            "redis.cpu": float(fields["used_cpu_user"]) + float(fields["used_cpu_sys"])}


class CpuMeter:
    """CPU per turn of the servers (and of this load generator) over a scenario."""

    def __init__(self, pids: dict[str, int], redis_url: str | None = None) -> None:
        self.pids = pids
        self.redis_url = redis_url

    def read(self) -> dict[str, float]:
        values: dict[str, float] = {}
        for name, pid in self.pids.items():
            main, other = cpu_seconds(pid)
            values[f"{name}.main"], values[f"{name}.other"] = main, other
            voluntary, involuntary = context_switches(pid)
            values[f"{name}.vcs"], values[f"{name}.ics"] = voluntary, involuntary
        usage = resource.getrusage(resource.RUSAGE_SELF)
        values["client"] = usage.ru_utime + usage.ru_stime
        if self.redis_url:
            values.update(redis_info(self.redis_url))
        return values


def scenario(urls: str | list[str], questions: list[str], staff: int, think: bool, seed: int,
             meter: CpuMeter | None = None) -> Result:
    urls = [urls] if isinstance(urls, str) else urls
    times: list[float] = []
    lock = threading.Lock()
    rngs = [random.Random(seed * 1000 + i) for i in range(staff)]
    scripts = [session_script(questions, rng) for rng in rngs]
    before = meter.read() if meter else {}
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=staff) as pool:
        for future in [pool.submit(run_staff, urls, script, think, rng, times, lock)
                       for script, rng in zip(scripts, rngs, strict=True)]:
            future.result()
    seconds = time.perf_counter() - start
    after = meter.read() if meter else {}
    label = f"{staff} ansatte, " + ("med tenketid" if think else "uten tenketid")
    cpu = {key: (after[key] - before[key]) * 1000 / len(times) for key in after}
    return Result(label, staff, len(times), seconds, times, cpu)


def baseline(url: str, questions: list[str], seed: int = 7) -> Result:
    """One staff member, no think time: the latency of a turn when nothing else happens."""
    times: list[float] = []
    rng = random.Random(seed)
    start = time.perf_counter()
    while len(times) < BASELINE_TURNS:
        run_staff([url], session_script(questions, rng), False, rng, times, threading.Lock())
    return Result("1 bruker (grunnlinje)", 1, len(times), time.perf_counter() - start, times)


def memory_mb(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) in MB from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def warm(url: str, questions: list[str]) -> None:
    sender = "bench-warm-" + secrets.token_hex(3)
    for text in ("hei", questions[0], "ny henvendelse", "avbryt"):
        requests.post(url + "/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=600)


@dataclass
class Round:
    base: Result
    results: list[Result]


def measure_round(served: Served, questions: list[str], round_no: int) -> Round:
    meter = CpuMeter({"rasa": served.server_pid("rasa"), "actions": served.server_pid("actions")})
    base = baseline(served.url, questions, seed=7 + round_no)
    results = [scenario(served.url, questions, staff, think, seed=staff * 2 + think + 100 * round_no, meter=meter)
               for staff in STAFF_LEVELS for think in (True, False)]
    return Round(base, results)


@contextlib.contextmanager
def redis_server() -> Iterator[str | None]:
    """A private redis-server on loopback (Debian's package), nothing persisted; None without one."""
    binary = shutil.which("redis-server") or next((p for p in ("/usr/bin/redis-server",) if Path(p).exists()), None)
    if binary is None:
        yield None
        return
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as base:
        proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                 "--dir", base], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                stdin=subprocess.DEVNULL)
        try:
            for _ in range(100):
                with socket.socket() as sock:
                    if sock.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.1)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            proc.wait(timeout=30)


@dataclass
class Scaling:
    pairs: list[tuple[Result, Result]]  # (one server, two servers) per round
    threads: dict[str, int]  # threads of each server process once warm


def scaling(questions: list[str], rounds: int) -> Scaling | None:
    """Two server pairs on one SQLite file behind one Redis lock store: the same burst of staff
    sent to one Rasa server, then round robin to both, ``rounds`` times."""
    with redis_server() as redis_url, tempfile.TemporaryDirectory() as tmp:
        if redis_url is None:
            return None
        database = f"sqlite:///{Path(tmp) / 'krise.sqlite3'}"
        migrate.upgrade(database)
        env = dict(os.environ, DATABASE_URL=database, REDIS_URL=redis_url)
        with served_instance(Path(tmp) / "serve-a.log", env=env) as first, \
                served_instance(Path(tmp) / "serve-b.log", env=env) as second:
            for served in (first, second):
                warm(served.url, questions)
            pids = {"rasa": first.server_pid("rasa"), "rasa2": second.server_pid("rasa"),
                    "actions": first.server_pid("actions"), "actions2": second.server_pid("actions")}
            meter = CpuMeter(pids, redis_url)
            threads = {name: thread_count(pid) for name, pid in pids.items()}
            pairs = []
            for round_no in range(rounds):
                seed = 500 + round_no
                one = scenario([first.url], questions, SCALE_STAFF, False, seed, meter)
                two = scenario([first.url, second.url], questions, SCALE_STAFF, False, seed, meter)
                pairs.append((one, two))
            return Scaling(pairs, threads)


def _ratios(values: list[float]) -> str:
    return f"{statistics.median(values):5.2f}x  (" + " / ".join(f"{v:.2f}" for v in values) + ")"


def report(rounds: int = ROUNDS) -> None:
    """Run the load scenarios against freshly started servers and print the tables."""
    questions = [q.q for q in load_set() if q.id]
    with tempfile.TemporaryDirectory() as tmp:
        database = f"sqlite:///{Path(tmp) / 'krise.sqlite3'}"  # the embedded default, on a fresh file
        migrate.upgrade(database)
        with served_instance(Path(tmp) / "serve.log", env=dict(os.environ, DATABASE_URL=database)) as served:
            warm(served.url, questions)
            measured = [measure_round(served, questions, round_no) for round_no in range(rounds)]
            memory = {kind: memory_mb(served.server_pid(kind)) for kind in ("rasa", "actions")}
    load_avg = os.getloadavg()
    print(f"Last (REST, {TURNS_PER_STAFF} turer per ansatt: hilsen, veilederspørsmål, første henvendelse med knapper, "
          f"avbryt; tenketid {THINK_SECONDS[0]:g}–{THINK_SECONDS[1]:g} s; {ARRIVAL}; median av {rounds} runder, "
          f"hver mot sin egen grunnlinje; maskinlast {load_avg[0]:.1f})")
    print(f"  {'':<26} {'turer':>6} {'turer/s':>8} {'p50 ms':>8} {'p95 ms':>8}  p95 mot én bruker (rundene)")
    base = [r.base for r in measured]
    print(f"  {base[0].label:<26} {base[0].turns:6d} {statistics.median(b.turns_per_second for b in base):8.2f} "
          f"{statistics.median(b.p50 for b in base):8.1f} {statistics.median(b.p95 for b in base):8.1f}  1.00x")
    for i, first in enumerate(measured[0].results):
        rows = [r.results[i] for r in measured]
        ratios = [row.p95 / r.base.p95 for row, r in zip(rows, measured, strict=True)]
        target = TARGETS.get((first.staff, "med" in first.label), "")
        print(f"  {first.label:<26} {first.turns:6d} {statistics.median(r.turns_per_second for r in rows):8.2f} "
              f"{statistics.median(r.p50 for r in rows):8.1f} {statistics.median(r.p95 for r in rows):8.1f}  "
              f"{_ratios(ratios)}" + (f"   {target}" if target else ""))
    heavy = [r.results[-1] for r in measured]  # 50 staff without think time: CPU per turn
    cpu = {key: statistics.median(r.cpu_ms[key] for r in heavy) for key in heavy[0].cpu_ms}
    print(f"  CPU per tur ({heavy[0].label}, median): Rasa-server {cpu['rasa.main'] + cpu['rasa.other']:.1f} ms "
          f"(hendelsesløkka {cpu['rasa.main']:.1f}, TensorFlows tråder o.a. {cpu['rasa.other']:.1f}), "
          f"action-server {cpu['actions.main'] + cpu['actions.other']:.1f} ms, lastgeneratoren {cpu['client']:.1f} ms")
    print("  Minne (RSS nå / topp, MB): " + ", ".join(
        f"{'Rasa-server' if kind == 'rasa' else 'action-server'} {now:.0f} / {peak:.0f}"
        for kind, (now, peak) in memory.items()) + "   mål: Rasa ≤ 1000, action-server ≤ 300")
    scaling_report(questions, rounds)


def _per_process(result: Result, key: str, scale: float = 1.0) -> str:
    return ", ".join(f"{name} {result.cpu_ms.get(name + key, 0) * scale:.1f}"
                     for name in ("rasa", "rasa2", "actions", "actions2"))


def scaling_report(questions: list[str] | None = None, rounds: int = ROUNDS, detail: bool = False) -> None:
    """The two-server comparison (``python -m bench.run --only load --part scaling`` runs only this);
    ``detail``: where each turn's CPU went, context switches and Redis commands per turn."""
    questions = questions or [q.q for q in load_set() if q.id]
    measured = scaling(questions, rounds)
    if measured is None:
        print("  To Rasa-servere: hoppet over (redis-server er ikke installert)")
        return
    pairs = measured.pairs
    ratios = [two.turns_per_second / one.turns_per_second for one, two in pairs]
    print(f"To Rasa-servere bak Redis-låsen (én SQLite-fil, én action-server hver, turene round robin), "
          f"{SCALE_STAFF} ansatte uten tenketid, samme runde; maskinlast {os.getloadavg()[0]:.1f}")
    print(f"  én Rasa-server:  {statistics.median(one.turns_per_second for one, _ in pairs):6.2f} turer/s, "
          f"p95 {statistics.median(one.p95 for one, _ in pairs):7.0f} ms")
    print(f"  to Rasa-servere: {statistics.median(two.turns_per_second for _, two in pairs):6.2f} turer/s, "
          f"p95 {statistics.median(two.p95 for _, two in pairs):7.0f} ms   gjennomstrømning {_ratios(ratios)}"
          f"   mål ≥ {SCALE_TARGET:g}x")
    if not detail:
        return
    print("  tråder: " + ", ".join(f"{name} {count}" for name, count in measured.threads.items()))
    for round_no, (one, two) in enumerate(pairs, 1):
        for label, result in (("én", one), ("to", two)):
            cpu = result.cpu_ms
            total = sum(cpu.get(f"{n}.main", 0) + cpu.get(f"{n}.other", 0)
                        for n in ("rasa", "rasa2", "actions", "actions2")) + cpu["client"] + cpu.get("redis.cpu", 0)
            print(f"  runde {round_no} {label}: {result.turns_per_second:6.2f} turer/s; CPU ms/tur i alt {total:.1f}: "
                  f"hovedtråd {_per_process(result, '.main')}; andre tråder {_per_process(result, '.other')}; "
                  f"lastgenerator {cpu['client']:.1f}; redis {cpu.get('redis.cpu', 0):.2f}")
            # cpu_ms holds every counter's change per turn times 1000 (milliseconds for the CPU seconds)
            print(f"      kontekstbytter/tur frivillige {_per_process(result, '.vcs', 1e-3)}; "
                  f"tvungne {_per_process(result, '.ics', 1e-3)}; "
                  f"redis-kommandoer/tur {cpu.get('redis.commands', 0) / 1000:.1f}")


if __name__ == "__main__":
    report()
