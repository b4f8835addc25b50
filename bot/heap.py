"""Settle a server's heap once it has loaded what it serves from: free pages back to the system,
and the loaded objects out of the garbage collector's way.

Building an index or loading a model leaves much of the heap free but still resident: glibc keeps
it for the next allocation. ``malloc_trim`` returns it (tens of MB in both servers).

What stays loaded is hundreds of thousands of objects (the Rasa server about 600,000: the model,
its graph, TensorFlow's Python side; the action server about 220,000: the guide index) that live
as long as the process. Python's cyclic garbage collector walks every one of them in each full
(generation 2) collection, which the turns' own allocations trigger every few hundred turns: a
stop of 0.2–1.3 s of the whole event loop (measured under load, issue 18; report-load10). A
single user rarely meets one; with 50 staff every turn in flight waits for it, so the pauses set
the load bench's p95. ``gc.freeze()`` moves the objects alive at that moment to a permanent
generation that collections no longer walk; everything made afterwards (a turn's trackers and
events) is collected as before. What is frozen is never freed by the cycle collector — it is
what the server serves from until it stops.

No imports beyond the standard library: the Rasa server and the action server both use it.
"""

from __future__ import annotations

import ctypes
import gc


def trim_heap() -> None:
    """Give freed heap pages back to the system (glibc only; elsewhere nothing happens)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def settle_heap() -> None:
    """After loading, before serving: collect what loading left, freeze what stays (so full
    collections no longer walk it), and give the freed heap back to the system."""
    gc.collect()
    gc.freeze()
    trim_heap()
