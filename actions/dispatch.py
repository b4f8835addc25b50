"""Send ``bot`` replies through the Rasa SDK dispatcher."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from bot.guide.answer import Reply


def send(dispatcher: CollectingDispatcher, reply: Reply) -> None:
    kwargs: dict = {}
    if reply.text is not None:
        kwargs["text"] = reply.text
    if reply.buttons:
        kwargs["buttons"] = reply.buttons
    if reply.custom is not None:
        kwargs["json_message"] = reply.custom
    dispatcher.utter_message(**kwargs)
