"""The NLU's training examples read back as plain text: one reader for every place that needs them.

The guide ranker learns «outside the guide» from the ``out_of_scope`` examples, the starts bench asks
whether a request equals a training example, and the routing tests check the router against the
classifier's own acute and small-talk examples. They all read Rasa's YAML the same way here:
each ``- `` line of a block's ``examples: |``, with entity markup (``[text](entity)``,
``[text]{"entity": …}``) reduced to its text.

Not under ``bot/nlu/``: importing that package installs the Rasa server's jsonschema patch
(``bot/nlu/action_response_check.py``), which the action server and the tests should not get as a
side effect of reading a YAML file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.config import PROJECT_ROOT

NLU_DIR = PROJECT_ROOT / "nlu_data"
_ITEM = re.compile(r"^\s*-\s+")
_ENTITY = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}")


@dataclass(frozen=True)
class NluExample:
    """One training example: the block it is in (``intent``, or ``None`` for a synonym, lookup or
    regex block) and its text without entity markup."""

    intent: str | None
    text: str


def plain_text(line: str) -> str:
    """An example line without its ``- `` and its entity markup: «han er på [vei](state)» → «han er på vei»."""
    return _ENTITY.sub(lambda m: m.group(1) or m.group(2) or "", _ITEM.sub("", line)).strip()


def read_examples(path: Path) -> list[NluExample]:
    """Every example of one NLU file, in file order; none when the file does not exist."""
    if not path.exists():
        return []
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: list[NluExample] = []
    for block in raw.get("nlu") or []:
        for line in str(block.get("examples") or "").splitlines():
            if _ITEM.match(line):
                text = plain_text(line)
                if text:
                    out.append(NluExample(block.get("intent"), text))
    return out


def examples_of(path: Path, intents: Iterable[str]) -> list[str]:
    """The texts of the examples of these intents in one file: «what the classifier learns X from»."""
    wanted = set(intents)
    return [x.text for x in read_examples(path) if x.intent in wanted]


def all_examples(directory: Path = NLU_DIR) -> list[NluExample]:
    """Every example of every ``*.yml`` under ``directory`` (rules and stories have none)."""
    return [x for path in sorted(directory.rglob("*.yml")) for x in read_examples(path)]
