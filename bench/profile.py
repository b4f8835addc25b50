"""Where the time goes under load: py-spy on the Rasa server and the action server while the load
bench's staff run, CPU seconds of every process and thread, and the share of samples per stage.

    python -m bench.profile                       # 50 staff without think time, one server pair
    python -m bench.profile --staff 50 --think    # with think time
    python -m bench.profile --out var/profile     # keep the raw py-spy stacks (collapsed format)

The figures are counts (samples, CPU seconds), not wall-clock time: on a shared machine they say
where a server's own work goes even when other processes take the cores. Stages are matched on the
stack (any frame), so they overlap; ``self`` lists the innermost Python frames.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import secrets
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from bench import load
from bench.quality import load_set
from bot.config import PROJECT_ROOT
from bot.storage import migrate
from bot.testing.served import Served, served_instance

PY_SPY = PROJECT_ROOT / ".venv" / "bin" / "py-spy"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# (label, substrings of a frame "function (file:line)"; a sample counts when any frame matches any)
STAGES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "rasa": [
        ("REST-kanal i alt (én melding)", ("receive (bot/rasa_plugins/channel.py",)),
        ("helsesjekk av action-serveren", ("is_up (bot/rasa_plugins/channel.py",)),
        ("låsen (lock store)", ("lock_store.py",)),
        ("NLU (parse_message)", ("parse_message (rasa/core/processor.py",)),
        ("policyer (predict_next_with_tracker)", ("predict_next_with_tracker (rasa/core/processor.py",)),
        ("  herav past_states/featurisering", ("past_states (rasa/shared/core/trackers.py",
                                               "featurizers/tracker_featurizers.py")),
        ("TensorFlow (Python-siden)", ("tensorflow/",)),
        ("kall til action-serveren (RemoteAction.run)", ("run (rasa/core/actions/action.py",)),
        ("  herav tracker som JSON (current_state)", ("current_state (rasa/shared/core/trackers.py",)),
        ("tracker store: lese (retrieve)", ("_retrieve_kept (bot/rasa_plugins/tracker_store.py",)),
        ("  herav gjenoppbygging (from_dict/replay)", ("from_dict (rasa/shared/core/trackers.py",)),
        ("tracker store: lagre (save)", ("save (bot/rasa_plugins/tracker_store.py",)),
        ("  herav maskering", ("bot/rasa_plugins/masking.py",)),
        ("SQLAlchemy i alt", ("sqlalchemy/",)),
        ("  herav commit", ("commit (sqlalchemy/",)),
        ("json", ("json/",)),
    ],
    "actions": [
        ("webhook i alt", ("webhook (rasa_sdk/endpoint.py",)),
        ("tracker fra JSON (Tracker.from_dict)", ("from_dict (rasa_sdk/interfaces.py",)),
        ("veiledersøk (bot/guide)", ("bot/guide/",)),
        ("tekstbehandling (bot/text)", ("bot/text/",)),
        ("dialoger (bot/dialogue)", ("bot/dialogue/",)),
        ("lagring (bot/storage)", ("bot/storage/",)),
        ("SQLAlchemy", ("sqlalchemy/",)),
        ("json", ("json/",)),
    ],
}


# The innermost frame of a thread waiting for work (py-spy cannot always tell an idle event loop).
IDLE_LEAVES = ("serve (sanic/server/runners.py", "select (selectors.py", "_worker (concurrent/futures/thread.py",
               "wait (threading.py")


@dataclass
class Profile:
    """Busy samples only: stacks whose innermost frame is not an idle wait."""

    kind: str
    samples: int
    stacks: collections.Counter[str]
    idle: int = 0

    def share(self, needles: tuple[str, ...]) -> float:
        hit = sum(n for stack, n in self.stacks.items() if any(needle in stack for needle in needles))
        return hit / self.samples if self.samples else 0.0

    def self_top(self, n: int = 15) -> list[tuple[str, float]]:
        leaves: collections.Counter[str] = collections.Counter()
        for stack, count in self.stacks.items():
            leaves[stack.rsplit(";", 1)[-1]] += count
        return [(leaf, count / self.samples) for leaf, count in leaves.most_common(n)]


def read_raw(path: Path, kind: str) -> Profile:
    """py-spy's raw (collapsed) output: ``frame;frame;… count`` per line, outermost first."""
    stacks: collections.Counter[str] = collections.Counter()
    idle = 0
    if path.exists():
        for line in path.read_text(errors="replace").splitlines():
            stack, _, count = line.rpartition(" ")
            if not stack or not count.isdigit():
                continue
            if stack.rsplit(";", 1)[-1].startswith(IDLE_LEAVES):
                idle += int(count)
            else:
                stacks[stack] += int(count)
    return Profile(kind, sum(stacks.values()), stacks, idle)


def cpu_seconds(pid: int) -> dict[str, float]:
    """CPU seconds (user + system) of the main thread (the event loop: Python) and of all other
    threads together (TensorFlow's and SQLite's native work, executors), plus how many there are."""
    main = other = 0.0
    threads = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        seconds = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        threads += 1
        if task.name == str(pid):
            main += seconds
        else:
            other += seconds
    return {"hovedtråd": main, "andre tråder": other, "antall tråder": threads}


def diff(after: dict[str, float], before: dict[str, float]) -> dict[str, float]:
    return {"hovedtråd": after["hovedtråd"] - before["hovedtråd"],
            "andre tråder": after["andre tråder"] - before["andre tråder"]}


def start_spy(pid: int, out: Path, rate: int) -> subprocess.Popen:
    return subprocess.Popen([str(PY_SPY), "record", "--pid", str(pid), "--format", "raw", "--output", str(out),
                             "--rate", str(rate), "--nonblocking"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def stop_spy(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def warm(served: Served, questions: list[str]) -> None:
    sender = "bench-warm-" + secrets.token_hex(3)
    for text in ("hei", questions[0], "ny henvendelse", "avbryt"):
        requests.post(served.url + "/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=600)


def profile(staff: int, think: bool, rate: int, out_dir: Path | None, seed: int = 11) -> None:
    questions = [q.q for q in load_set() if q.id]
    with tempfile.TemporaryDirectory() as tmp:
        keep = out_dir or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        database = f"sqlite:///{Path(tmp) / 'krise.sqlite3'}"
        migrate.upgrade(database)
        env = dict(os.environ, DATABASE_URL=database)
        with served_instance(Path(tmp) / "serve.log", env=env) as served:
            warm(served, questions)
            pids = {kind: served.server_pid(kind) for kind in ("rasa", "actions")}
            before = {kind: cpu_seconds(pid) for kind, pid in pids.items()}
            spies = {kind: start_spy(pid, keep / f"{kind}.raw", rate) for kind, pid in pids.items()}
            time.sleep(1.0)  # py-spy attached
            started = time.perf_counter()
            result = load.scenario(served.url, questions, staff, think, seed=seed)
            wall = time.perf_counter() - started
            for spy in spies.values():
                stop_spy(spy)
            after = {kind: cpu_seconds(pid) for kind, pid in pids.items()}
            memory = {kind: load.memory_mb(pid) for kind, pid in pids.items()}
    print(f"Profil: {result.label}, {result.turns} turer på {wall:.1f} s ({result.turns_per_second:.2f} turer/s), "
          f"p50 {result.p50:.0f} ms, p95 {result.p95:.0f} ms; last på maskinen: {os.getloadavg()[0]:.2f}")
    for kind in ("rasa", "actions"):
        cpu = diff(after[kind], before[kind])
        total = sum(cpu.values())
        name = "Rasa-server" if kind == "rasa" else "action-server"
        print(f"\n{name}: {total:.1f} CPU-s ({total / result.turns * 1000:.0f} ms CPU per tur), "
              f"RSS {memory[kind][0]:.0f} MB (topp {memory[kind][1]:.0f})")
        print(f"  CPU-s: hovedtråd {cpu['hovedtråd']:.1f}, andre tråder {cpu['andre tråder']:.1f} "
              f"({after[kind]['antall tråder']:.0f} tråder)")
        prof = read_raw(keep / f"{kind}.raw", kind)
        print(f"  py-spy: {prof.samples} travle prøver ({prof.idle} ventende utelatt; {rate}/s), andel med rammen:")
        for label, needles in STAGES[kind]:
            print(f"    {label:<46} {prof.share(needles) * 100:5.1f} %")
        print("  innerste ramme (self):")
        for leaf, share in prof.self_top(12):
            print(f"    {share * 100:5.1f} %  {leaf[:110]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Profil av serverne under last (py-spy)")
    parser.add_argument("--staff", type=int, default=50)
    parser.add_argument("--think", action="store_true", help="med tenketid (standard: uten)")
    parser.add_argument("--rate", type=int, default=50, help="py-spy-prøver per sekund")
    parser.add_argument("--out", type=Path, help="behold py-spy-filene her")
    args = parser.parse_args(argv)
    random.seed(0)
    profile(args.staff, args.think, args.rate, args.out)


if __name__ == "__main__":
    main()
