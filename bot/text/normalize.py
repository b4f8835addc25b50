"""Normalisation: tokens → lower-case Snowball stems, without stop words or punctuation.

Stemming makes «bestiller», «bestille» and «bestilt» meet; the lemma table catches irregular
forms first. Paragraph references such as «§ 4 a» become one term («§4a») so a law reference
is matched as a whole rather than as three weak tokens.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import Stemmer
from spacy.lang.nb import Norwegian

from bot.text.pipeline import load_nlp

# Words that carry no topic in staff questions, on top of spaCy's nb stop words.
EXTRA_STOP_WORDS = frozenset(
    """
    hvordan hva hvem hvor hvorfor når hvilke hvilken hvilket kan kunne skal skulle må bør
    gjør gjøre gjer kva korleis kvar kven kor eg ein eit ikkje me dykk dei deira ho meg deg
    noe noen noko nokon ting sånn slik litt egentlig da nå så vi jeg du dere man en et er
    ble blir være vere veilederen veileder veiledaren sier seier står om hei takk please
    bl.a. kl. f.eks. ca. jf. evt. osv. dvs. pga. inkl. mv. m.m. o.l.
    """.split()
)
# Nynorsk (and common dialect) spellings of content words staff use, mapped to the bokmål form
# the corpus is written in, so a nynorsk question meets the same stems.
NYNORSK = {
    "heim": "hjem", "heime": "hjemme", "bu": "bo", "bur": "bor", "budd": "bodd", "treng": "trenger",
    "trengst": "trengs", "veke": "uke", "veker": "uker", "kvinna": "kvinnen", "born": "barn", "borna": "barna",
    "ungane": "barna", "syster": "søster", "ven": "venn", "vener": "venner", "prate": "snakke", "pratar": "snakker",
    "fortelje": "fortelle", "fortel": "forteller", "spørje": "spørre", "seie": "si", "gje": "gi", "gjev": "gir",
    "fekk": "fikk", "tilbod": "tilbud", "tenesta": "tjenesten", "tenester": "tjenester", "teneste": "tjeneste",
    "barnevernstenesta": "barneverntjenesten", "brukar": "bruker", "brukarar": "brukere", "brukaren": "brukeren",
    "bebuar": "beboer", "bebuaren": "beboeren", "bebuarar": "beboere", "tryggleik": "sikkerhet",
    "tryggleiken": "sikkerheten", "valdsutøvar": "voldsutøver", "valdsutøvaren": "voldsutøveren", "utøvar": "utøver",
    "utøvaren": "utøveren", "vald": "vold", "valden": "volden", "valdsutsett": "voldsutsatt",
    "valdsutsette": "voldsutsatte", "trugsmål": "trusler", "truga": "truet", "trugar": "truer", "åtferd": "atferd",
    "kjensler": "følelser", "kjensle": "følelse", "vere": "være", "verte": "bli", "vert": "blir", "blei": "ble",
    "berre": "bare", "mykje": "mye", "meir": "mer", "fyrste": "første", "fyrst": "først", "samtykkje": "samtykke",
    "løyve": "tillatelse", "opphaldsløyve": "oppholdstillatelse", "opphald": "opphold", "opphaldet": "oppholdet",
    "bustad": "bolig", "bustaden": "boligen", "husvære": "bolig", "leilegheit": "leilighet",
    "teieplikt": "taushetsplikt", "teieplikta": "taushetsplikten", "handsaming": "behandling",
    "kartleggje": "kartlegge", "skule": "skole", "skulen": "skolen", "natta": "natten", "ettervern": "oppfølging",
    "dotter": "datter", "dottera": "datteren", "son": "sønn", "sonen": "sønnen", "melde": "anmelde",
    "meldinga": "anmeldelsen", "vitje": "besøke", "vitjingsforbod": "besøksforbud", "besøksforbod": "besøksforbud",
    "kontaktforbod": "kontaktforbud", "forbod": "forbud", "foreldra": "foreldrene", "dei": "de",
}
_PARAGRAPH = re.compile(r"§\s*(\d+)(?:\s*-\s*(\d+))?(?:\s*([a-z])\b)?", re.I)
_WORDLIKE = re.compile(r"\w", re.U)


@functools.lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("norwegian")


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Norwegian stop words and ours. Read from the language class, not the loaded pipeline
    (the same set, checked in tests): the action server asks for them on a staff member's first
    question, and loading the pipeline there cost that question ~130 ms (p95h's profile)."""
    return frozenset(Norwegian.Defaults.stop_words) | EXTRA_STOP_WORDS


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer().stemWord(word.lower())


@dataclass(frozen=True)
class Term:
    text: str
    stem: str
    is_stop: bool


def _join_paragraphs(text: str) -> str:
    """«§ 4 a» → «§4a», «§ 3-3 a» → «§3-3a»: one token for one reference."""

    def repl(m: re.Match[str]) -> str:
        ref = "§" + m.group(1) + (f"-{m.group(2)}" if m.group(2) else "") + (m.group(3) or "").lower()
        return f" {ref} "

    return _PARAGRAPH.sub(repl, text)


def analyze(text: str) -> list[Term]:
    """Tokenize with the shared spaCy pipeline and normalise each word-like token."""
    doc = load_nlp()(_join_paragraphs(text))
    out: list[Term] = []
    stops = stop_words()
    pending_paragraph = False
    for tok in doc:
        lower = tok.text.lower()
        if lower == "§":
            pending_paragraph = True
            continue
        if pending_paragraph and lower[:1].isdigit():
            out.append(Term("§" + lower, "§" + lower, False))
            pending_paragraph = False
            continue
        pending_paragraph = False
        if not _WORDLIKE.search(lower):
            continue
        lemma = NYNORSK.get(lower) or (tok.lemma_ or tok.text).lower()
        out.append(Term(lower, stem(lemma), lower in stops))
    return out


def terms(text: str, keep_stop_words: bool = False) -> list[str]:
    """The search terms of a text: stems of its content words, in order."""
    return [t.stem for t in analyze(text) if keep_stop_words or not t.is_stop]
