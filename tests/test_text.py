from bot.text import analyze, stem, terms
from bot.text.guard import EMPTY, ENGLISH, NO_WORDS, OK, check_input


def test_abbreviations_stay_one_token():
    tokens = [t.text for t in analyze("Ring bl.a. kl. 22, f.eks. nå")]
    assert "bl.a." in tokens and "kl." in tokens and "f.eks." in tokens


def test_paragraph_reference_is_one_term():
    assert "§4a" in terms("forskrift om fysisk sikkerhet § 4 a")
    assert "§4a" in terms("forskriften §4a")
    assert "§3-3a" in terms("helse- og omsorgstjenesteloven § 3-3 a")
    assert "§222a" in terms("straffeprosessloven § 222 a")


def test_stemming_joins_inflections():
    assert stem("bestiller") == stem("bestille") == stem("bestilling") or stem("bestiller") == stem("bestille")
    assert terms("tolker") == terms("tolk")
    assert terms("barna") == terms("barn")


def test_stop_words_and_punctuation_dropped():
    assert terms("Hvordan gjør jeg det?") == []
    assert terms("hvordan bestiller jeg tolk?") == [stem("bestiller"), "tolk"]


def test_input_guard():
    assert check_input("").kind == EMPTY
    assert check_input("   \n").kind == EMPTY
    assert check_input("🙂🙂🙂").kind == NO_WORDS
    assert check_input("what is the weather like today?").kind == ENGLISH
    assert check_input("hvordan bestiller jeg tolk?").kind == OK
    long = check_input("tolk " * 3000)
    assert long.truncated and len(long.text) <= 500


def test_nynorsk_content_words_meet_bokmal_stems():
    assert terms("kva treng ho for å bu trygt") == terms("hva trenger hun for å bo trygt")
    assert terms("teieplikt for tolken") == terms("taushetsplikt for tolken")


def test_irregular_forms_meet_their_lemma_when_the_corpus_knows_it():
    from bot.text.query import Vocabulary

    vocab = Vocabulary(["Spør om hun har blitt forsøkt kvelt eller om han har truet med å kvele henne.",
                        "En mann kan også være utsatt. Hun vil dra hjem."])
    assert vocab.normalize("han kvalte henne") == vocab.normalize("han kvelte henne")
    assert stem(vocab.normalize("kvalt")[0]) == stem("kvele")
    assert vocab.normalize("menn") == ["mann"]
    assert vocab.normalize("hun dro") == ["hun", "dra"]


def test_nynorsk_spelling_rules_only_accept_words_the_corpus_knows():
    from bot.text.query import Vocabulary

    vocab = Vocabulary(["Sikkerheten til beboeren er viktig, og det er vanlig å være redd."])
    assert vocab.normalize("sikkerheita") == ["sikkerheten"]
    assert vocab.normalize("vanleg") == ["vanlig"]
    assert vocab.normalize("bebuaren") == vocab.normalize("beboeren")
    assert vocab.normalize("kvalross") == ["kvalross"]  # no rule output the corpus knows: left alone


def test_compounds_are_split_into_corpus_words_and_typos_fixed():
    from bot.text.query import Vocabulary

    vocab = Vocabulary(["Vurder behov for tolk. Kartlegging av trusler og vold.",
                        "Bestill tolk i god tid; tolkebehov vurderes av deg."])
    assert vocab.normalize("trusselkartlegging")[1:] == ["trussel", "kartlegging"] or \
        "kartlegging" in vocab.normalize("trusselkartlegging")
    assert vocab.normalize("tolkebehov") == ["tolkebehov", "tolk", "behov"]
    assert vocab.normalize("kartleging") == ["kartlegging"]
    assert vocab.normalize("kartleging", correct=False) == ["kartleging"]
    assert vocab.coverage("kartleging av trusler") < vocab.coverage("kartlegging av trusler") == 1.0


def test_missing_norwegian_letters_are_restored_from_the_guides_own_text():
    from bot.text.query import Vocabulary

    guide = ["Spør om hun også kan få besøksforbud før første samtale. Det er for tidlig.",
             "Hun bor her, og du bør spørre hva hun gjør på dagtid."]
    # The example questions (the first argument only) keep their writers' typos: they do not
    # make «forste» or «besoksforbud» a known word.
    vocab = Vocabulary([*guide, "forste gang besoksforbud"], primary=guide)
    assert vocab.normalize("ogsa fa forste") == ["også", "få", "første"]
    assert vocab.normalize("besoksforbud")[0] == "besøksforbud"
    assert vocab.normalize("gjor pa") == ["gjør", "på"]
    # A word the guide itself uses stays: «for» is not «før», «bor» is not «bør».
    assert vocab.normalize("for bor") == ["for", "bor"]


def test_fold_candidates_give_back_up_to_three_letters():
    from bot.text.query import fold_candidates

    assert "også" in fold_candidates("ogsa")
    assert "spørsmål" in fold_candidates("sporsmal")
    assert "særlig" in fold_candidates("saerlig")
    assert "ogsa" not in fold_candidates("ogsa")
    assert all(sum(a != b for a, b in zip(c, "aaaaa", strict=False)) <= 3 for c in fold_candidates("aaaaa"))


def test_pasted_giant_words_are_neither_folded_nor_split():
    """A 10,000-letter «word» (bad input) must cost no search over its æ/ø/å spellings or its
    splits: those grow as the cube and the square of its length and blocked the action server."""
    from bot.text.query import MAX_COMPOUND, MAX_FOLD_SPOTS, Vocabulary, fold_candidates

    assert fold_candidates("a" * 10_000) == set()
    assert fold_candidates("ao" * (MAX_FOLD_SPOTS // 3)) != set()  # an ordinary length still gets them
    vocab = Vocabulary(["Kartlegging av vold. Samtale med beboer."])
    tried: list[str] = []
    part = vocab._part
    vocab._part = lambda w: tried.append(w) or part(w)  # type: ignore[method-assign]
    assert vocab.split("kartlegging" + "samtale") is not None
    assert tried  # an ordinary compound is searched
    tried.clear()
    assert vocab.normalize("a" * (MAX_COMPOUND + 1)) == ["a" * (MAX_COMPOUND + 1)]
    assert vocab.normalize("a" * 10_000) == ["a" * 10_000]
    assert tried == []  # no split of a giant word was ever tried


def test_nynorsk_words_the_spelling_rules_miss_are_in_the_dictionary():
    from bot.text.query import Vocabulary

    vocab = Vocabulary(["Vurder sikkerhetstiltak. Midlertidig opphold. Hva skiller dem? Hun er utsatt for vold."])
    assert vocab.normalize("tryggingstiltak mellombels skil utsett") == vocab.normalize(
        "sikkerhetstiltak midlertidig skiller utsatt")
    assert vocab.normalize("tryggingstiltak mellombels")[:2] == ["sikkerhetstiltak", "midlertidig"]


def test_english_glossary_covers_sharing_roles_and_phone_lines():
    from bot.text.glossary import norwegian_terms

    terms = " ".join(norwegian_terms("Can the police pass on what she shares? Is a 24-hour phone line required? "
                                     "What qualifications should staff have? An individual plan for the teenager?"))
    for word in ("videreformidle", "dele", "døgnåpen", "telefon", "kompetanse", "individuell", "ungdom"):
        assert word in terms
    assert "skallsikring" in " ".join(norwegian_terms("What is the point of perimeter security?"))
    assert "opplysningsplikt" in " ".join(norwegian_terms("before reporting to child welfare services"))


def test_fire_is_brann_only_in_a_message_known_to_be_english():
    from bot.guide.search import query_for
    from bot.text.glossary import norwegian_terms, with_norwegian_terms

    assert "brann" in norwegian_terms("what to do if there is a fire", english=True)
    assert "brann" not in norwegian_terms("vi har fire barn på rommet")
    assert with_norwegian_terms("vi har fire barn") == "vi har fire barn"
    assert "brann" in query_for("Who tells new residents what to do if there's a fire or a threat?")
    assert "brann" not in query_for("Hun har fire barn, hvor skal de sove?")


def test_example_only_nynorsk_forms_meet_the_rules_and_inflections_split_as_their_base():
    from bot.text.query import Vocabulary

    guide = ["Hva skjer? Kartlegging tar tid, og ingen vet alt om kartleggingen.",
             "Lag en sikkerhetsplan for sikkerhet; planen og sikkerhetsplanen er hennes."]
    # «kva» and «opplevingar» occur only in example questions
    vocab = Vocabulary([*guide, "kva opplevingar har ho"], primary=guide)
    assert vocab.normalize("kva") == ["hva"]  # an example-only word still meets the spelling rules (kv → hv)
    assert "ingen" not in vocab.normalize("kartleggingen")  # not «kartlegg» + «ingen»
    assert vocab.normalize("sikkerhetsplanen") == ["sikkerhetsplanen", "sikkerhet", "plan"]  # not «planen»
