"""Give freed heap pages back to the system once a server has loaded what it serves from.

Building an index or loading a model leaves much of the heap free but still resident: glibc keeps
it for the next allocation. ``malloc_trim`` returns it (tens of MB in both servers). No imports
beyond the standard library: the Rasa server and the action server both use it.
"""

from __future__ import annotations

import ctypes


def trim_heap() -> None:
    """Give freed heap pages back to the system (glibc only; elsewhere nothing happens)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
