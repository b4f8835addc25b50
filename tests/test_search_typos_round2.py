"""Issue 14, questions typed on a phone (helper typo10). The phrasings are written for these tests, apart
from the guide's example questions, the example files and the bench sets.

The example questions keep their writers' typos, so a slip several writers share («regelmesige»,
«forbrede», «samtallen») is a word the corpus «knows». It was corrected only when the right word was
eight times as common, and then kept beside the correction, so it pulled the question to whichever
subsection's example had the same slip. Now: four times as common suffices when the right word is in
the guide's own text, and only the guide's word is searched for (``Vocabulary._examples_typo``).
"""

from bot.text.normalize import stem
from bot.text.query import Vocabulary


def _vocabulary() -> Vocabulary:
    guide = ["vi har regelmessige samtaler med beboeren"] * 14 + ["forbered samtalen godt"] * 10
    examples = ["regelmesige samtaler med mor", "regelmesige samtaler hver uke", "hvor ofte regelmesige møter"]
    return Vocabulary(guide + examples, guide)


def test_a_slip_several_example_questions_share_becomes_the_guide_word():
    v = _vocabulary()
    # 14 against 3: under eight times as common, over four; the guide's text has the right word
    assert v.normalize_word("regelmesige") == ("regelmessige",)
    assert v.normalize_word("regelmesige", correct=False) == ("regelmesige",)  # training rows stay as written


def test_a_word_of_the_guide_is_never_corrected_into_another():
    v = _vocabulary()
    assert v.normalize_word("samtaler") == ("samtaler",)
    assert v.normalize_word("regelmessige") == ("regelmessige",)


def test_phone_typed_words_reach_the_guides_words(search):
    cases = {
        "regelmesige samtaler voksne beboere": ("regelmessige", "regelmesige"),
        "skrive i jornal etter forste telefonsamtale": ("journal", "jornal"),
        "forbrede meg til en tung samtale": ("forberede", "forbrede"),
        "etter samtallen med faren": ("samtalen", "samtallen"),
        "sporsmaal om besoksforbud": ("besøksforbud", "besoksforbud"),
    }
    for text, (right, typed) in cases.items():
        stems = search.stem_text(text)
        assert stem(right) in stems, (text, stems)
        assert stem(typed) not in stems or stem(typed) == stem(right), (text, stems)


def test_phone_typed_questions_find_their_subsection(search):
    cases = {
        "regelmesige samtaler med voksne beboere hvor ofte":
            "under-oppholdet-botilbudet/regelmessige-samtaler/regelmessige-samtaler",
        "skrive i jornal etter forste telefonsamtale": "forste-henvendelse/lag-et-kort-journalnotat",
        "forbrede meg til en tung samtale med voksen beboer":
            "under-oppholdet-botilbudet/bearbeidende-samtaler/planlegg-samtalen",
        "hvordan bestille telefontolk pa natta":
            "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/slik-bestiller-du-tolk",
        "kartlegge aeresrelatert vold sporsmaal":
            "under-oppholdet-botilbudet/gjennomfor-systematisk-kartlegging/kartlegging-av-aeresrelatert-vold",
        "skallsikring dorer og kamera": "rammer-og-forutsetninger/fysisk-sikkerhet/skallsikring-minstestandard",
    }
    for text, gold in cases.items():
        hits, _ = search.rank(text, k=1)
        assert hits[0].entry.id == gold, (text, hits[0].entry.id)
