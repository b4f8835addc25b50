"""Norwegian (bokmål) text processing shared by the Rasa NLU pipeline and the guide search.

Both must see the same tokens, or a question the classifier understands could miss in search
(and the reverse). So one spaCy pipeline (``pipeline.py``) tokenizes, and one normaliser
(``normalize.py``) turns tokens into search terms and NLU lemmas.

The normaliser is imported on first use, not with the package: ``bot.text.mask`` (botctl, the
Telegram bridge, storage) needs no spaCy, whose import took 0.65 s of every ``./botctl`` call.
"""

from __future__ import annotations

from typing import Any

__all__ = ["analyze", "stem", "terms"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from bot.text import normalize

        return getattr(normalize, name)
    raise AttributeError(f"module 'bot.text' has no attribute {name!r}")
