"""Stop words come from spaCy's Norwegian language class, so asking for them loads no pipeline."""

from __future__ import annotations

import subprocess
import sys


def test_stop_words_are_the_pipelines_own_and_loading_them_loads_no_pipeline():
    code = (
        "from bot.text import pipeline\n"
        "from bot.text.normalize import stop_words, EXTRA_STOP_WORDS\n"
        "words = stop_words()\n"
        "assert pipeline.load_nlp.cache_info().currsize == 0, 'stop_words() loaded the spaCy pipeline'\n"
        "assert words == frozenset(pipeline.load_nlp().Defaults.stop_words) | EXTRA_STOP_WORDS\n"
        "assert 'og' in words and 'ikke' in words\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
