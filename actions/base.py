"""The one error wrapper every action goes through.

Subclass ``SafeAction`` (or ``SafeFormValidationAction``) instead of Rasa SDK's ``Action``
(``FormValidationAction``) and write ``run`` as usual: any exception in it becomes a clear
Norwegian reply (``bot.errors``) and one log line without personal data, and the action returns
``on_error``'s events — by default none, so a running form keeps every answer and asks again.
``tests/test_action_safety.py`` fails for any action that does not use one of these bases.
"""

from __future__ import annotations

import abc
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import errors

log = logging.getLogger(__name__)
GUARDED = "__krise_guarded__"
# Longest entity value an action looks at: ids, codes and refs are far shorter.
MAX_ENTITY_CHARS = 200


def entity_text(tracker: Tracker, name: str) -> str | None:
    """The latest value of entity ``name`` when it is text, else None.

    Button payloads are typed by hand too (``/browse{"node": [1]}``, ``/choose_entry{"entry_id": 5}``):
    an action must treat a value of any other JSON type as absent, not crash on it.
    """
    value = next(tracker.get_latest_entity_values(name), None)
    if not isinstance(value, str) or len(value) > MAX_ENTITY_CHARS:
        return None
    return value.strip() or None

Run = Callable[[Any, CollectingDispatcher, Tracker, DomainDict], Awaitable[list[EventType]]]


def guarded(run: Run) -> Run:
    @functools.wraps(run)
    async def wrapper(self: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                      domain: DomainDict) -> list[EventType]:
        try:
            return await run(self, dispatcher, tracker, domain)
        except Exception as exc:  # noqa: BLE001 - the point: no stack trace ever reaches a user
            kind = errors.classify(exc)
            log.error(errors.log_line(f"action {self.name()}", exc, kind))
            dispatcher.utter_message(text=errors.reply(kind))
            try:
                return await self.on_error(exc, dispatcher, tracker, domain)
            except Exception as again:  # noqa: BLE001
                log.error(errors.log_line(f"on_error of {self.name()}", again, errors.classify(again)))
                return []

    setattr(wrapper, GUARDED, True)
    return wrapper


class _Guarded:
    """Wraps ``run`` wherever a subclass defines it."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The resolved ``run``, not only one defined on ``cls`` itself: a plain mixin listed before
        # the base (``class X(Mixin, SafeAction)``) supplies ``run`` from outside this hierarchy.
        run = getattr(cls, "run", None)
        if run is not None and not getattr(run, GUARDED, False):
            cls.run = guarded(run)  # type: ignore[attr-defined]

    async def on_error(self, error: Exception, dispatcher: CollectingDispatcher, tracker: Tracker,
                       domain: DomainDict) -> list[EventType]:
        """Events to return after ``error`` (the reply is already sent). Default: none."""
        return []


class SafeAction(_Guarded, Action, metaclass=abc.ABCMeta):
    """Base of every custom action that is not a form's validation."""

    @abc.abstractmethod
    def name(self) -> str:
        """The action's name in the domain."""


class SafeFormValidationAction(_Guarded, FormValidationAction, metaclass=abc.ABCMeta):
    """Base of every form validation action. On an error the answers given this turn are cleared,
    so the form asks the same question again instead of keeping an unchecked raw answer."""

    @abc.abstractmethod
    def name(self) -> str:
        """``validate_<form name>``."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        return await super().run(dispatcher, tracker, domain)

    async def on_error(self, error: Exception, dispatcher: CollectingDispatcher, tracker: Tracker,
                       domain: DomainDict) -> list[EventType]:
        return [SlotSet(slot, None) for slot in tracker.slots_to_validate()]
