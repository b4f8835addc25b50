"""Compiled regular expressions kept for the life of the process.

Python's own cache of compiled patterns (``re._MAXCACHE``) holds 512 and is emptied when full. The
readers, the router, the acute check and the masker together use well over a thousand distinct patterns
in one process, so every served turn recompiled hundreds of them (3–75 ms a turn in process; issue 18).
Patterns are therefore compiled once at module level, and a pattern that is chosen or built at run time
(from a list of patterns, or from a message's words) goes through ``compiled`` instead of ``re.search``
and friends: bounded, so patterns built from messages cannot grow it for ever.
"""

from __future__ import annotations

import functools
import re
import sre_compile
import sre_constants
import sre_parse
from typing import Any


@functools.lru_cache(maxsize=8192)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept (one entry per pattern and flags)."""
    return re.compile(pattern, flags)


def uncaptured(pattern: str) -> str:
    """``pattern`` with its numbered groups ``(…)`` made non-capturing ``(?:…)``; named groups stay.

    A search only asked *whether* (and where) a pattern matches does not need its groups, and Python's
    ``re`` pays for each one it may capture: on every repetition inside a match it saves all marks up to
    the highest group set so far, so a long alternation with hundreds of groups (the 112 check's scene
    and danger patterns) searches about twice as slowly as the same pattern without them. Matches (spans)
    are the same. A pattern with a back-reference, a group condition or verbose mode is returned as it is.
    """
    if re.search(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsu]*x", pattern):
        return pattern
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            out.append(c)
            i += 1
            if pattern.startswith("^", i):  # «[^]…]» and «[]…]»: the first «]» is a member
                out.append("^")
                i += 1
            if pattern.startswith("]", i):
                out.append("]")
                i += 1
            continue
        elif c == "(" and not pattern.startswith("?", i + 1):
            out.append("(?:")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _without_groups(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` without its numbered groups (``uncaptured``; named groups stay), compiled
    outside ``re``'s own cache (kept here, it would only push out a pattern compiled at run time)."""
    return sre_compile.compile(pattern if flags & re.X else uncaptured(pattern), flags)


# Characters of lower-cased Norwegian and English text on which a case-insensitive search and a case-sensitive one
# can agree: no capital letters, and none of the letters ``re`` folds onto another (dotless ı, long ſ, µ).
PLAIN = (frozenset(chr(c) for c in range(128) if not "A" <= chr(c) <= "Z")
         | frozenset("æøåäöüéèêëáàâóòôúùûíìîïçñ«»–—‘’“”…§°€½"))
_NOT_PLAIN = re.compile("[^" + "".join(re.escape(c) for c in sorted(PLAIN)) + "]")
_CLASS = {sre_constants.CATEGORY_DIGIT: r"\d", sre_constants.CATEGORY_NOT_DIGIT: r"\D",
          sre_constants.CATEGORY_SPACE: r"\s", sre_constants.CATEGORY_NOT_SPACE: r"\S",
          sre_constants.CATEGORY_WORD: r"\w", sre_constants.CATEGORY_NOT_WORD: r"\W"}


def _tests(data: sre_parse.SubPattern) -> set[str] | None:
    """Each character test of a parsed pattern as a one-character pattern; None if it has any other kind of test
    than literals, sets and categories (a back-reference, a group condition)."""
    tests: set[str] = set()
    items: list[tuple[Any, Any]] = list(data.data)  # the parse tree's (code, argument) pairs, of many shapes
    for op, av in items:
        if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL):
            tests.add(f"\\U{av:08x}")
        elif op is sre_constants.IN:
            for kind, item in av:
                if kind is sre_constants.LITERAL:
                    tests.add(f"[\\U{item:08x}]")
                elif kind is sre_constants.RANGE:
                    tests.add(f"[\\U{item[0]:08x}-\\U{item[1]:08x}]")
                elif kind is sre_constants.CATEGORY and item in _CLASS:
                    tests.add(_CLASS[item])
                elif kind is not sre_constants.NEGATE:
                    return None
        elif op in (sre_constants.SUBPATTERN, sre_constants.ASSERT, sre_constants.ASSERT_NOT,
                    sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.BRANCH):
            parts = av[1] if op is sre_constants.BRANCH else [av[-1]]
            for part in parts:
                inner = _tests(part)
                if inner is None:
                    return None
                tests |= inner
        elif op not in (sre_constants.AT, sre_constants.ANY):
            return None
    return tests


@functools.cache
def _test_case_free(test: str, flags: int) -> bool:
    """Whether the one-character pattern ``test`` says the same with and without ``re.I`` for every ``PLAIN``
    character (kept: the same few hundred tests recur across patterns)."""
    # compiled outside ``re``'s own cache: these hundreds of throw-away patterns would push out the ones served
    folded, exact = sre_compile.compile(test, flags | re.I), sre_compile.compile(test, flags & ~re.I)
    return all(bool(folded.fullmatch(c)) == bool(exact.fullmatch(c)) for c in PLAIN)


def _case_free_on_plain(pattern: str, flags: int) -> bool:
    """Whether every character test of ``pattern`` gives the same answer with and without ``re.I`` for every
    character of ``PLAIN`` – then the whole search does, on a text made of those characters only."""
    tests = _tests(sre_parse.parse(pattern, flags & ~re.I))
    return tests is not None and all(_test_case_free(test, flags & (re.S | re.U | re.A)) for test in sorted(tests))


class YesNo:
    """A pattern searched only for whether (and where) it matches, never asked for its numbered groups – compiled
    so that such a search is cheap, with the same matches as ``re.compile(pattern, flags)``:

    - without its numbered groups (``uncaptured``): about twice as fast for a long alternation;
    - when case-insensitive, on a text of ``PLAIN`` characters only (lower-cased Norwegian and English, nearly
      every message once lower-cased), without ``re.I``: Python's ``re`` cannot skip ahead on a case-insensitive
      literal and enters every branch of an alternation at every position, where without ``re.I`` it rejects a
      branch on its first letter. The switch is made only when ``_case_free_on_plain`` has checked every
      character test of the pattern on every such character, so the answer cannot differ.

    The 112 check's danger and scene patterns (hundreds of branches, searched on every message) are the reason.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self.folded = _without_groups(pattern, flags)
        self.plain = (_without_groups(pattern, flags & ~re.I) if flags & re.I and _case_free_on_plain(pattern, flags)
                      else self.folded)

    def search(self, text: str) -> re.Match[str] | None:
        """``re.search`` of the pattern in ``text`` (its numbered groups are not kept)."""
        return (self.folded if _NOT_PLAIN.search(text) else self.plain).search(text)


def any_search(patterns: tuple[YesNo | re.Pattern[str], ...], text: str) -> bool:
    """Whether any of ``patterns`` matches in ``text`` – ``any(p.search(text) for p in patterns)``, with the check for
    ``PLAIN`` characters made once for the text instead of once a pattern (the 112 check searches some fifty scene
    kinds in every message). A plain compiled pattern is searched as it is."""
    plain = not _NOT_PLAIN.search(text)
    return any(((p.plain if plain else p.folded) if isinstance(p, YesNo) else p).search(text) for p in patterns)


def yes_no(pattern: str, flags: int = 0) -> YesNo:
    """The pattern compiled for searches that only ask whether and where it matches (``YesNo``)."""
    return YesNo(pattern, flags)
