"""Time of every NLU graph node for guide questions beside greetings (run in ``.venv-rasa``).

``python -m bench.nlu_components [MODEL ...] [--passes N] [--json OUT]``

The REST latency bench (``bench/latency.py``) sees the sum of everything and moves with the load
of the shared machine; this loads each trained model in-process and times each node of the
inference graph (``GraphNode.__call__``) for the dev set's first 60 guide questions and four
greetings, and for guide questions by length — in CPU seconds of the process
(``time.process_time``: all its threads, TensorFlow's too, but not the time it waits for a core
another helper holds), with the wall-clock parse beside them — so the part of a guide answer's
extra time that is Rasa NLU, and which component it is, can be read apart. Several models are
measured interleaved pass by pass (A, B, A, B, …), so load from other processes falls on both
alike; the figures are medians over the passes of the mean per message.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

GREETINGS = ["hei", "hallo", "god kveld", "heisann"]
LENGTHS = [("1-4 words", 1, 4), ("5-9 words", 5, 9), ("10-15 words", 10, 15), ("16+ words", 16, 10_000)]


def _questions(limit: int = 60) -> list[str]:
    import yaml

    data = yaml.safe_load(Path("bench/sets/dev.yml").read_text(encoding="utf-8"))
    return [q["q"] for q in data["questions"] if q.get("id")][:limit]


class _NodeClock:
    """Wraps ``GraphNode.__call__`` once; ``current`` collects node name → seconds."""

    def __init__(self) -> None:
        from rasa.engine.graph import GraphNode

        self.current: dict[str, float] = defaultdict(float)
        original = GraphNode.__call__
        clock = self

        def timed(node: Any, *args: Any) -> Any:
            start = time.process_time()
            try:
                return original(node, *args)
            finally:
                clock.current[node._node_name] += time.process_time() - start

        GraphNode.__call__ = timed


async def _pass(agent: Any, clock: _NodeClock, texts: list[str]) -> tuple[dict[str, float], float, list[str]]:
    """Mean CPU ms per message per node (and the whole parse, CPU and wall), the wall ms, the intents."""
    clock.current.clear()
    intents = []
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        parsed = await agent.parse_message(text)
        intents.append((parsed.get("intent") or {}).get("name") or "")
    nodes = {k: v * 1000 / len(texts) for k, v in clock.current.items()}
    nodes["(parse_message, CPU)"] = (time.process_time() - cpu) * 1000 / len(texts)
    nodes["(parse_message, wall)"] = (time.perf_counter() - start) * 1000 / len(texts)
    return nodes, nodes["(parse_message, wall)"], intents


async def _run(models: list[str], passes: int) -> dict[str, Any]:
    from rasa.core.agent import Agent

    clock = _NodeClock()
    agents = {m: Agent.load(m) for m in models}
    groups = {"guide": _questions(), "greet": GREETINGS * 15}
    for label, low, high in LENGTHS:  # by length: the dev set's first 240 guide questions
        groups[label] = [q for q in _questions(240) if low <= len(q.split()) <= high][:40]
    samples: dict[str, dict[str, list[dict[str, float]]]] = {m: defaultdict(list) for m in models}
    totals: dict[str, dict[str, list[float]]] = {m: defaultdict(list) for m in models}
    intents: dict[str, dict[str, list[str]]] = {m: {} for m in models}
    for agent in agents.values():  # warm: first calls build TF functions
        for text in groups["guide"][:5] + GREETINGS:
            await agent.parse_message(text)
    for _ in range(passes):
        for model, agent in agents.items():
            for group, texts in groups.items():
                nodes, total, predicted = await _pass(agent, clock, texts)
                samples[model][group].append(nodes)
                totals[model][group].append(total)
                intents[model][group] = predicted
    result: dict[str, Any] = {}
    for model in models:
        per: dict[str, Any] = {}
        for group in groups:
            names = samples[model][group][0].keys()
            per[group] = {n: statistics.median(s[n] for s in samples[model][group]) for n in names}
        result[model] = {"ms": per, "intents": intents[model]}
    return result


def _short(node: str) -> str:
    return node.removeprefix("run_").split("_", 1)[0] if node.startswith("run_") else node


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("models", nargs="*", default=["models/krise.tar.gz"])
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # as the served bot logs: no per-parse debug line
    logging.disable(logging.WARNING)
    result = asyncio.run(_run(args.models, args.passes))
    for model, data in result.items():
        ms = data["ms"]
        print(f"{model}: CPU ms per message, median of {args.passes} passes (60 guide questions / 60 greetings)")
        print(f"  {'node':<58} {'guide':>7} {'greet':>7} {'diff':>7}")
        for node in sorted(ms["guide"], key=lambda n: -ms["guide"][n]):
            g, h = ms["guide"][node], ms["greet"].get(node, 0.0)
            if g >= 0.05 or node.startswith("("):
                print(f"  {node:<58} {g:7.2f} {h:7.2f} {g - h:7.2f}")
    for model, data in result.items():
        ms = data["ms"]
        labels = ["greet"] + [label for label, _, _ in LENGTHS]
        print(f"{model}: CPU ms per message by length (greetings; guide questions by words)")
        print(f"  {'node':<58} " + " ".join(f"{label:>11}" for label in labels))
        for node in sorted(ms["guide"], key=lambda n: -ms["guide"][n]):
            print(f"  {node:<58} " + " ".join(f"{ms[label].get(node, 0.0):11.2f}" for label in labels))
    if len(result) > 1:
        base, *others = list(result)
        for other in others:
            same = sum(a == b for a, b in zip(result[base]["intents"]["guide"], result[other]["intents"]["guide"],
                                              strict=True))
            print(f"{other}: same top intent as {base} on {same}/60 guide questions")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
