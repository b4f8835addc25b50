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


@functools.lru_cache(maxsize=8192)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept (one entry per pattern and flags)."""
    return re.compile(pattern, flags)
