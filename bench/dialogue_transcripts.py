"""Dialogue transcripts: what a staff member types through one dialogue, and the record it must produce.

A transcript is one YAML file (format: ``python -m bot.dialogue.doc questions``, last part): the
dialogue, answers keyed by record key (a list when the staff member answers a read-back or a re-ask
afterwards), optional interjections after a key (a guide question, «hvorfor …?», «endre …»,
«pause»/«fortsett»), the record values that must be stored, and whether the 112 reply is expected.

The hand-written transcripts were written by someone who never saw the parser, from the question
list alone. ``bench/sets/dialogue_transcripts/`` is the dev split: every file in it has been looked
at (the first batch's held-back third and the second to sixteenth writers' batches, ``*-h2-*``,
``*-h3-*``, ``*-h4-*``, ``*-h5-*``, ``*-h6-*``, ``*-h7-*``, ``*-h8-*``, ``*-h9-*``, ``*-h10-*``, ``*-h11-*``,
``*-h12-*``, ``*-h13-*``, ``*-h14-*``, ``*-h15-*`` and ``*-h16-*``,
were each measured once and then promoted). The held-back split is the next batch by another writer
(``*-h17-*``), dropped into ``bench/sets/dialogue_transcripts_final/`` (empty but for its README between batches):
never looked at while tuning, run once at the end with ``--final``.
The same driver runs the generated scripts (``bench/dialogue_staff.py``) as the baseline.

Two drivers: ``run_rest`` through the served assistant (the bench), and ``run_engine`` in process
through the same turn engine the form's validation action calls (the regression tests in
``make test``; no Rasa, so it is fast).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.dialogue import DIALOGUES
from bot.dialogue.schema import CONTROL_SLOT, PAUSE, Dialogue

TRANSCRIPTS = Path(__file__).resolve().parent / "sets" / "dialogue_transcripts"
HELD_BACK = Path(__file__).resolve().parent / "sets" / "dialogue_transcripts_final"
START = {"triage": "ny henvendelse", "safety_mapping": "start kartlegging"}
SAVED = {"triage": r"Lagret som sak (K-[2-9A-Z]{6})", "safety_mapping": r"Kartleggingen er lagret med sak (K-[2-9A-Z]{6})"}
ACUTE_MARK = "Er noen i fare akkurat nå"
READ_BACK_MARKS = ("det er usikkert", "Jeg kan ikke se om")
GAP_ANSWER = "vet ikke"  # what the driver says to a question the transcript has no answer for
MAX_TURNS = 140


@dataclass
class Transcript:
    dialogue: str
    id: str
    answers: dict[str, list[str]]
    interjections: list[tuple[str, str]] = field(default_factory=list)
    expect: dict[str, Any] = field(default_factory=dict)
    expect_112: bool = False
    source: str = ""

    @classmethod
    def from_yaml(cls, data: dict[str, Any], source: str = "") -> Transcript:
        answers = {str(k): [str(a) for a in (v if isinstance(v, list) else [v])]
                   for k, v in (data.get("answers") or {}).items()}
        inter = [(str(i["after"]), str(i["say"])) for i in data.get("interjections") or []]
        return cls(str(data["dialogue"]), str(data.get("id") or source), answers, inter,
                   dict(data.get("expect") or {}), bool(data.get("expect_112", False)), source)


def load(directory: Path = TRANSCRIPTS) -> list[Transcript]:
    return [Transcript.from_yaml(yaml.safe_load(p.read_text(encoding="utf-8")), p.name)
            for p in sorted(directory.glob("*.yml"))]


def dev_set() -> list[Transcript]:
    """The dev split: every hand-written transcript in ``TRANSCRIPTS``."""
    return load(TRANSCRIPTS)


def held_back_set() -> list[Transcript]:
    """The held-back split (``HELD_BACK``); empty until that batch is in place. Run once, with ``--final``."""
    return load(HELD_BACK) if HELD_BACK.is_dir() else []


def _norm_text(value: Any) -> Any:
    return " ".join(value.casefold().split()) if isinstance(value, str) else value


def _expanded(key: str, expected: Any) -> Any:
    """The question list first published showed «alt» and «ingen» among the checklist's codes; the record
    stores the items themselves («alt» = all of them, «ingen» = none). Read an expectation so."""
    if key == "information_given" and isinstance(expected, list):
        from bot.dialogue.triage import INFORMATION_ITEMS

        if expected == ["alt"]:
            return [c.code for c in INFORMATION_ITEMS]
        if expected == ["ingen"]:
            return []
    return expected


def same(expected: Any, got: Any) -> bool:
    """Lists without order, text without case or spacing; everything else exactly."""
    if isinstance(expected, list) and isinstance(got, list):
        return sorted(map(str, expected)) == sorted(map(str, got))
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected is got
    return _norm_text(expected) == _norm_text(got)


@dataclass
class Result:
    transcript: Transcript
    completed: bool = False
    checked: int = 0
    correct: int = 0
    refusals_as_yes_no: int = 0   # expected null, stored true/false
    false_112: int = 0            # the 112 reply where the transcript expects none
    missed_112: int = 0
    reasked: int = 0              # the same question again after an answer (not a read-back)
    read_backs: int = 0           # an unsure answer read back once
    gaps: int = 0                 # questions the transcript had no answer for
    turns: int = 0
    wrong: list[str] = field(default_factory=list)


def score(result: Result, record: dict[str, Any], saw_112: bool) -> Result:
    t = result.transcript
    for key, expected in t.expect.items():
        expected = _expanded(key, expected)
        got = record.get(key)
        result.checked += 1
        if key in record and same(expected, got):
            result.correct += 1
            continue
        result.wrong.append(f"{t.id}: {key} ventet {expected!r}, lagret {got!r}")
        if expected is None and isinstance(got, bool):
            result.refusals_as_yes_no += 1
    if saw_112 and not t.expect_112:
        result.false_112 += 1
    if t.expect_112 and not saw_112:
        result.missed_112 += 1
    return result


class Answers:
    """Hands out the transcript's answers one at a time, key by key."""

    def __init__(self, transcript: Transcript) -> None:
        self.queue = {k: list(v) for k, v in transcript.answers.items()}
        self.given: dict[str, int] = {}

    def next(self, key: str) -> str | None:
        """The next answer for ``key``; None when the transcript has no more (a gap)."""
        queue = self.queue.get(key)
        if not queue:
            return None
        self.given[key] = self.given.get(key, 0) + 1
        return queue.pop(0)

    def after(self, key: str, transcript: Transcript) -> list[str]:
        if self.given.get(key) != 1:
            return []
        return [say for after, say in transcript.interjections if after == key]


def _key_of(dialogue: Dialogue, slot: str) -> str:
    q = dialogue.by_slot.get(slot)
    return q.key if q is not None else slot


# --- through the served assistant ------------------------------------------------------------------

def asked_slot(dialogue: Dialogue, text: str) -> str | None:
    """Which question the bot's reply ends with (the last one it asked)."""
    best: tuple[int, str] | None = None
    for q in (*dialogue.questions,):
        pos = text.rfind(q.text)
        if pos >= 0 and (best is None or pos > best[0]):
            best = (pos, q.slot)
    if "Oppsummering" in text and (best is None or text.rfind("Oppsummering") > best[0]):
        return dialogue.confirm.slot
    if "Vil du avbryte" in text:
        return "cancel"
    return best[1] if best else None


def run_rest(transcript: Transcript, say: Callable[[str], list[dict]], record_of: Callable[[str], dict]) -> Result:
    """Drive one transcript through the served assistant (``say`` sends one message over REST)."""
    dialogue = DIALOGUES[transcript.dialogue]
    result = Result(transcript)
    answers = Answers(transcript)
    saw_112 = False

    def send(text: str) -> str:
        nonlocal saw_112
        messages = say(text)
        reply = "\n".join(m.get("text") or "" for m in messages)
        saw_112 = saw_112 or ACUTE_MARK in reply
        return reply

    reply = send(START[transcript.dialogue])
    last_slot: str | None = None
    while result.turns < MAX_TURNS:
        result.turns += 1
        saved = re.search(SAVED[transcript.dialogue], reply)
        if saved:
            result.completed = True
            return score(result, record_of(saved.group(1)), saw_112)
        slot = asked_slot(dialogue, reply)
        if slot is None:
            break
        if slot == last_slot:
            if any(mark in reply for mark in READ_BACK_MARKS):
                result.read_backs += 1
            else:
                result.reasked += 1
        last_slot = slot
        if slot == "cancel":
            reply = send("nei")
            continue
        if slot == dialogue.confirm.slot:
            reply = send("ja, lagre")
            continue
        if slot == "sm_case":
            reply = send("ny sak")
            continue
        key = _key_of(dialogue, slot)
        answer = answers.next(key)
        if answer is None:
            result.gaps += 1
            answer = GAP_ANSWER
        reply = send(answer)
        for extra in answers.after(key, transcript):
            reply = send(extra)
            last_slot = None  # after «hvorfor …?», «endre …», «pause»/«fortsett» the question comes on purpose
    return score(result, {}, saw_112) if not result.completed else result


# --- in process, through the turn engine ------------------------------------------------------------

def run_engine(transcript: Transcript, case_exists: Callable[[str], bool] | None = None) -> tuple[Result, dict]:
    """Drive one transcript through ``bot.dialogue.engine`` as the form's validation action does;
    returns the result and the record the save would store."""
    from bot.dialogue import engine, note, outcome
    from bot.dialogue.schema import CONFIRM

    dialogue = DIALOGUES[transcript.dialogue]
    result = Result(transcript)
    answers = Answers(transcript)
    slots: dict[str, Any] = {}
    saw_112 = False
    paused: dict[str, Any] | None = None
    _, requested = engine.advance(dialogue, slots, {})
    last_slot: str | None = None

    def turn(text: str, slot: str) -> None:
        nonlocal saw_112, requested, paused
        t = engine.handle(dialogue, slot, text, None, slots, case_exists or (lambda ref: True))
        saw_112 = saw_112 or any(ACUTE_MARK in (r.text or "") for r in t.replies)
        updates, requested = engine.advance(dialogue, slots, t.slots)
        slots.update(updates)
        if requested is None and slots.get(CONTROL_SLOT) == PAUSE:
            paused = dialogue.values_of(slots)  # the draft
            slots.clear()
        read_back[0] = any(any(m in (r.text or "") for m in READ_BACK_MARKS) for r in t.replies)

    read_back = [False]
    while result.turns < MAX_TURNS and requested is not None:
        result.turns += 1
        slot = requested
        if slot == last_slot:
            if read_back[0]:
                result.read_backs += 1
            else:
                result.reasked += 1
        last_slot = slot
        q = dialogue.by_slot.get(slot)
        if q is not None and q.kind == CONFIRM:
            result.completed = True
            break
        if slot == "sm_case":
            turn("ny sak", slot)
            continue
        if q is None:
            turn("nei", slot)  # a pending cancel: go on
            continue
        answer = answers.next(q.key)
        if answer is None:
            result.gaps += 1
            answer = GAP_ANSWER
        turn(answer, slot)
        for extra in answers.after(q.key, transcript):
            if paused is not None and re.search(r"^\s*fortsett\b", extra, re.I):
                slots.update(paused)
                paused = None
                _, requested = engine.advance(dialogue, slots, {})
                continue
            if requested is not None:
                turn(extra, requested)
            last_slot = None  # after «hvorfor …?», «endre …», «pause»/«fortsett» the question comes on purpose
    values = dialogue.values_of(slots)
    record = note.triage_record(values) if dialogue.name == "triage" else outcome.safety_record(values)
    if not result.completed:
        return score(result, {}, saw_112), record
    return score(result, record, saw_112), record


# --- reporting ----------------------------------------------------------------------------------------

@dataclass
class Summary:
    name: str
    results: list[Result]

    @property
    def n(self) -> int:
        return len(self.results)

    def total(self, attr: str) -> int:
        return sum(getattr(r, attr) for r in self.results)

    @property
    def accuracy(self) -> float:
        checked = self.total("checked")
        return self.total("correct") / checked if checked else 0.0

    def line(self) -> str:
        n = max(self.n, 1)
        return (f"  {self.name:<48} {sum(r.completed for r in self.results):>3}/{self.n:<3} {self.accuracy:8.3f} "
                f"{self.total('refusals_as_yes_no'):>8} {self.total('false_112'):>7} {self.total('missed_112'):>7} "
                f"{self.total('reasked') / n:9.2f} {self.total('read_backs') / n:9.2f} {self.total('gaps'):>5}")


HEADER = (f"  {'sett':<48} {'fullført':>7} {'felt rett':>8} {'nekt→j/n':>8} {'falsk112':>7} {'mist112':>7} "
          f"{'igjen/dlg':>9} {'tilbake/dlg':>9} {'hull':>5}")


def report(summaries: list[Summary], show_wrong: int = 6) -> list[str]:
    lines = [HEADER]
    for s in summaries:
        lines.append(s.line())
        # A missed or false 112 is the one error that must never hide behind «… N til»: name each transcript.
        for r in s.results:
            if r.missed_112:
                lines.append(f"      112 mangler: {r.transcript.id}")
            if r.false_112:
                lines.append(f"      falsk 112: {r.transcript.id}")
        wrong = [w for r in s.results for w in r.wrong]
        for w in wrong[:show_wrong]:
            lines.append(f"      feil: {w}")
        if len(wrong) > show_wrong:
            lines.append(f"      … {len(wrong) - show_wrong} til")
    return lines
