"""A Telegram Bot API stand-in on 127.0.0.1, and a helper that runs the real bridge against it.

The bridge cannot talk to Telegram here, so the tests (and ``make bench``) point it at this
server through ``TELEGRAM_API_URL``. It speaks the methods the bridge uses – getMe, getUpdates
(long polling), sendMessage, sendChatAction, answerCallbackQuery, editMessageText,
editMessageReplyMarkup, deleteMessage, setMyCommands, deleteWebhook, leaveChat – over real HTTP,
the way python-telegram-bot sends them (form fields, JSON-encoded values), and records every call.
Tests play the users (``user_says``, ``user_presses``) and read what the bot sent.

It can also misbehave on purpose (``fail``): HTTP 502, an HTML error page from a proxy, 429 with
retry_after as Telegram's flood control, or a dropped connection.
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from bot.config import PROJECT_ROOT

TOKEN = "123456789:STAND-IN-TOKEN"
BOT_USER = {"id": 123456789, "is_bot": True, "first_name": "Krisesenterassistenten",
            "username": "krise_standin_bot", "can_join_groups": False, "can_read_all_group_messages": False,
            "supports_inline_queries": False}
_JSON_FIELDS = {"reply_markup", "commands", "allowed_updates", "link_preview_options", "scope", "entities"}
_INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "user_id"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.perf_counter)


@dataclass
class Sent:
    """A message the bot sent, as Telegram would keep it."""

    chat_id: int
    message_id: int
    html: str
    reply_markup: dict | None
    at: float
    deleted: bool = False

    @property
    def text(self) -> str:
        """What the person sees: tags removed, entities unescaped."""
        return html.unescape(re.sub(r"<[^>]+>", "", self.html))

    @property
    def buttons(self) -> list[dict]:
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button for row in rows for button in row]


class BotApiStandIn:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.sent: list[Sent] = []
        self.callback_answers: dict[str, str | None] = {}  # callback query id -> text shown
        self.commands: list[dict] = []
        self.deleted: list[tuple[int, int]] = []
        self.incoming: dict[tuple[int, int], str] = {}  # (chat, message id) -> what the user typed
        self._updates: list[dict] = []
        self._next_update_id = 1
        self._next_message_id: dict[int, int] = {}
        self._failures: dict[str, list[str | int]] = {}
        self._cond = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._stopping = False

    # --- lifecycle -------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> BotApiStandIn:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body in one write, sent at once: otherwise Nagle's algorithm and delayed
            # ACKs add ~40 ms to every response, a cost the real Bot API does not have.
            wbufsize = 1 << 16
            disable_nagle_algorithm = True

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                standin._handle(self)

            do_GET = do_POST  # noqa: N815

            def log_message(self, *args: Any) -> None:
                return None

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                if not isinstance(sys.exc_info()[1], ConnectionError):  # a client hanging up is normal
                    super().handle_error(request, client_address)

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name="botapi-standin", daemon=True).start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> BotApiStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- playing the users -----------------------------------------------------------------------

    def _message_id(self, chat_id: int) -> int:
        with self._cond:
            next_id = self._next_message_id.get(chat_id, 1)
            self._next_message_id[chat_id] = next_id + 1
            return next_id

    def _push(self, update: dict) -> int:
        with self._cond:
            update["update_id"] = self._next_update_id
            self._next_update_id += 1
            self._updates.append(update)
            self._cond.notify_all()
            return update["update_id"]

    @staticmethod
    def _user(user_id: int) -> dict:
        return {"id": user_id, "is_bot": False, "first_name": "Ansatt", "language_code": "nb"}

    @staticmethod
    def _chat(chat_id: int, chat_type: str) -> dict:
        if chat_type == "private":
            return {"id": chat_id, "type": "private", "first_name": "Ansatt"}
        return {"id": chat_id, "type": chat_type, "title": "En gruppe"}

    def user_says(self, user_id: int, text: str, *, chat_type: str = "private", chat_id: int | None = None,
                  edited: bool = False) -> int:
        """A person sends ``text``; returns the message id. Commands get their bot_command entity."""
        chat_id = chat_id if chat_id is not None else user_id
        message_id = self._message_id(chat_id)
        message: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "text": text,
                                   "chat": self._chat(chat_id, chat_type), "from": self._user(user_id)}
        command = re.match(r"^/[A-Za-z0-9_]+(@\w+)?", text)
        if command:
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command.group(0))}]
        if edited:
            message["edit_date"] = int(time.time())
        self.incoming[(chat_id, message_id)] = text
        self._push({"edited_message" if edited else "message": message})
        return message_id

    def user_sends_photo(self, user_id: int) -> int:
        message_id = self._message_id(user_id)
        self._push({"message": {"message_id": message_id, "date": int(time.time()),
                                "chat": self._chat(user_id, "private"), "from": self._user(user_id),
                                "photo": [{"file_id": "f1", "file_unique_id": "u1", "width": 1, "height": 1}]}})
        return message_id

    def user_presses(self, user_id: int, sent: Sent, callback_data: str) -> str:
        query_id = f"cq{self._next_update_id}"
        message = {"message_id": sent.message_id, "date": int(time.time()), "text": sent.text,
                   "chat": self._chat(sent.chat_id, "private"), "from": BOT_USER}
        if sent.reply_markup:
            message["reply_markup"] = sent.reply_markup
        self._push({"callback_query": {"id": query_id, "from": self._user(user_id), "chat_instance": "ci",
                                       "data": callback_data, "message": message}})
        return query_id

    # --- reading what the bot did ----------------------------------------------------------------

    def sent_to(self, chat_id: int, since: float = 0.0) -> list[Sent]:
        with self._cond:
            return [m for m in self.sent if m.chat_id == chat_id and m.at >= since]

    def calls_for(self, chat_id: int) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.params.get("chat_id") == chat_id]

    def method_calls(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 30.0) -> Any:
        """Poll ``predicate`` until it returns something truthy; fail the test after ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = predicate()
            if result:
                return result
            time.sleep(0.02)
        raise AssertionError(f"stand-in: condition not met within {timeout} s")

    def wait_for_messages(self, chat_id: int, count: int, since: float = 0.0, timeout: float = 30.0) -> list[Sent]:
        return self.wait_for(lambda: (lambda got: got if len(got) >= count else None)(
            self.sent_to(chat_id, since)), timeout)

    def wait_quiet(self, chat_id: int, since: float, quiet: float = 1.0, timeout: float = 60.0) -> list[Sent]:
        """The messages sent to this chat after ``since``, once at least one has come and the bot has
        then said nothing more for ``quiet`` seconds (a reply can be several messages)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            calls = [c for c in self.calls_for(chat_id) if c.at >= since]
            sent = self.sent_to(chat_id, since)
            if sent and time.perf_counter() - calls[-1].at >= quiet:
                return sent
            time.sleep(0.05)
        raise AssertionError("stand-in: no reply, or the bot kept talking")

    # --- misbehaving on purpose ------------------------------------------------------------------

    def fail(self, method: str, *modes: str | int) -> None:
        """The next calls of ``method`` fail, one per mode: an HTTP status (502, 429), "proxy" (502 with
        an HTML page) or "drop" (the connection closes without a response)."""
        with self._cond:
            self._failures.setdefault(method, []).extend(modes)

    # --- the HTTP side ---------------------------------------------------------------------------

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        match = re.match(r"^/bot([^/]+)/(\w+)", request.path)
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        if match is None or match.group(1) != self.token:
            self._reply(request, 401 if match else 404, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = match.group(2)
        params = self._params(request.headers.get("Content-Type", ""), body)
        with self._cond:
            failures = self._failures.get(method)
            failure = failures.pop(0) if failures else None
        if failure == "drop":
            request.close_connection = True
            with contextlib.suppress(OSError):
                request.connection.shutdown(2)  # no response at all
            return
        if failure == 429:
            self._reply(request, 429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                                       "parameters": {"retry_after": 1}})
            return
        if failure == "proxy":  # a reverse proxy's error page in front of a self-hosted Bot API
            self._reply(request, 502, None, raw=b"<html>502 Bad Gateway</html>")
            return
        if isinstance(failure, int):
            self._reply(request, failure, {"ok": False, "error_code": failure, "description": "Bad Gateway"})
            return
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            self._reply(request, 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"})
            return
        if method != "getUpdates":
            with self._cond:
                self.calls.append(Call(method, params))
        try:
            result = handler(params)
        except _ApiError as exc:
            self._reply(request, 400, {"ok": False, "error_code": 400, "description": exc.description})
            return
        self._reply(request, 200, {"ok": True, "result": result})

    @staticmethod
    def _params(content_type: str, body: bytes) -> dict[str, Any]:
        if not body:
            return {}
        if content_type.startswith("application/json"):
            return json.loads(body)
        params: dict[str, Any] = {key: values[-1] for key, values in parse_qs(body.decode("utf-8")).items()}
        for key in _JSON_FIELDS & params.keys():
            params[key] = json.loads(params[key])
        for key in _INT_FIELDS & params.keys():
            params[key] = int(params[key])
        return params

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, payload: dict | None, raw: bytes | None = None) -> None:
        data = raw if raw is not None else json.dumps(payload).encode("utf-8")
        request.send_response(status)
        request.send_header("Content-Type", "application/json" if raw is None else "text/html")
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)

    # --- methods ---------------------------------------------------------------------------------

    def _api_getMe(self, params: dict) -> dict:  # noqa: N802
        return BOT_USER

    def _api_deleteWebhook(self, params: dict) -> bool:  # noqa: N802
        return True

    def _api_setMyCommands(self, params: dict) -> bool:  # noqa: N802
        self.commands = params.get("commands", [])
        return True

    def _api_getUpdates(self, params: dict) -> list[dict]:  # noqa: N802
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        with self._cond:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and not self._stopping and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
            return list(self._updates[: int(params.get("limit") or 100)])

    def _api_sendMessage(self, params: dict) -> dict:  # noqa: N802
        chat_id = params["chat_id"]
        text = params.get("text", "")
        if not text or len(html.unescape(re.sub(r"<[^>]+>", "", text)).encode("utf-16-le")) // 2 > 4096:
            raise _ApiError("Bad Request: message text is empty or too long")
        if params.get("parse_mode") == "HTML":
            _check_html(text)
        sent = Sent(chat_id, self._message_id(chat_id), text, params.get("reply_markup"), time.perf_counter())
        with self._cond:
            self.sent.append(sent)
        return self._message_json(sent)

    def _api_sendChatAction(self, params: dict) -> bool:  # noqa: N802
        return True

    def _api_answerCallbackQuery(self, params: dict) -> bool:  # noqa: N802
        self.callback_answers[params["callback_query_id"]] = params.get("text")
        return True

    def _find(self, params: dict) -> Sent:
        for sent in self.sent:
            if sent.chat_id == params.get("chat_id") and sent.message_id == params.get("message_id"):
                return sent
        raise _ApiError("Bad Request: message to edit not found")

    def _api_editMessageReplyMarkup(self, params: dict) -> dict:  # noqa: N802
        sent = self._find(params)
        sent.reply_markup = params.get("reply_markup")
        return self._message_json(sent)

    def _api_editMessageText(self, params: dict) -> dict:  # noqa: N802
        sent = self._find(params)
        sent.html = params["text"]
        sent.reply_markup = params.get("reply_markup")
        return self._message_json(sent)

    def _api_deleteMessage(self, params: dict) -> bool:  # noqa: N802
        key = (params["chat_id"], params["message_id"])
        if key in self.deleted:
            raise _ApiError("Bad Request: message to delete not found")
        with self._cond:
            self.deleted.append(key)
            for sent in self.sent:
                if (sent.chat_id, sent.message_id) == key:
                    sent.deleted = True
        return True

    def _api_leaveChat(self, params: dict) -> bool:  # noqa: N802
        return True

    @staticmethod
    def _message_json(sent: Sent) -> dict:
        message = {"message_id": sent.message_id, "date": int(time.time()), "from": BOT_USER,
                   "chat": {"id": sent.chat_id, "type": "private", "first_name": "Ansatt"}, "text": sent.text}
        if sent.reply_markup:
            message["reply_markup"] = sent.reply_markup
        return message


class _ApiError(Exception):
    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


_ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote"}


def _check_html(text: str) -> None:
    """Telegram's HTML parse mode: known tags only, balanced, and every & < > escaped."""
    stack: list[str] = []
    for match in re.finditer(r"<(/?)([a-z]+)([^>]*)>|<|&(?!(?:lt|gt|amp|quot|#\d+);)", text):
        if match.group(2) is None:
            raise _ApiError(f"Bad Request: can't parse entities: unescaped character at {match.start()}")
        closing, tag = match.group(1), match.group(2)
        if tag not in _ALLOWED_TAGS:
            raise _ApiError(f"Bad Request: can't parse entities: unsupported start tag \"{tag}\"")
        if closing:
            if not stack or stack.pop() != tag:
                raise _ApiError("Bad Request: can't parse entities: unmatched end tag")
        else:
            stack.append(tag)
    if stack:
        raise _ApiError("Bad Request: can't parse entities: unclosed tag")


# --- running the real bridge against the stand-in -----------------------------------------------

@contextlib.contextmanager
def running_bridge(standin: BotApiStandIn, *, rasa_url: str, database_url: str, data_dir: Path,
                   log_path: Path, **extra_env: str) -> Iterator[subprocess.Popen]:
    """``python -m bot.telegram`` as ``make telegram`` runs it, pointed at the stand-in."""
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=standin.token, TELEGRAM_API_URL=standin.url,
               RASA_PORT=rasa_url.rsplit(":", 1)[1], DATABASE_URL=database_url, KRISE_DATA_DIR=str(data_dir),
               PYTHONPATH=str(PROJECT_ROOT), **extra_env)
    before = len(standin.method_calls("setMyCommands"))
    with open(log_path, "a") as log:
        proc = subprocess.Popen([sys.executable, "-m", "bot.telegram"], cwd=PROJECT_ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        standin.wait_for(lambda: len(standin.method_calls("setMyCommands")) > before or proc.poll() is not None,
                         timeout=90)
        if proc.poll() is not None:
            raise RuntimeError(f"the bridge exited with {proc.returncode}; see {log_path}")
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
