"""Irregular Norwegian word forms → their lemma, for the forms the Snowball stemmer cannot join.

The stemmer cuts suffixes: it joins «bestiller / bestille / bestilt» but not «kvalt / kvelte /
kvele», «dro / dra», «menn / mann», «brødre / bror», «fikk / få». Staff write those forms («han har
kvalt henne før», «hun dro hjem i går»), the guide often uses another. This table holds every form
in Norsk Ordbank (bokmål, from spacy-lookups-data) whose stem differs from the stem of each of its
lemmas: only the forms stemming gets wrong.

The table is generated once (``python -m bot.text.lemmas``) into ``data/nb_irregular.tsv.gz`` so
start-up reads a small file instead of the 600 000-form lexicon. Source: Norsk Ordbank bokmål 2005
(updated 2018-06-27), Språkbanken, Nasjonalbiblioteket, CC BY 4.0, via spacy-lookups-data 1.0.5.

Each line: ``form<TAB>lemma[,lemma…]<TAB>flag`` where flag ``1`` means the form is also a lemma or
a regular form of one (e.g. «slo», a noun, besides the past of «slå»): the search then maps it only
when the corpus does not use the form itself (``bot/text/query.py``).
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

from bot.text.normalize import stem

TABLE = Path(__file__).with_name("data") / "nb_irregular.tsv.gz"


@functools.lru_cache(maxsize=1)
def irregular_forms() -> dict[str, tuple[tuple[str, ...], bool]]:
    """form → (lemmas, also a regular form itself); empty when the table is missing."""
    if not TABLE.exists():
        return {}
    out: dict[str, tuple[tuple[str, ...], bool]] = {}
    with gzip.open(TABLE, "rt", encoding="utf-8") as fh:
        for line in fh:
            form, lemmas, flag = line.rstrip("\n").split("\t")
            out[form] = (tuple(lemmas.split(",")), flag == "1")
    return out


def build_table(path: Path = TABLE) -> int:
    """Write the table from spacy-lookups-data (needed only here, at generation time)."""
    from spacy.lookups import load_lookups

    exc = load_lookups("nb", ["lemma_exc"]).get_table("lemma_exc")
    lemmas: dict[str, set[str]] = {}
    regular: set[str] = set()
    for pos in exc.keys():
        for form, form_lemmas in exc[pos].items():
            if " " in form or "-" in form or not form.isalpha() or form != form.lower():
                continue
            s = stem(form)
            for lemma in form_lemmas:
                if stem(lemma) == s:
                    regular.add(form)
                elif lemma.isalpha():
                    lemmas.setdefault(form, set()).add(lemma)
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        for form in sorted(lemmas):
            fh.write(f"{form}\t{','.join(sorted(lemmas[form]))}\t{int(form in regular)}\n")
    return len(lemmas)


def main() -> None:
    print(f"{build_table()} uregelrette former skrevet til {TABLE}")


if __name__ == "__main__":
    main()
