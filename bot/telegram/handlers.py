"""Handlers for enrolled staff (group 0; the gate in group -1 has already let the update through).

Text and commands go to Rasa as the terminal would send them; replies come back rendered for
Telegram. Typed text is masked (``bot.text.mask``) before it leaves the bridge; button payloads
are the bot's own and go as they are.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import access
from bot.telegram import cases, texts
from bot.telegram.access import check, reply_chat_id, say
from bot.telegram.bridge import Bridge, bridge_of
from bot.telegram.delivery import typing, with_retry
from bot.telegram.rasa import UNKNOWN, RasaUnavailable
from bot.telegram.render import Rendered, render, split_text
from bot.text.mask import mask_text

log = logging.getLogger(__name__)
IN_DIALOGUE = "in_dialogue"
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # Telegram would otherwise fetch every source link

# Commands that are simply a message to the assistant (the terminal user types the same words).
COMMAND_TEXT = {
    "hjelp": "hjelp",
    "meny": "meny",
    "ny": "ny henvendelse",
    "kartlegg": "start kartlegging",
    "avbryt": "avbryt",
}
RESTART = "/restart"  # Rasa's built-in intent: forget the conversation (slots, forms)


async def send_rendered(bridge: Bridge, context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int,
                        pieces: list[Rendered]) -> list[int]:
    """Send each piece (buttons as an inline keyboard); returns the ids of the messages sent."""
    sent: list[int] = []
    for piece in pieces:
        markup = None
        if piece.buttons:
            markup = InlineKeyboardMarkup(
                [[InlineKeyboardButton(title, callback_data=bridge.buttons.put(user_id, title, payload))]
                 for title, payload in piece.buttons])
        message = await _send_html(context, chat_id, piece.html, markup)
        sent.append(message.message_id)
    return sent


async def _send_html(context: ContextTypes.DEFAULT_TYPE, chat_id: int, text: str,
                     markup: InlineKeyboardMarkup | None = None) -> Message:
    try:
        return await with_retry(lambda: context.bot.send_message(
            chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW),
            "sendMessage")
    except BadRequest:
        # Should not happen (render escapes everything); if Telegram rejects the markup anyway,
        # the person still gets the words.
        log.warning("HTML rejected; sending as plain text")
        plain = html.unescape(_strip_tags(text))
        return await with_retry(lambda: context.bot.send_message(
            chat_id, plain, reply_markup=markup, link_preview_options=NO_PREVIEW), "sendMessage")


def _strip_tags(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


async def relay(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """One turn: ``text`` to Rasa as this person's conversation, the reply back to the chat."""
    bridge = bridge_of(context)
    user = update.effective_user
    assert user is not None and bridge.rasa is not None
    chat_id = user.id  # the sender's own private chat (the gate refused any other)
    sender = bridge.sender(user.id)
    try:
        async with typing(context.bot, chat_id):
            messages = await bridge.rasa.send(sender, text)
    except RasaUnavailable:
        await say(update, context, texts.RASA_DOWN)
        return
    sent = await send_rendered(bridge, context, chat_id, user.id, render(messages))
    if bridge.deleter is not None:
        assert context.user_data is not None  # PTB keeps user_data for every update with a user
        was_in_dialogue = context.user_data.get(IN_DIALOGUE, False)
        state = await bridge.rasa.active_loop(sender)
        in_dialogue = state is UNKNOWN or state is not None
        context.user_data[IN_DIALOGUE] = in_dialogue
        if was_in_dialogue or in_dialogue:
            own = [update.message.message_id] if update.message is not None else []
            bridge.deleter.schedule(chat_id, [*own, *sent])


def _too_long(bridge: Bridge, text: str) -> str | None:
    if len(text) > bridge.settings.max_chars:
        return texts.TOO_LONG.format(length=len(text), limit=bridge.settings.max_chars)
    return None


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.message.text if update.message else None
    if not text:
        return
    refusal = _too_long(bridge_of(context), text)
    if refusal:
        await say(update, context, refusal)
        return
    await relay(update, context, mask_text(text))


def _command_relay(words: str):
    async def handler(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await relay(update, context, words)

    return handler


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if context.args:
        await say(update, context, texts.ALREADY_ENROLLED)
        return
    await relay(update, context, "hei")


async def on_search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    words = " ".join(context.args or []).strip()
    if not words:
        await say(update, context, texts.SEARCH_USAGE)
        return
    refusal = _too_long(bridge_of(context), words)
    if refusal:
        await say(update, context, refusal)
        return
    await relay(update, context, "søk " + mask_text(words))


async def on_end(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/slutt: Rasa forgets the conversation, old buttons die, scheduled deletions happen now."""
    bridge = bridge_of(context)
    user = update.effective_user
    assert user is not None and bridge.rasa is not None
    with contextlib.suppress(RasaUnavailable):
        await bridge.rasa.send(bridge.sender(user.id), RESTART)
    bridge.buttons.clear(user.id)
    assert context.user_data is not None  # PTB keeps user_data for every update with a user
    context.user_data.pop(IN_DIALOGUE, None)
    if bridge.deleter is not None:
        if update.message is not None:
            bridge.deleter.schedule(user.id, [update.message.message_id])
        await bridge.deleter.flush(user.id)
    await say(update, context, texts.ENDED)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    bridge = bridge_of(context)
    assert query is not None and update.effective_user is not None
    found = bridge.buttons.get(update.effective_user.id, query.data or "")
    if found is None:
        with contextlib.suppress(TelegramError):
            await with_retry(lambda: query.answer(texts.BUTTON_EXPIRED, show_alert=True), "answerCallbackQuery")
        return
    title, payload = found
    with contextlib.suppress(TelegramError):
        await with_retry(lambda: query.answer(f"Valgt: {title}"[:200]), "answerCallbackQuery")
    # A message older than 48 hours comes as an InaccessibleMessage, without its buttons.
    markup = query.message.reply_markup if isinstance(query.message, Message) else None
    remaining = _without_group(markup, payload,
                               bridge, update.effective_user.id)
    with contextlib.suppress(TelegramError):
        await with_retry(lambda: query.edit_message_reply_markup(reply_markup=remaining), "editMessageReplyMarkup")
    await relay(update, context, payload)


def button_group(payload: str) -> str:
    """Buttons that answer the same thing: same intent (``/inform…``, ``/feedback…``), or plain text."""
    match = re.match(r"/\w+", payload)
    return match.group(0) if match else ""


def _without_group(markup: InlineKeyboardMarkup | None, pressed: str, bridge: Bridge,
                   user_id: int) -> InlineKeyboardMarkup | None:
    """The keyboard minus the group the pressed button belongs to: a question answered (or a vote
    cast) cannot be answered again from an old message, while other buttons there – 👍/👎 under
    an answer whose «se også» was pressed – still work."""
    if markup is None:
        return None
    group = button_group(pressed)
    rows = []
    for row in markup.inline_keyboard:
        kept = []
        for button in row:
            found = bridge.buttons.get(user_id, str(button.callback_data))
            if found is not None and button_group(found[1]) != group:
                kept.append(button)
        if kept:
            rows.append(kept)
    return InlineKeyboardMarkup(rows) if rows else None


async def _leader(update: Update, context: ContextTypes.DEFAULT_TYPE, permission: str) -> access.StaffIdentity | None:
    """The member, when ``bot.access`` allows ``permission`` right now; otherwise the refusal is
    said here and None returned. Decided afresh (not from the gate's note): a role check that
    cannot be made refuses."""
    decision = await asyncio.to_thread(check, update, permission)
    if decision.allowed:
        return decision.staff
    await say(update, context, {access.FAILED: texts.ACCESS_UNAVAILABLE,
                                access.FORBIDDEN: texts.ONLY_LEADERS}.get(decision.outcome, texts.REFUSAL))
    return None


async def _send_case_data(bridge: Bridge, context: ContextTypes.DEFAULT_TYPE, chat_id: int, html_text: str) -> None:
    """Case data in chat: protected from forwarding and saving, and deleted on the dialogue
    messages' schedule (``TELEGRAM_DELETE_AFTER_HOURS``) like everything else about a case."""
    message = await with_retry(lambda: context.bot.send_message(
        chat_id, html_text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, protect_content=True),
        "sendMessage")
    if bridge.deleter is not None:
        bridge.deleter.schedule(chat_id, [message.message_id])


async def on_cases(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    staff = await _leader(update, context, access.VIEW_CASES)
    chat_id = reply_chat_id(update)
    if staff is None or chat_id is None:
        return
    listed = await asyncio.to_thread(cases.list_cases, staff.code)
    bridge = bridge_of(context)
    _schedule_command(bridge, update, chat_id)
    await _send_case_data(bridge, context, chat_id, html.escape(listed, quote=False))


async def on_export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    staff = await _leader(update, context, access.EXPORT_CASE)
    chat_id = reply_chat_id(update)  # the leader's own chat, never the chat an update names
    if staff is None or chat_id is None:
        return
    if not context.args:
        await say(update, context, texts.EXPORT_USAGE)
        return
    ref = context.args[0]
    exported = await asyncio.to_thread(cases.export_case, ref, staff.code)
    if exported is None:
        await say(update, context, texts.NO_SUCH_CASE.format(ref=ref.upper()[:16]))
        return
    bridge = bridge_of(context)
    _schedule_command(bridge, update, chat_id)
    for piece in split_text(exported, limit=4000):  # <pre></pre> and escaping fit in the rest
        await _send_case_data(bridge, context, chat_id, f"<pre>{html.escape(piece, quote=False)}</pre>")


def _schedule_command(bridge: Bridge, update: Update, chat_id: int) -> None:
    """The «/eksport K-…» typed by the leader names a case: it goes with the export."""
    if bridge.deleter is not None and update.message is not None:
        bridge.deleter.schedule(chat_id, [update.message.message_id])


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await say(update, context, texts.UNKNOWN_COMMAND)


async def on_not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await say(update, context, texts.NOT_TEXT)


async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await say(update, context, texts.EDITED)


def add_handlers(application: Application) -> None:
    """Group 0: the first handler that matches an update handles it."""
    new_messages = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler("start", on_start, filters=new_messages))
    for command, words in COMMAND_TEXT.items():
        application.add_handler(CommandHandler(command, _command_relay(words), filters=new_messages))
    application.add_handler(CommandHandler("sok", on_search, filters=new_messages))
    application.add_handler(CommandHandler("slutt", on_end, filters=new_messages))
    application.add_handler(CommandHandler("saker", on_cases, filters=new_messages))
    application.add_handler(CommandHandler("eksport", on_export, filters=new_messages))
    application.add_handler(MessageHandler(filters.COMMAND & new_messages, on_unknown_command))
    application.add_handler(MessageHandler(filters.TEXT & new_messages, on_text))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, on_edited))
    application.add_handler(MessageHandler(new_messages, on_not_text))
