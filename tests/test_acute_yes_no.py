"""The 112 check's danger and scene patterns are compiled for yes/no searches (``bot.text.regex.yes_no``: no numbered
groups; without ``re.I`` on a text of plain lower-case characters) – every answer must stay the one of the plain
``re.compile``. Checked on every message text the repository holds outside the held-back sets: the acute, scene and
probe tests, the dev sets and probes, and the dialogue transcripts (their answers included). A pattern added later is
compiled the same way, so it is covered here without a list to keep up to date.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

import bot.acute as acute
import bot.acute_scene as acute_scene
from bot.text.regex import PLAIN, _case_free_on_plain, uncaptured, yes_no

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "bench" / "sets"
# Never the held-back sets (final*.yml, starts-final.yml, dialogue_transcripts_final/).
YAML_FILES = [SETS / "dev.yml", SETS / "dev2.yml", SETS / "typo-dev15.yml", SETS / "starts-dev.yml",
              *sorted(SETS.glob("starts-ownwords*.yml")), *sorted((ROOT / "bench" / "probes").glob("*.yml")),
              *sorted((SETS / "dialogue_transcripts").glob("*.yml"))]
TEST_FILES = sorted({*ROOT.glob("tests/test_acute*.py"), *ROOT.glob("tests/acute15_probe*.py"),
                     *ROOT.glob("tests/test_after_h13_acute.py")} - {Path(__file__).resolve()})


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _texts() -> list[str]:
    texts = {s for path in YAML_FILES for s in _strings(yaml.safe_load(path.read_text(encoding="utf-8")))}
    for path in TEST_FILES:
        texts |= {n.value for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                  if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    return sorted(t for t in texts if 3 <= len(t) <= 2000)


TEXTS = _texts()


def test_the_texts_are_many_and_of_every_kind():
    assert len(TEXTS) > 5_000
    assert any("kniv" in t for t in TEXTS) and any("ringer fra badet" in t for t in TEXTS)


def test_looks_acute_and_danger_words_are_the_same_as_with_plain_patterns(monkeypatch):
    fast = {t: (acute.looks_acute(t), acute.danger_words(t)) for t in TEXTS}
    assert 100 < sum(a for a, _ in fast.values()) < len(TEXTS) / 2  # both answers occur
    # as they were compiled before: the scenes as one alternation, each with re.I | re.S
    monkeypatch.setattr(acute_scene, "SCENE_NOW", (re.compile("|".join(acute_scene._SCENES), re.I | re.S),))
    monkeypatch.setattr(acute, "_ACUTE", re.compile(acute._ACUTE.pattern, re.I | re.S))
    plain = {t: (acute.looks_acute(t), acute.danger_words(t)) for t in TEXTS}
    assert [t for t in TEXTS if fast[t] != plain[t]] == []


@pytest.mark.parametrize("name", ["_ACUTE", *(f"scene {i}" for i in range(len(acute_scene.SCENE_NOW)))])
def test_each_fast_pattern_finds_the_same_spans_on_plain_and_other_text(name):
    fast = acute._ACUTE if name == "_ACUTE" else acute_scene.SCENE_NOW[int(name.split()[1])]
    assert fast.plain is not fast.folded  # the case-free path is in use for these patterns
    plain = re.compile(fast.pattern, re.I | re.S)
    assert fast.pattern == (acute._ACUTE.pattern if name == "_ACUTE" else acute_scene._SCENES[int(name.split()[1])])
    # lower-cased as the check reads them, as written (capitals: not plain), and with letters re folds (ı, ſ)
    for text in TEXTS:
        for variant in (text.lower(), text, text.lower().replace("i", "ı").replace("s", "ſ")):
            got, want = fast.search(variant), plain.search(variant)
            assert (got and got.span()) == (want and want.span()), (name, variant)


def test_uncaptured_keeps_named_groups_classes_and_escapes():
    assert uncaptured(r"(a|b)(?:c)(?P<n>d(e))(?=f)(?<!g)\(h\)[(]x[^]()]y[]a(]") == \
        r"(?:a|b)(?:c)(?P<n>d(?:e))(?=f)(?<!g)\(h\)[(]x[^]()]y[]a(]"
    assert uncaptured(r"(a)\1") == r"(a)\1"  # a back-reference needs its group
    assert uncaptured(r"(?x)(a) # (b)") == r"(?x)(a) # (b)"
    assert re.compile(uncaptured(acute._ACUTE.pattern)).groups == 0


def test_the_case_free_path_is_refused_when_a_test_could_differ():
    assert _case_free_on_plain(r"\b(kniv|våpen)\b", re.I)
    assert not _case_free_on_plain(r"[A-ZÆØÅ]\w+", re.I)   # a capital in a set matches a small letter with re.I
    assert not _case_free_on_plain(r"[!-`]", re.I)          # a range over the capitals only
    assert not _case_free_on_plain("ı", re.I)               # re.I folds dotless ı onto i
    assert not _case_free_on_plain(r"(a)\1", re.I)          # a back-reference: not looked into
    refused = yes_no("Kniv", re.I)
    assert refused.plain is refused.folded and refused.search("kniv")
    assert "i" in PLAIN and "ı" not in PLAIN and "K" not in PLAIN
