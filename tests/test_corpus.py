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
