"""Plugins loaded by the Rasa server itself (``.venv-rasa``): the tracker store and the REST channel.

They run in Rasa's environment — SQLAlchemy 1.4, Sanic 21 — so they import nothing from the app's
SQLAlchemy-2 code (``bot.storage``); only the standard-library helpers ``bot.config`` and
``bot.keys`` and this package. ``masking`` is plain Python so both environments can test it.
"""
