"""Rasa SDK custom actions: thin adapters from the tracker to ``bot`` (the real logic)."""
