"""Rasa's REST replies → Telegram messages: HTML-escaped text, source links, split under the limit.

Pure functions (no PTB objects), so they are tested on their own. Buttons are returned as
(title, payload) pairs; ``buttons.ButtonStore`` turns payloads into short callback data.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from bot.telegram.texts import EMPTY_REPLY

# sendMessage's limit: 4,096 characters after entity parsing, counted in UTF-16 code units.
TELEGRAM_LIMIT = 4096
BUTTONS_ONLY_TEXT = "Velg:"


@dataclass
class Rendered:
    html: str
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (title, payload)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Pieces of at most ``limit`` UTF-16 units, cut at paragraphs, then lines, then words."""
    if utf16_len(text) <= limit:
        return [text]
    for separator in ("\n\n", "\n", " "):
        parts = text.split(separator)
        if len(parts) > 1:
            return _pack(parts, separator, limit)
    return _hard_split(text, limit)


def _pack(parts: list[str], separator: str, limit: int) -> list[str]:
    chunks: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current}{separator}{part}" if current else part
        if utf16_len(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        if utf16_len(part) <= limit:
            current = part
        else:
            pieces = split_text(part, limit)
            chunks.extend(pieces[:-1])
            current = pieces[-1]
    if current:
        chunks.append(current)
    return chunks


def _hard_split(text: str, limit: int) -> list[str]:
    chunks: list[str] = []
    current = ""
    size = 0
    for char in text:  # never cuts a surrogate pair: Python iterates code points
        width = utf16_len(char)
        if size + width > limit:
            chunks.append(current)
            current, size = "", 0
        current += char
        size += width
    if current:
        chunks.append(current)
    return chunks


def to_html(text: str, links: set[str]) -> str:
    """Escape for parse_mode=HTML; the guide's source URLs become links, «Kilde:» bold."""
    escaped = html.escape(text, quote=False)
    if links:
        by_shown = {html.escape(url, quote=False): url for url in links}
        # One pass, longest first, whole URLs only: a link is never nested in another.
        alternatives = "|".join(re.escape(s) for s in sorted(by_shown, key=len, reverse=True))
        pattern = re.compile(f"(?:{alternatives})" + r"(?![\w/\-])")
        escaped = pattern.sub(
            lambda m: f'<a href="{html.escape(by_shown[m.group(0)], quote=True)}">{m.group(0)}</a>', escaped)
    lines = [f"<b>Kilde:</b>{line[len('Kilde:'):]}" if line.startswith("Kilde:") else line
             for line in escaped.split("\n")]
    return "\n".join(lines)


def source_links(messages: list[dict]) -> set[str]:
    links: set[str] = set()
    for message in messages:
        custom = message.get("custom")
        if isinstance(custom, dict):
            for source in custom.get("sources") or []:
                url = source.get("url") if isinstance(source, dict) else None
                if isinstance(url, str) and url.startswith(("https://", "http://")):
                    links.add(url)
    return links


def render(messages: list[dict]) -> list[Rendered]:
    """Every Telegram message to send for one Rasa reply, in order; buttons on each message's last piece."""
    links = source_links(messages)
    out: list[Rendered] = []
    for message in messages:
        text = message.get("text")
        buttons = [(str(b.get("title", "")), str(b.get("payload", ""))) for b in message.get("buttons") or []
                   if isinstance(b, dict) and b.get("payload")]
        if not text and not buttons:
            continue  # the §2 JSON travels as its own message: nothing to show
        pieces = split_text(text) if text else [BUTTONS_ONLY_TEXT]
        out.extend(Rendered(to_html(piece, links)) for piece in pieces)
        out[-1].buttons = buttons
    if not out:
        out.append(Rendered(html.escape(EMPTY_REPLY, quote=False)))
    return out
