"""Rasa's slots copied without the generic ``copy`` machinery: the same copies, a third of the time.

Every ``DialogueStateTracker`` Rasa builds copies each slot of the domain with ``copy.copy`` (71
slots here), and it builds several a turn: the tracker from the store, one per policy prediction
(``generate_all_prior_trackers``), ``tracker.copy()``, a form's temporary trackers. ``copy.copy``
goes through ``__reduce_ex__`` and ``copy._reconstruct`` for each: 7.8 % of the Rasa server's busy
samples at 50 staff (``python -m bench.profile``; about 2 ms of ~28 ms CPU per turn, issue 18).

``Slot.__copy__`` here makes exactly what that path makes for a plain object – a new instance of
the same class whose ``__dict__`` holds the same values (a shallow copy) – directly. A slot class
that takes part in copying itself (``__slots__``, ``__new__``, ``__reduce__``, ``__reduce_ex__``,
``__getstate__``/``__setstate__``, its own ``__copy__``) keeps the generic path.
"""

from __future__ import annotations

import copy
from typing import Any

from rasa.shared.core.slots import Slot

_PLAIN: dict[type, bool] = {}


def _plain(cls: type) -> bool:
    """True when ``copy.copy`` of a ``cls`` instance is «new instance, same ``__dict__``»."""
    plain = _PLAIN.get(cls)
    if plain is None:
        plain = _PLAIN[cls] = (
            cls.__reduce_ex__ is object.__reduce_ex__ and cls.__reduce__ is object.__reduce__
            and cls.__new__ is object.__new__
            and getattr(cls, "__copy__", None) is _copy
            and not any(name in vars(base) for base in cls.__mro__ for name in ("__getstate__", "__setstate__"))
            and not any(vars(base).get("__slots__") for base in cls.__mro__))  # ABC's are empty
    return plain


def _copy(self: Any) -> Any:
    cls = type(self)
    if not _plain(cls):  # what copy.copy does without a __copy__
        return copy._reconstruct(self, None, *self.__reduce_ex__(4))  # type: ignore[attr-defined]
    new = object.__new__(cls)  # what copyreg.__newobj__ calls: cls.__new__, which is object's
    new.__dict__.update(self.__dict__)
    return new


def register() -> None:
    """Give Rasa's ``Slot`` (and so every slot class) the direct shallow copy."""
    Slot.__copy__ = _copy
