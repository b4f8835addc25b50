"""The bridge's small parts on their own: settings, sender ids, rate limit, buttons, the gate's parsing
(PTB objects built offline with ``de_json``; no network)."""

from __future__ import annotations

import os
import stat
from datetime import timedelta

import pytest
from telegram import Bot, Update

from bot.telegram.access import Staff, start_argument
from bot.telegram.buttons import ButtonStore
from bot.telegram.handlers import COMMAND_TEXT, add_handlers
from bot.telegram.identity import SENDER_PREFIX, SenderKeyMissing, create_key, load_key, sender_id
from bot.telegram.ratelimit import RateLimiter
from bot.telegram.settings import DEFAULT_API_URL, Settings, SettingsError
from bot.telegram.texts import COMMANDS


def test_settings_from_environment() -> None:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": "1:abc", "TELEGRAM_API_URL": "http://127.0.0.1:8081/",
                                  "RASA_PORT": "6000", "KRISE_DATA_DIR": "/tmp/x"})
    assert settings.base_url == "http://127.0.0.1:8081/bot"
    assert settings.base_file_url == "http://127.0.0.1:8081/file/bot"
    assert settings.rasa_url == "http://127.0.0.1:6000"
    assert settings.delete_after is None and settings.rate_limit == 20
    default = Settings.from_env({"TELEGRAM_BOT_TOKEN": "1:abc"})
    assert default.api_root == DEFAULT_API_URL and default.base_url == "https://api.telegram.org/bot"
    also = Settings.from_env({"TELEGRAM_BOT_TOKEN": "1:abc", "TELEGRAM_API_URL": "http://h:1/bot"})
    assert also.base_url == "http://h:1/bot"  # PTB's form accepted too
    hours = Settings.from_env({"TELEGRAM_BOT_TOKEN": "1:abc", "TELEGRAM_DELETE_AFTER_HOURS": "6"})
    assert hours.delete_after == timedelta(hours=6)


@pytest.mark.parametrize("env,fragment", [
    ({}, "TELEGRAM_BOT_TOKEN"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_API_URL": "ftp://x"}, "http"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_DELETE_AFTER_HOURS": "48"}, "47"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_DELETE_AFTER_HOURS": "snart"}, "tall"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_RATE_LIMIT": "0"}, "minst 1"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_WEBHOOK_URL": "http://x"}, "https"),
])
def test_bad_settings_get_a_norwegian_message(env: dict, fragment: str) -> None:
    with pytest.raises(SettingsError, match=fragment):
        Settings.from_env(env)


WEBHOOK = {"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_WEBHOOK_URL": "https://krise.example.no/hook"}


@pytest.mark.parametrize("secret", [None, "", "kort", "a" * 31, "a" * 40 + " mellomrom", "æ" * 40, "a" * 257],
                         ids=["missing", "empty", "short", "31-chars", "space", "non-ascii", "too-long"])
def test_webhook_mode_refuses_to_start_without_a_long_secret(secret) -> None:
    """Without the secret anyone who finds the URL can post updates as any user (issue 15)."""
    env = dict(WEBHOOK) if secret is None else {**WEBHOOK, "TELEGRAM_WEBHOOK_SECRET": secret}
    with pytest.raises(SettingsError, match="TELEGRAM_WEBHOOK_SECRET"):
        Settings.from_env(env)


def test_webhook_mode_with_a_long_secret() -> None:
    secret = "Ab3_-" * 8
    settings = Settings.from_env({**WEBHOOK, "TELEGRAM_WEBHOOK_SECRET": secret})
    assert settings.webhook_secret == secret
    assert Settings.from_env({"TELEGRAM_BOT_TOKEN": "1:a"}).webhook_secret is None  # polling needs none


def test_sender_id_is_a_keyed_hash_and_the_key_file_is_private(tmp_path) -> None:
    key_file = tmp_path / "data" / "telegram_sender.key"
    with pytest.raises(SenderKeyMissing, match="botctl db upgrade"):
        load_key(key_file)  # the bridge never makes the key: set-up does
    assert not key_file.exists()
    assert create_key(key_file) and not create_key(key_file)
    key = load_key(key_file)
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert load_key(key_file) == key  # stable across restarts
    first = sender_id(key, 123456789)
    assert first.startswith(SENDER_PREFIX) and "123456789" not in first
    assert first == sender_id(key, 123456789) and first != sender_id(key, 123456780)
    assert sender_id(b"another key" * 4, 123456789) != first
    os.chmod(key_file, 0o644)
    load_key(key_file)
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert load_key(tmp_path / "unused", "k" * 40) == b"k" * 40
    with pytest.raises(ValueError):
        load_key(tmp_path / "unused", "short")


def test_rate_limit_sliding_window() -> None:
    now = [0.0]
    limiter = RateLimiter(limit=3, window=60, clock=lambda: now[0])
    assert [limiter.hit(1).allowed for _ in range(3)] == [True, True, True]
    refused = [limiter.hit(1) for _ in range(3)]
    assert [v.allowed for v in refused] == [False] * 3 and [v.warn for v in refused] == [True, False, False]
    assert limiter.hit(2).allowed  # per person
    now[0] = 60.5
    assert limiter.hit(1).allowed  # the window slid
    assert [limiter.hit(1).allowed for _ in range(2)] == [True, True]
    second = limiter.hit(1)
    assert not second.allowed and second.warn  # told again in a new window


def test_button_tokens_are_short_per_user_and_bounded() -> None:
    store = ButtonStore(per_user=3)
    payload = '/choose_entry{"entry_id": "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/slik-bestiller-du-tolk"}'
    token = store.put(1, "Slik bestiller du tolk", payload)
    assert len(token.encode()) <= 64  # Telegram's callback_data limit
    assert store.get(1, token) == ("Slik bestiller du tolk", payload)
    assert store.get(2, token) is None  # another account cannot use it
    for i in range(3):
        store.put(1, f"t{i}", f"p{i}")
    assert store.get(1, token) is None  # oldest dropped
    store.clear(1)
    assert store.get(1, "anything") is None


def _update(data: dict) -> Update:
    return Update.de_json(data, Bot("1:offline"))


def _message(text: str) -> dict:
    return {"update_id": 1, "message": {"message_id": 1, "date": 0, "text": text,
                                        "chat": {"id": 5, "type": "private"},
                                        "from": {"id": 5, "is_bot": False, "first_name": "A"},
                                        "entities": [{"type": "bot_command", "offset": 0,
                                                      "length": len(text.split()[0])}]}}


@pytest.mark.parametrize("text,code", [
    ("/start ABCD-EFGH-JKMN", "ABCD-EFGH-JKMN"),
    ("/start@krise_bot ABCD-EFGH-JKMN", "ABCD-EFGH-JKMN"),
    ("/start   abcd efgh jkmn ", "abcd efgh jkmn"),
    ("/start", None),
    ("/hjelp ABCD", None),
    ("/starter ABCD", None),
])
def test_start_argument(text: str, code: str | None) -> None:
    assert start_argument(_update(_message(text))) == code


def test_roles() -> None:
    assert Staff("S-1", "leder").is_leader and not Staff("S-2", "ansatt").is_leader


def test_every_menu_command_has_a_handler() -> None:
    from telegram.ext import ApplicationBuilder, CommandHandler

    app = ApplicationBuilder().token("1:offline").build()
    add_handlers(app)
    handled = {c for h in app.handlers[0] if isinstance(h, CommandHandler) for c in h.commands}
    assert {name for name, _ in COMMANDS} == handled
    assert COMMAND_TEXT["ny"] == "ny henvendelse" and COMMAND_TEXT["kartlegg"] == "start kartlegging"
    for name, description in COMMANDS:  # Bot API rules for BotCommand
        assert name.islower() and name.replace("_", "").isalnum() and len(name) <= 32
        assert 1 <= len(description) <= 256


def test_a_press_removes_only_the_pressed_group() -> None:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    from bot.telegram.bridge import Bridge
    from bot.telegram.handlers import _without_group, button_group

    bridge = Bridge(Settings.from_env({"TELEGRAM_BOT_TOKEN": "1:a"}), key=b"k" * 32)
    payloads = {"Se også A": '/choose_entry{"entry_id": "a"}', "Se også B": '/choose_entry{"entry_id": "b"}',
                "👍": '/feedback{"answer_ref": "r", "vote": "up"}', "👎": '/feedback{"answer_ref": "r", "vote": "down"}'}
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=bridge.buttons.put(7, t, p))]
                                   for t, p in payloads.items()])
    after_entry = _without_group(markup, payloads["Se også A"], bridge, 7)
    assert [row[0].text for row in after_entry.inline_keyboard] == ["👍", "👎"]
    assert _without_group(after_entry, payloads["👎"], bridge, 7) is None
    assert _without_group(None, "x", bridge, 7) is None
    assert button_group('/inform{"answer": "ja"}') == "/inform" and button_group("endre antall barn") == ""
