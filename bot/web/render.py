"""Rasa's REST replies → what the chat page shows: text lines, source links, buttons, the 112 banner.

Pure functions over plain data. Nothing here builds HTML: text is split into segments (plain text,
or a link to one of the reply's own guide sources), and the template escapes every one of them, so
a reply – or a staff member's message echoed in it – can never become markup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.acute import ACUTE_TEXT
from bot.guide.answer import norwegian_date

ACUTE_MARK = ACUTE_TEXT.split("\n", 1)[0]  # the 112 reply's first line (CONTRACTS.md §5)
ANSWER, ENTRY, FEEDBACK, OTHER = "answer", "entry", "feedback", "other"
_PAYLOAD_KINDS = (("/inform", ANSWER), ("/choose_entry", ENTRY), ("/feedback", FEEDBACK))

Register = Callable[[str, str], str]  # (title, payload) → the token the button's form posts


@dataclass(frozen=True)
class Segment:
    text: str
    href: str | None = None


@dataclass(frozen=True)
class SourceLink:
    title: str
    section: str
    url: str
    date: str  # «12. mars 2024», or «ukjent»


@dataclass
class ButtonView:
    token: str
    title: str
    kind: str
    source: SourceLink | None = None  # «se også» and clarify buttons: the entry's page


@dataclass
class MessageView:
    lines: list[list[Segment]]
    buttons: list[ButtonView] = field(default_factory=list)
    sources: list[SourceLink] = field(default_factory=list)  # sources not already linked in the text
    acute: bool = False
    clarify: bool = False
    headline: bool = False  # a guide answer's first line is the subsection's title; the 112 reply's, the call

    @property
    def answer_buttons(self) -> list[ButtonView]:
        return [b for b in self.buttons if b.kind != FEEDBACK]

    @property
    def feedback_buttons(self) -> list[ButtonView]:
        return [b for b in self.buttons if b.kind == FEEDBACK]


def is_guide_url(url: object) -> bool:
    """Only the guide's own pages become links (https; the corpus cites bufdir.no)."""
    return isinstance(url, str) and url.startswith("https://") and len(url) < 500 and not any(c in url for c in " \"'<>")


def _source(raw: Any) -> SourceLink | None:
    if not isinstance(raw, dict) or not is_guide_url(raw.get("url")):
        return None
    return SourceLink(str(raw.get("title") or raw["url"]), str(raw.get("section") or ""), raw["url"],
                      norwegian_date(raw.get("last_updated") if isinstance(raw.get("last_updated"), str) else None))


def button_kind(payload: str) -> str:
    return next((kind for prefix, kind in _PAYLOAD_KINDS if payload.startswith(prefix)), OTHER)


def _entry_id(payload: str) -> str | None:
    if not payload.startswith("/choose_entry"):
        return None
    try:
        value = json.loads(payload[len("/choose_entry"):]).get("entry_id")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def segments(line: str, urls: set[str]) -> list[Segment]:
    """The line as text, with each of ``urls`` (whole URLs only, longest first) as a link."""
    if not urls or "https://" not in line:
        return [Segment(line)]
    pattern = re.compile("(" + "|".join(re.escape(u) for u in sorted(urls, key=len, reverse=True)) + r")(?![\w/\-])")
    out: list[Segment] = []
    position = 0
    for match in pattern.finditer(line):
        if match.start() > position:
            out.append(Segment(line[position:match.start()]))
        out.append(Segment(match.group(0), match.group(0)))
        position = match.end()
    if position < len(line):
        out.append(Segment(line[position:]))
    return out


def render_reply(messages: list[dict[str, Any]], register: Register) -> list[MessageView]:
    """Every message of one turn's reply, in order. The §2 ``custom`` JSON may travel in a message of
    its own: its sources then belong to the text before it."""
    raw_sources = [s for m in messages if isinstance(m.get("custom"), dict)
                   for s in (m["custom"].get("sources") or []) if isinstance(s, dict)]
    links = [link for link in (_source(s) for s in raw_sources) if link is not None]
    urls = {link.url for link in links}
    by_entry = {str(s.get("id")): link for s, link in zip(raw_sources, (_source(s) for s in raw_sources), strict=True)
                if link is not None}
    views: list[MessageView] = []
    shown: set[str] = set()
    owner_of_custom: MessageView | None = None
    for message in messages:
        raw_text = message.get("text")
        text = raw_text if isinstance(raw_text, str) else ""
        buttons = [b for b in message.get("buttons") or [] if isinstance(b, dict) and isinstance(b.get("payload"), str)
                   and b["payload"]]
        if text or buttons:
            acute = text.startswith(ACUTE_MARK)
            view = MessageView([segments(line, urls) for line in text.split("\n")] if text else [],
                               acute=acute, headline=acute)
            for button in buttons:
                title, payload = str(button.get("title") or button["payload"]), button["payload"]
                source = by_entry.get(_entry_id(payload) or "")
                view.buttons.append(ButtonView(register(title, payload), title, button_kind(payload), source))
                if source is not None:
                    shown.add(source.url)
            shown.update(u for u in urls if u in text)
            views.append(view)
        if isinstance(message.get("custom"), dict):
            owner_of_custom = views[-1] if views else None
            if owner_of_custom is not None:
                custom = message["custom"]
                owner_of_custom.clarify = owner_of_custom.clarify or custom.get("clarify") is True
                owner_of_custom.headline = owner_of_custom.acute or (
                    bool(custom.get("sources")) and custom.get("clarify") is False)
    target = owner_of_custom or (views[-1] if views else None)
    if target is not None:
        seen: set[str] = set()
        for link in links:
            if link.url not in shown and link.url not in seen:
                target.sources.append(link)
                seen.add(link.url)
    return views
