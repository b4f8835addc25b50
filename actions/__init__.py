"""Rasa SDK custom actions: thin adapters from the tracker to ``bot`` (the real logic).

The guide index is built when the action server imports this package, so the first staff
question of the night is as fast as the rest.
"""

import logging

from bot.guide.search import default_search

try:
    default_search()
except Exception:  # the actions still answer «finner ikke» and log the cause
    logging.getLogger(__name__).exception("could not build the guide index at start-up")
