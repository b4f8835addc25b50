import shutil
from pathlib import Path

import pytest

from bot.guide.check import check_corpus
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
        assert 4 <= len(e.questions) <= 8, e.id
        assert e.coverage in {"full", "delvis", "tynn"}


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
