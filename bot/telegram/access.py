"""The gate: nothing reaches a handler unless the account is an enrolled, active staff member.

Registered in handler group -1, so it runs before every other handler and ends the update with
``ApplicationHandlerStop`` for anyone else. A stranger gets one fixed sentence (``texts.REFUSAL``)
whatever they send – a question, a command, a wrong code – and nothing else; a group gets one
sentence and the bot leaves. ``/start CODE`` with a valid invite is the one way in.

It fails closed: who someone is comes from ``bot.access.decide``, which answers FAILED when the
look-up cannot be made (database locked or down, pool timeout, anything); the gate then says so
in one sentence and stops the update, exactly as for a stranger. Nothing from an earlier update is
trusted: the gate keeps no note of who someone was, and the handlers decide again for anything a role
restricts. Replies go to the sender's own private
chat, never to the chat id an update names when it differs (a forged update).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import access
from bot.access import StaffIdentity
from bot.storage import db, invites, staff_store
from bot.telegram import texts
from bot.telegram.bridge import bridge_of
from bot.telegram.delivery import with_retry

log = logging.getLogger(__name__)

# The enrolled member behind this update (kept under the old name for the handlers' type hints).
Staff = StaffIdentity


def reply_chat_id(update: Update) -> int | None:
    """Where a reply may go: the sender's own private chat (its id is the user id), nothing else."""
    user = update.effective_user
    return None if user is None else user.id


def check(update: Update, permission: str) -> access.Decision:
    """``bot.access.decide`` for the sender of this update (never raises; FAILED on any error)."""
    user = update.effective_user
    if user is None:
        return access.Decision(access.UNKNOWN)
    return access.decide(permission, telegram_user_id=user.id)


def _redeem(code: str, telegram_user_id: int) -> Staff | None:
    try:
        with db.session_scope() as session:
            member = invites.redeem_invite(session, code, telegram_user_id)
            return Staff(member.display_code, member.role) if member else None
    except staff_store.AlreadyEnrolled:
        return None


def start_argument(update: Update) -> str | None:
    """The code in «/start CODE» (also «/start@Bot CODE», as a deep link sends it)."""
    message = update.message
    if message is None or not message.text:
        return None
    parts = message.text.strip().split(maxsplit=1)
    if len(parts) == 2 and parts[0].split("@", 1)[0].lower() == "/start":
        return parts[1].strip()
    return None


async def say(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """One plain sentence to the sender's own chat; a failure to deliver it is logged, never raised."""
    chat_id = reply_chat_id(update)
    if chat_id is None:
        return
    try:
        await with_retry(lambda: context.bot.send_message(chat_id, html.escape(text, quote=False),
                                                          parse_mode=ParseMode.HTML), "sendMessage")
    except TelegramError as exc:
        log.warning("could not send a reply (%s)", type(exc).__name__)


async def _refuse(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer(text)
    elif update.message is not None:
        await say(update, context, text)
    # anything else (a block, an edit, a member update) gets no answer at all


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    bridge = bridge_of(context)
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or user.is_bot:
        raise ApplicationHandlerStop
    if chat.type == ChatType.PRIVATE and chat.id != user.id:
        # A private chat's id is the user's id; anything else is forged or not ours to answer. A
        # button pressed on someone else's message gets the refusal as its popup, which only the
        # presser sees; nothing is ever sent to the chat the update names.
        log.warning("update refused: a private chat that is not the sender's")
        if update.callback_query is not None:
            with contextlib.suppress(TelegramError):
                await update.callback_query.answer(texts.REFUSAL)
        raise ApplicationHandlerStop
    verdict = bridge.limiter.hit(user.id)
    if chat.type != ChatType.PRIVATE:
        if verdict.allowed:
            await _refuse_group(update, context)
        raise ApplicationHandlerStop
    # In the event loop, not a worker thread: an indexed look-up takes ~1 ms, less than the hop
    # to a thread and back costs on a busy machine (measured with bench/telegram.py).
    decision = access.decide(access.USE, telegram_user_id=user.id)
    if decision.outcome == access.FAILED:
        if verdict.allowed:
            await _refuse(update, context, texts.ACCESS_UNAVAILABLE)
        raise ApplicationHandlerStop
    staff = decision.staff if decision.allowed else None
    if not verdict.allowed:
        if verdict.warn and staff is not None:
            await _refuse(update, context, texts.RATE_LIMITED.format(limit=bridge.settings.rate_limit))
        elif update.callback_query is not None:
            with contextlib.suppress(TelegramError):
                await update.callback_query.answer()
        raise ApplicationHandlerStop
    if staff is not None:
        return  # on to the handlers in group 0 (which decide again for anything a role restricts)
    code = start_argument(update)
    if code:
        try:
            enrolled = await asyncio.to_thread(_redeem, code, user.id)
        except Exception as exc:  # noqa: BLE001 - a failed enrolment is a refusal, never a way in
            log.error("enrolment failed (%s)", type(exc).__name__)
            await _refuse(update, context, texts.ACCESS_UNAVAILABLE)
            raise ApplicationHandlerStop from None
        if enrolled is not None:
            log.info("staff member %s enrolled", enrolled.code)
            await say(update, context, texts.welcome(enrolled.role, enrolled.code))
            raise ApplicationHandlerStop
    await _refuse(update, context, texts.REFUSAL)
    raise ApplicationHandlerStop


async def _refuse_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One sentence in the group (the only reply that ever goes to a chat other than the sender's),
    then leave it."""
    chat = update.effective_chat
    assert chat is not None
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer(texts.GROUP_REFUSAL)
    elif update.message is not None:
        with contextlib.suppress(TelegramError):
            await with_retry(lambda: context.bot.send_message(chat.id, texts.GROUP_REFUSAL),
                             "sendMessage")
    with contextlib.suppress(TelegramError):
        await context.bot.leave_chat(chat.id)
