"""A look-up for a kind of material about a topic: «har dere noen brosjyre om voldsalarm?».

The word for the material (brosjyre, informasjon, skjema, film, kurs …) says what form the staff
member wants, not what it is about; the topic follows «om / for / til / på». The ranker weighs every
word, and one subsection of the guide is about a brochure (KUN's on immigration law), so «brosjyre»
alone made it a confident answer to «… brosjyre om voldsalarm» (the police's measures name
voldsalarm) and to brochures on things the guide never mentions («… om strømsparing»). Here the
topic is read out, so the search can ask back when its first hit does not have the topic's most
telling word (``GuideSearch.search``). Only short look-ups: in a long question the words after
«informasjon om» are seldom the whole topic (on the dev sets the rule then demoted six right answers
and no wrong one).
"""

from __future__ import annotations

import re

MAX_WORDS = 10  # a look-up, not a long question
_WORD = re.compile(r"\w+")  # compiled once: a string pattern on every served question falls out of re's cache
_MEDIUM = re.compile(
    r"\b(?:brosjyr\w*|informasjon|info|informasjonsmateriell\w*|materiell\w*|skjema\w*|mal|maler|malen|"
    r"film\w*|kurs|kurset|kursene|nettside\w*|hefte\w*|plakat\w*|ressurs\w*|flyer\w*|folder\w*|"
    r"brochure\w*|leaflet\w*|pamphlet\w*)\s+(?:om|for|til|på|about|on)\s+(?P<topic>[^?.!]+)", re.I)


def material_topic(text: str) -> str | None:
    """The topic of a short look-up for material about it («brosjyre om voldsalarm» → «voldsalarm»)."""
    if len(_WORD.findall(text)) > MAX_WORDS:
        return None
    m = _MEDIUM.search(text)
    return m.group("topic").strip() if m else None
