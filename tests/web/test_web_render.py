"""Rasa replies → the chat page's view (pure functions): source links, buttons, the 112 banner."""

from __future__ import annotations

import json
from datetime import datetime, time, timezone

import pytest

from bot.acute import ACUTE_TEXT
from bot.web import render
from bot.web.settings import SettingsError, parse_shifts
from bot.web.timefmt import parse_local_date, parse_local_datetime, shift_start

TOLK = "https://bufdir.no/vold/Krisesenterveileder/Under_oppholdet/Samtaler/tolk/"
OTHER = "https://bufdir.no/vold/Krisesenterveileder/forste_henvendelse/"


def source(entry_id: str, url: str, date: str | None = "2018-06-07") -> dict:
    return {"id": entry_id, "title": f"Tittel {entry_id}", "section": "Seksjon", "url": url, "last_updated": date,
            "score": 0.9}


def tokens() -> tuple[list[tuple[str, str]], render.Register]:
    seen: list[tuple[str, str]] = []

    def register(title: str, payload: str) -> str:
        seen.append((title, payload))
        return f"t{len(seen)}"

    return seen, register


def answer_reply() -> list[dict]:
    text = (f"Slik bestiller du tolk\n- Ring tolketjenesten.\n\nKilde: Veilederen › Tolk\n"
            f"Sist faglig oppdatert: 7. juni 2018\n{TOLK}\n\nSe også:")
    return [
        {"text": text, "buttons": [
            {"title": "Inviter til en samtale", "payload": "/choose_entry" + json.dumps({"entry_id": "b"})},
            {"title": "👍 Nyttig", "payload": '/feedback{"answer_ref": "ab12", "vote": "up"}'},
            {"title": "👎 Ikke nyttig", "payload": '/feedback{"answer_ref": "ab12", "vote": "down"}'}]},
        {"custom": {"sources": [source("a", TOLK), source("b", OTHER, "2019-03-20")], "clarify": False}},
    ]


def test_a_guide_answer_links_its_source_in_the_text_and_beside_se_ogsa() -> None:
    seen, register = tokens()
    (view,) = render.render_reply(answer_reply(), register)
    links = [seg for line in view.lines for seg in line if seg.href]
    assert [seg.href for seg in links] == [TOLK]
    assert view.headline and not view.acute and not view.clarify
    (entry,) = view.answer_buttons
    assert entry.kind == render.ENTRY and entry.source.url == OTHER and entry.source.date == "20. mars 2019"
    assert [b.kind for b in view.feedback_buttons] == [render.FEEDBACK, render.FEEDBACK]
    assert view.sources == []  # every source is already a link
    assert [t for t, _ in seen] == ["Inviter til en samtale", "👍 Nyttig", "👎 Ikke nyttig"]


def test_a_source_not_named_in_the_text_gets_its_own_link_with_the_date() -> None:
    _, register = tokens()
    (view,) = render.render_reply([{"text": "Et svar uten lenke.", "custom": {"sources": [source("a", TOLK)]}}],
                                  register)
    assert [(s.url, s.date) for s in view.sources] == [(TOLK, "7. juni 2018")]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "http://bufdir.no/x", 'https://x.no/"onmouseover=1', None, 7])
def test_only_https_sources_become_links(url) -> None:
    _, register = tokens()
    (view,) = render.render_reply([{"text": f"Se {url}", "custom": {"sources": [{"id": "a", "url": url}]}}], register)
    assert view.sources == [] and not any(seg.href for line in view.lines for seg in line)


def test_a_url_in_the_text_that_is_not_a_source_stays_text() -> None:
    _, register = tokens()
    (view,) = render.render_reply([{"text": "Les https://lovdata.no/lov/2009-06-19-44 og " + TOLK,
                                    "custom": {"sources": [source("a", TOLK)]}}], register)
    assert [seg.href for seg in view.lines[0] if seg.href] == [TOLK]
    assert "https://lovdata.no/lov/2009-06-19-44" in view.lines[0][0].text


def test_the_112_reply_is_a_banner() -> None:
    _, register = tokens()
    views = render.render_reply([{"text": ACUTE_TEXT + f"\nKilde: Politiet\n{TOLK}",
                                  "custom": {"sources": [source("p", TOLK)], "clarify": False}},
                                 {"text": "Hvordan kom kontakten?", "buttons": [
                                     {"title": "Telefon", "payload": '/inform{"value": "telefon"}'}]}], register)
    assert views[0].acute and views[0].headline and not views[1].acute
    assert views[1].buttons[0].kind == render.ANSWER


def test_clarify_and_buttons_only_messages() -> None:
    _, register = tokens()
    views = render.render_reply([{"text": "Hvilket punkt?", "buttons": [
        {"title": "A", "payload": '/choose_entry{"entry_id": "a"}'}, {"title": "", "payload": "/meny"},
        {"title": "tom", "payload": ""}, "ikke en knapp"]},
        {"custom": {"sources": [source("a", TOLK)], "clarify": True}}], register)
    (view,) = views
    assert view.clarify and not view.headline
    assert [(b.title, b.kind) for b in view.buttons] == [("A", render.ENTRY), ("/meny", render.OTHER)]


@pytest.mark.parametrize("messages", [[], [{}], [{"text": None}], [{"custom": "x"}], [{"buttons": "x", "text": 3}]])
def test_odd_replies_render_to_nothing_or_plain_text(messages) -> None:
    _, register = tokens()
    assert render.render_reply(messages, register) == []


def test_typed_markup_in_a_reply_stays_text() -> None:
    _, register = tokens()
    (view,) = render.render_reply([{"text": "Du skrev: <img src=x onerror=alert(1)>"}], register)
    assert view.lines == [[render.Segment("Du skrev: <img src=x onerror=alert(1)>")]]


# --- shifts and local time ----------------------------------------------------------------------

SHIFTS = (time(7), time(15), time(23))


@pytest.mark.parametrize(("now_utc", "start_utc"), [
    (datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc), datetime(2026, 12, 4, 6, 0, tzinfo=timezone.utc)),
    (datetime(2026, 12, 4, 22, 30, tzinfo=timezone.utc), datetime(2026, 12, 4, 22, 0, tzinfo=timezone.utc)),
    (datetime(2026, 12, 5, 3, 0, tzinfo=timezone.utc), datetime(2026, 12, 4, 22, 0, tzinfo=timezone.utc)),  # night
    (datetime(2026, 7, 1, 5, 30, tzinfo=timezone.utc), datetime(2026, 7, 1, 5, 0, tzinfo=timezone.utc)),  # summer
])
def test_shift_start_in_oslo_time(now_utc: datetime, start_utc: datetime) -> None:
    assert shift_start(now_utc, SHIFTS, "Europe/Oslo") == start_utc


def test_local_inputs_are_read_in_local_time() -> None:
    assert parse_local_datetime("2026-12-04T23:00", "Europe/Oslo") == datetime(2026, 12, 4, 22, 0, tzinfo=timezone.utc)
    assert parse_local_date("2026-07-01", "Europe/Oslo") == datetime(2026, 6, 30, 22, 0, tzinfo=timezone.utc)
    assert parse_local_datetime("i går", "Europe/Oslo") is None and parse_local_date("", "Europe/Oslo") is None


def test_shift_settings() -> None:
    assert parse_shifts("23:00, 07:00,15:30") == (time(7), time(15, 30), time(23))
    with pytest.raises(SettingsError):
        parse_shifts("natt")
