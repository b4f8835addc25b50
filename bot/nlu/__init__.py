"""Rasa NLU components (imported only by the Rasa server's environment)."""
