"""/ – the chat page, and the form every message, button and shortcut posts to.

Works without JavaScript: each post answers 303 back to the page (post/redirect/get), which shows
the conversation with the newest turn last and the composer focused.
"""

from __future__ import annotations

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.storage.web_access import SignedIn
from bot.web import auth, texts
from bot.web.pages import render
from bot.web.settings import MAX_MESSAGE_CHARS


@auth.page()
def chat(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    chat = request.app.state.chat
    if form is not None:
        command = str(form.get("command") or "")
        if form.get("restart") == "1":
            chat.restart(staff)
        elif command in texts.COMMANDS:
            chat.command(staff, command)
        elif form.get("button"):
            chat.press(staff, str(form.get("button")))
        else:
            chat.say(staff, str(form.get("message") or ""))
        return RedirectResponse("/#siste", status_code=303)
    conversation = chat.store.get(staff.code)
    with conversation.lock:
        turns = list(conversation.turns)
        dialogue = conversation.dialogue
    paused = None if dialogue else chat.paused(staff)
    return render(request, "chat.html", staff, turns=turns, dialogue=texts.DIALOGUE_NAMES.get(dialogue or ""),
                  paused=texts.DRAFT_NAMES.get(paused or "", paused), commands=texts.COMMANDS,
                  max_chars=MAX_MESSAGE_CHARS, masking_notice=texts.MASKING_NOTICE)
