"""Rasa NLU component: after the classifiers, decide whether a message acts, is offered the action
as a button beside the guide's answer, or goes to the guide alone.

The rules are in ``routing.py`` (pure Python, tested without Rasa); this applies them to the intent
Rasa predicted with its confidence and ranking, keeps both for the logs, and puts an offered action
in the parse data under ``OFFER_KEY`` (the guide action reads it from ``tracker.latest_message``).
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.acute import looks_acute
from bot.guide.corpus import load_corpus
from bot.nlu.routing import decide, title_key
from bot.offers import OFFER_KEY
from bot.rasa_plugins import prefetch

log = logging.getLogger(__name__)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class GuideQuestionRouter(GraphComponent, IntentClassifier):
    """Acts on a request, offers the action beside an answer, or leaves the message to the guide."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> GuideQuestionRouter:
        return cls()

    def __init__(self) -> None:
        # the guide's titles: a message that is one is a look-up («Kartlegg oppholdsstatus»), not a command
        try:
            corpus = load_corpus()
        except Exception as exc:  # noqa: BLE001 - the router still routes; the guide reports its own fault
            log.warning("GuideQuestionRouter: the guide's titles could not be read (%s)", type(exc).__name__)
            self.titles: frozenset[frozenset[str]] = frozenset()
            return
        self.titles = frozenset(title_key(t) for e in corpus.entries for t in (e.title, e.section_title))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            predicted = message.get(INTENT) or {}
            name = predicted.get(INTENT_NAME_KEY)
            text = message.get(TEXT) or ""
            confidence = float(predicted.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
            decision = decide(name, text, looks_acute, confidence, message.get(INTENT_RANKING_KEY) or [],
                              self.titles)
            if decision.offer:
                message.set(OFFER_KEY, decision.offer, add_to_output=True)
            routed = decision.intent
            if routed and routed != name:
                new = {**predicted, INTENT_NAME_KEY: routed}
                message.data[INTENT] = new
                message.data.setdefault(INTENT_RANKING_KEY, []).insert(0, dict(new))
            if (routed or name) in prefetch.GUIDE_INTENTS:
                prefetch.send(text)  # the action server starts on the reply now (bot.rasa_plugins.prefetch)
        return messages
