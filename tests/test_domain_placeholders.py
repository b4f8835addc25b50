"""Every ``{…}`` in the domain's responses is a slot Rasa fills in, or the entities of a button payload.

The Rasa server silences its templating's error log (``bot/rasa_plugins/server.py``): it fired for
every button payload with entities. This test keeps what that log was for: a placeholder that
names no slot (a typo) fails here instead.
"""

from __future__ import annotations

import json
import re

import yaml

from bot.config import PROJECT_ROOT

PLACEHOLDER = re.compile(r"{([^\n{}]+?)}")  # the pattern rasa.core.nlg.interpolator fills


def _strings(value, key=""):
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)


def test_placeholders_are_slots_or_payload_entities() -> None:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    slots = set(domain["slots"])
    payloads = 0
    problems = []
    for name, variants in domain["responses"].items():
        for key, text in _strings(variants):
            for found in PLACEHOLDER.finditer(text):
                if found.group(1) in slots:
                    continue
                if key == "payload" and text.startswith("/") and found.end() == len(text):
                    entities = json.loads(found.group(0))
                    if isinstance(entities, dict):
                        payloads += 1
                        continue
                problems.append(f"{name}: {found.group(0)} in {text[:60]!r}")
    assert not problems, problems
    assert payloads > 50  # the dialogue questions' buttons carry entities
