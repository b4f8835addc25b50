"""English ways of ending a heavy conversation reach «Bruk tid til å avslutte samtalen» (a tired-staff trial:
«How should I wrap up an emotionally intense session?» met only «samtale» in the glossary and was asked back).
The phrasings are written for this test, apart from the guide's example questions and the dev sets."""

import pytest

from bot.guide.search import ANSWER, query_for
from bot.text.glossary import norwegian_terms

END = "under-oppholdet-botilbudet/bearbeidende-samtaler/bruk-tid-til-a-avslutte-samtalen"


@pytest.mark.parametrize("text", [
    "How should I wrap up an emotionally intense session?",
    "how do I round off a heavy conversation with a resident?",
    "what is the best way to finish a difficult session so she is calm afterwards?",
    "wrapping up a tough talk before the end of my shift",
    "How do I close a conversation when she is still upset?",
])
def test_ending_a_heavy_conversation_in_english_is_answered(search, text):
    result = search.search(query_for(text))
    assert result.decision == ANSWER
    assert result.best.entry.id == END


def test_phrasal_verbs_of_ending_have_norwegian_terms():
    for text in ("wrap up", "wrapped up", "round off", "close the session"):
        assert any("avslutte" in t for t in norwegian_terms(text, english=True)), text
    assert not any("avslutte" in t for t in norwegian_terms("a close friend", english=True))  # not «end»
