"""Norwegian (bokmål) text processing shared by the Rasa NLU pipeline and the guide search.

Both must see the same tokens, or a question the classifier understands could miss in search
(and the reverse). So one spaCy pipeline (``pipeline.py``) tokenizes, and one normaliser
(``normalize.py``) turns tokens into search terms and NLU lemmas.
"""

from bot.text.normalize import analyze, stem, terms

__all__ = ["analyze", "stem", "terms"]
