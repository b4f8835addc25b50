"""One reader of the NLU's training examples (bot/nlu_examples.py) for the ranker, the starts bench and the
routing tests."""

from __future__ import annotations

from bench.starts import loose, nlu_example_texts
from bot import config
from bot.guide.ranker import outside_examples
from bot.nlu_examples import NLU_DIR, all_examples, examples_of, plain_text, read_examples

NLU_FILE = """version: "3.1"
nlu:
- intent: acute_danger
  examples: |
    - han står utenfor nå
    -   hun er på [vei](state) hit
    - ring [112]{"entity": "number"}

- intent: greet
  examples: |
    - hei
- synonym: kartlegging
  examples: |
    - risikovurdering
- intent: empty
"""


def test_examples_keep_their_block_and_lose_dash_and_entity_markup(tmp_path):
    path = tmp_path / "nlu.yml"
    path.write_text(NLU_FILE, encoding="utf-8")
    got = [(x.intent, x.text) for x in read_examples(path)]
    assert got == [("acute_danger", "han står utenfor nå"), ("acute_danger", "hun er på vei hit"),
                   ("acute_danger", "ring 112"), ("greet", "hei"), (None, "risikovurdering")]
    assert examples_of(path, ["greet", "acute_danger"]) == [t for _, t in got[:4]]
    assert examples_of(path, ["out_of_scope"]) == []
    assert read_examples(tmp_path / "missing.yml") == []
    assert plain_text("- [eksen](perpetrator) kjem no") == "eksen kjem no"


def test_the_three_users_read_the_real_training_data_alike():
    """The ranker's «outside the guide» class, the starts bench's «equal to an NLU example» and the routing
    tests read the same examples: what the classifier learns from."""
    out_of_scope = examples_of(config.outside_examples_path(), ["out_of_scope"])
    assert len(out_of_scope) >= 100 and outside_examples() == out_of_scope
    every = all_examples(NLU_DIR)
    assert {x.text for x in every} >= set(out_of_scope)
    assert nlu_example_texts() == {loose(x.text) for x in every}
    assert not any(x.text.startswith("-") or "[" in x.text or x.text != x.text.strip() for x in every)
    assert {"acute_danger", "greet", "out_of_scope", "start_triage"} <= {x.intent for x in every}
