"""Issue 14, English and nynorsk questions (helper lang16). The phrasings are written for these tests,
apart from the guide's example questions, the example files and the bench sets.

English: the guide's title words («viktig», «nødvendig», «lag», «gi», «bruk», «utfordringer», «ulike»,
«umiddelbart») are reached from the English staff use for them; a word whose glossary key is plural only is
found in the singular («problem» → «problems»), an adverb by its adjective («privately» → «private»).
Nynorsk: an inflected form of a dictionary word («løyvet», «bustadane») gets the dictionary's bokmål word;
«sjølv-» compounds are read as «selv-»; a compound's nynorsk part is read in bokmål even when an example
question has it («spedborn» → sped + barn); the spelling rules prefer the guide's own form to a nynorsk form
only the example questions have.
"""

import pytest

from bot.text.glossary import knows_english, norwegian_terms
from bot.text.normalize import stem


@pytest.mark.parametrize(("text", "term"), [
    ("how important is it to map every child?", "viktig"),
    ("when is it necessary to bring in the police?", "nødvendig"),
    ("how do we make a safety plan with her?", "lage"),
    ("should we give her practical care the first night?", "gi"),
    ("should we always use a professional interpreter?", "bruk"),
    ("what challenges can a child have after moving out?", "utfordringer"),
    ("what different types of talks do we have with children?", "ulike"),
    ("should we start the housing search immediately?", "umiddelbart"),
    ("how to make her aware that the danger is not over", "bevisstgjør"),
    ("the child feels lonely in the new flat", "ensom"),
    ("take breaks in the middle of a heavy talk", "underveis"),
    ("what does the main content of the plan look like?", "hovedinnhold"),
])
def test_the_guides_title_words_are_reached_from_english(text, term):
    assert any(term in t.split() for t in norwegian_terms(text, english=True)), norwegian_terms(text, english=True)


@pytest.mark.parametrize(("word", "term"), [
    ("problem", "problemer"),  # the key is «problems»
    ("difficulty", "vansker"),  # the key is «difficulties»
    ("privately", "privat"),  # -ly: «private»
    ("systematically", "systematisk"),  # -ally: «systematic»
])
def test_singular_of_a_plural_key_and_adverbs_reach_the_glossary(word, term):
    assert any(term in t.split() for t in norwegian_terms(f"a {word} here", english=True))


def test_norwegian_words_of_the_new_entries_stay_out_of_norwegian_questions():
    """«type», «extra», brand names and «time» (an hour) are Norwegian too: only an English message reads them."""
    for word in ("type", "extra", "snapchat", "time", "start", "problem"):
        assert not knows_english(word)
        assert norwegian_terms(f"hvilken {word} her", english=False) == []


def _vocabulary(extra_examples: list[str] | None = None):
    from bot.text.query import Vocabulary

    guide = ["Hun har oppholdstillatelse og trenger en tillatelse. Finn en bolig og en ny bolig.",
             "Kartlegging av spedbarn og små barn. Selvstendige brukere får skriftlige råd fra innbyggere.",
             "Barnet trenger hjelp til selvhjelp. En nabo kan hjelpe."]
    return Vocabulary([*guide, *(extra_examples or [])], primary=guide)


def test_inflected_forms_of_nynorsk_dictionary_words_get_the_bokmal_word():
    vocab = _vocabulary()
    assert vocab.normalize("løyvet")[0] == "tillatelse"
    assert vocab.normalize("bustadane")[0] == "bolig"


def test_sjolv_compounds_read_as_selv():
    vocab = _vocabulary()
    assert vocab.normalize("sjølvstendige")[0] == "selvstendige"


def test_a_compounds_nynorsk_part_is_read_in_bokmal_even_when_an_example_has_it():
    vocab = _vocabulary(["kva treng born på senteret"])  # an example question in nynorsk
    assert "barna" in vocab.normalize("naboborna")


def test_spelling_rules_prefer_the_guides_own_form():
    vocab = _vocabulary(["ho fekk skriftleg svar"])  # «skriftleg» only in an example
    assert vocab.normalize("skriftlege")[0] == "skriftlige"
    assert stem(vocab.normalize("innbyggjarar")[0]) == stem("innbyggere")
