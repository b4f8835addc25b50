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


def test_english_question_is_answered_from_the_norwegian_guide():
    from bot.guide.respond import ENGLISH_NOTE, respond

    reply = respond("How do I book an interpreter for a resident tonight?")
    assert reply.text.startswith(ENGLISH_NOTE)
    assert reply.custom["sources"][0]["id"].endswith("/slik-bestiller-du-tolk")


def test_english_off_topic_is_declined_in_norwegian():
    from bot.guide.respond import respond

    reply = respond("what is the capital of France?")
    assert reply.custom == {"sources": [], "clarify": False}
    assert "finner ikke" in reply.text


def test_glossary_adds_norwegian_terms_longest_phrase_first():
    from bot.text.glossary import norwegian_terms

    assert norwegian_terms("Is there a restraining order or a contact ban?") == ["besøksforbud", "kontaktforbud"]
    assert norwegian_terms("the child welfare people called") == ["barnevern barneverntjenesten"]
    assert norwegian_terms("ingen engelske ord her") == []


def test_decision_declines_by_match_quality_not_length(search):
    """A long off-topic message is declined, a short in-guide one answered."""
    long_off = ("jeg lurer på om noen vet hvordan man får printeren på personalrommet til å skrive ut i farger, "
                "den har stått på svart-hvitt hele uka og ingen på vakt skjønner hvorfor")
    assert search.search(long_off).decision == NONE
    assert search.search("besøksforbud").decision in (ANSWER, CLARIFY)
