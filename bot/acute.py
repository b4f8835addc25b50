"""Detect «someone is in danger right now» and build the 112 reply (CONTRACTS.md §5).

The NLU intent ``acute_danger`` is the main route; this keyword check is a safety net for a
message the classifier missed, because here a miss costs far more than a false alarm.
"""

from __future__ import annotations

import re

from bot.guide.answer import Reply, source_dict
from bot.guide.corpus import Corpus

ACUTE = "acute"
POLICE_ENTRY_ID = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/nar-er-det-nodvendig-a-involvere-politiet"

_NOW = r"(nå|no|akkurat|straks|i dette øyeblikk|utenfor|utanfor|står ved|prøver å komme inn|kommer inn)"
_DANGER = (
    r"(kniv|våpen|pistol|gevær|øks|drepe|drap|livsfare|kveler|kvele|kvelar|slår (henne|han|ham|meg|barnet)|"
    r"blir slått|banker på|brekker|bryter seg inn|skyte|truer med å drepe|i fare|nødsituasjon|ring politiet)"
)
_ACUTE = re.compile(
    rf"\b(akutt fare|akutt|livsfare|ring 112|nødsituasjon)\b|\b{_DANGER}\b.*\b{_NOW}\b|\b{_NOW}\b.*\b{_DANGER}\b",
    re.I | re.S,
)
_NOT_ACUTE = re.compile(r"\b(når bør|når skal|hva gjør (vi|jeg|man) hvis|generelt|rutine)\b", re.I)
# «ingen akutt fare», «ikke i fare nå», «er ikkje i livsfare»: a negated danger word is an all-clear,
# not an alarm. The negation and up to three words after it are removed before the danger check, so
# «nei, ingen akutt fare akkurat nå» leaves «nei, akkurat nå» – no danger word, no alarm.
_NEGATED = re.compile(
    r"\b(ikke|ikkje|ingen|inga|intet|uten|utan|ikke lenger|ikkje lenger)\s+((?:\w+\s+){0,3}?)"
    r"(akutt\w*|fare|livsfare|nødsituasjon|trussel|truga|truet|våpen|kniv)\b", re.I)


def looks_acute(text: str) -> bool:
    """True when the message reads as danger right now (not a general question about danger,
    and not a negated one such as «nei, ingen akutt fare akkurat nå»)."""
    cleared = _NEGATED.sub(" ", text or "")
    return bool(_ACUTE.search(cleared)) and not _NOT_ACUTE.search(cleared)


ACUTE_TEXT = (
    "🚨 Er noen i fare akkurat nå: ring politiet på 112 med en gang.\n"
    "- Si hvor dere er, hva som skjer, og om det er våpen eller barn til stede.\n"
    "- Hold deg selv og den utsatte i trygghet: lås dører, hold dere unna utøver, slipp ingen inn.\n"
    "- Blir noen skadet: ring 113 (medisinsk nødhjelp).\n"
    "- Følg senterets egne rutiner for kritiske situasjoner, og varsle leder når det er trygt.\n"
    "Når faren er over: veilederen om når politiet skal involveres og samtykke til det. Politiet når det ikke "
    "haster: 02800. Råd hele døgnet: Vold- og overgrepslinjen 116 006; gjelder det et barn: Alarmtelefonen for "
    "barn og unge 116 111.\n"
    "(Numrene og rådene over er allmenne, ikke hentet fra veilederen; kildene står i veilederpunktene om første "
    "henvendelse og sikkerhetsplan.)"
)


def acute_reply(corpus: Corpus | None) -> Reply:
    entry = corpus.entry(POLICE_ENTRY_ID) if corpus else None
    sources = [source_dict(entry, 1.0)] if entry else []
    text = ACUTE_TEXT
    if entry:
        text += f"\nKilde: {entry.breadcrumb}\n{entry.url}"
    return Reply(text=text, custom={"sources": sources, "clarify": False}, kind=ACUTE)
