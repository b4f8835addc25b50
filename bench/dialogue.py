"""Dialogue bench: scripted staff through both dialogues over REST against the real served bot.

Measured (targets from issue 8): share of fields stored as answered (≥ 0.97), false 112 alarms (0),
questions asked again because an answer could not be read (≤ 1 per dialogue), median turns per
completed dialogue, and the dialogue turn's p95 beside a greeting's p95 in the same run (≤ 1.5×).
The bot runs on a throwaway SQLite database, so the bench never touches ``var/``.
"""

from __future__ import annotations

import os
import re
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.dialogue_staff import ALL_CONTROL, GUIDE_QUESTIONS, PLAIN, SAFETY, TRIAGE, WHY, Script, scripts
from bench.latency import percentile
from bot.channels.rest_client import send
from bot.channels.served import served_bot
from bot.dialogue.first_contact import FIRST_CONTACT_DIALOGUE
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE
from bot.dialogue.schema import Dialogue

SCRIPTS_PER_DIALOGUE = 30
ACUTE_MARK = "Er noen i fare akkurat nå"
MAX_TURNS = 80  # a dialogue that has not ended by then is counted as not completed


@dataclass
class Run:
    dialogue: str
    completed: bool = False
    turns: int = 0
    reasked: int = 0
    false_alarms: int = 0
    guide_answered: int = 0
    guide_asked: int = 0
    checked: int = 0
    correct: int = 0
    wrong: list[str] = field(default_factory=list)
    reasked_slots: list[str] = field(default_factory=list)


class Timed:
    """Sends messages and keeps the time of each, with a greeting in a parallel conversation after
    every second turn, so greetings are measured in the same run on a similar load."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.turn_ms: list[float] = []
        self.greet_ms: list[float] = []
        self.by_kind: dict[str, list[float]] = {}
        # Turns and greetings per third of the scripts (every third script), for a median of three.
        self.thirds: list[tuple[list[float], list[float]]] = [([], []) for _ in range(3)]
        self._greeter = ""
        self._n = 0
        self._conversations = 0

    def new_conversation(self) -> None:
        self._greeter = "bench-greet-" + secrets.token_hex(4)
        self._conversations += 1

    def send(self, sender: str, text: str, kind: str = "svar") -> list[dict]:
        start = time.perf_counter()
        reply = send(sender, text, url=self.url)
        self.turn_ms.append((time.perf_counter() - start) * 1000)
        self.by_kind.setdefault(kind, []).append(self.turn_ms[-1])
        turns, greets = self.thirds[self._conversations % 3]
        turns.append(self.turn_ms[-1])
        self._n += 1
        if self._n % 2 == 0:
            start = time.perf_counter()
            send(self._greeter, "hei", url=self.url)
            self.greet_ms.append((time.perf_counter() - start) * 1000)
            greets.append(self.greet_ms[-1])
        return reply


def _text(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def _asked(dialogue: Dialogue, text: str) -> str | None:
    """Which question the bot's reply ends with (the last one it asked)."""
    best: tuple[int, str] | None = None
    for q in dialogue.questions:
        pos = text.rfind(q.text)
        if pos >= 0 and (best is None or pos > best[0]):
            best = (pos, q.slot)
    if "Oppsummering" in text and (best is None or text.rfind("Oppsummering") > best[0]):
        return dialogue.confirm.slot
    if "Vil du avbryte" in text:
        return "cancel"
    return best[1] if best else None


def _same(expected: Any, got: Any, slot: str) -> bool:
    if expected == ALL_CONTROL:
        return isinstance(got, list) and len(got) == 6
    if isinstance(expected, list) and isinstance(got, list):
        return set(expected) == set(got)
    return expected == got


def run_script(timed: Timed, dialogue: Dialogue, script: Script, start: str, record_of: Callable[[str], dict],
               saved_re: str) -> Run:
    run = Run(dialogue.name)
    sender = f"bench-{dialogue.name}-" + secrets.token_hex(4)
    timed.new_conversation()
    expected: dict[str, Any] = {}
    pending_extra: list[str] = []
    corrected = False
    reply = _text(timed.send(sender, start, "start"))
    last_slot, last_was_answer, last_text = None, False, ""
    while run.turns < MAX_TURNS:
        run.turns += 1
        run.false_alarms += reply.count(ACUTE_MARK)
        saved = re.search(saved_re, reply)
        if saved:
            run.completed = True
            record = record_of(saved.group(1))
            for slot, value in expected.items():
                key = dialogue.by_slot[slot].key
                run.checked += 1
                if key in record and _same(value, record[key], slot):
                    run.correct += 1
                else:
                    run.wrong.append(f"{slot}: ventet {value!r}, lagret {record.get(key)!r}")
            return run
        slot = _asked(dialogue, reply)
        if slot is None:
            break
        if slot == last_slot and last_was_answer:  # the answer was not taken (a hint, or anything else)
            run.reasked += 1
            run.reasked_slots.append(f"{slot} «{last_text}»")
        if slot == "cancel":
            reply, last_slot, last_was_answer = _text(timed.send(sender, "nei", "kommando")), slot, False
            continue
        if slot == dialogue.confirm.slot:
            last_text = "ja, lagre"
            reply, last_slot, last_was_answer = _text(timed.send(sender, last_text, "lagre")), slot, True
            continue
        if slot == "sm_case":
            last_text = "ny sak"
            reply, last_slot, last_was_answer = _text(timed.send(sender, last_text)), slot, True
            continue
        if script.guide_question_at == slot and "guide" not in pending_extra:
            pending_extra.append("guide")
            messages = timed.send(sender, GUIDE_QUESTIONS[len(script.name) % len(GUIDE_QUESTIONS)], "veileder")
            run.guide_asked += 1
            run.guide_answered += any((m.get("custom") or {}).get("sources") for m in messages)
            reply, last_slot, last_was_answer = _text(messages), slot, False
            continue
        if script.why_at == slot and "why" not in pending_extra:
            pending_extra.append("why")
            reply = _text(timed.send(sender, WHY[len(script.name) % len(WHY)], "kommando"))
            last_slot, last_was_answer = slot, False
            continue
        if slot == last_slot and last_was_answer:  # asked again: say it plainly this time
            text, value, _ = next((a for a in (SAFETY | TRIAGE).get(slot, ()) if a[2] == PLAIN),
                                  script.answers[slot])
        elif script.correction and corrected is True and slot == script.correction[2]:
            text, value, _ = script.correction[3]
            corrected = "done"
        else:
            text, value, _ = script.answers[slot]
        expected[slot] = value
        last_text = text
        reply = _text(timed.send(sender, text))
        last_slot, last_was_answer = slot, True
        if script.correction and corrected is False and slot == script.correction[0] \
                and script.correction[2] in expected:
            corrected = True
            reply = _text(timed.send(sender, script.correction[1], "kommando"))
            last_slot, last_was_answer = None, False
    return run


def _report(name: str, runs: list[Run]) -> None:
    done = [r for r in runs if r.completed]
    checked = sum(r.checked for r in runs)
    correct = sum(r.correct for r in runs)
    reasked = [r.reasked for r in runs]
    print(f"  {name:<22} {len(done):>3}/{len(runs):<3} {correct / checked if checked else 0:8.3f} "
          f"{sum(r.false_alarms for r in runs):>9} {statistics.mean(reasked):9.2f} {max(reasked):>6} "
          f"{statistics.median([r.turns for r in done]) if done else 0:>8} "
          f"{sum(r.guide_answered for r in runs)}/{sum(r.guide_asked for r in runs)}")
    again = [w for r in runs for w in r.reasked_slots]
    if again:
        print(f"      spurt igjen: {'; '.join(again[:6])}" + (f" … {len(again) - 6} til" if len(again) > 6 else ""))
    wrong = [w for r in runs for w in r.wrong]
    for line in wrong[:8]:
        print(f"      feil: {line}")
    if len(wrong) > 8:
        print(f"      … {len(wrong) - 8} til")


def dialogue_bench(per_dialogue: int = SCRIPTS_PER_DIALOGUE) -> None:
    """Both dialogues, 30 scripted staff each, through the real served bot (one line in ``bench.run``)."""
    from bot.storage import db, migrate, repository

    triage_scripts = scripts(TRIAGE, per_dialogue, seed=8, change_words={
        "children_count": "antall barn", "violence_forms": "voldsformer", "help_needed": "hjelp",
        "contact_mode": "kontaktmåte", "escalated": "opptrapping", "police_aware": "politi"})
    safety_scripts = scripts(SAFETY, per_dialogue, seed=9, change_words={
        "sm_weapon_access": "våpen", "sm_strangulation": "kvelning", "sm_substance_use": "rus",
        "sm_escalation": "opptrapping", "sm_threats_to_kill": "drapstrusler", "sm_stalking": "overvåking"})
    old = os.environ.get("DATABASE_URL")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        migrate.upgrade(url)
        os.environ["DATABASE_URL"] = url
        db.reset_engines()
        try:
            with served_bot(Path(tmp) / "serve.log") as rasa:
                timed = Timed(rasa)

                def case_of(ref: str) -> dict:
                    db.reset_engines()
                    return next(c for c in repository.export_cases() if c["ref"] == ref)

                triage_runs = [run_script(timed, FIRST_CONTACT_DIALOGUE, s, "ny henvendelse",
                                          lambda ref: case_of(ref)["triage"], r"Lagret som sak (K-[2-9A-Z]{6})")
                               for s in triage_scripts]
                safety_runs = [run_script(timed, SAFETY_DIALOGUE, s, "start kartlegging",
                                          lambda ref: case_of(ref)["safety"],
                                          r"Kartleggingen er lagret med sak (K-[2-9A-Z]{6})")
                               for s in safety_scripts]
        finally:
            if old is None:
                os.environ.pop("DATABASE_URL", None)
            else:
                os.environ["DATABASE_URL"] = old
            db.reset_engines()
    print(f"Dialogbenk ({per_dialogue} skriptede ansatte per dialog over REST, samme kjøring; mål: felt "
          "≥ 0.97, falske 112 = 0, spurt igjen ≤ 1)")
    print(f"  {'dialog':<22} {'fullført':>7} {'felt rett':>8} {'falske 112':>9} {'igjen snitt':>9} {'maks':>6} "
          f"{'median turer':>8} veiledersvar")
    _report("første henvendelse", triage_runs)
    _report("kartlegging", safety_runs)
    turn95, greet95 = percentile(timed.turn_ms, 0.95), percentile(timed.greet_ms, 0.95)
    thirds = [percentile(turns, 0.95) / percentile(greets, 0.95) for turns, greets in timed.thirds if turns and greets]
    print(f"  dialogtur p95 {turn95:.1f} ms ({len(timed.turn_ms)} turer) mot hilsen p95 {greet95:.1f} ms "
          f"({len(timed.greet_ms)}): {turn95 / greet95:.2f}x; median av tre tredjedeler av skriptene "
          f"{statistics.median(thirds):.2f}x (" + " / ".join(f"{r:.2f}" for r in thirds) + ")   mål: ≤ 1.5x")
    print("  per slag tur (p50 / p95 ms): " + ", ".join(
        f"{kind} {percentile(ms, 0.5):.0f} / {percentile(ms, 0.95):.0f} (n={len(ms)})"
        for kind, ms in sorted(timed.by_kind.items())) + f"; hilsen {percentile(timed.greet_ms, 0.5):.0f} / "
          f"{greet95:.0f}")
