"""The glossary's term pattern, grouped by first letter for speed, finds exactly what the flat
alternation of every key found (``bot.text.glossary._pattern``; issue 14)."""

from __future__ import annotations

import re

import pytest

from bench.quality import DEV_SETS, load_sets
from bot.text import glossary


def _flat(keys: list[str]) -> re.Pattern[str]:
    """The pattern as it was built before: every key in one alternation, longest first."""
    return re.compile(r"\b(" + "|".join(glossary._alternative(k) for k in sorted(keys, key=len, reverse=True))
                      + r")\b", re.I)


def _texts() -> list[str]:
    keys = [*glossary.GLOSSARY, *glossary.ENGLISH_ONLY]
    own = [
        "What about a Restraining-Orders and the CHILD WELFARE SERVICE'S rules?",
        "contact  ban, contact-bans, 24-hour, 24/7 and 24 hours",
        "ſafety plan, Kelvin Kase, İnterpreter – besøksforbud og kontaktforbud",
        "break-up breakup break up; day-user day users",
        "",
    ]
    # every key alone, inside a sentence, upper-cased and followed by another key
    around = [f"x {k} y" for k in keys] + [k.upper() for k in keys]
    around += [" ".join(keys[i:i + 3]) for i in range(0, len(keys), 3)]
    return [q.q for q in load_sets(DEV_SETS)] + own + around


@pytest.mark.parametrize("english", [False, True])
def test_the_grouped_pattern_finds_every_match_of_the_flat_one(english):
    keys = [*glossary.GLOSSARY, *glossary.ENGLISH_ONLY] if english else list(glossary.GLOSSARY)
    grouped = glossary._PATTERN_ENGLISH if english else glossary._PATTERN
    flat = _flat(keys)
    texts = _texts()
    assert len(texts) > 2000
    for text in texts:
        assert [(m.span(), m.group(1)) for m in grouped.finditer(text)] == \
            [(m.span(), m.group(1)) for m in flat.finditer(text)], text


def test_phrase_words_and_terms_as_before():
    flat = _flat(list(glossary.GLOSSARY))
    text = "Can she get a restraining order and talk to child welfare services?"
    assert glossary.phrase_words(text) == [m.group(1) for m in flat.finditer(text) if glossary._GAP.search(m.group(1))]
    assert glossary.phrase_words(text) == ["restraining order", "child welfare services"]
