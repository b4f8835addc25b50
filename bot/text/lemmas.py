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
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path

from bot.text.normalize import stem

TABLE = Path(__file__).with_name("data") / "nb_irregular.tsv.gz"


Lemmas = tuple[tuple[str, ...], bool]


class FormTable(Mapping[str, Lemmas]):
    """The table as read-only mapping form → (lemmas, also a regular form itself), kept as the file's
    text plus one offset per line: 2.5 MB instead of the 28 MB a dict of 88,000 forms with their
    tuples took in every action server. A look-up is a binary search over the lines (the file is
    written sorted by form); ``Vocabulary`` caches what it looks up per word."""

    def __init__(self, text: str) -> None:
        self._text = text
        starts = [0]
        find = text.find
        at = find("\n")
        while at != -1 and at + 1 < len(text):
            starts.append(at + 1)
            at = find("\n", at + 1)
        self._starts = array("I", starts) if text else array("I")

    def _form(self, i: int) -> str:
        start = self._starts[i]
        return self._text[start:self._text.index("\t", start)]

    def _find(self, form: str) -> int:
        lo, hi = 0, len(self._starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._form(mid) < form:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < len(self._starts) and self._form(lo) == form else -1

    def __getitem__(self, form: str) -> Lemmas:
        i = self._find(form) if isinstance(form, str) else -1
        if i < 0:
            raise KeyError(form)
        end = self._text.find("\n", self._starts[i])
        _, lemmas, flag = self._text[self._starts[i]:None if end == -1 else end].split("\t")
        return tuple(lemmas.split(",")), flag == "1"

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and self._find(form) >= 0

    def __len__(self) -> int:
        return len(self._starts)

    def __iter__(self) -> Iterator[str]:
        return (self._form(i) for i in range(len(self._starts)))


@functools.lru_cache(maxsize=1)
def irregular_forms() -> FormTable:
    """form → (lemmas, also a regular form itself); empty when the table is missing."""
    if not TABLE.exists():
        return FormTable("")
    with gzip.open(TABLE, "rt", encoding="utf-8") as fh:
        return FormTable(fh.read())


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
