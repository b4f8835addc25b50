"""Issue 14, English staff questions (helper english12). The phrasings are written for these tests,
apart from the guide's example questions, the example files and the bench sets.

- An English question with a Norwegian word in it, or a look-up with a word the glossary lacks, is
  still read as English (``search._mostly_english``), so it gets the Norwegian terms; a Norwegian
  question with an English loan word is not.
- A glossary phrase matches in the plural and the possessive too («restraining orders»).
- The guide's own words (its titles: «regelmessige samtaler», «kort journalnotat», «atskilte botilbud»)
  are reached from the everyday English staff use for them (``glossary._DAILY``).
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


@pytest.mark.parametrize(("text", "term"), [
    ("how often should regular talks with adults be held?", "regelmessige"),
    ("what goes in a brief note after a phone call?", "kort"),
    ("grounding exercises for emotion regulation", "regulering"),
    ("do men and women get separate accommodation?", "atskilte"),
    ("how do we get ready to talk with a six-year-old?", "forberede"),
    ("games that work for young children at the shelter", "små barn"),
    ("when does the duty to inform child welfare apply?", "opplysningsplikt"),
    ("what is the legal basis for the shelter offer?", "lovgrunnlag"),
    ("can the contact with the father be supervised?", "tilsyn"),
    ("how to back up a mother who is exhausted", "støtte"),
    ("a short, tailor-made plan for her stay", "skreddersydd"),
    ("can a resident bring her dog?", "hund"),
])
def test_everyday_english_of_the_guide_reaches_its_words(text, term):
    """The guide's title words in the English staff use for them (``glossary._DAILY``)."""
    from bot.text.glossary import norwegian_terms

    assert any(term in t for t in norwegian_terms(text, english=True)), norwegian_terms(text, english=True)


def test_bed_is_english_only():
    """«bed» is a Norwegian verb form too («eg bed om hjelp»): read as «seng» only in an English message."""
    from bot.text.glossary import norwegian_terms

    assert "seng" in norwegian_terms("is there a bed for her tonight?", english=True)
    assert norwegian_terms("eg bed om hjelp") == []
