from bot.guide.search import ANSWER, CLARIFY, NONE

TOLK = "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/slik-bestiller-du-tolk"


def test_interpreter_question_is_answered_from_tolk_section(search):
    result = search.search("hvordan bestiller jeg tolk?")
    assert result.decision == ANSWER
    assert result.best.entry.id == TOLK


def test_typo_still_finds_tolk(search):
    hits, _ = search.rank("hvordan bestiler jeg tolk")
    assert hits[0].entry.id == TOLK


def test_offtopic_is_declined(search):
    for q in ["hva blir været i morgen?", "oppskrift på lasagne", "hvem vant fotballkampen i går"]:
        assert search.search(q).decision == NONE, q


def test_duplicate_titles_lead_to_clarify_not_a_guess(search):
    result = search.search("når bør jeg anbefale behandling?")
    assert result.decision in {CLARIFY, ANSWER}
    ids = [h.entry.id for h in result.hits]
    assert any(i.endswith("nar-bor-du-anbefale-behandling") for i in ids)


def test_ranking_is_sorted_and_at_most_three_sources(search):
    result = search.search("besøksforbud")
    assert len(result.hits) <= 3
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)


def test_find_word_lists_only_matching_entries(search):
    hits = search.find_word("besøksforbud")
    assert hits and all("besøksforbud" in (h.entry.body + " ".join(h.entry.questions)).lower() or
                        "besøksforbud" in h.entry.title.lower() for h in hits)
    assert search.find_word("xyzzyqq") == []
