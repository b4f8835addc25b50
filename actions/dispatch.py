"""Send ``bot`` replies through the Rasa SDK dispatcher."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from bot.guide.answer import Reply


def send(dispatcher: CollectingDispatcher, reply: Reply) -> None:
    """``Reply.as_dict`` is the message as channels get it; the SDK names its ``custom`` ``json_message``."""
    message = reply.as_dict()
    if "custom" in message:
        message["json_message"] = message.pop("custom")
    dispatcher.utter_message(**message)
