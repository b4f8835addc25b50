"""Rasa SDK custom actions: thin adapters from the tracker to ``bot`` (the real logic).

Importing this package does no work: no database, no keys, no index. The action server is started
with ``python -m actions`` (``actions/__main__.py``, run by ``scripts/serve.sh``), which does the
start-up work explicitly before it serves: the keys must fit the database and the guide must load,
or it stops saying why. Tests, the bench and tools can import the actions without that cost.
"""
