"""Plugins loaded by the Rasa server itself (``.venv-rasa``): the tracker store and the REST channel.

They run in Rasa's environment — SQLAlchemy 1.4, Sanic 21 — so they import nothing from the app's
SQLAlchemy-2 code (``bot.storage``); only the standard-library helpers ``bot.config`` and
``bot.keys`` and this package. ``masking``, ``status`` and ``replies`` are plain Python so both
environments (and the tests) can import them; ``endpoints`` is run by ``scripts/serve.sh`` to write
the resolved endpoints file Rasa reads.
"""
