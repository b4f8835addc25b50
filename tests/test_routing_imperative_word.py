"""The router's imperative check is kept per first word (``bot.nlu.routing._imperative_word``, issue 14): the same
answer as the check itself for every clause's first word of the dev sets and for typos of every imperative."""

from __future__ import annotations

from pathlib import Path

import bot.nlu.routing as routing
from bench.quality import load_set

ROOT = Path(__file__).resolve().parents[1]


def _first_words() -> set[str]:
    texts = [q.q for name in ("dev.yml", "dev2.yml") for q in load_set(ROOT / "bench" / "sets" / name)]
    words = {c.split()[0].strip("«»\"'()") for t in texts for c in routing.clauses(t) if c.split()}
    for verb in routing._IMPERATIVES:  # each imperative, its infinitives, and one typo of each kind
        words |= {verb, verb + "e", verb + "a", verb + "t", verb[1:], verb[:-1] + "x", verb[::-1]}
        if len(verb) > 2:
            words.add(verb[0] + verb[2] + verb[1] + verb[3:])
    return words | set(routing._NOT_TYPOS)


def test_the_kept_check_answers_as_the_check_itself():
    words = _first_words()
    assert len(words) > 500
    kept = {w: routing._imperative_word(w) for w in words}
    plain = {w: routing._imperative_word.__wrapped__(w) for w in words}
    assert kept == plain
    assert 50 < sum(plain.values()) < len(words) / 2  # both answers occur


def test_a_first_word_is_checked_once():
    routing._imperative_word.cache_clear()
    for _ in range(3):
        routing.decide("ask_guide", "vis sjekklista for innflytting", None, 0.9, [])
        routing.decide("ask_guide", "hvordan lager vi en sikkerhetsplan?", None, 0.9, [])
    info = routing._imperative_word.cache_info()
    assert info.hits > 0 and info.misses <= 4
