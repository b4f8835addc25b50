import re
import shutil
from pathlib import Path

import pytest
import yaml

from bench.starts import loose
from bot.guide.check import MAX_QUESTIONS, MIN_QUESTIONS, check_corpus
from bot.guide.copycheck import copied_runs
from bot.guide.corpus import CorpusError, load_corpus
from bot.guide.toc import load_toc, slug

CORPUS = Path(__file__).resolve().parent.parent / "guidance_corpus"


def test_slug_rule():
    assert slug("Vis mot – tål det som fortelles") == "vis-mot-tal-det-som-fortelles"
    assert slug("Hvordan kan du ta vare på deg selv?") == "hvordan-kan-du-ta-vare-pa-deg-selv"
    assert slug("Foreldreveiledning/ICDP på krisesenter") == "foreldreveiledning-icdp-pa-krisesenter"


def test_full_corpus_passes_the_check():
    report = check_corpus()
    assert report.problems == []
    assert report.missing == []
    assert report.entries == report.expected == 153


def test_every_entry_has_source_date_field_and_questions(corpus):
    for e in corpus.entries:
        assert e.source_url.startswith("http"), e.id
        assert MIN_QUESTIONS <= len(e.questions) <= MAX_QUESTIONS, e.id
        assert e.coverage in {"full", "delvis", "tynn"}


def test_no_example_question_is_a_bench_question(corpus):
    """The bench's question sets are written apart from the examples the ranker learns from: an
    example equal to one of them (case, spacing and punctuation aside) would score itself. That holds
    for the entries' own examples and the extra ones under ``examples/`` (the spent held-back sets)."""
    sets = sorted((CORPUS.parent / "bench" / "sets").glob("*.yml"))
    assert any(p.name == "dev.yml" for p in sets)
    bench = {loose(item["q"]) for p in sets for key, items in yaml.safe_load(p.read_text(encoding="utf-8")).items()
             if isinstance(items, list) for item in items if isinstance(item, dict) and "q" in item}
    assert len(bench) > 2000  # dev + dev2 guide questions and the starts bench's requests and topic questions
    copied = [(e.id, q) for e in corpus.entries for q in e.examples if loose(q) in bench]
    copied += [(None, q) for q in corpus.outside_questions if loose(q) in bench]
    assert copied == []


def test_extra_examples_are_attached_with_their_origin(corpus):
    """``examples/*.yml`` (spent held-back sets) teach the ranker beside the «Spørsmål:» bullets: an
    in-guide question joins its entry's ``examples``, an off-topic one the «outside the guide» class."""
    from bot.guide.examples import load_examples

    extra = load_examples(CORPUS / "examples")
    assert {x.origin for x in extra} >= {"final", "final2"}
    assert sum(len(e.extra_questions) for e in corpus.entries) == sum(1 for x in extra if x.id)
    assert len(corpus.outside_questions) == sum(1 for x in extra if not x.id) > 0
    entry = next(e for e in corpus.entries if e.extra_questions)
    assert entry.examples == entry.questions + entry.extra_questions
    skipped = load_corpus(skip_examples={x.origin for x in extra})
    assert all(not e.extra_questions for e in skipped.entries) and skipped.outside_questions == []


def test_extra_example_with_unknown_id_fails_loudly(tmp_path):
    d = _copy_corpus(tmp_path)
    (d / "examples" / "x.yml").write_text("origin: test\nquestions:\n- q: hva nå?\n  id: finnes/ikke\n",
                                         encoding="utf-8")
    with pytest.raises(CorpusError, match="ukjent underavsnitt-id"):
        load_corpus(d)


def _copy_corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def test_unknown_subsection_fails_loudly(tmp_path):
    d = _copy_corpus(tmp_path)
    f = d / "3-nar-den-utsatte-trenger-tolk.md"
    f.write_text(f.read_text(encoding="utf-8") + "\n## Et punkt som ikke finnes\nkilde: https://x\n\n- tekst\n",
                 encoding="utf-8")
    with pytest.raises(CorpusError, match="ukjent underavsnitt"):
        load_corpus(d)


def test_duplicate_section_fails_loudly(tmp_path):
    d = _copy_corpus(tmp_path)
    shutil.copy(d / "3-nar-den-utsatte-trenger-tolk.md", d / "9-kopi.md")
    with pytest.raises(CorpusError, match="finnes også"):
        load_corpus(d)


def test_unknown_section_and_missing_front_matter_fail(tmp_path):
    d = _copy_corpus(tmp_path)
    (d / "x.md").write_text("---\nid: finnes-ikke\ntitle: X\nurl: https://x\nlast_updated: null\n---\n",
                            encoding="utf-8")
    (d / "y.md").write_text("## Uten front matter\n", encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        load_corpus(d)
    assert "ukjent seksjons-id" in str(err.value) and "front matter" in str(err.value)


def test_missing_subsection_and_few_questions_are_reported(tmp_path):
    d = _copy_corpus(tmp_path)
    f = d / "3-nar-den-utsatte-trenger-tolk.md"
    text = f.read_text(encoding="utf-8")
    head, _, _ = text.partition("## Taushetsplikt")
    f.write_text(head, encoding="utf-8")
    report = check_corpus(d, load_toc())
    assert any(m.endswith("/taushetsplikt") for m in report.missing)
    assert not report.ok


def test_copy_check_catches_twelve_word_runs(tmp_path):
    source = tmp_path / "facts.md"
    source.write_text("en to tre fire fem seks sju åtte ni ti elleve tolv tretten", encoding="utf-8")
    copied = "innledning: en to tre fire fem seks sju åtte ni ti elleve tolv og mer"
    own = "en to tre fire fem seks sju åtte ni ti elleve, så noe annet"
    hits = copied_runs([("a", copied), ("b", own)], [source])
    assert [h[0] for h in hits] == ["a"]


def test_botctl_corpus_check_passes():
    import subprocess

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([str(root / "botctl"), "corpus", "check"], cwd=root, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "153 av 153" in out.stdout


def test_checklist_with_unknown_source_is_reported(tmp_path):
    d = _copy_corpus(tmp_path)
    f = d / "checklists.yml"
    f.write_text(f.read_text(encoding="utf-8").replace("forste-henvendelse/fa-oversikt-over-situasjonen",
                                                       "forste-henvendelse/finnes-ikke", 1), encoding="utf-8")
    report = check_corpus(d, load_toc())
    assert any("ukjent kilde forste-henvendelse/finnes-ikke" in p for p in report.problems)


SHARED_GUIDE = Path(__file__).resolve().parent.parent.parent / "shared" / "guide"


def test_repository_keeps_its_own_toc():
    from bot import config

    assert config.toc_path() == (CORPUS / "toc.yml").resolve()
    assert len(load_toc().subsection_ids()) == 153


@pytest.mark.skipif(not (SHARED_GUIDE / "toc.yml").exists(), reason="shared/ is not beside this clone")
def test_toc_copy_matches_shared():
    assert (CORPUS / "toc.yml").read_text(encoding="utf-8") == (SHARED_GUIDE / "toc.yml").read_text(encoding="utf-8")


@pytest.mark.skipif(not (SHARED_GUIDE / "facts").exists(), reason="shared/ is not beside this clone")
def test_stored_fingerprints_match_the_sources():
    from bot.guide.copycheck import load_fingerprints, source_files, source_fingerprints

    assert load_fingerprints() == source_fingerprints(source_files())


@pytest.mark.skipif(not (SHARED_GUIDE / "facts").exists(), reason="shared/ is not beside this clone")
def test_stored_fingerprints_catch_a_copied_run():
    """The fingerprints hold no text, yet a run copied from a source is still found."""
    from bot.guide.copycheck import source_files, words

    tokens = words(source_files()[0].read_text(encoding="utf-8"))
    pasted = "vi skriver selv: " + " ".join(tokens[40:52]) + " og mer"
    assert [h[0] for h in copied_runs([("lim", pasted), ("egen", "helt egne ord her")])] == ["lim"]


def test_fingerprints_hold_no_text():
    from bot.guide.copycheck import fingerprints_path

    lines = [ln for ln in fingerprints_path().read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert len(lines) > 5000
    assert all(len(ln) == 16 and int(ln, 16) >= 0 for ln in lines)


# --- Corpus corrections (issue 7, item 5): the 2026 law note and the «Ikke med her» line ---------

LAW_NOTE = ("Utenfor veilederen: Krisesenterlova er endret fra 1. januar 2026 – sjekk paragrafene over mot "
            "gjeldende lov (kilde: https://lovdata.no/lov/2009-06-19-44).")


def _rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _block(path: Path, title: str) -> str:
    """The lines of one subsection (heading to next heading) of a corpus file."""
    text = path.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else len(text)]


def test_every_delvis_entry_says_what_is_missing(corpus):
    delvis = [e for e in corpus.entries if e.coverage == "delvis"]
    assert len(delvis) >= 40
    for e in delvis:
        assert len(e.missing_lines) == 1, e.id
        assert "http" in e.missing_lines[0], e.id
    assert not [e.id for e in corpus.entries if e.coverage == "full" and e.missing_lines]


def test_every_text_citing_krisesenterloven_carries_the_2026_note(corpus):
    from bot.guide.check import KRISESENTERLOV_PARAGRAPH, has_law_change_note

    citing = [e for e in corpus.entries if KRISESENTERLOV_PARAGRAPH.search(e.body)]
    assert len(citing) >= 27
    assert [e.id for e in citing if not has_law_change_note(e.body)] == []
    intros = [s for s in corpus.sections if KRISESENTERLOV_PARAGRAPH.search(s.intro)]
    assert intros and [s.id for s in intros if not has_law_change_note(s.intro)] == []


def test_removing_the_2026_note_is_reported(tmp_path):
    d = _copy_corpus(tmp_path)
    f = d / "3-arbeid-med-sikkerhet.md"
    block = _block(f, "Når er det nødvendig å involvere politiet?")
    assert LAW_NOTE in block
    _rewrite(f, block, block.replace(LAW_NOTE, ""))
    problems = check_corpus(d, load_toc()).problems
    assert [p for p in problems if "1. januar 2026" in p] == [
        p for p in problems if p.startswith("under-oppholdet-botilbudet/arbeid-med-sikkerhet/nar-er-det-nodvendig")]
    assert len(problems) == 1


def test_2026_note_without_link_to_current_act_is_reported(tmp_path):
    d = _copy_corpus(tmp_path)
    f = d / "3-arbeid-med-sikkerhet.md"
    block = _block(f, "Når er det nødvendig å involvere politiet?")
    _rewrite(f, block, block.replace("https://lovdata.no/lov/2009-06-19-44", "https://www.bufdir.no/"))
    problems = check_corpus(d, load_toc()).problems
    assert len(problems) == 1 and "nar-er-det-nodvendig-a-involvere-politiet" in problems[0]


def test_new_krisesenterlov_citation_without_note_is_reported(tmp_path):
    d = _copy_corpus(tmp_path)
    f = d / "3-arbeid-med-sikkerhet.md"
    block = _block(f, "Ny bolig og sikkerhet")
    assert "krisesenterlov" not in block.lower()
    cited = "- Kommunen skal sørge for et trygt botilbud (krisesenterlova § 2).\n\nSpørsmål:"
    _rewrite(f, block, block.replace("\nSpørsmål:", cited))
    problems = check_corpus(d, load_toc()).problems
    assert len(problems) == 1 and problems[0].startswith("under-oppholdet-botilbudet/arbeid-med-sikkerhet/ny-bolig")


def test_intro_citing_krisesenterloven_needs_the_note(tmp_path):
    d = _copy_corpus(tmp_path)
    f = d / "5-etter-oppholdet.md"
    text = f.read_text(encoding="utf-8")
    note = next(ln for ln in text.splitlines() if ln.startswith("Utenfor veilederen:") and "2026" in ln)
    _rewrite(f, note + "\n", "")
    problems = check_corpus(d, load_toc()).problems
    assert len(problems) == 1 and problems[0].startswith("etter-oppholdet (innledning)")


def test_delvis_entry_without_missing_line_is_reported(tmp_path):
    d = _copy_corpus(tmp_path)
    f = d / "3-bolig-etter-oppholdet.md"
    block = _block(f, "Tilbake til tidligere bolig")
    line = next(ln for ln in block.splitlines() if ln.startswith("Ikke med her:"))
    _rewrite(f, line + "\n", "")
    problems = check_corpus(d, load_toc()).problems
    assert problems == [
        "under-oppholdet-botilbudet/bolig-etter-oppholdet/tilbake-til-tidligere-bolig: dekning «delvis» uten "
        "«Ikke med her: … – les hele underavsnittet på <URL>»"]


@pytest.mark.parametrize("bad_line, expected", [
    ("Ikke med her: resten – les siden", ["uten lenke", "sier ikke hva som mangler"]),
    ("Ikke med her: besøksforbud i eget hjem – les hele underavsnittet på siden", ["uten lenke"]),
    ("Ikke med her: resten – les hele på https://www.bufdir.no/", ["sier ikke hva som mangler"]),
])
def test_missing_line_needs_what_and_where(tmp_path, bad_line, expected):
    d = _copy_corpus(tmp_path)
    f = d / "3-arbeid-med-sikkerhet.md"
    block = _block(f, "Sikkerhetstiltak i regi av politiet eller domstolene")
    line = next(ln for ln in block.splitlines() if ln.startswith("Ikke med her:"))
    _rewrite(f, line, bad_line)
    problems = check_corpus(d, load_toc()).problems
    assert len(problems) == len(expected)
    for problem, words in zip(problems, expected, strict=True):
        assert "sikkerhetstiltak-i-regi-av-politiet" in problem and words in problem


def test_full_entry_with_missing_line_is_reported(tmp_path):
    d = _copy_corpus(tmp_path)
    f = d / "3-bolig-etter-oppholdet.md"
    block = _block(f, "Tilbake til tidligere bolig")
    _rewrite(f, block, block.replace("dekning: delvis", "dekning: full"))
    problems = check_corpus(d, load_toc()).problems
    assert len(problems) == 1 and "dekning «full»" in problems[0]


def test_police_consent_always_comes_with_the_avvergeplikt_exception(corpus):
    """The guide never asks for consent before contacting the police without this exception."""
    consent = re.compile(r"samtykke.*(kontakte\w* politiet|ringer politiet|politikontakt)|"
                         r"(politikontakt|kontakte\w* politiet).*samtykke", re.I)
    entries = [e for e in corpus.entries if consent.search(e.body)]
    assert len(entries) >= 3
    assert [e.id for e in entries if "avvergeplikt" not in e.body.lower()] == []


def test_opplysningsplikt_covers_violence_between_the_adults(corpus):
    lines = [(e.id, ln) for e in corpus.entries for ln in e.body.splitlines()
             if "tilbake til" in ln and "ny vold" in ln]
    assert len(lines) >= 3
    assert [i for i, ln in lines if "mellom de voksne" not in ln] == []


def test_old_straffeloven_numbers_say_which_act_and_give_todays(corpus):
    e = corpus.entry("under-oppholdet-botilbudet/arbeid-med-sikkerhet/sikkerhetstiltak-i-regi-av-politiet-eller-domstolene")
    assert "§ 342 i straffeloven av 1902" in e.body and "§ 33 i straffeloven av 1902" in e.body
    note = " ".join(e.outside_lines)
    assert "§§ 57–58" in note and "§ 168" in note and "lovdata.no/lov/2005-05-20-28" in note
    for other in corpus.entries:
        for ln in other.body.splitlines():
            if re.search(r"straffeloven § (342|33)\b", ln):
                raise AssertionError(f"{other.id}: {ln}")


def test_utlendingsforskriften_paragraphs_are_not_labelled_utlendingsloven(corpus):
    e = corpus.entry("under-oppholdet-botilbudet/oppholdsstatus-i-norge/kartlegg-oppholdsstatus")
    for ref in ("utlendingsforskriften § 6-1", "utlendingsforskriften § 6-19", "utlendingsforskriften §§ 9-6 og 9-7"):
        assert ref in e.body, ref
    text = "\n".join(ln for ln in e.body.splitlines() if not ln.startswith("Utenfor"))
    act = None
    for m in re.finditer(r"(utlendingsloven|utlendingsforskriften)|§ (6-1|6-19|9-6|9-7)\b|og (9-7)\b", text):
        if m.group(1):
            act = m.group(1)
        else:
            assert act == "utlendingsforskriften", m.group(0)


# --- Corpus corrections (issue 15) --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "krisesenterlova (lov 19. juni 2009 nr. 44) § 4 gjelder samarbeid",
    "Krisesenterloven (lov om kommunale krisesentertilbod) § 2",
    "krisesenterlova §§ 2 og 4",
    "etter § 4 i krisesenterlova",
    "krisesenterloven, § 3",
    "krisesenterlovas § 2",
    "§§ 2 og 3 i krisesenterloven",
    "krisesenterlova – § 6",
])
def test_the_law_pattern_catches_every_way_of_citing_a_paragraph(text):
    from bot.guide.check import law_note_problems

    assert law_note_problems("x", f"- {text}.\n"), text


@pytest.mark.parametrize("text", ["krisesenterloven gjelder alle kommuner", "straffeloven § 4", "se § 4 i forskriften",
                                  "krisesenterlova. Paragraf 4 i forskriften § 4"])
def test_the_law_pattern_leaves_other_text_alone(text):
    from bot.guide.check import law_note_problems

    assert law_note_problems("x", f"- {text}.\n") == []


def test_taking_a_child_back_to_the_perpetrator_triggers_the_duty(corpus):
    """The guide says the duty applies – not that it «can» be triggered."""
    for e in corpus.entries:
        for ln in e.body.splitlines():
            if "tilbake til" in ln and "opplysningsplikt" in ln.lower():
                assert not re.search(r"\bkan (det )?utløse", ln), (e.id, ln)


OPPLYSNINGSPLIKT_ENTRIES = (
    "under-oppholdet-botilbudet/styrk-foreldre-som-omsorgsgivere/samarbeid-med-barneverntjenesten",
    "oppfolging-av-barn-pa-krisesenter/samarbeid-med-barnevernstjenesten-opplysningsplikt/"
    "opplysningsplikt-og-nar-den-inntrer",
)


@pytest.mark.parametrize("entry_id", OPPLYSNINGSPLIKT_ENTRIES)
def test_opplysningsplikt_gives_the_current_triggers_of_barnevernsloven_13_2(corpus, entry_id):
    e = corpus.entry(entry_id)
    assert e is not None, entry_id
    note = " ".join(ln for ln in e.outside_lines if "§ 13-2" in ln)
    assert "lovdata.no/lov/2021-06-18-97" in note
    for current in ("alvorlige mangler ved den daglige omsorgen", "menneskehandel", "blir eller vil bli"):
        assert current in note, current
    # the pre-2023 triggers are not presented as the rule any more
    assert "vedvarende" not in e.body.lower()
    assert not re.search(r"mishandle[st] (i )?hjemme", e.body)


def test_kommuneloven_is_the_2018_act(corpus):
    bodies = "\n".join(e.body for e in corpus.entries)
    assert not re.search(r"kommuneloven § 4(?![-\d])", bodies)
    assert "kommuneloven § 4-1" in bodies and "lovdata.no/lov/2018-06-22-83" in bodies


HELPLINES = {"Vold- og overgrepslinjen": "116 006", "Alarmtelefonen for barn og unge": "116 111", "politiet": "02800"}
WHERE_STAFF_LOOK = (
    "forste-henvendelse/gi-nodvendig-informasjon",
    "oppfolging-av-barn-pa-krisesenter/barn-og-sikkerhet/sikkerhetsplan-for-barn",
    "under-oppholdet-botilbudet/arbeid-med-sikkerhet/lag-en-individuell-sikkerhetsplan",
)


@pytest.mark.parametrize("entry_id", WHERE_STAFF_LOOK)
def test_helplines_are_where_staff_would_look(corpus, entry_id):
    e = corpus.entry(entry_id)
    assert e is not None, entry_id
    lines = [ln for ln in e.outside_lines if any(number in ln for number in HELPLINES.values())]
    assert lines and all("kilde:" in ln and "http" in ln for ln in lines)
    text = " ".join(lines)
    for name, number in HELPLINES.items():
        assert number in text and name in text, (entry_id, name)


def test_the_acute_reply_gives_112_first_then_the_helplines():
    from bot.acute import acute_reply

    text = acute_reply(None).text
    first = text.splitlines()[0]
    assert "112" in first
    for number in ("116 006", "116 111", "02800"):
        assert number in text and text.index(number) > text.index("112"), number
