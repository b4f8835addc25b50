"""The gate: nothing reaches a handler unless the account is an enrolled, active staff member.

Registered in handler group -1, so it runs before every other handler and ends the update with
``ApplicationHandlerStop`` for anyone else. A stranger gets one fixed sentence (``texts.REFUSAL``)
whatever they send – a question, a command, a wrong code – and nothing else; a group gets one
sentence and the bot leaves. ``/start CODE`` with a valid invite is the one way in.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
from dataclasses import dataclass

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.storage import db, invites, repository
from bot.telegram import texts
from bot.telegram.bridge import bridge_of
from bot.telegram.delivery import with_retry

log = logging.getLogger(__name__)
STAFF_KEY = "staff"
LEADER_ROLES = ("leder", "admin")


@dataclass(frozen=True)
class Staff:
    """The enrolled member behind this update, looked up afresh for every update (so a revoke
    takes effect on the next message)."""

    code: str
    role: str

    @property
    def is_leader(self) -> bool:
        return self.role in LEADER_ROLES


def current_staff(context: ContextTypes.DEFAULT_TYPE) -> Staff:
    return context.user_data[STAFF_KEY]


def _lookup(telegram_user_id: int) -> Staff | None:
    with db.session_scope() as session:
        member = repository.find_staff(session, telegram_user_id)
        return Staff(member.display_code, member.role) if member else None


def _redeem(code: str, telegram_user_id: int) -> Staff | None:
    try:
        with db.session_scope() as session:
            member = invites.redeem_invite(session, code, telegram_user_id)
            return Staff(member.display_code, member.role) if member else None
    except repository.AlreadyEnrolled:
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
    """One plain sentence in this chat; a failure to deliver it is logged, never raised."""
    chat = update.effective_chat
    if chat is None:
        return
    try:
        await with_retry(lambda: context.bot.send_message(chat.id, html.escape(text, quote=False),
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
    verdict = bridge.limiter.hit(user.id)
    if chat.type != ChatType.PRIVATE:
        if verdict.allowed:
            await _refuse(update, context, texts.GROUP_REFUSAL)
            with contextlib.suppress(TelegramError):
                await context.bot.leave_chat(chat.id)
        raise ApplicationHandlerStop
    # In the event loop, not a worker thread: an indexed look-up takes ~1 ms, less than the hop
    # to a thread and back costs on a busy machine (measured with bench/telegram.py).
    staff = _lookup(user.id)
    if not verdict.allowed:
        if verdict.warn and staff is not None:
            await _refuse(update, context, texts.RATE_LIMITED.format(limit=bridge.settings.rate_limit))
        elif update.callback_query is not None:
            with contextlib.suppress(TelegramError):
                await update.callback_query.answer()
        raise ApplicationHandlerStop
    if staff is not None:
        context.user_data[STAFF_KEY] = staff
        return  # on to the handlers in group 0
    context.user_data.pop(STAFF_KEY, None)
    code = start_argument(update)
    if code:
        enrolled = await asyncio.to_thread(_redeem, code, user.id)
        if enrolled is not None:
            log.info("staff member %s enrolled", enrolled.code)
            await say(update, context, texts.welcome(enrolled.role, enrolled.code))
            raise ApplicationHandlerStop
    await _refuse(update, context, texts.REFUSAL)
    raise ApplicationHandlerStop
