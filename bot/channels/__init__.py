"""Channels in front of the Rasa server: the terminal chat and the Telegram bridge."""
