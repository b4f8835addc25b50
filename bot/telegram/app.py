"""Wiring: the PTB ``Application`` with the gate in group -1, the handlers in group 0, and the
bridge's resources started and stopped with it."""

from __future__ import annotations

import contextlib
import logging
import os

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, ApplicationHandlerStop, ContextTypes, TypeHandler

from bot.telegram import texts
from bot.telegram.access import gate, say
from bot.telegram.bridge import BRIDGE_KEY, Bridge, PerUserOrder
from bot.telegram.cleanup import Deleter
from bot.telegram.delivery import with_retry
from bot.telegram.handlers import add_handlers
from bot.telegram.identity import load_key
from bot.telegram.rasa import RasaClient
from bot.telegram.settings import RASA_TIMEOUT_SECONDS, SENDER_KEY_FILE, Settings

log = logging.getLogger(__name__)
GATE_GROUP = -1
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
# Bot API requests in flight at once (PTB's default is 1: every staff member's reply would queue).
BOT_API_CONNECTIONS = 8
# Long polling: Telegram holds getUpdates open this long when there is nothing to deliver.
POLL_TIMEOUT_SECONDS = 25


def build_application(settings: Settings, sender_key: bytes | None = None) -> Application:
    if sender_key is None:
        sender_key = load_key(settings.data_dir / SENDER_KEY_FILE, os.environ.get("TELEGRAM_SENDER_KEY"))
    application = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .concurrent_updates(PerUserOrder())
        .connection_pool_size(BOT_API_CONNECTIONS)
        .get_updates_read_timeout(POLL_TIMEOUT_SECONDS + 10)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    application.bot_data[BRIDGE_KEY] = Bridge(settings=settings, key=sender_key)
    application.add_handler(TypeHandler(Update, gate), group=GATE_GROUP)
    add_handlers(application)
    application.add_error_handler(_on_error)
    return application


async def _post_init(application: Application) -> None:
    bridge: Bridge = application.bot_data[BRIDGE_KEY]
    settings = bridge.settings
    bridge.rasa = RasaClient(settings.rasa_url, RASA_TIMEOUT_SECONDS)
    if settings.delete_after is not None:
        bridge.deleter = Deleter(application.bot, settings.delete_after)
        bridge.deleter.start()
    commands = [BotCommand(name, description) for name, description in texts.COMMANDS]
    try:
        await with_retry(lambda: application.bot.set_my_commands(commands), "setMyCommands")
    except TelegramError as exc:  # the menu is a convenience; the commands work without it
        log.warning("could not register the command menu (%s)", type(exc).__name__)
    log.info("Telegram-broen kjører (Rasa på %s)", settings.rasa_url)


async def _post_shutdown(application: Application) -> None:
    bridge: Bridge = application.bot_data[BRIDGE_KEY]
    if bridge.deleter is not None:
        await bridge.deleter.stop()
    if bridge.rasa is not None:
        await bridge.rasa.aclose()


async def _on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the kind of error only (messages may quote what was typed); tell the person briefly;
    and end the update. PTB goes on to the next handler group after an error unless an error
    handler raises ``ApplicationHandlerStop``: without it, an error in the gate (group -1) would
    let the update through to the handlers, i.e. fail open."""
    error = context.error
    if update is None:  # polling trouble: PTB retries with backoff by itself
        log.warning("Bot API: %s", type(error).__name__)
        return
    log.error("handler failed: %s", type(error).__name__,
              exc_info=(type(error), error, error.__traceback__) if error else None)
    if isinstance(update, Update) and update.effective_user is not None:
        with contextlib.suppress(Exception):
            await say(update, context, texts.ERROR)
    raise ApplicationHandlerStop


def run(application: Application, settings: Settings) -> None:
    """Long polling by default; a webhook when TELEGRAM_WEBHOOK_URL is set (needs PTB[webhooks])."""
    if settings.webhook_url:
        if not settings.webhook_secret:  # Settings.from_env refuses this already; never run open
            raise ValueError("webhook mode needs TELEGRAM_WEBHOOK_SECRET")
        application.run_webhook(
            listen=settings.webhook_listen, port=settings.webhook_port,
            url_path="telegram", webhook_url=settings.webhook_url.rstrip("/") + "/telegram",
            secret_token=settings.webhook_secret, allowed_updates=ALLOWED_UPDATES, bootstrap_retries=-1)
        return
    application.run_polling(timeout=POLL_TIMEOUT_SECONDS, allowed_updates=ALLOWED_UPDATES,
                            bootstrap_retries=-1)
