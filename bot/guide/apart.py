"""Build the guide index in a child process and load the finished index here.

Fitting the ranker (TF-IDF, the linear SVM over ~85,000 features, the example matrix) needs about
twice the memory the finished index does, and what a build leaves behind in a long-lived process is
a fragmented heap glibc cannot give back whole. The action server must stay within 300 MB (issue 18)
however many example questions the corpus gains, so it never builds: a forked child builds, writes
the index pickled to a private temporary file and exits, and the server unpickles it — its peak is
the index itself, and it never imports scikit-learn (``tfidf.py``, ``linear.py``).

The file lives only for the start-up (a temporary directory removed at once); nothing is cached
across starts, so a corpus or code change can never meet a stale index.
"""

from __future__ import annotations

import multiprocessing
import pickle
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bot.guide.search import GuideSearch


def _build_to(path: str) -> None:
    """In the child: build the default index and write it to ``path``."""
    from bot.guide.corpus import load_corpus

    with open(path, "wb") as fh:
        pickle.dump(GuideSearch(load_corpus()), fh, protocol=pickle.HIGHEST_PROTOCOL)


def build_apart() -> GuideSearch:
    """The default index (``search.default_search``'s), built in a forked child.

    A corpus error in the child is raised here, as when building in-process; a child that dies
    (killed for memory) raises ``BrokenProcessPool``."""
    with tempfile.TemporaryDirectory(prefix="krise-index-") as tmp:
        path = Path(tmp) / "index.pickle"
        # fork: the child starts from the modules already imported here (no second interpreter start-up)
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            pool.submit(_build_to, str(path)).result()
        with path.open("rb") as fh:
            search: GuideSearch = pickle.load(fh)  # noqa: S301 - our own child wrote it a moment ago
    return search
