"""Issue 14, English staff questions (helper english12). The phrasings are written for these tests,
apart from the guide's example questions, the example files and the bench sets.

- An English question with a Norwegian word in it, or a look-up with a word the glossary lacks, is
  still read as English (``search._mostly_english``), so it gets the Norwegian terms; a Norwegian
  question with an English loan word is not.
- A glossary phrase matches in the plural and the possessive too («restraining orders»).
"""

import pytest

from bot.guide.search import query_for


@pytest.mark.parametrize(("text", "term"), [
    ("contact ban versus besøksforbud, which one lasts longer?", "kontaktforbud"),
    ("tolk bound by confidentiality even at night?", "taushetsplikt"),
    ("regular conversations for adult residents", "samtaler"),
])
def test_mostly_english_question_gets_norwegian_terms(text, term):
    assert term in query_for(text), query_for(text)


@pytest.mark.parametrize("text", [
    "plan for oppholdet", "kommer han hit i kveld?", "hvordan lager vi en safety plan for henne?",
    "utflytting plan og individuell plan", "kan hun ta med kjæledyr til krisesenteret?",
])
def test_norwegian_question_stays_as_it_is(text):
    assert query_for(text) == text


@pytest.mark.parametrize(("text", "term"), [
    ("who enforces restraining orders?", "besøksforbud"),
    ("do contact bans cover text messages?", "kontaktforbud"),
    ("are residence permits affected when she leaves him?", "oppholdstillatelse"),
])
def test_a_phrase_in_the_plural_reaches_its_norwegian_term(text, term):
    """The last word of a glossary phrase may take -s, -es or 's («restraining orders»)."""
    from bot.text.glossary import norwegian_terms

    assert term in norwegian_terms(text, english=True)
