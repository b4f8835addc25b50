"""The guide's reply to one free-text staff message: the single entry point for every caller.

The guide action, a dialogue that meets a guide question mid-form, the benchmark and the tests all
call ``respond`` so a question gets the same answer wherever it is asked.
"""

from __future__ import annotations

from bot.acute import acute_reply, looks_acute
from bot.guide.answer import Reply, not_found_reply, result_reply
from bot.guide.search import default_search
from bot.text.guard import OK, REPLIES, check_input

OUT_OF_SCOPE_INTENTS = frozenset({"out_of_scope"})


def respond(text: str, intent: str | None = None) -> Reply:
    """Answer, ask back or say plainly that the guide has no answer (CONTRACTS.md §2, §5)."""
    checked = check_input(text)
    if checked.kind != OK:
        return not_found_reply(REPLIES[checked.kind])
    search = default_search()
    if looks_acute(checked.text):
        return acute_reply(search.corpus)
    result = search.search(checked.text, out_of_scope_intent=intent in OUT_OF_SCOPE_INTENTS)
    return result_reply(result)
