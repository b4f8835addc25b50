"""One schema per dialogue: every question defined once, read by everything that needs it.

A ``Question`` holds its slot, its record key, the question text and buttons, the codes with
labels and the phrases that map to them, what it depends on, why we ask and the guide source.
The parsers, the form validation, ``required_slots``, the summary, the journal note, the botctl
labels and the generated parts of ``domain.yml`` (``python -m bot.dialogue.domain_yaml``) all
read it, so a code or a label can no longer disagree between places.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.dialogue import parse
from bot.dialogue.parse import FAIL, UNANSWERED, UNANSWERED_LABELS, Parsed
from bot.storage.models import REF_ALPHABET, REF_LENGTH, REF_PREFIX
from bot.storage.vocab import MAX_LANGUAGE_LEN

YES_NO = "yes_no"      # True / False
CHOICE = "choice"      # one code
MULTI = "multi"        # a list of codes
COUNT = "count"        # a whole number
TEXT = "text"          # a short free value (a language)
CONFIRM = "confirm"    # the «ja, lagre» at the end (no unknown / skip)
CASE = "case"          # a case ref or «ny sak»

CONTROL_SLOT = "dialogue_control"            # None, or one of the three below
CANCEL_CONFIRM_SLOT = "dialogue_cancel_confirm"
CANCEL_PENDING, CANCEL, PAUSE = "cancel_pending", "cancel", "pause"
NEW_CASE = "ny"  # the CASE answer «ny sak»: the mapping gets a case of its own
CASE_REF = re.compile(rf"{REF_PREFIX}[{REF_ALPHABET}]{{{REF_LENGTH}}}")  # as ``new_case_ref`` makes them
MAX_TEXT = MAX_LANGUAGE_LEN  # longest TEXT answer (a language name) the record holds
ACUTE = "acute"  # ``Question.on_yes``: a yes means someone is in danger now


def inform(code: object) -> str:
    """The button payload for an answer code (read back exactly by ``parse.button_value``)."""
    value = {True: "ja", False: "nei"}.get(code, code) if isinstance(code, bool) else code
    return "/inform" + json.dumps({"answer": value}, ensure_ascii=False)


@dataclass(frozen=True)
class Choice:
    """One answer code: its label for people and the phrases (regular expressions) that mean it."""

    code: Any
    label: str
    phrases: tuple[str, ...] = ()
    button: str | None = None  # the button title; None = no button for this code


def yes(*phrases: str, button: bool = True) -> Choice:
    return Choice(True, "ja", phrases, "Ja" if button else None)


def no(*phrases: str, button: bool = True) -> Choice:
    return Choice(False, "nei", phrases, "Nei" if button else None)


@dataclass(frozen=True)
class Question:
    slot: str
    key: str                 # key in the stored record (CONTRACTS.md §4)
    label: str               # short label: summary, journal note, botctl
    text: str                # the question as asked (``utter_ask_<slot>``)
    kind: str
    reason: str              # «hvorfor spør vi om dette?»
    source_id: str           # guide subsection (toc.yml id) the question comes from
    hint: str                # shown when the answer could not be read
    choices: tuple[Choice, ...] = ()
    parser: Callable[[str], Parsed] | None = None  # reads a normalised text; default from ``kind``
    ask_if: Callable[[Mapping[str, Any]], bool] | None = None  # None = always asked
    depends_on: tuple[str, ...] = ()     # slots whose answers decide ``ask_if`` (cleared together)
    change_words: tuple[str, ...] = ()   # «endre <word>» finds this question
    also: Callable[[str, Any], dict[str, Any]] | None = None  # related slots read from the same text
    part: str = ""                       # heading in the summary («Overordnet del» …)
    unknown_button: bool = True          # offer «Vet ikke» as a button
    ask_action: bool = False             # asked by ``action_ask_<slot>`` (dynamic text), not a response
    on_yes: str | None = None            # after a yes: ACUTE (the 112 reply) or a guide entry id to show
    note: Callable[[Mapping[str, Any]], str | None] | None = None  # a remark after the answer is stored

    # -- reading an answer ------------------------------------------------------------------------

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        """Words the answer patterns are made of (what a typo is corrected towards)."""
        words = {w for c in self.choices for p in c.phrases for w in re.findall(r"[a-zæøå]{4,}", p)}
        return frozenset(words)

    def by_code(self, code: Any) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)

    def read(self, text: str) -> Parsed:
        """The answer in ``text`` to this question, or FAIL (see ``bot.dialogue.parse``)."""
        raw = text.strip()
        if not raw:
            return FAIL
        button = parse.button_value(raw)
        if button is not None:
            return self._read_button(button)
        if parse.is_payload(raw):
            return FAIL
        t = parse.norm(raw)
        if self.kind not in (CONFIRM, CASE):
            meta = parse.meta_answer(t)
            if meta.ok:
                return meta
        if self.kind != CONFIRM and parse.contradictory(t):
            return FAIL
        parsed = self._read_text(t)
        if not parsed.ok and self.kind not in (CONFIRM, CASE):
            fixed = parse.fix_typos(t, self.vocabulary)
            if fixed != t:
                return self._read_text(fixed)
        return parsed

    def _read_button(self, value: str) -> Parsed:
        if value in UNANSWERED and self.kind not in (CONFIRM, CASE):
            return Parsed(True, value)
        if self.kind == YES_NO:
            return {"ja": Parsed(True, True), "nei": Parsed(True, False)}.get(value, FAIL)
        if self.kind in (CHOICE, MULTI):
            if self.parser is not None:  # a question with its own button codes («alt», «ingen»)
                return self.parser(f" {value} ")
            if self.by_code(value) is None:
                return FAIL
            return Parsed(True, [value] if self.kind == MULTI else value)
        if self.kind == COUNT:
            return Parsed(True, int(value)) if value.isdigit() else FAIL
        if self.kind == CONFIRM:
            return Parsed(True, True) if value in ("ja", "lagre") else FAIL
        return self._read_text(parse.norm(value))

    def _read_text(self, t: str) -> Parsed:
        if self.parser is not None:
            return self.parser(t)
        if self.kind == YES_NO:
            yes_c, no_c = self.by_code(True), self.by_code(False)
            return parse.yes_no(t, yes_c.phrases if yes_c else (), no_c.phrases if no_c else ())
        stored = t.strip()
        if self.kind == CHOICE:
            if self.by_code(stored) is not None:  # a stored code (a resumed draft) reads as itself
                return Parsed(True, stored)
            return parse.one_of(t, [(c.code, c.phrases) for c in self.choices])
        if self.kind == MULTI:
            return parse.all_of(t, [(c.code, c.phrases) for c in self.choices])
        if self.kind == CONFIRM:
            return parse.confirm(t)
        return FAIL

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` can stand as this question's stored answer. Values that did not come
        through ``read`` (a resumed draft, a slot set by a hand-typed payload) are checked with this
        before the form takes them, so nothing the record cannot hold reaches the save."""
        if value is None:
            return True
        if isinstance(value, str) and value in UNANSWERED:
            return self.kind not in (CONFIRM, CASE)
        codes = {c.code for c in self.choices}
        if self.kind in (YES_NO, CONFIRM):
            return isinstance(value, bool)
        if self.kind == CHOICE:
            return isinstance(value, str) and value in codes
        if self.kind == MULTI:
            return isinstance(value, list) and all(isinstance(v, str) and v in codes for v in value)
        if self.kind == COUNT:
            return isinstance(value, int) and not isinstance(value, bool) and value >= 0
        if self.kind == CASE:
            return isinstance(value, str) and (value == NEW_CASE or CASE_REF.fullmatch(value) is not None)
        return isinstance(value, str) and 0 < len(value) <= MAX_TEXT  # TEXT

    # -- showing an answer ------------------------------------------------------------------------

    def show(self, value: Any) -> str:
        """A stored value in words («ja», «tidligere partner», «vet ikke»)."""
        if value is None:
            return "–"
        if isinstance(value, str) and value in UNANSWERED:
            return UNANSWERED_LABELS[value]
        if isinstance(value, bool):
            return "ja" if value else "nei"
        if isinstance(value, list):
            return ", ".join(self._label(v) for v in value) or "ingen"
        return self._label(value)

    def _label(self, code: Any) -> str:
        choice = self.by_code(code)
        return choice.label if choice else str(code)

    def buttons(self) -> list[dict[str, str]]:
        """The buttons under the question (generated into ``domain.yml``)."""
        out = [{"title": c.button, "payload": inform(c.code)} for c in self.choices if c.button]
        if self.kind == YES_NO and self.unknown_button:
            out.append({"title": "Vet ikke", "payload": inform(parse.UNKNOWN)})
        return out


def answered(value: Any) -> bool:
    """A real answer (not unknown, declined or skipped)."""
    return value is not None and not (isinstance(value, str) and value in UNANSWERED)


def record_value(value: Any) -> Any:
    """What goes into the record: unknown, declined and skipped are null (CONTRACTS.md §4)."""
    return value if answered(value) else None


@dataclass(frozen=True)
class Dialogue:
    name: str            # «triage», «safety_mapping» (drafts, logs)
    form: str            # the Rasa form
    title: str           # «første henvendelse» – in messages
    questions: tuple[Question, ...]
    confirm: Question
    by_slot: dict[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_slot", {q.slot: q for q in (*self.questions, self.confirm)})

    @property
    def slots(self) -> tuple[str, ...]:
        return tuple(q.slot for q in self.questions)

    @property
    def all_slots(self) -> tuple[str, ...]:
        return (*self.slots, self.confirm.slot)

    def applies(self, question: Question, values: Mapping[str, Any]) -> bool:
        return question.ask_if is None or bool(question.ask_if(values))

    def last_asked(self, values: Mapping[str, Any]) -> Question:
        """The last question that applies to these answers: the example in «endre …» hints (a branch
        that was never asked, such as the honour-related questions, is not offered)."""
        return next(q for q in reversed(self.questions) if self.applies(q, values))

    def required_slots(self, values: Mapping[str, Any], control: str | None = None) -> list[str]:
        """The questions that apply given earlier answers, then the confirmation.

        A pending «avbryt» asks only whether to discard; a confirmed cancel or a pause asks nothing,
        which ends the form so the submit action can act on ``dialogue_control``.
        """
        if control == CANCEL_PENDING:
            return [CANCEL_CONFIRM_SLOT]
        if control in (CANCEL, PAUSE):
            return []
        slots = [q.slot for q in self.questions if self.applies(q, values)]
        return [*slots, self.confirm.slot]

    def dependants(self, slot: str) -> list[str]:
        """Slots whose question depends on ``slot`` (cleared when it changes)."""
        return [q.slot for q in self.questions if slot in q.depends_on]

    def slot_to_change(self, text: str) -> str | None:
        """Which question «endre …» refers to; None when it cannot be told."""
        lower = parse.norm(text)
        best: tuple[int, str] | None = None
        for q in self.questions:
            for word in (*q.change_words, q.label.lower()):
                if f" {word}" in lower and (best is None or len(word) > best[0]):
                    best = (len(word), q.slot)
        return best[1] if best else None

    def values_of(self, slots: Mapping[str, Any]) -> dict[str, Any]:
        """The dialogue's answers in ``slots``: what a summary, a draft and a save see. A value the
        question cannot hold (raw text Rasa left in a slot, a hand-typed payload) is not an answer."""
        return {s: slots[s] for s in self.slots if slots.get(s) is not None and self.by_slot[s].accepts(slots[s])}

    def invalid_slots(self, slots: Mapping[str, Any]) -> list[str]:
        """Slots holding a value their question cannot hold: cleared, so the form asks them again."""
        return [s for s in self.slots if slots.get(s) is not None and not self.by_slot[s].accepts(slots[s])]

    def summary(self, values: Mapping[str, Any], heading: str) -> str:
        lines = [heading]
        part = None
        for q in self.questions:
            if not self.applies(q, values):
                continue
            if q.part and q.part != part:
                part = q.part
                lines.append(f"{part}:")
            lines.append(f"- {q.label}: {q.show(values.get(q.slot))}")
        lines.append("Stemmer dette? Svar «ja» for å lagre, «endre <hva>» (f.eks. «endre "
                     f"{self.last_asked(values).label.lower()}») eller «avbryt».")
        return "\n".join(lines)

    def labels(self) -> dict[str, str]:
        """Record key → label, for botctl."""
        return {q.key: q.label for q in self.questions if q.key}

    def code_labels(self) -> dict[str, str]:
        """Code → label for every choice code, for botctl."""
        return {c.code: c.label for q in self.questions for c in q.choices if isinstance(c.code, str)}
