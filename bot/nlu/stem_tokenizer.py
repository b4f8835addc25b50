"""A SpacyTokenizer whose token lemmas are the guide search's stems.

Rasa's CountVectorsFeaturizer reads ``token.lemma``; setting it to the same Snowball stem the
guide search uses means the intent classifier and the search see identical terms.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.training_data.message import Message

from bot.text.normalize import stem


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False
)
class StemmingSpacyTokenizer(SpacyTokenizer):
    """SpacyTokenizer + Norwegian Snowball stems as lemmas."""

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        tokens = super().tokenize(message, attribute)
        for token in tokens:
            token.lemma = stem((token.lemma or token.text).lower())
        return tokens
