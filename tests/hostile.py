"""Hypothesis strategies for hostile input, shared by the action and the REST property tests."""

from __future__ import annotations

import json
import re

from hypothesis import strategies as st

from bot.text.guard import _NORWEGIAN_MARKERS

INTENTS = ("greet", "goodbye", "help", "cancel", "affirm", "deny", "ask_guide", "start_triage", "menu",
           "search_word", "checklist", "out_of_scope", "acute_danger", "pause", "resume", "why_ask",
           "change_answer", "inform", "choose_entry", "browse", "nlu_fallback", "restart", "session_start",
           "back", "nope", "")
ENTITIES = ("answer", "entry_id", "node", "x")
DIALOGUE = ("ny henvendelse", "ja", "nei", "vet ikke", "pause", "fortsett", "avbryt", "endre antall barn",
            "hvorfor spør vi om dette?", "meny", "to barn", "hun ringte", "lagre", "/inform{\"answer\": \"lagre\"}")

_hostile_values = st.one_of(
    st.sampled_from(["../../x", "../../../etc/passwd", "", " ", "null", "<script>alert(1)</script>",
                     "'; DROP TABLE cases; --", "\u0000", "\ufffe", "ja", "telefon", "999999999999"]),
    st.text(max_size=40), st.integers(), st.floats(allow_nan=True), st.booleans(), st.none(),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
_payload = st.one_of(
    st.just(""),
    st.dictionaries(st.sampled_from(ENTITIES), _hostile_values, max_size=3).map(lambda d: json.dumps(d)),
    st.sampled_from(["{", "}", "{\"answer\":", "{\"entry_id\": \"../../x\"", "[1,2]", "{{}}", "\"x\"",
                     "{\"answer\": {\"answer\": {\"answer\": []}}}"]),
    st.text(max_size=30),
)
slash_commands = st.builds(lambda intent, payload: f"/{intent}{payload}", st.sampled_from(INTENTS), _payload)
json_like = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                         lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                     max_size=3),
                         max_leaves=8).map(json.dumps)
control_chars = st.text(st.characters(min_codepoint=0, max_codepoint=31), min_size=1, max_size=50)
very_long = st.builds(lambda chunk, times: chunk * times, st.text(min_size=1, max_size=12), st.integers(400, 2000))
unicode_text = st.text(max_size=300)  # every plane, combining marks, RTL, emoji

messages = st.one_of(unicode_text, control_chars, very_long, json_like, slash_commands, st.sampled_from(DIALOGUE),
                     st.builds(lambda a, b: a + b, st.sampled_from(DIALOGUE), unicode_text))

_WORD = re.compile(r"[a-zæøå]+")
# Words the bot's replies are made of, besides the guard's function words.
_BOT_WORDS = frozenset("veilederen velg skriv svar hjelp meny sjekkliste sjekklister beklager kapittel punkt "
                       "spørsmål henvendelse finner fant ingen tilbake har personen utøveren kartlegging".split())


def looks_norwegian(text: str) -> bool:
    """Norwegian letters, or a common Norwegian word."""
    lowered = text.lower()
    words = set(_WORD.findall(lowered))
    return any(c in lowered for c in "æøå") or bool(words & (_NORWEGIAN_MARKERS | _BOT_WORDS))
