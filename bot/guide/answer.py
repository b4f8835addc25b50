"""Build the replies that use the guide (CONTRACTS.md §2) as plain message dicts.

Kept free of Rasa so the same replies serve the action server, the tests and the benchmark;
``actions/`` only hands these dicts to the dispatcher. It does not import the search (and with it
scikit-learn) at import time: the web workspace formats dates and sources with it in a process that
never searches, and must stay small.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.guide.corpus import Entry
from bot.guide.scoring import ANSWER, CLARIFY, NONE

if TYPE_CHECKING:
    from bot.guide.search import Hit, SearchResult

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember")
MAX_ANSWER_LINES = 7
NOT_FOUND_TEXT = (
    "Jeg finner ikke dette i veilederen, så jeg gir ikke noe svar på det. "
    "Prøv å si det med andre ord, skriv «meny» for å bla i veilederen, eller «søk <ord>»."
)


@dataclass
class Reply:
    """One bot message: text, optional buttons, optional custom JSON."""

    text: str | None = None
    buttons: list[dict[str, str]] = field(default_factory=list)
    custom: dict | None = None
    kind: str | None = None  # ANSWER, CLARIFY, NONE or ACUTE: what the reply is, for the answer log

    def as_dict(self) -> dict:
        out: dict = {}
        if self.text is not None:
            out["text"] = self.text
        if self.buttons:
            out["buttons"] = self.buttons
        if self.custom is not None:
            out["custom"] = self.custom
        return out


def norwegian_date(iso: str | None) -> str:
    if not iso:
        return "ukjent"
    try:
        year, month, day = (int(p) for p in iso[:10].split("-"))
        return f"{day}. {MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return iso


def source_dict(entry: Entry, score: float | None) -> dict:
    return {
        "id": entry.id,
        "title": entry.title,
        "section": entry.section_title,
        "url": entry.url,
        "last_updated": entry.last_updated,
        "score": None if score is None else round(float(score), 3),
    }


def choose_payload(entry_id: str) -> str:
    return "/choose_entry" + json.dumps({"entry_id": entry_id}, ensure_ascii=False)


def entry_button(entry: Entry, duplicates: set[str] | None = None) -> dict[str, str]:
    title = entry.title
    if duplicates and entry.title in duplicates:
        title = f"{entry.title} ({entry.section_title})"
    return {"title": title, "payload": choose_payload(entry.id)}


def short_answer(entry: Entry) -> str:
    """The first lines of the entry: a few bullets, enough for the phone at night.

    A line saying what part of the guide is missing here («Ikke med her: …») is always shown, even
    when the text is cut: staff must see that the answer is incomplete.
    """
    lines = [ln.rstrip() for ln in entry.body.splitlines() if ln.strip()]
    shown = lines[:MAX_ANSWER_LINES]
    text = "\n".join(shown)
    if len(lines) > MAX_ANSWER_LINES:
        text += "\n(Mer på lenken under.)"
    missing = [ln for ln in entry.missing_lines if ln not in shown]
    if missing:
        text += "\n" + "\n".join(missing)
    return text


def source_line(entry: Entry) -> str:
    return (
        f"Kilde: {entry.breadcrumb}\n"
        f"Sist faglig oppdatert: {norwegian_date(entry.last_updated)}\n"
        f"{entry.url}"
    )


def _duplicate_titles(hits: list[Hit]) -> set[str]:
    seen: set[str] = set()
    dupes: set[str] = set()
    for h in hits:
        (dupes if h.entry.title in seen else seen).add(h.entry.title)
    return dupes


def entry_reply(entry: Entry, runners_up: list[Hit] | None = None, score: float | None = None) -> Reply:
    """Answer from one entry, with its source line and buttons for up to two runners-up."""
    from bot.guide.search import Hit

    runners_up = (runners_up or [])[:2]
    hits = [Hit(entry, score or 0.0), *runners_up]
    dupes = _duplicate_titles(hits)
    text = f"{entry.title}\n{short_answer(entry)}\n\n{source_line(entry)}"
    if runners_up:
        text += "\n\nSe også:"
    return Reply(
        text=text,
        buttons=[entry_button(h.entry, dupes) for h in runners_up],
        custom={"sources": [source_dict(entry, score)] + [source_dict(h.entry, h.score) for h in runners_up],
                "clarify": False},
        kind=ANSWER,
    )


def clarify_reply(hits: list[Hit]) -> Reply:
    dupes = _duplicate_titles(hits)
    return Reply(
        text="Jeg er ikke sikker på hva du mener. Hvilket av disse punktene i veilederen gjelder det?",
        buttons=[entry_button(h.entry, dupes) for h in hits],
        custom={"sources": [source_dict(h.entry, h.score) for h in hits], "clarify": True},
        kind=CLARIFY,
    )


def not_found_reply(text: str = NOT_FOUND_TEXT, kind: str | None = NONE) -> Reply:
    """«The guide has no answer» (``sources: []``). ``kind=None`` for replies that are not a verdict
    on a question (empty input, an error), so they stay out of the answer log."""
    return Reply(text=text, custom={"sources": [], "clarify": False}, kind=kind)


def result_reply(result: SearchResult) -> Reply:
    if result.decision == ANSWER and result.best:
        return entry_reply(result.best.entry, result.hits[1:], result.best.score)
    if result.decision == CLARIFY and result.hits:
        return clarify_reply(result.hits)
    return not_found_reply()
