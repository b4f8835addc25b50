"""The Telegram bridge: enrolled staff chat with the assistant from a phone.

``python -m bot.telegram`` (``make telegram``) runs a python-telegram-bot ``Application`` that
relays each message to the Rasa REST channel on loopback and renders the reply for Telegram.
Modules, one job each: ``settings`` (environment), ``identity`` (keyed-hash sender ids),
``access`` (the gate and enrolment), ``handlers`` (commands, text, buttons), ``render``
(escaping, links, splitting), ``buttons`` (callback data), ``rasa`` (REST client),
``ratelimit``, ``delivery`` (send with retry, typing), ``cleanup`` (self-deleting messages),
``bridge`` (shared state, per-user ordering),
``cases`` (the leader's case commands), ``texts`` (what users read), ``app`` (wiring).
"""
