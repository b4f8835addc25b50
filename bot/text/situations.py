"""Situations staff tell, read as the guide's words for them.

A tired night-shift worker tells the situation instead of naming the topic: «hun har ikke noe sted
å bo etterpå» (the guide: bolig), «jeg må ha tak i en som kan arabisk» (tolk), «hun er redd for å
bli sendt ut av landet» (oppholdsstatus), «tolk natt» (the guide: «haster det, er telefontolk
raskest»). The search adds the guide's terms of the situations it recognises to the question,
as ``glossary.py`` does for English, so the ranker can meet the guide; the question itself is
kept, so nothing it said is lost.

General phrases of the domain, each standing for what the guide calls it — not the words of any
test question. Bokmål, nynorsk and English forms together.
"""

from __future__ import annotations

import re

_SITUATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), terms) for pattern, terms in (
        # somewhere to live: the guide says «bolig»
        (r"\b(?:sted|stad|plass)\s+(?:å|og|a)\s+(?:bo|bu)\b|\bnowhere\s+to\s+(?:live|stay)\b|"
         r"\b(?:place|somewhere)\s+to\s+live\b|\bventeliste\b|\bwaiting\s+list\b", "bolig"),
        # a person who speaks her language: an interpreter
        (r"\b(?:en|ein|noen|nokon|someone|somebody)\s+(?:som|who)\s+(?:kan|snakker|snakkar|pratar|"
         r"speaks?|can\s+speak)\s+(?!norsk\b|norwegian\b)\w+", "tolk"),
        # an interpreter at night or in a hurry: what is fastest to get (the guide: «haster det, er
        # telefontolk raskest»); only beside an interpreter, so «hun kom i natt» stays as it was
        (r"(?=.*\b(?:tolk\w*|interpret\w*|oversett\w*|translat\w*))(?=.*\b(?:i\s+natt|natt|natta|nattevakt\w*|midt\s+på\s+natta?|haster|hastar|med\s+en\s+gang|"
         r"med\s+ein\s+gong|i\s+løpet\s+av\s+(?:en|ein)\s+time|tonight|at\s+night|"
         r"in\s+the\s+middle\s+of\s+the\s+night|urgent\w*|right\s+away|asap)\b)", "haster raskest telefontolk"),
        # sent out of the country: her right to stay
        (r"\butvis\w*|\butvist\b|\bdeport\w*|\bsend[ta]?\w*\s+ut\s+av\s+landet|\bkast\w*\s+ut\s+av\s+landet|"
         r"\bsent\s+(?:out\s+of|back\s+to)\s+(?:the\s+)?country|\bsent\s+home\s+to\b",
         "utlendingsrett oppholdstillatelse"),
        # blaming herself: the guide's shame and guilt
        (r"\b(?:hennes|hennar|hans|hass|sin|si|mi|min|her|his|my)\s+(?:egen\s+|eiga\s+|own\s+)?(?:feil|skuld|fault)\b",
         "skyld skam følelser"),
    ))


def situation_terms(text: str) -> list[str]:
    """The guide's terms for the situations the text tells, in the order of ``_SITUATIONS``; a later
    situation also sees the terms an earlier one added («en som kan arabisk … i løpet av en time»:
    an interpreter, and in a hurry)."""
    found: list[str] = []
    for pattern, terms in _SITUATIONS:
        if pattern.search(" ".join([text, *found])):
            found.append(terms)
    return found


def with_situation_terms(text: str) -> str:
    """The text with the guide's terms of its situations added (the text itself when there are none)."""
    found = situation_terms(text)
    return f"{text} {' '.join(found)}" if found else text
