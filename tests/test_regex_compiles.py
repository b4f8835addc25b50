"""No regular expression is compiled again on a served turn (issue 18).

Python's own cache of compiled patterns holds 512 (``re._MAXCACHE``) and is emptied when full. The router, the acute
check, the guide search, the masker and the dialogue readers use well over a thousand distinct patterns in one
process, so patterns passed to ``re.search`` and friends as strings were compiled again on turn after turn. They are
module-level compiled patterns or go through ``bot.text.regex.compiled``; this serves messages of every kind twice
and requires that the second pass compiles nothing.
"""

from __future__ import annotations

import sre_compile
from collections.abc import Callable
from typing import Any

import pytest

from bench.dialogue_transcripts import dev_set
from bench.quality import DEV_SET, load_set
from bot.acute import looks_acute
from bot.dialogue import engine, parse
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from bot.guide.search import default_search
from bot.nlu.routing import decide, title_key
from bot.respond import respond
from bot.text.mask import mask_text
from bot.text.regex import compiled
from tests.reading import FC_SLOT, SM_SLOT

GREETINGS = ["hei", "hallo", "god kveld", "heisann", "takk for hjelpen", "ok", "ha det"]
STARTS = ["ny henvendelse", "start kartlegging", "ny kartlegging for K-ABCDEF", "jeg vil registrere en ny sak"]
ENGLISH = ["hello", "how do I make a safety plan?", "can she bring her children to the shelter?", "thanks",
           "he is outside the door now", "new inquiry"]
COMMANDS = ["pause", "fortsett", "hvorfor spør du om det?", "endre språk", "meny", "avbryt"]


def _messages() -> list[tuple[str, str]]:
    """(intent the classifier might give, text): guide questions, off-topic, greetings, starts, English, commands."""
    dev = load_set(DEV_SET)
    guide = [("ask_guide", q.q) for q in dev if q.id][::25]
    outside = [("out_of_scope", q.q) for q in dev if not q.id][::6]
    return (guide + outside + [("greet", t) for t in GREETINGS] + [("start_triage", t) for t in STARTS]
            + [("ask_guide", t) for t in ENGLISH] + [("pause", t) for t in COMMANDS])


def _answers() -> list[tuple[Any, str, str]]:
    return [(FC if t.dialogue == "triage" else SM, key, a) for t in dev_set()[::12] for key, said in t.answers.items()
            for a in said]


def _serve_all(messages: list[tuple[str, str]], answers: list[tuple[Any, str, str]],
               titles: frozenset[frozenset[str]]) -> None:
    """What a served turn runs of ours: masking the message, the router, the acute check, the guide's answer,
    the dialogue's command words and readers."""
    for intent, text in messages:
        mask_text(text)
        decide(intent, text, looks_acute, 0.9, [], titles)
        engine.command_of(text)
        if intent in ("ask_guide", "out_of_scope"):
            respond(text)
    for dialogue, key, text in answers:
        mask_text(text)
        decide("inform", text, looks_acute, 0.9, [], titles)
        slot = (SM_SLOT if dialogue is SM else FC_SLOT).get(key)
        if slot is not None:
            engine.handle(dialogue, slot, text, None, {}, lambda ref: True)


def _count_compiles(monkeypatch: pytest.MonkeyPatch, run: Callable[[], None]) -> list[str]:
    seen: list[str] = []
    original = sre_compile.compile

    def counting(pattern: Any, flags: int = 0) -> Any:
        seen.append(str(pattern)[:120])
        return original(pattern, flags)

    with monkeypatch.context() as m:
        m.setattr(sre_compile, "compile", counting)
        run()
    return seen


def test_a_second_pass_of_every_kind_of_turn_compiles_no_pattern(monkeypatch):
    search = default_search()
    titles = frozenset(title_key(t) for e in search.corpus.entries for t in (e.title, e.section_title))
    messages, answers = _messages(), _answers()
    assert len(messages) > 80 and len(answers) > 100
    _serve_all(messages, answers, titles)
    again = _count_compiles(monkeypatch, lambda: _serve_all(messages, answers, titles))
    assert again == [], f"{len(again)} patterns compiled again, e.g. {again[:5]}"


def test_the_counter_sees_a_compile():
    """The check above can fail: a pattern Python's cache no longer holds is compiled, and counted."""
    import re

    seen: list[str] = []
    original = sre_compile.compile
    sre_compile.compile = lambda p, f=0: seen.append(p) or original(p, f)  # type: ignore[assignment]
    try:
        re.purge()
        re.search(r"\bperf9g-fresh\b", "x")
        compiled(r"\bperf9g-kept\b")
        compiled(r"\bperf9g-kept\b")
    finally:
        sre_compile.compile = original  # type: ignore[assignment]
    assert seen == [r"\bperf9g-fresh\b", r"\bperf9g-kept\b"]


def test_compiled_is_re_compile():
    assert compiled(r"a+", 2) is compiled(r"a+", 2)
    assert compiled(r"A", 2).flags == __import__("re").compile(r"A", 2).flags
    assert parse.compiled is compiled
