"""Channels in front of the Rasa server: the terminal chat, and what the bridge and the workspace share."""
