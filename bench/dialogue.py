"""Dialogue bench: both dialogues through the real served bot over REST, in the same run.

Two sets through one driver (``bench.dialogue_transcripts.run_rest``):
- the hand-written transcripts (written from the question list by someone who never saw the parser):
  the dev split (``bench/sets/dialogue_transcripts``) – and with ``--final`` the held-back batch
  (``bench/sets/dialogue_transcripts_final``, by another writer), once;
- the generated scripts (``bench/dialogue_staff.py``) as the baseline.

Reported per set (targets from issue 14): field accuracy (≥ 0.98), refusals stored as yes/no (0),
false 112 alarms (0) and missed ones, re-asks per dialogue (≤ 1; read-backs of unsure answers counted
apart), gaps. Then the dialogue turn's p95 beside a greeting's p95 in the same run. The bot runs on a
throwaway SQLite database, so the bench never touches ``var/``.
"""

from __future__ import annotations

import functools
import os
import secrets
import statistics
import tempfile
import time
from pathlib import Path

from bench.dialogue_staff import generated
from bench.dialogue_transcripts import HELD_BACK, Summary, Transcript, dev_set, held_back_set, report, run_rest
from bench.latency import percentile
from bot.channels.rest_client import send
from bot.testing.served import served_bot

SCRIPTS_PER_DIALOGUE = 30


class Timed:
    """Sends messages and keeps the time of each, with a greeting in a parallel conversation after
    every second turn, so greetings are measured in the same run on a similar load."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.turn_ms: list[float] = []
        self.greet_ms: list[float] = []
        # Turns and greetings per third of the scripts (every third script), for a median of three.
        self.thirds: list[tuple[list[float], list[float]]] = [([], []) for _ in range(3)]
        self._greeter = ""
        self._n = 0
        self._conversations = 0

    def new_conversation(self) -> None:
        """A fresh greeting conversation per transcript: Rasa's cost per turn grows with the conversation,
        so the greetings' conversation must not outgrow the dialogues it is compared with."""
        self._greeter = "bench-greet-" + secrets.token_hex(4)
        self._conversations += 1

    def send(self, sender: str, text: str) -> list[dict]:
        start = time.perf_counter()
        reply = send(sender, text, url=self.url)
        self.turn_ms.append((time.perf_counter() - start) * 1000)
        turns, greets = self.thirds[self._conversations % 3]
        turns.append(self.turn_ms[-1])
        self._n += 1
        if self._n % 2 == 0:
            start = time.perf_counter()
            send(self._greeter, "hei", url=self.url)
            self.greet_ms.append((time.perf_counter() - start) * 1000)
            greets.append(self.greet_ms[-1])
        return reply


def _run(timed: Timed, name: str, transcripts: list[Transcript]) -> list[Summary]:
    from bot.storage import case_export, db

    def record_of(dialogue: str):
        def of(ref: str) -> dict:
            db.reset_engines()
            case = next(c for c in case_export.export_cases() if c["ref"] == ref)
            return case["triage"] if dialogue == "triage" else case["safety"]
        return of

    out = []
    for dialogue, title in (("triage", "første henvendelse"), ("safety_mapping", "kartlegging")):
        results = []
        for t in (t for t in transcripts if t.dialogue == dialogue):
            sender = f"bench-{dialogue}-" + secrets.token_hex(4)
            timed.new_conversation()
            results.append(run_rest(t, functools.partial(timed.send, sender), record_of(dialogue)))
        out.append(Summary(f"{title}: {name} ({len(results)})", results))
    return out


def dialogue_bench(per_dialogue: int = SCRIPTS_PER_DIALOGUE, final: bool = False) -> None:
    """Hand-written (dev, or held back with ``final``) and generated transcripts through one served bot."""
    from bot.storage import db, migrate

    hand_written = held_back_set() if final else dev_set()
    if not hand_written and final:
        # Between batches the held-back folder is empty (the last batch was promoted to dev): say so and
        # leave the rest of `bench.run --final` its figures.
        print(f"Dialogbenk, tilbakeholdt: ingen transkripter i {HELD_BACK} ennå – hoppet over")
        return
    if not hand_written:
        raise SystemExit("Fant ingen håndskrevne transkripter for dialogbenken")
    baseline = [*generated("triage", per_dialogue, seed=8), *generated("safety_mapping", per_dialogue, seed=9)]
    old = os.environ.get("DATABASE_URL")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        migrate.upgrade(url)
        os.environ["DATABASE_URL"] = url
        db.reset_engines()
        try:
            with served_bot(Path(tmp) / "serve.log") as rasa:
                timed = Timed(rasa)
                summaries = _run(timed, "håndskrevet, tilbakeholdt" if final else "håndskrevet, dev",
                                 hand_written)
                summaries += _run(timed, "generert (grunnlinje)", baseline)
        finally:
            if old is None:
                os.environ.pop("DATABASE_URL", None)
            else:
                os.environ["DATABASE_URL"] = old
            db.reset_engines()
    print("Dialogbenk over REST mot den serverte assistenten (samme kjøring; mål: felt ≥ 0.98, nekt lagret som "
          "ja/nei = 0, falske 112 = 0, spurt igjen ≤ 1 per dialog)")
    print("\n".join(report(summaries)))
    turn95, greet95 = percentile(timed.turn_ms, 0.95), percentile(timed.greet_ms, 0.95)
    thirds = [percentile(turns, 0.95) / percentile(greets, 0.95) for turns, greets in timed.thirds if turns and greets]
    print(f"  dialogtur p95 {turn95:.1f} ms ({len(timed.turn_ms)} turer) mot hilsen p95 {greet95:.1f} ms "
          f"({len(timed.greet_ms)}): {turn95 / greet95:.2f}x; median av tre tredjedeler av skriptene "
          f"{statistics.median(thirds):.2f}x (" + " / ".join(f"{r:.2f}" for r in thirds) + ")   mål: ≤ 1.5x")
