"""The package shape a maintainer relies on, checked from the source (ast, nothing imported):
no import cycle between the packages of ``bot/``, and test code kept out of the product."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, top_level_only: bool) -> Iterator[str]:
    """Absolute names imported by the file (``from a.b import c`` gives a.b and a.b.c)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    for node in nodes:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = _module(path).split(".")
                if path.name != "__init__.py":
                    package = package[:-1]
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _package(module: str) -> str:
    """``bot.guide.search`` -> ``bot.guide``; a top-level module (``bot.acute``) is its own package."""
    return ".".join(module.split(".")[:2])


def _package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in (ROOT / "bot").rglob("*.py"):
        source = _package(_module(path))
        for name in _imports(path, top_level_only=True):
            if name.startswith("bot.") and _package(name) != source:
                graph.setdefault(source, set()).add(_package(name))
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in the graph, or None (depth-first search)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}}) is None


def test_no_import_cycle_between_the_packages_of_bot() -> None:
    assert _cycle(_package_graph()) is None


def test_product_code_imports_no_test_code() -> None:
    """``tests`` is never imported outside it; ``bot.testing`` only by tests and the bench."""
    offenders = []
    for folder in ("bot", "actions", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            module = _module(path)
            for name in _imports(path, top_level_only=False):
                if name == "tests" or name.startswith("tests."):
                    offenders.append(f"{module} imports {name}")
                elif name.startswith("bot.testing") and not (module.startswith("bot.testing") or folder == "bench"):
                    offenders.append(f"{module} imports {name}")
    assert offenders == []
