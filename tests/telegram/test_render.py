"""Rendering Rasa's replies for Telegram: escaping, source links, buttons, splitting under 4,096."""

from __future__ import annotations

import pytest

from bot.telegram.render import TELEGRAM_LIMIT, render, split_text, to_html, utf16_len
from bot.telegram.texts import EMPTY_REPLY
from bot.testing.botapi_standin import _ApiError, _check_html

URL = "https://bufdir.no/vold/Krisesenterveileder/Under_oppholdet/Samtaler/tolk/"
ANSWER = [
    {"text": f"Slik bestiller du tolk\n- Ring <tolketjenesten> & spør\n\nKilde: Veilederen › Tolk\n{URL}",
     "buttons": [{"title": "Bruk profesjonell tolk", "payload": '/choose_entry{"entry_id": "a/b/c"}'}]},
    {"custom": {"sources": [{"id": "a/b/c", "url": URL}], "clarify": False}},
]


def test_guide_answer_is_escaped_linked_and_keeps_its_buttons() -> None:
    (message,) = render(ANSWER)
    assert "Ring &lt;tolketjenesten&gt; &amp; spør" in message.html
    assert f'<a href="{URL}">{URL}</a>' in message.html
    assert "<b>Kilde:</b> Veilederen › Tolk" in message.html
    assert message.buttons == [("Bruk profesjonell tolk", '/choose_entry{"entry_id": "a/b/c"}')]
    _check_html(message.html)  # what Telegram's parser accepts


def test_only_source_urls_become_links_and_never_nested() -> None:
    longer = URL + "mer/"
    html = to_html(f"{URL}\n{longer}\n{URL}x", {URL, longer})
    assert html.count("<a ") == 2 and f'<a href="{longer}">' in html
    assert f"{URL}x" in html  # not a whole URL: left as text
    _check_html(html)


@pytest.mark.parametrize("hostile", ["<b>fet</b>", "<script>alert(1)</script>", "a & b", "</pre>", "<a href='x'>",
                                     "&amp; already", "1 < 2 > 0", "\u202e reversed"])
def test_hostile_text_is_escaped(hostile: str) -> None:
    (message,) = render([{"text": hostile}])
    _check_html(message.html)
    assert "<b>" not in message.html.replace("<b>Kilde:</b>", "")


def test_html_check_itself_rejects_bad_markup() -> None:
    for bad in ("<script>", "a < b", "<b>open", "x & y"):
        with pytest.raises(_ApiError):
            _check_html(bad)


def test_json_only_messages_are_not_shown_and_empty_reply_says_so() -> None:
    assert render([{"custom": {"sources": [], "clarify": False}}])[0].html == EMPTY_REPLY
    assert render([])[0].html == EMPTY_REPLY


def test_buttons_without_text_get_a_prompt() -> None:
    (message,) = render([{"buttons": [{"title": "Ja", "payload": "/affirm"}]}])
    assert message.html == "Velg:" and message.buttons == [("Ja", "/affirm")]


@pytest.mark.parametrize("text", [
    "kort",
    "\n\n".join(["avsnitt " + "x" * 900] * 12),        # paragraphs
    "\n".join(["linje " + "y" * 300] * 40),             # lines
    " ".join(["ord"] * 3000),                            # words
    "z" * 10_000,                                        # one endless word
    "🙂" * 3000,                                          # 2 UTF-16 units each
    "æøå " * 2000,
])
def test_split_respects_the_limit_and_loses_nothing(text: str) -> None:
    pieces = split_text(text)
    assert all(utf16_len(p) <= TELEGRAM_LIMIT for p in pieces)
    assert "".join(pieces).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")
    if utf16_len(text) <= TELEGRAM_LIMIT:
        assert pieces == [text]


def test_long_reply_puts_buttons_on_the_last_piece() -> None:
    text = "\n\n".join(f"Avsnitt {i}: " + "tekst " * 150 for i in range(12))
    pieces = render([{"text": text, "buttons": [{"title": "Mer", "payload": "/more"}]}])
    assert len(pieces) > 1
    assert [bool(p.buttons) for p in pieces] == [False] * (len(pieces) - 1) + [True]
    for piece in pieces:
        _check_html(piece.html)
        assert utf16_len(piece.html) <= TELEGRAM_LIMIT
