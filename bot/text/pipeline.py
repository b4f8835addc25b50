"""The spaCy ``nb`` pipeline: blank Norwegian tokenizer + lookup lemmatizer, saved to disk.

No pretrained Norwegian model can be downloaded here, so the pipeline is built from
``spacy.blank("nb")`` with extra tokenizer special cases for abbreviations staff actually type,
and the ``nb`` lemma lookup table from spacy-lookups-data. Saved with ``nlp.to_disk()`` it loads
in Rasa's SpacyNLP by path (no custom code needed to load it).
"""

from __future__ import annotations

import functools
import logging
import warnings
from pathlib import Path

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from bot import config

log = logging.getLogger(__name__)

# Abbreviations common in the guide and in staff messages, kept as one token (with the dot).
ABBREVIATIONS = (
    "bl.a.", "kl.", "f.eks.", "ca.", "jf.", "evt.", "mht.", "iht.", "nr.", "osv.", "dvs.", "pga.",
    "ifm.", "inkl.", "ev.", "tlf.", "mv.", "m.m.", "o.l.", "ift.", "vha.", "dsb.",
)


def build_nlp() -> Language:
    """Build the pipeline from scratch (needs spacy-lookups-data, only at build time)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.blank("nb")
        tokenizer = nlp.tokenizer
        assert isinstance(tokenizer, Tokenizer)  # spaCy types Language.tokenizer as any callable
        for abbr in ABBREVIATIONS:
            for variant in {abbr, abbr.capitalize(), abbr.upper()}:
                tokenizer.add_special_case(variant, [{ORTH: variant, NORM: abbr}])
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    nlp.meta["name"] = "krise_nb"
    nlp.meta["description"] = "Krisesenterassistenten: blank nb + abbreviations + lookup lemmas"
    return nlp


def save_pipeline(path: Path | None = None) -> Path:
    path = path or config.spacy_model_path()
    path.mkdir(parents=True, exist_ok=True)
    build_nlp().to_disk(path)
    return path


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the saved pipeline; build it in memory when it has not been saved yet."""
    path = config.spacy_model_path()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if (path / "config.cfg").exists():
            return spacy.load(path)
    log.info("spaCy pipeline not found at %s; building it in memory", path)
    return build_nlp()


def main() -> None:
    print(f"Lagret spaCy-pipeline i {save_pipeline()}")


if __name__ == "__main__":
    main()
