"""Rasa NLU component: after the classifiers, send question-shaped messages to the guide.

The rules are in ``routing.py`` (pure Python, tested without Rasa); this only applies them to the
intent Rasa predicted, keeping the classifier's confidence and ranking for the logs.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.acute import looks_acute
from bot.nlu.routing import route


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class GuideQuestionRouter(GraphComponent, IntentClassifier):
    """Keeps a command intent only when the message has that command's form."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> GuideQuestionRouter:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            predicted = message.get(INTENT) or {}
            name = predicted.get(INTENT_NAME_KEY)
            text = message.get(TEXT) or ""
            routed = route(name, text, looks_acute)
            if routed and routed != name:
                new = {**predicted, INTENT_NAME_KEY: routed}
                message.data[INTENT] = new
                message.data.setdefault(INTENT_RANKING_KEY, []).insert(0, dict(new))
        return messages
