"""Reading a free-text or button answer: the primitives every dialogue question is built from.

Staff answer in their own words, on a phone, at night: «nei, ingen akutt fare akkurat nå», «det vil
hun ikke svare på», «tror det», «nei, men de har sett volden», «veit ikkje». An answer is read in
this order:

1. a button payload, exactly;
2. for yes/no questions the answer is split at «men» and both halves are read (``read_yes_no``):
   «nei, men de har sett volden» is a yes to «have the children seen it?»;
3. the answers every question accepts: skip («hopp over»), a refusal («det ønsker hun ikke å snakke
   om», «ingen kommentar») and not knowing («ingen anelse», «hun husker ikke», «det vet jeg ikke»).
   These come *before* negation, because most refusals contain «ikke», «ingen» or «ingenting» –
   read as negation they became a stored «nei»;
4. a hedge («tror det», «kanskje», «sannsynligvis ikke», «ikke som hun vet») is not stored: it
   comes back ``unsure`` with the way it leans, and the dialogue confirms it once;
5. the question's own reading, negation included.

Nothing is guessed: when the text cannot be read, ``FAIL`` comes back and the dialogue asks again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.dialogue import english, talk
from bot.text import regex

# Answers that every question accepts; all three are stored as null in the record (CONTRACTS.md §4).
UNKNOWN = "ukjent"
DECLINED = "vil_ikke_svare"
SKIPPED = "hoppet_over"
UNANSWERED = (UNKNOWN, DECLINED, SKIPPED)
UNANSWERED_LABELS = {UNKNOWN: "ukjent", DECLINED: "ukjent (vil ikke svare)", SKIPPED: "ukjent (hoppet over)"}

MAX_ANSWER_CHARS = 500  # a pasted essay is cut here before it is read; no coded answer needs more

_BUTTON = re.compile(r'^/inform(\{.*\})\s*$', re.S)


@dataclass(frozen=True)
class Parsed:
    """A parsed answer; ``ok`` is False when the text could not be read as an answer.

    ``unsure`` marks a hedged or ambiguous answer: ``value`` is the way it leans (True, False or
    None) and the dialogue asks once more before anything is stored; ``prompt`` is what to say
    then, when the default («… det er usikkert») does not fit.
    """

    ok: bool
    value: object = None
    unsure: bool = False
    prompt: str | None = None


FAIL = Parsed(False)


def button_value(text: str) -> str | None:
    """The ``answer`` of a ``/inform{"answer": ...}`` button payload, else None."""
    match = _BUTTON.match(text.strip())
    if not match:
        return None
    try:
        value = json.loads(match.group(1)).get("answer")
    except (json.JSONDecodeError, AttributeError):
        return None
    return str(value) if value is not None else None


def is_payload(text: str) -> bool:
    """A button or intent payload (``/intent{...}``), never free text."""
    return text.strip().startswith("/")


# Frequent slips on a phone keyboard, mapped before any pattern is tried. Only whole words, and
# only ones that are not Norwegian words themselves (so «ni» = nine is never read as «nei»).
_TYPOS = {
    "neii": "nei", "ne": "nei", "neiii": "nei", "nie": "nei", "nej": "nei", "neij": "nei", "næ": "nei", "nææ": "nei",
    "jaa": "ja", "jaaa": "ja", "jupp": "ja", "jepps": "jepp", "yess": "ja", "yes": "ja", "jah": "ja",
    "ikek": "ikke", "ikk": "ikke", "ike": "ikke", "ikkee": "ikke", "ikkke": "ikke", "ikkj": "ikkje",
    "vte": "vet", "vett": "vet", "ve": "vet", "vetikke": "vet ikke", "idk": "vet ikke", "ikkeno": "ikke noe",
    "veitikkje": "veit ikkje",
    "ukjen": "ukjent", "usiker": "usikker", "usikke": "usikker", "hopppe": "hoppe",
    "aldr": "aldri", "aldrig": "aldri", "ingn": "ingen", "ingenn": "ingen", "trur": "tror", "trudde": "trodde",
    "gnager": "ganger", "vodl": "vold", "husekr": "husker",
    "m": "med",  # «alene m barna», «bor m eksen» (the h15 run, spent: «alene m barna» was stored «alene»)
    # a keyboard without æ, ø, å: «slar», «pa vei», «kjaeresten» (only forms that are no word themselves)
    "slar": "slår", "sla": "slå", "slatt": "slått", "pa": "på", "na": "nå", "nar": "når", "ogsa": "også",
    "gar": "går", "ma": "må", "fa": "få", "ar": "år", "sma": "små", "gjor": "gjør", "blamerker": "blåmerker",
    "kjaereste": "kjæreste", "kjaeresten": "kjæresten", "kjareste": "kjæreste", "kjaresten": "kjæresten",
    "aere": "ære", "okonomisk": "økonomisk",
    "okonomi": "økonomi", "odelegger": "ødelegger", "odela": "ødela", "brodrene": "brødrene", "brodre": "brødre",
    "sonnen": "sønnen", "sonn": "sønn", "soster": "søster", "sosteren": "søsteren", "dora": "døra", "doren": "døren",
    "vapen": "våpen", "vapenet": "våpenet",
    # «politiet» typed in a hurry (none is a word): read as a service otherwise («politet kom med henne»)
    "politet": "politiet", "poltiet": "politiet", "plitiet": "politiet", "politiiet": "politiet",
    "polititet": "politiet", "politie": "politiet", "politiete": "politiet",
}
# Nynorsk forms of words the answer patterns are written with (the guide search's own nynorsk map,
# ``bot.text.normalize.NYNORSK``, plus dialogue words it does not need). Patterns keep the common
# nynorsk function words («ikkje», «veit», «ho», «dei»), so mostly content words are mapped.
_NYNORSK = {
    "høyrt": "hørt", "høyrde": "hørte", "følgjer": "følger", "følgde": "fulgte", "hennar": "hennes",
    "gong": "gang", "gonger": "ganger", "sjølv": "selv", "frå": "fra", "kvar": "hvor", "kven": "hvem",
    "eg": "jeg", "drep": "dreper", "trugsmål": "trusler", "sambuar": "samboer", "bustad": "bolig",
    "saman": "sammen", "åleine": "alene", "einsam": "ensom", "aleine": "alene", "hugsar": "husker",
    "hugser": "husker", "noko": "noe", "nokon": "noen", "korleis": "hvordan",
    "fortelje": "fortelle", "fortelja": "fortelle", "seie": "si", "snakka": "snakke", "svara": "svare",
    "ynskjer": "ønsker", "ønskjer": "ønsker", "orkar": "orker", "klarar": "klarer", "born": "barn",
    "borna": "barna", "ungane": "ungene", "mykje": "mye", "heime": "hjemme", "heim": "hjem", "veg": "vei",
    "kjem": "kommer", "dotter": "datter", "syster": "søster", "brørne": "brødrene", "mora": "moren",
    "vore": "vært", "vorte": "blitt", "trua": "truet", "truga": "truet",
    "trugar": "truer", "truar": "truer", "valdtatt": "voldtatt", "valdteke": "voldtatt", "vald": "vold",
    "seier": "sier", "hjå": "hos", "sambuaren": "samboeren", "sambuarar": "samboere", "tilbodet": "tilbudet",
    "tilbod": "tilbud", "spørje": "spørre", "spurde": "spurte", "òg": "også", "same": "samme", "éin": "én",
    "kjærasten": "kjæresten", "mormora": "mormoren", "farmora": "farmoren", "leilegheit": "leilighet",
    "eiga": "egen", "samtalar": "samtaler", "tilvising": "henvisning", "utan": "uten", "ventar": "venter",
    "sambuarn": "samboeren", "samboern": "samboeren", "sambuarane": "samboerne", "rømde": "rømte", "rømd": "rømt",
    "flytta": "flyttet", "køyrde": "kjørte", "sovna": "sovnet", "orka": "orket", "enno": "ennå", "eit": "ett",
    "spørsmåla": "spørsmålene", "fleire": "flere", "meir": "mer", "heilt": "helt", "overhovudet": "overhodet",
    "slettes": "slett", "sagde": "sa", "fortalde": "fortalte", "nemnde": "nevnte", "nemnt": "nevnt",
    "nemner": "nevner", "nemne": "nevne", "vaksne": "voksne", "vaksen": "voksen", "vakse": "voksne",
    "vener": "venner", "venene": "vennene", "venane": "vennene", "venar": "venner", "venen": "vennen",
}
# A letter held down on a phone keyboard («altt», «neiii», «jaaa»): collapsed when that gives one of these.
_ELONGATED = frozenset({"ja", "nei", "alt", "alle", "ingen", "jepp", "nope", "ok", "aldri", "ikke", "ikkje", "fem", "tre",
                        "seks",
                        "sju", "ti"})
_WORD_RE = re.compile(r"[^\W_]+|[^\w\s]")


def _word(w: str) -> str:
    from bot.text.normalize import NYNORSK

    w = _TYPOS.get(w, w)
    if len(w) >= 3 and w[-1] == w[-2]:
        collapsed = compiled(r"(.)\1+$").sub(r"\1", w)
        w = collapsed if collapsed in _ELONGATED else w
    return _NYNORSK.get(w) or NYNORSK.get(w, w)


_SHORT_ANSWERS = frozenset({"ja", "nei", "jo", "nope", "to", "tre", "en", "ei", "ein", "ett", "fem", "ti", "ok"})


def _held_key(match: re.Match[str]) -> str:
    """A word with a letter three times or more (no word has that): the short answer word it was, when one
    letter each makes one («neeei» → «nei», «toooo» → «to»), else two («sammme» → «samme»)."""
    single = compiled(r"([^\W\d_])\1{2,}").sub(r"\1", match.group(0))
    return single if single in _SHORT_ANSWERS else compiled(r"([^\W\d_])\1{2,}").sub(r"\1\1", match.group(0))


def norm(text: str) -> str:
    """Lower case, typo- and nynorsk-mapped words, English read as Norwegian (``bot.dialogue.english``),
    single spaces, padded with spaces for matching."""
    t = english.spell_out(text.strip()[:MAX_ANSWER_CHARS])
    t = compiled(r"[^\W\d_]*([^\W\d_])\1{2,}[^\W\d_]*").sub(_held_key, t)  # «sammme», «neeei», «toooo»
    words = _WORD_RE.findall(t)
    if english.is_english(words):
        tokens = english.phrases(t)
        words = [n for i, (w, done) in enumerate(tokens)
                 for n in (w if done else english.word(w, tokens[i - 1][0] if i else "", i == 0, True,
                                                    tokens[i + 1][0] if i + 1 < len(tokens) else "")).split()]
    return " " + " ".join(_word(w) for w in words) + " "


def fix_typos(t: str, vocabulary: frozenset[str]) -> str:
    """Replace words that are one slip (two in long words) away from a word the question's patterns
    use – «fysik» → «fysisk», «kjærsten» → «kjæreste». Only tried after a normal reading failed."""
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extractOne

    out = []
    for word in t.split():
        if len(word) >= 5 and word.isalpha() and word not in vocabulary:
            limit = 2 if len(word) >= 8 else 1
            best = extractOne(word, vocabulary, scorer=OSA.distance, score_cutoff=limit)
            out.append(best[0] if best else word)
        else:
            out.append(word)
    return " " + " ".join(out) + " "


# The readers hold well over a thousand distinct patterns; Python's own cache of compiled patterns keeps 512
# (``re._MAXCACHE``) and, once full, is emptied and refilled – so every answer recompiled hundreds of patterns
# (3–75 ms a turn in process where 0.4 ms is the reading itself; found after the h8 run, issue 18). Compiled
# patterns are kept here instead, bounded (a pattern built from a message's own words must not grow it for ever).
compiled = regex.compiled


def has(text: str, *patterns: str) -> bool:
    return any(compiled(p).search(text) for p in patterns)


def first_word(t: str) -> str:
    words = compiled(r"[^\W_]+").findall(t)
    return words[0] if words else ""


def word_count(t: str) -> int:
    return len(compiled(r"[^\W_]+").findall(t))


# --- answers every question accepts ----------------------------------------------------------------

_NEG = r"(ikke|ikkje|ikkeno|aldri|ingen|inga|ikkje noe|ikke noe|ingenting)"
NOT = r"(ikke|ikkje)"
# Who an answer is about: the staff member, the person, the perpetrator, or «det».
_SUBJ = (r"(jeg|vi|hun|ho|han|ham|de|dei|det|den|personen|brukeren|beboeren|kvinnen|mannen|dama|hu|utøveren|"
         r"utøver|familien|politiet)")
_SAY = (r"(svare|svara|si|seie|fortelle|fortelje|snakke|snakka|prate|prata|gå inn på|gå nærmere inn på|dele|"
        r"gå i detaljer|gå i detalj|gå inn i det|navngi|namngi|oppgi navn|oppgi namn|si hvem|seie kven|"
        r"ut med|komme inn på|ta det opp|"
        r"røpe|utdype|forklare|uttale seg|uttala seg|kommentere|kommentera|"
        # «hun vil ikke beskrive det», «ho vil ikkje skildre det»: describing is telling (the ownwords13 sweep)
        r"beskrive|beskriva|skildre|skildra)")

# What may follow a «say» verb in a refusal: «svare på det», «si noe om det», «snakke mer om det nå» –
# but not «snakke med venner» (a description of control, not a refusal).
_SAY_END = (r"(?=( (noe|mer|det|dette|om|på|nå|no|her|enda|ennå|enno|foreløpig|i dag|i kveld|til oss|til meg|med oss|"
            r"noen|nokon|akkurat|heller))*( [.!?,]| $)| (hvor|hvem|hva|kvar|kven|kva|kor|hvordan|korleis|hvorfor|kvifor)\b)")

_SKIP = (r"^ (hopp|hopp over|hoppe over|hopper over|vi hopper over|skip|skipp|neste|neste spørsmål|gå videre|"
         r"videre|dropp (det|dette|spørsmålet)|vent med (det|dette)|ta det senere|ta det seinare|"
         r"vi tar det senere|vi tar det seinare|hopp over (det|dette|spørsmålet)|hopp over dette spørsmålet|"
         r"skipper (den|det|dette)|pass|(hoppet|hoppa|hoppa) over( (den|det|dette|spørsmålet))?|"
         r"(hoppes|hoppast|skippes) over|(den|det|dette|spørsmålet) (hoppes|hoppast) over)\b",
         # «det tar vi senere», «det tek vi seinare»: not asked now
         r"\b(tar|tek|får|ta) (vi|jeg|dere) (det |ta det |den |ta )?(senere|seinare|seinere|etterpå|en annen gang|"
         r"ei anna gong|i morgen)\b", r"^ (senere|seinare|etterpå|en annen gang)\b",
         r"\b(tar|tek|ta) (det|den|dette)( opp)? (senere|seinare|seinere|etterpå|i morgen|en annen gang|ei anna gong|"
         r"ein annan gong)\b",
         # «vi får ta det ein annan gong», «vi må ta det senere»
         r"\b(ikke|ikkje) (relevant|aktuelt|naturlig|naturleg) å (spørre|spørje|spørja|ta opp)\b",
         r"\b(vi|jeg|eg) (får|må|kan|skal) ta (det|den|dette)( opp)? (senere|seinare|seinere|etterpå|i morgen|"
         r"en annen gang|ei anna gong|ein annan gong|ein annan gang|ei anna gang)\b",
         # «kommer tilbake til det», «det må vi komme tilbake til»: not asked now
         r"\b(kommer|komme|kjem|kome) (vi |jeg |eg )?tilbake til (det|dette|den|det spørsmålet)\b",
         r"\b(vi|jeg|eg) (må|får|skal) (komme|kome) tilbake til\b", r"\btilbake til (det|dette)? ?[.!]? ?$",
         # «vi hoppa over det», «det hoppet vi over»: skipped
         r"\b(det|dette|den) (hoppet|hoppa|hoppar|hopper) (vi|jeg|eg) over\b",
         r"\b(vi|jeg|eg) (hoppet|hoppa|hoppar|hopper) over (det|dette|den|spørsmålet)\b",
         # «spør henne i morgen», «spør ho seinare»: to be asked later
         r"^ (spør|spørre|spørje)( (henne|ho|ham|han))?( om det)?( igjen)? (i morgen|senere|seinare|seinere|etterpå|"
         r"igjen|neste gang|neste gong)\b",
         # «ikke relevant å svare på nå, hopp videre»: the skip said last (the ownwords14 sweep: stored «nei»)
         r"\b(hopp|hopper|hoppar) (bare )?(videre|over)( (det|dette|den|spørsmålet))?( [.!])? ?$")
_DECLINED = (
    # closing up or keeping it to herself: «hun lukket seg da vi spurte», «det holdt hun tett om»
    r"\b(hun|ho|hu) (lukket|lukka|lukker|stengte|stengde) seg\b", r"\b(var|ble|vart) (helt )?(taus|stum)\b",
    r"\bholdt (hun |ho )?(det |kortene )?tett\b",
    # «det vil hun ikke svare på», «ho vil ikkje seie noko», «orker ikke å snakke om det»
    rf"\b(vil|ville|ønsker|ønska|ønsket|orker|orket|tør|torde|våger|klarer|klarte|greier|greide|kan|kunne|gidder|"
    rf"gadd)( {_SUBJ})? {NOT}( \w+){{0,2}}? {_SAY}{_SAY_END}",
    # the perfect: «han har ikke villet fortelle noe om det», «ho har ikkje orka å seie noko» (held-back h11 run)
    rf"\b(har|hadde)( {_SUBJ})? {NOT} (villet|villa|vilja|ønsket|ønska|orket|orka|turt|tort|klart|greid|kunnet)"
    rf"( å)? {_SAY}{_SAY_END}",
    # not able, or not up to more questions: «ho orka ikkje fleire spørsmål», «hun var for sliten til å svare»
    rf"\b(orker|orket|klarer|klarte|greier|greide|gidder|gadd|ville|vil|tålte|tåler)( {_SUBJ})? {NOT} (flere|mer) "
    rf"(spørsmål|spørsmålene|prat|snakk)\b",
    # not repeating what was said: «hun vil ikke gjenta det han har sagt», «ho vil ikkje gjenta truslane» (the ownwords16
    # sweep: stored «nei»); not «hun vil ikke gjenta feilen» (an answer: she will not make the mistake again)
    rf"\b(vil|ville|orker|orket|orka|tør|torde|klarer|klarte|greier|ønsker)( {_SUBJ})? {NOT} (å )?(gjenta|gjengi|"
    r"gjenfortelle|gjenfortelje|sitere)( (det|dette|ordene|orda|truslene|truslane|trusselen|hva|kva|nøyaktig|noe|noko|"
    r"ordrett))*( (han|ho|hun|de|dei|utøveren) (har |hadde )?(sagt|sa|skrev|skrevet|skrive|truet|truga|trua))?( [.!?,]| $)",
    # «orket ikke det spørsmålet», «ville ikkje ha det spørsmålet»
    rf"\b(orker|orket|orka|ville|vil|gadd|tålte)( {_SUBJ})? {NOT} (ha |ta )?(det|dette|det der|akkurat det) spørsmålet\b",
    r"\b(for|altfor|så) (sliten|trøtt|trøytt|utslitt|redd|oppkavet|oppskaka|oppskaket|preget|dårlig|syk|sjuk|"
    r"full|ruset|opprørt|lei seg|vondt|vanskelig|vanskeleg|tungt|sårt|skamfull|flau)( for (henne|ham|ho|han))?"
    rf"( til| te)? å ({_SAY[1:-1]}|svare|snakke|fortsette)\b",
    rf"\b(ikke|ikkje) i stand til å ({_SAY[1:-1]}|svare|snakke)\b",
    # said nothing about it: «hun sa ingenting om det», «ho har ikkje sagt noko», «han nevnte ikke noe om det»
    rf"\b(sier|sa|sagt|seier|fortalte|fortalt|fortel|nevnte|nevnt|nevner)( {_SUBJ})? (ingenting|ikke noe|ikkje noe|"
    rf"lite|ikke mye|ikkje mykje)( om( (det|dette|det der|den biten|temaet|hvorfor|kvifor|hva|kva|hvem|kven|hvordan|"
    rf"korleis|grunnen|årsaken))?)?( (ennå|enda|nå|no|heller))? [.!]? ?$",
    rf"\b(har|hadde)( {_SUBJ})? {NOT} (sagt|fortalt|nevnt|sagt noe|fortalt noe)( noe)?( om (det|dette))?\b",
    rf"\b(nekter|nektar|nekta|nektet|nekte|avslår|vegrer seg|unngår|unngikk) (å )?{_SAY}",
    # «det sa hun ikke», «det nevnte ho ikkje»: not said – as the whole answer
    rf"^ (det|dette) (sa|sier|seier|nevnte|fortalte|fortalde) (hun|ho|han|de|dei) {NOT}( noe| noko)?( om)?( [.!])? ?$",
    # «hun er ikke klar til å snakke om det», «not ready to talk about it»
    rf"\b{NOT} (klar|klår|parat|moden|ready) (til|for) å {_SAY}",
    r"\bingen kommentar", r"\bdet er (privat|hennes sak|hans sak|en privatsak)\b", r"\bprivatsak\b",
    # no answer given: «ingen svar på det», «fikk ikke noe svar», «fekk ikkje svar»
    rf"^ ((jeg|vi|eg) )?(ingen|null|{NOT} (noe|noko)|fikk {NOT}( noe| noko)?|fekk {NOT}( noe| noko)?) svar\b",
    r"\bholder (det|dette|det der) for seg selv\b", r"\b(vil|ville)( (hun|ho|han|de|dei))? helst (ikke|ikkje)\b",
    # not brought up: «det ble ikke tatt opp», «tok det ikkje opp», «vi tok ikke opp det»
    rf"\b(ble|blei|vart|er|var) {NOT} (tatt opp|teke opp|spurt om|snakket om|snakka om|nevnt|kommet inn på)"
    r"( (i samtalen|i dag|nå|no|ennå|enno|enda))? [.!]? ?$",
    rf"\b(tok|tek)( det| dette)?( (jeg|eg|vi|hun|ho))?( det)? {NOT} opp\b",
    # «ingenting hun ville si», «ikkje noko ho ville seie», «ikke noe som han ønsket å fortelle»
    rf"\b({NOT} (noe|noko|noe som|noko som)|ingenting( som)?|ingen ting) (hun|ho|han|de|dei) "
    r"(vil|ville|ønsker|ønsket|ønska|orker|orket|orka|turde|torde|kunne|ville ha)\b",
    # won't say anything about a named thing: «hun vil ikke si noe om barna», «ho vil ikkje seie noko om ungane»
    rf"\b{NOT} (å )?{_SAY} (noe|noko|mer|meir|noe mer|noko meir) (om|på|kring|rundt|angående) \w+( \w+)? [.!]? ?$",
    r"\bingenting å (si|fortelle|tilføye)\b", r"\b(svarer|svarar) (ikke|ikkje|ikke på)\b",
    # won't go into a named topic: «hun vil ikke gå inn på politiet nå» (the ownwords14 sweep: stored «nei»)
    rf"\b(vil|ville|ønsker|ønsket|orker|orket|orka) {NOT} (gå inn på|gå nærmere inn på|komme inn på|kome inn på) "
    r"\w+( nå| no| i natt| i kveld| her)?( [.!])? ?$",
    r"\b(svarte|svara) (ikke|ikkje)\b",
    rf"\b{NOT} lyst (til )?å {_SAY}", r"\bville (ikke|ikkje)\b", r"\bikke noe hun vil dele\b",
    r"\bvil (ikke|ikkje) (det|snakke|svare)\b", r"\bsier (ingenting|ikke noe|ikkje noe)\b",
    r"\b(skifter|bytter) (tema|samtaleemne)\b",
    # «hun svarte unnvikende», «hun ba om å slippe å svare», «ho ville sleppe det spørsmålet»
    r"\b(svarte|svarer|svara|svarar) (unnvikende|unnvikande|vagt|uklart|utydelig|utydeleg)\b",
    r"\b(slippe|sleppe) (å (svare|si|seie|snakke|svara)|det spørsmålet|spørsmålet|det|dette)\b",
    # «det får hun svare på selv»: hers to answer, not ours to guess
    r"\b(får|må|kan) (hun|ho|han) (svare|si|seie|fortelle|fortelje) (på )?(det |dette )?(selv|sjølv)\b",
    # «hun vil vente med å svare», «ho vil vente med det»
    r"\b(vil|ville|skal|ønsker) (vente|venta) med (å (svare|si|seie|svara|ta stilling)|det|dette)\b",
    # «hun var for sliten», «hun gråt for mye til å svare»
    r"\b(var|er|ble|blei|vart) (for|altfor) (sliten|trøtt|trøytt|utslitt|redd|oppkavet|oppskaka|oppskaket|preget|"
    r"dårlig|syk|sjuk|full|ruset|opprørt|lei seg|medtatt|utmattet)( nå| no| i dag| i kveld)?( [.!])? ?$",
    rf"\b(for mye|for mykje|for lei seg|for opprørt) (til|te) å ({_SAY[1:-1]}|svare|snakke)\b",
    # «hun unngikk spørsmålet», «ho lét vere å svare», «hun lot være å svare», «hun holdt det for seg selv»
    r"\b(unngikk|unngår|unnveik|unnvek|overhørte|ignorerte|ignorerer|overså) (spørsmålet|det|dette)\b",
    rf"\b(lot|lar|let|lét) (være|vere|vera) å ({_SAY[1:-1]}|svare)\b",
    r"\b(holdt|held|heldt|holder) (det|dette|det der) for seg (selv|sjølv)\b",
    # reported: «hun sa hun ikke ville svare», «ho seier ho ikkje vil seie noko»
    rf"\b(hun|ho|han) {NOT} (vil|ville|ønsker|ønsket|orker|orket|tør|torde) {_SAY}\b",
    # «hun orket ikke å ta det nå», «ville ikkje ta det opp»
    rf"\b(orker|orket|orka|ville|vil|klarte|klarer|ønsket|ønska) {NOT} (å )?ta (det|dette|den|det spørsmålet)"
    r"( opp)?( nå| no| i dag| i kveld| her)?( [.!])? ?$",
    # «ho svara ikkje» (nynorsk «svara» is read as «svare»), «han svarer ikke»
    rf"\b(hun|ho|han|de|dei) (svare|svarer|svarar) {NOT}( på (det|dette))?( [.!])? ?$",
    r"\b(vil|ville|ønsker) (ikke|ikkje) (oppgi|opplyse|gi opp|oppgje)\b",
)
# Bare «vil ikke» is a refusal – except to a question that itself asks «Vil …?» (going home).
_BARE_WONT = (r"^ ((hun|ho|han|brukeren|personen) )?(vil|ville) (ikke|ikkje)( det| det nei)? [.!]? ?$|"
              r"^ (det|dette) (vil|ville|ønsker|orker|orket|orka|klarte|turde|torde) (hun|ho|han|brukeren|personen|de|dei) "
              r"(ikke|ikkje)"
              r"( nei| nå)? [.!]? ?$")

# «hun orket ikke mer» ends a yes/no answer: she could not go on with the questions. To «why does she
# call now?» the same words are the answer (she cannot take it any more), so open questions skip this.
_BARE_UNABLE = (rf"^ ((hun|ho|han|brukeren|personen|vi) )?(orker|orket|klarer|klarte|greier|greide|gidder|gadd) "
                rf"{NOT}( mer)? [.!]? ?$")

# The bare form alone, with no «mer»/«lenger» that makes it a reason («orker ikke», «ho orka ikkje», «klarte ikke»).
_BARE_UNABLE_NOW = (rf"^ ((hun|ho|han|brukeren|personen|vi) )?(orker|orket|orka|klarer|klarte|greier|greide|gidder|"
                    rf"gadd) {NOT}( det| å svare| å snakke om det| nå| no)? [.!]? ?$")

_NOT_A_STATEMENT = r"(?! (at|hvor|noe|noe om|om at|hvem|det fantes)\b)"
_UNKNOWN = (
    # left for a later talk: «tar det neste samtale», «det får vi se på neste gang»
    r"\b(tar|ta|tek|se på|sjå på) (det|dette)?( opp)? ?(i )?(neste gang|neste samtale|en annen gang|ein annan gong|"
    r"seinare|senere|i morgen)\b", r"\b(spørsmålet|det) (falt|datt|fall) (bort|ut)\b",
    r"\b(se|sjå) på (det )?(neste gang|neste samtale|senere|seinare)\b",
    # «hun husker ikke», «det husker hun ikke», «aner ikke»
    rf"\b(aner|husker|minnes|kan huske)( {_SUBJ})? {NOT}\b", rf"\b(husker|minnes) {NOT}\b",
    rf"\bkan( {_SUBJ})? {NOT} (huske|husker|hugse|minnes)\b", rf"\bklarer( {_SUBJ})? {NOT} å (huske|hugse)\b",
    # subordinate order: «hun sier hun ikke husker», «at ho ikkje hugsar»
    rf"(^|\b(sier|seier|sa|sei|svarte|svarer)( at)?) (hun|ho|han|jeg|eg|vi) {NOT} (husker|hugsar|hugser|minnes|kan huske)\b",
    r"\b(ingen|inga|ingi) (anelse|aning|peiling|formening|formeining|idé|ide|oversikt|kjennskap|erindring|minne)\b",
    r"\bnull peiling\b",
    rf"\b{NOT} (\w+ ){{0,2}}(peiling|anelse|aning)\b", rf"\b(peiling|anelse) har (hun|ho|han|jeg|eg|vi) {NOT}\b",
    # not decided yet: «ho vil tenke på det», «hun må tenke seg om», «bestemmer seg seinare»
    r"\b(vil|må|skal|ville) (tenke|tenkje|tenka) (på det|seg om|over det|litt)\b",
    r"\b(bestemmer|bestemme|avgjør|avgjere) (seg )?(senere|seinare|etterpå|i morgen)\b",
    r"\b(har|hadde) (ikke|ikkje) bestemt seg\b",
    # «det har hun ikke bestemt», «ikke avgjort ennå»: not decided, so not known
    rf"\b(har|hadde)( {_SUBJ})? {NOT} (bestemt|avgjort|bestemt seg)\b", rf"\b{NOT} (bestemt|avgjort)( (ennå|enda|enno))?\b",
    r"\b(uavklart|uavgjort|ubestemt)\b",
    # «ingen avgjørelse ennå», «inga avgjerd»: no decision made, so not known (the ownwords13 sweep: stored «nei»)
    r"\b(ingen|inga|ikke noen|ikkje nokon) (avgjørelse|avgjerd|avgjerdsle|beslutning|bestemmelse)\b",
    rf"\b{NOT} (tatt|teke|fattet|tatt noen|teke nokon) (avgjørelse|avgjerd|beslutning|standpunkt)\b",
    # «hun forsto ikke hva jeg mente»: the question not understood, so no answer (probe 2 after ownwords13)
    rf"\b(forsto|forstod|skjønte|skjønner|forstår|skjønar) {NOT} (hva|kva) (jeg|eg|vi|me) (mente|meinte|spurte|spurde)\b",
    # «hun er i tvil», «ho er i tvil om det»: in doubt – not known (a lean, «tviler på det», is a hedge)
    r"\b(er|var|blir) (litt |veldig )?i tvil\b",
    # left for now: «vi lot det ligge», «vi venter med det», «lot spørsmålet vere»
    r"\b(lot|lar|lét|let|la) (det|dette|den|spørsmålet|det spørsmålet) (ligge|liggje|vere|være|vera|vente|venta)\b",
    r"^ ((vi|jeg|eg|me) )?(venter|ventar|venta|vente) med (det|dette|den|spørsmålet|det spørsmålet)( (til|i) \w+)?"
    r"( [.!])? ?$",
    # «ikke relevant, ingen barn», «n/a»: the question does not apply – neither yes nor no
    rf"^ ({NOT} (relevant|aktuelt for henne|aktuelt for ho)|not applicable|n / a)( [,.!]|$| $)",
    # «hun vil ikke ta stilling til det nå», «ho har ikkje teke stilling»: not decided, so unknown
    rf"\b(vil|kan|ville|kunne|har|hadde)( {_SUBJ})? {NOT} (ta|tatt|teke|tatt noen|tok) stilling\b",
    # – but «usikker på noen ord» (on the interpreter question) is unsure of something else, not of the answer
    r"\b(usikker|usikkert|usikre)\b(?! på (?!(det|dette|den|om|hva|kva|hvor|kvar|hvordan|korleis|svaret|spørsmålet)\b)"
    r"\w+)", r"\b(uvisst|ukjent|uklart|uklar|ubesvart)\b",
    rf"\b{NOT} (avklart|kjent(?! for)|oppgitt|spurt|sikker|sikkert|godt å si|lett å si|klart|opplyst|godt å vite|"
    # «ikke vurdert», «ikkje klarlagt» (the ownwords14 sweep: stored «nei»)
    r"vurdert|klarlagt|klarlagd|"
    r"lett å vite|godt å seie|lett å seie)\b",
    rf"\b(har|hadde)( {_SUBJ})? {NOT} (spurt|fått spurt|fått svar|fått vite|snakket om|pratet om|kommet inn på|"
    rf"tatt opp|rukket|fått til|kommet så langt|kommet dit|kome dit|nådd dit|kommet til det|kome inn på|"
    rf"komme inn på)\b",
    rf"\bfår (vi|jeg) {NOT} (vite|svar)\b",
    rf"\b(vi|jeg) (rakk|kom|fikk) {NOT}\b", rf"\b(rakk|kom|fikk) (vi|jeg) {NOT}\b", rf"\brakk {NOT}\b",
    rf"\bkom {NOT} (fram|frem|inn på|så langt)\b", rf"\bspurte {NOT}\b",
    r"\b(vanskelig|vanskeleg|umulig|umogleg|uråd|hard|vrient|vrient) å (si|vite|svare|seie|vurdere|vurdera|bedømme|"
    r"bedømma|avgjøre|avgjere|anslå)\b",
    rf"\bkan {NOT} (si|svare)( noe| sikkert)?( om det)?\b",
    rf"\b{NOT} (noe|noko) (jeg|vi) vet\b", r"^ (\?+|hm+|hmm+|tja|tja\.*|aner ikke) $",
    # «vet ikke» – but not «vet ikke at / hvor / noe om …», which state something (she does not know that …)
    rf"\b(vet|veit|visste) {NOT}\b{_NOT_A_STATEMENT}", rf"\bkjenner {NOT} til\b{_NOT_A_STATEMENT}",
    rf"\b(vet|veit) (hun|ho|han|vi|de|dei|jeg|det|brukeren|personen|den) {NOT}\b{_NOT_A_STATEMENT}",
    r"^ ukjent $",
    # «ingen av oss vet det», «ingen her veit», «det vet hun ingenting om», «ho veit ikkje noko om det»
    r"\bingen (av oss|her|hos oss) (vet|veit|kjenner til)\b",
    # «det vet ingen», «ingen veit»: no one knows – as the whole answer (the ownwords12 sweep: stored as «nei»)
    r"^ (det |dette )?(vet|veit|visste) ingen( (sikkert|egentlig|eigentleg))?( [.!])? ?$",
    r"^ ingen (vet|veit|visste)( (det|dette|sikkert))?( [.!])? ?$",
    # «det kan hun ikke vurdere», «ho kan ikkje bedømme det»: not able to judge – not known
    rf"\b(kan|kunne|klarer|klarte)( {_SUBJ})? {NOT} (vurdere|vurdera|bedømme|bedømma|avgjøre|avgjere|anslå|vite)\b",
    # not knowing where he is, as the whole answer: «ho veit ikkje kvar han er» (after a plain «nei» it is a reason)
    rf"^ ((hun|ho|han|jeg|eg|vi) )?(vet|veit|visste|aner) {NOT} (hvor|kvar|kor) (han|hun|ho|de|dei|utøver\w*|\w+en|"
    r"\w+a) (er|bor|oppholder seg|befinner seg|held til|held seg|sover|bur)\b",
    # not asked (yet): «hun sovnet før vi kom så langt», «før vi kom hit»
    r"\b(sovnet|sovna|sovne|sov) før\b", r"\bfør (vi|jeg|eg) (kom|rakk|fikk) (så langt|hit|dit|til det|spurt|spørre)\b",
    r"\b(ikke|ikkje) (spurt|fått spurt|kommet så langt) (ennå|enda|om det)\b",
    # forgot to ask, or to be checked: «glemte å spørre», «gløymde det», «skal sjekke», «må høre med henne»
    r"\b(glemte|glemt|glømte|gløymde|gløymt|gløymte) (å )?(spørre|spørje|spør|det|dette|spørsmålet|den)\b",
    r"^ ((jeg|vi|eg|hun|ho) )?(skal|må|får|vil) (sjekke|sjekka|undersøke|undersøkje|finne ut( av)?|høre|høyre)"
    r"( (det|dette|opp|nærmere|nærare|med (henne|ho|ham|han)|om det|i morgen|senere|seinare))*( [.!])? ?$",
    r"^ ((det|det der) )?spørs( (nå|no|litt))?( [.!])? ?$",
    # «sjekker med henne i morgen», «vi spør henne igjen senere»: to be found out later
    r"^ ((jeg|vi|eg) )?(sjekker|sjekkar|undersøker|spør|høre?r|tar) (det )?(med (henne|ho|ham|han)|opp|(henne|ho) igjen|"
    r"nærmere)( (i morgen|senere|seinare|etterpå|igjen))*( [.!])? ?$",
    # nobody knows: «ingen vet», «ingen veit det»
    r"^ ingen (vet|veit|kan si)( det| sikkert)?( [.!])? ?$",
    # «det vet jeg rett og slett ikke», «det veit eg faktisk ikkje»
    rf"\b(vet|veit) (jeg|eg|vi) (rett og slett|faktisk|dessverre|egentlig|eigentleg|altså|heller) {NOT}\b",
    # «hun ble stille», «ho vart taus»
    r"^ (hun|ho|han) (ble|blei|vart) (helt )?(stille|taus)( [.!])? ?$",
    # «hun ble stille da jeg spurte», «ho vart taus då vi kom inn på det»: silent at the question
    r"^ (hun|ho|han) (ble|blei|vart) (helt )?(stille|taus) (da|då|når) (jeg|eg|vi|me) (spurte|spurde|spør|kom inn på)\b",
    # «har ingen info», «vi har ikke noe informasjon om det»
    r"^ ((jeg|vi|eg) )?(har|har vi|har jeg|har eg) (ingen|ikke noe|ikkje noko|ikke noen) (info|informasjon|opplysninger|"
    r"opplysningar|oversikt)( om (det|dette))?( [.!])? ?$",
    # «ikke kjent for oss», «ukjent for oss»
    r"\b(ukjent|ikke kjent|ikkje kjent) for (oss|meg|senteret|vakta)\b",
    # «det tar hun stilling til senere», «hun må tenke»
    r"\b(dont|don t|do not) (vet|know)\b",  # «dont know» typed without the apostrophe
    r"\b(tar|tek) (hun|ho|han|vi|de|dei) stilling( til( det| dette)?)? (senere|seinare|etterpå|i morgen|seinere)\b",
    r"^ ((hun|ho|han) )?(vil|må|skal|ville) (tenke|tenkje|tenka)( (litt|mer|meir|seg om|på saken))?( [.!])? ?$",
    # «må spørre henne igjen»
    r"^ ((jeg|vi|eg) )?(må|skal|får) (spørre|spørje) (henne|ho|ham|han)( om det)?( igjen| på nytt| i morgen)*( [.!])? ?$",
    # only she knows: «det vet bare hun», «bare ho veit»
    r"\b(det )?(vet|veit) bare (hun|ho|han)\b", r"\bbare (hun|ho|han) (vet|veit)\b",
    # «det står åpent», «står ope»
    r"\b(står|stod|er) (åpent|åpen|ope|open)( foreløpig| enda| ennå| enno| inntil videre)?( [.!])? ?$",
    # no time for it: «vi hadde ikke tid til det», «det ble ikke tid», «tiden strakk ikke til», «fikk ikke tatt det»
    rf"\b(hadde|har|fikk|fekk|hadde vi|har vi|fikk vi)( (vi|jeg|eg))? {NOT} tid\b", rf"\b(ble|blei|vart) (det )?{NOT} tid\b",
    rf"\b(tiden|tida) (strakk|strekker|rakk) {NOT}\b", rf"\b(fikk|fekk) ({NOT} tatt|tatt {NOT}) (det|dette|den)\b",
    rf"\b(spørsmålet|det) (ble|blei|vart) {NOT} (stilt|spurt|tatt)\b",
    # nothing on record: «ingenting kjent», «ingen opplysninger om det», «ingen info om det»
    r"^ (ingenting|ikke noe|ikkje noe|ingen ting) (kjent|opplyst|oppgitt|kartlagt)( om (det|dette))?( [.!])? ?$",
    r"^ ingen (opplysninger|opplysningar|opplysning)( om (det|dette))?( [.!])? ?$",
    # «ingen grunn oppgitt», «ingen forklaring gitt»: nothing said
    r"^ (ingen|ikke noen|ikkje nokon) (grunn|årsak|forklaring|begrunnelse|grunngiving)( \w+)? (oppgitt|gitt|opplyst|"
    r"kjent|nevnt|sagt)( [.!])? ?$",
    r"^ ingen (info|informasjon)( om (det|dette))?( [.!])? ?$",
    # not touched yet: «ikke tatt opp», «ikke snakket om», «ikke kartlagt»
    rf"^ ({NOT} |ennå {NOT} |enno {NOT} )(tatt opp|teke opp|snakket om|snakka om|snakke om|pratet om|prata om|kartlagt|"
    r"kartlagd|berørt|tema|tatt|spurt|kommet så langt|kome så langt|komne så langt|kommet dit|nådd dit|"
    r"kommet til det)( ennå| enno| enda)?( [.!])? ?$",
    # the staff member knows nothing: «det vet jeg ingenting om», «vi veit ingenting»
    r"\b((vet|veit) (jeg|eg|vi)|(jeg|eg|vi) (vet|veit)) (ingenting|ikke noe|ikkje noe|ingen ting)\b",
    # reported not knowing: «hun sier hun ikke vet», «ho seier ho ikkje veit»
    rf"\b(sier|seier|sa|svarte|svarer)( at)? (hun|ho|han) {NOT} (vet|veit|visste)\b",
    # «hun trakk på skuldrene»
    r"\b(trakk|trekker|trekk|drog) på skuldrene\b",
    # the ownwords14 sweep (written before reading this list; stored «nei» or asked again):
    # not thought about, not decided, not landed on: «det har hun aldri tenkt over», «ingenting er bestemt»,
    # «hun har ikke landet på noe», «ikke tatt stilling ennå», «det må hun tenke på»
    rf"\b(aldri|{NOT}) (fått )?(tenkt|tenkje|tenka|tenkt seg) (over|gjennom|på (det|dette)\b|på( [.!])? ?$)",
    r"\b(ingenting|ikke noe|ikkje noko|ingen ting) (er|var|er blitt|har blitt) (bestemt|avgjort|avklart|klart)\b",
    rf"\b{NOT} (landet|landa|lande|kommet fram|kome fram) (på|til) (noe|noko|noen|nokon|det|en|ei|ein)\b",
    rf"^ ({NOT} |ennå {NOT} |enno {NOT} )(tatt|teke|tatt noen|teke nokon) stilling\b",
    r"\b(vil|må|skal|ville) (hun|ho|han) (tenke|tenkje|tenka) (på|over)( (det|dette))?( [.!])? ?$",
    # nothing recorded or told: «ingen har skrevet det ned», «ingen detaljer ennå», «ingenting om det ennå»
    r"\bingen (har|hadde) (skrevet|skrive|notert|skrevet opp|noter) (det|dette|noe|noko)\b",
    r"^ (ingen|inga|ikke noen|ikkje nokon) (detaljer|detaljar|nærmere opplysninger|nærare opplysningar)"
    r"( (ennå|enno|enda|foreløpig))?( [.!])? ?$",
    r"^ (ingenting|ikke noe|ikkje noko|ingen ting) om (det|dette)( (ennå|enno|enda|foreløpig))?( [.!])? ?$",
    # not got to it: «ikke kommet inn på det»; never heard of it: «aldri hørt noe om det»
    rf"\b{NOT} (kommet|kome|komne|komme) inn på (det|dette|temaet|det temaet)\b",
    r"^ ((hun|ho|jeg|eg|vi) )?(har )?aldri (hørt|høyrt) (noe|noko) om (det|dette)( [.!])? ?$",
    # hard for her to say: «vanskelig for henne å si»
    r"\b(vanskelig|vanskeleg|umulig|umogleg|uråd) for (henne|ho|ham|han|meg|oss|dem|dei) å (si|vite|svare|seie|"
    r"vurdere|vurdera|bedømme|avgjøre)\b",
    # probe 2 after the ownwords14 fixes: nothing to compare with, not daring to think of it, torn between, no clear
    # view – «hun klarer ikke å sammenligne», «det tør hun ikke tenke på», «hun vingler», «ho er i villrede»,
    # «ingen klar formening» (four were stored «nei»)
    rf"\b(klarer|klarte|greier|greide|kan|kunne)( {_SUBJ})? {NOT} (å )?(sammenligne|sammenlikne|samanlikne)\b",
    r"\b(ingenting|ikke noe|ikkje noko) å (sammenligne|sammenlikne|samanlikne) med\b",
    rf"\b(tør|tørr|torde|turde|orker|orket|orka)( {_SUBJ})? {NOT} (å )?(tenke|tenkje|tenka) på\b",
    r"\b(vingler|vinglar|vinglet|vingla|i villrede|i villreie|tvilrådig|ambivalent)\b",
    r"\b(ingen|inga|ikke noen|ikkje nokon) (klar|klare|sikker|god|egentlig|eigentleg) (anelse|formening|formeining|"
    r"oppfatning|idé|ide)\b",
    # nobody knows where the children are: «ingen vet hvor de er i kveld»
    r"^ ingen (vet|veit|aner) (hvor|kvar|kor) (de|dei|barna|ungene|ungane|borna) (er|befinner seg|held til|held seg)\b",
    # «vi snakket ikke så mye om det», «har ikke fått snakket med henne om det»
    rf"\b(vi|jeg|eg) (snakket|snakka|snakke|pratet|prata|prate) {NOT} (så )?(mye|mykje|noe|noko|nærmere|meir|mer) om\b",
    rf"\b(har|hadde)( (vi|jeg|eg))? {NOT} (fått )?(snakket|snakka|snakke|pratet|prata|prate) (med (henne|ho|ham|han) )?"
    r"om (det|dette)\b",
    # not talked about: «det snakket vi ikke om», «det spurte vi ikkje om»
    rf"\b(snakket|snakka|snakke|pratet|prata|prate|spurte|spurde|tok) (vi|jeg|eg|hun|ho)( \w+)? {NOT} (om|opp|på)"
    r"( det| dette)?"
    r"( [.!])? ?$",
    # the ownwords15 sweep (written before reading this list; stored «nei» or asked again): nobody can say, nothing to
    # compare with, not thought of yet, too early to say – «ingen kan si det sikkert», «ingen sammenlikning»,
    # «det har hun ikke tenkt på ennå», «for tidlig å si», «for tidleg å seie»
    r"^ ingen (kan|kunne) (si|seie|svare på)( det| dette)?( (sikkert|med sikkerhet|med visshet))?( [.!])? ?$",
    r"\b(ingen|inga|ikke noen|ikkje noka|ikke noe|ikkje noko) (sammenligning|sammenlikning|samanlikning|"
    r"sammenligningsgrunnlag|sammenlikningsgrunnlag|samanlikningsgrunnlag|grunnlag for å (sammenligne|sammenlikne|"
    r"samanlikne))\b",
    rf"\b(aldri|{NOT}) (fått )?(tenkt|tenkje|tenka|tenkt seg) på( (det|dette))? (ennå|enno|enda|foreløpig|før nå|før no)\b",
    r"\b(for|altfor|alt for) (tidlig|tidleg) (å|til å) (si|seie|vite|svare|avgjøre|avgjere|bedømme|vurdere|vurdera|"
    r"bestemme|bestemma|ta stilling)\b",
    # probe 2 after those fixes: nothing to measure it against, no view formed – «hun har ikke noe å måle det mot»,
    # «ho hadde ikkje noko å samanlikne med» (the norm makes «noko» «noe»), «hun har ikke gjort seg opp noen mening»
    rf"\b(ingenting|{NOT} (noe|noko)) å (sammenligne|sammenlikne|samanlikne|måle|måla)( (det|dette|den))? (med|mot)\b",
    # nothing to go on: «ingenting å gå etter», «vi har ikke noe å gå ut fra» (the ownwords16 sweep: stored «nei»)
    rf"\b(ingenting|{NOT} (noe|noko)|ingen ting) å gå (etter|ut fra|ut ifra|utifrå|ut frå|på)\b",
    rf"\b{NOT} (gjort|gjort seg|gjort seg opp|gjort opp) ((seg|sin|si) )?(opp )?(noen|nokon|noka|noko|noe|ei|en|ein|sin|si) "
    r"(mening|meining|formening|formeining|oppfatning)\b",
)


# Not told *someone else*: «hun har ikke sagt noe om det til politiet», «ho har ikkje fortalt nokon», «hun har
# ikke nevnt det for mannen» – a statement (no one was told), not a refusal to tell us.
_TOLD = r"(sagt|fortalt|nevnt|sa|fortalte|nevnte|sagt ifra|sagt fra|meldt|varslet|varsla)"
_US = r"(oss|meg|deg|dere|senteret|krisesenteret|vakta|personalet)"
_TOLD_SOMEONE = (rf"\b{_TOLD}( \w+){{0,4}} (til|for|åt) (?!{_US}\b)(\w+)",
                 rf"\b(fortalt|fortalte|fortel|forteller|nevnt|nevnte) (?!{_US}\b|det\b|noe\b|noko\b|om\b|mer\b|meir\b|"
                 rf"ingenting\b|ikke\b|ikkje\b|så\b|nå\b|no\b)(politiet|noen|nokon|nokre|ham|han|henne|ho|dem|dei|"
                 rf"familien|legen|fastlegen|barnevernet|nav|venninna|venninnen|søstera|søsteren|mora|moren|\w+en|\w+a)\b")


def _told_no_one(t: str) -> bool:
    """«… har ikke sagt noe om det til politiet»: the refusal words say no one else was told (see ``_TOLD_SOMEONE``)."""
    return has(t, *_TOLD_SOMEONE) and not has(compiled("|".join(_TOLD_SOMEONE)).sub(" ", t), *_DECLINED)


# «ingen av dem vet det», «ingen av dei veit»: none of them (third persons) knows – not known, except to a question
# about who knows, where it is the answer (no): «nei, ingen av dem vet det» of the father and brothers (h13 transcript)
_NONE_OF_THEM_KNOWS = r"\bingen av (dei|dem|de) (vet|veit|kjenner til)\b"
# «ingen vet hvor godt hun forstår norsk», «ingen veit om han har våpen»: nobody knows whether / how – not known, with
# the same exception (the ownwords15 sweep: stored «nei»); «ingen vet om det» / «om at …» states who does not know
_NOBODY_KNOWS_WHETHER = (r"^ ingen (vet|veit|aner|kan si|kan seie) (?!om (at|det|dette)\b)(om|hvor|kvar|kor|hva|kva|"
                         r"hvordan|korleis|hvem|kven)\b")


# «det vet hun ingenting om», «ho veit ikkje noko om det»: not known – except to a question about who knows, where
# «han vet ingenting om det» is the answer (no).
_KNOWS_NOTHING = (rf"\b(vet|veit|visste)( {_SUBJ})? (ingenting|ikke noe|ikkje noe|ingen ting)( om( (det|dette|det der))?)?"
                  rf"( (heller|ennå|enno))? [.!]? ?$",)


# «familien vet ingenting», «politiet kjenner ikke til det», «faren hans veit ikkje»: a named third party does not
# know – a fact of the case (no one in the family supports what they do not know of), not our «vet ikke».
_THIRD_KNOWS_NOT = re.compile(rf"\b({'|'.join(talk.THIRD_PARTIES)})( (hans|hennes|hennar|hass|deira|deres))? "
                              rf"(vet|veit|visste|kjenner|kjente|aner)( til)? ({NOT}|ingenting|ikke noe|ikkje noko|"
                              rf"ingen ting)\b")


def declined_or_unknown(t: str, *, vil_question: bool = False, free: bool = False, told_is_answer: bool = False) -> Parsed:
    """Skip, a refusal or not knowing – the answers every question accepts; FAIL when none of them.
    ``free``: the answer to an open question, where «hun orker ikke mer» is an answer, not a refusal –
    but a bare «orker ikke» / «ho orka ikkje» (nothing more) is not managing to answer.
    ``told_is_answer``: a question about who knows («does the police know?»), where «hun har ikke sagt noe om
    det til politiet» says who was told and «han vet ingenting om det» who knows – answers, not a refusal."""
    if has(t, *_SKIP):
        return Parsed(True, SKIPPED)
    unable = has(t, _BARE_UNABLE_NOW) if free else has(t, _BARE_UNABLE)
    declined = has(t, *_DECLINED) and not (told_is_answer and _told_no_one(t))
    if declined or (not vil_question and has(t, _BARE_WONT)) or unable:
        return Parsed(True, DECLINED)
    t = AS_FAR_AS_KNOWN.sub(" ", t)  # «så vidt hun vet ikke»: a hedged no (``hedge``), not «vet ikke»
    t = _THIRD_KNOWS_NOT.sub(" ", t)  # «familien vet ingenting»: their not knowing is read as a no, not «vet ikke»
    if has(t, *_UNKNOWN) or not told_is_answer and has(t, *_KNOWS_NOTHING, _NONE_OF_THEM_KNOWS, _NOBODY_KNOWS_WHETHER):
        return Parsed(True, UNKNOWN)
    return FAIL


# «så vidt hun vet», «som langt eg veit»: what she knows, said as a hedge – its «vet» is no «vet ikke»
AS_FAR_AS_KNOWN = re.compile(r"\b(så|som) (vidt|langt) (jeg|eg|vi|hun|ho|han|de|dei) (vet|veit)\b")


# --- hedges ---------------------------------------------------------------------------------------

_HEDGE_NO = (
    rf"\btror( \w+)? {NOT}\b", rf"\b(sannsynligvis|antakelig|antakeligvis|antageleg|truleg|trolig|nok|"
    rf"neppe|mest sannsynlig|visstnok) {NOT}\b", r"\bneppe\b",
    # «ikke noe hun har fått med seg» (probe 2 after the ownwords14 fixes: stored «nei»)
    rf"\b{NOT} (som|så vidt|det|etter det|slik|sånn|noe|noko)( {_SUBJ})? (vet|veit|husker|kjenner til|har hørt|vet om|"
    r"har fått vite|har fått høre|har fått høyre|fikk vite|fekk vite|har fått greie på|"
    r"har merket|har merka|har lagt merke til|har sett|har fått med seg|har fått med meg|har fått med oss|"
    r"har skjønt|har forstått|"
    # «ikke som hun har sagt», «ikkje som ho har nemnt»: none that she has told of (the dial18 sweep: stored «nei»)
    r"har sagt|har nevnt|har nemnt|har fortalt|har fortalt oss|sa|nevnte|nemnde|fortalte)\b",
    rf"\b{NOT} (så|som) (langt|vidt) (jeg|vi|hun|ho|han) vet\b",
    rf"\b(så|som) (vidt|langt) (jeg|eg|vi|hun|ho|han|de|dei) (vet|veit)( ,)? ({NOT}|nei|aldri)\b",
    r"\btviler\b", r"\btvilar\b", r"\bnok (ikke|ikkje)\b",
    # «ingen våpen som hun vet om», «ikkje noko ho veit om»: none, as far as she knows
    r"\b(ingen|ingenting|ikke noe|ikkje noe)( \w+)?( som| så vidt)? (hun|ho|han|jeg|eg|vi|de|dei) (vet|veit|kjenner til|"
    r"har sett|har hørt)\b",
)
_HEDGE = (
    r"\btror\b", r"\b(sannsynligvis|antakelig|antakeligvis|antageleg|truleg|trolig|muligens|mulig|"
    r"kanskje|visstnok|formodentlig|vel|moglegvis|mogleg|kanhende|kanskje det)\b", r"\bkan hende\b",
    r"\b(kan|kunne) (godt |jo |nok )?ha (\w+t|vært|vore|gjort|sett|hørt)\b",  # «naboen kan ha ringt»: a possibility
    r"\b(virker|verker) (som|sånn|slik|sånt)\b",
    r"\bser (sånn|slik|ut til)\b", r"\bså vidt (jeg|vi|hun|ho|han) vet\b", r"\b(?<!helt )(?<!ganske )sikkert\b",
    r"\b(har|er|vet|gjør|gjer|blir|vil|kan|skal) (han|hun|ho|de|dei|det) nok\b",
    r"\b(han|hun|ho|de|dei|det) (har|er|vet|gjør|blir|vil|kan|skal) nok\b",
    r"^ nok ", r"\b(regner|regnar|rekner|reknar) med\b",
    r"\b(han|hun|ho|de|dei) (merker|merkar|skjønner|skjønar|forstår|hører|høyrer|ser|vet|veit|kjenner)( det| dette)? nok\b",
    # «det kan være han har en kniv», «kan vere det»: a possibility, not a yes (the ownwords13 sweep: stored «ja»)
    r"\bdet kan (godt |jo |nok )?(være|vere|vera)\b", r"^ kan (godt )?(være|vere|vera)\b",
    r"\bmistenker\b", r"\bmest sannsynlig\b", r"\bmuligens\b",
    r"\b(antar|antek|antok|går ut fra|går ut ifrå)( (hun|ho|han|jeg|eg|vi))?( det| at)?\b",
    r"^ ((hun|ho|han|jeg|eg|vi) )?(mener|meiner|syns|synes|tykkjer) (det|så)( (hun|ho|han|jeg|eg|vi))?( ,? (ja|jo|nei))?"
    r"( [.!])? ?$",
    r"\b(vurderer|vurderar|overveier|tenker på å|tenkjer på å)\b",
    # «hun tenker på det» as the whole answer: not decided (the dial18 sweep: asked again, or stored «ja»)
    r"^ ((hun|ho|han|de|dei) )?(tenker|tenkjer|tenkte|tenkje) (litt )?på det( nå| no)?( [.!])? ?$",
    # «det skulle forundre meg om han ikke vet»: a guess (probe 2 after the ownwords14 fixes: stored «nei»)
    r"\b(skulle|ville|hadde) (forundre|forundra|undre|overraske|overraska) (meg|oss|henne|ho)\b",
    # «hun mener at de var der en gang»: what she believes, read back (the ownwords14 sweep: stored «ja»)
    r"^ ((hun|ho|han|jeg|eg|vi) )?(mener|meiner) (at|å huske)\b",
)


# After a plain «nei»/«ja» an intention is not doubt about the answer: «nei, men hun vurderer å anmelde»
# (not yet; she may later) is a no. A belief («nei, hun regner med at han vet det») is still read back.
_PLAIN_START = r"^ (nei|ja|nope|no|yes)( ,| men\b| but\b)"
_INTENTIONS = (r"\b(vurderer|vurderar|overveier|tenker på å|tenkjer på å|considering|thinking about)\b",
               r"\b(tenker|tenkjer) på det\b")


def _only_an_intention(t: str) -> bool:
    """The only hedge in ``t`` is an intention («vurderer å anmelde»), not doubt."""
    return has(t, *_INTENTIONS) and not has(t, *_HEDGE_NO) and not has(compiled("|".join(_INTENTIONS)).sub(" ", t), *_HEDGE)


# «alt mulig», «så fort som mogleg», «gjør alt han kan»: «mulig» as a size or speed, not doubt.
_NOT_A_HEDGE = re.compile(r"\b(alt|alle|all slags|det meste) (som er )?(mulig|mogleg)\b|"
                          r"\b(så|som) \w+ (som )?(mulig|mogleg)\b|\b(ikke|ikkje) (mulig|mogleg)\b")
# A belief with a content of its own: «hun regner med at han er på jobb», «ho trur han er på hytta».
_BELIEF = re.compile(r"\b(tror|trur|trodde|trudde|(regner|regnar|rekner|reknar) med|antar|går ut fra|mener|meiner)"
                     r"( at)? (?P<content>(hun|ho|han|de|dei|den|utøver\w*|\w+en|\w+a) \w+( \w+)+)")


def belief_gives_a_reason(t: str, yes_phrases: Iterable[str], no_phrases: Iterable[str]) -> bool:
    """After a plain «nei»/«ja», a belief is the reason for the answer, not doubt about it, when its content says
    nothing on the question («nei, hun regner med at han er på jobb» to «does he know?») or says the same as the
    plain answer («nei, ho trur han er offshore» to «danger now?»). A content that says the opposite («nei, hun
    regner med at han vet det») or points back with «det» is still doubt, read back once."""
    belief = _BELIEF.search(t)
    if belief is None or not has(t, _PLAIN_START):
        return False
    content = " " + belief.group("content") + " "
    rest = t[:belief.start()] + " " + t[belief.end():]
    if has(rest, *_HEDGE, *_HEDGE_NO):
        return False  # another hedge beside the belief («nei, tror jeg, hun regner med …»)
    if has(content, r"\b(det|dette|om det|så|sånn|slik)\b"):
        return False
    said = yes_no(content, yes_phrases, no_phrases)
    return not said.ok or said.value is (first_word(t) in _YES_FIRST)


def hedge(t: str, yes_phrases: Iterable[str] = (), no_phrases: Iterable[str] = ()) -> Parsed:
    """A hedged yes/no («tror det», «kanskje», «sannsynligvis ikke»): ``unsure`` with its lean, or FAIL."""
    if has(t, *_HEDGE_NO):
        return Parsed(True, False, unsure=True)
    if not has(_NOT_A_HEDGE.sub(" ", t), *_HEDGE):
        return FAIL
    if has(t, _PLAIN_START) and (_only_an_intention(t) or belief_gives_a_reason(t, yes_phrases, no_phrases)):
        return FAIL
    lean = yes_no(t, yes_phrases, no_phrases)
    if lean.ok:
        return Parsed(True, lean.value, unsure=True)
    leans_yes = has(t, r"\btror (det|nok det|(han|hun|ho|de|dei) (har|er|gjør|vet|kan))\b",
                    r"\b(sannsynligvis|antakelig|antakeligvis|antageleg|trolig|truleg|nok|sikkert|visstnok|"
                    r"(regner|regnar|rekner|reknar) med|mest sannsynlig)\b") and not has(
        t, r"\b(kanskje|muligens|mulig|kan hende|moglegvis|mogleg|kanhende)\b")
    return Parsed(True, True if leans_yes else None, unsure=True)


# --- danger right now ------------------------------------------------------------------------------

def danger_now(t: str, third_person_ok: bool) -> bool:
    """«han er på vei», «de står utenfor», «eksen har funnet adressen»: someone coming now – the one
    reading of ``bot.acute.coming_now``, for the dialogues.

    ``third_person_ok``: whether «han»/«hun» here can be read as the perpetrator (after «men», in
    the acute-danger question, or when the pronoun fits the known perpetrator). A named perpetrator
    («utøveren», «eksen», «mannen hennes») always counts; the person herself («hun er på vei hit»
    to the shelter) never does when the pronoun cannot be the perpetrator.
    """
    from bot.acute import coming_now

    return coming_now(t, pronouns=third_person_ok)


NOW_WORDS = r"\b(nå|no|akkurat|nettopp|straks|i dette øyeblikk|i kveld|i natt|i dag)\b"
PAST_ONLY = (r"\b(i (sommer|fjor|vinter|høst|vår|går|forfjor)|for \w+ (år|måned|måneder|månad|månader|uke|uker|veke|veker|"
             r"dag|dager|dagar|tid) siden|for lenge siden|for (ei|ein|en) stund siden|tidligere|tidlegare|"
             r"sist (gang|uke|måned|år|sommer)|forrige (uke|måned|helg|gang|år)|den gangen|en gang|ein gong|"
             r"før i tiden)\b")

# «men nå er han i varetekt», «politiet tok ham i natt», «no sit han inne», «he's in custody now»: the danger
# is held now. Bokmål, nynorsk and English; read on the lower-cased raw text and on ``norm``'s.
CONTAINED = (r"\b(i varetekt|varetektsfengsl\w*|arrestert|arrestera|pågrepet|pågripen|i fengsel|i arresten|"
             r"på glattcella|(sitter|sit|sitt)( han| hun| ho)? inne|i politiets varetekt|bak lås og slå|"
             r"politiet (har |hadde )?(tatt|tok|teke|hentet|henta|henta|arresterte|pågrep|kjørte|køyrde) (med )?"
             r"(ham|han|henne|ho|dem|dei|eksen|mannen|faren|broren|sonen|sønnen)|"
             r"(tatt|teken|henta|hentet|fjernet|fjerna) av politiet|"
             r"in custody|arrested|in jail|in prison|behind bars|locked up|"
             # away, far from here now: «men er i utlandet nå», «han er offshore»
             r"(er|sitter|sit|jobber|jobbar)( han| hun| ho)? (i utlandet|offshore|på sjøen|langt unna|bortreist|"
             r"innlagt|på sykehus|"
             r"i en annen by|i ein annan by|på jobb i \w+)|"
             r"police (took|have taken|has taken|picked up|came and took))\b")


def contained_now(text: str) -> bool:
    """The danger is held now: the perpetrator arrested, in custody, in prison (``CONTAINED``)."""
    low = " " + " ".join((text or "").lower().split()) + " "
    return has(low, CONTAINED) or has(norm(text or ""), CONTAINED)


def fix_med(t: str) -> str:
    """«bor sammen meg ham», «meg han»: a slip of «med» (no one writes «meg» before a pronoun or «sammen meg»)."""
    t = compiled(r"\bsammen meg\b").sub("sammen med", t)
    return compiled(r"\bmeg (?=(ham|han|henne|hun|ho|dem|dei|barna|ungene|borna)\b)").sub("med ", t)


# «ikke direkte», «ikkje akkurat», «not exactly»: a no that only covers part of the question.
_QUALIFIED_NO = (r"^ ([,.]? )?(nei ,? )?(ikke|ikkje) (direkte|akkurat|egentlig|eigentleg|sånn|slik|helt|heilt|med ord|"
                 r"rett ut|i klartekst|med de ordene|med dei orda|exactly|directly|"
                 # «ikke alltid, men ofte»: not every time – what follows says how often
                 # (nynorsk «kvar» is read as «hvor» by ``norm``: «kvar gong» arrives as «hvor gong»)
                 r"alltid|(hver|hvor|kvar|kver) (gang|gong)|bestandig|always|every time)\b")
# «… har sagt at hun ikke skal leve»: a negation inside what was said or thought is no answer of its own
_CONTENT_CLAUSE = re.compile(r"\b(at|om)\b.*$")


# «ikke før», «ikkje i starten»: a no about an earlier time, so what follows «men» answers for now.
_NOT_BEFORE = (r"^ ([,.]? )?((nei|nope) (, )?)?(ikke|ikkje|aldri) (før|tidligere|tidlegare|først|fyrst|i starten|"
               r"i begynnelsen|til å begynne med|i byrjinga)\b")


# «ikke nå, men før»: not now, but earlier – to a question about ever («Har … ?», «før eller nå»), a yes.
_NOT_NOW = r"^ ([,.]? )?((nei|nope) (, )?)?(ikke|ikkje) (nå|no|lenger|lengre|akkurat nå|i det siste)\b"
_EARLIER = (r"^ ,? ?((ja|jo) ,? )?(før|tidligere|tidlegare|før i tiden|før i tida|i fortiden|tidligere ja|før ja|"
            r"(for|i) (en|ein|ei) (periode|stund|tid) (siden|sidan)?|det har (det|han|hun|ho) (før|tidligere)|"
            r"har (han|hun|ho|det) (før|tidligere)|før har (han|hun|ho|det) (det )?)( ,? ?(ja|jo))?( [.!])? ?$")


# A time before now at the start of what follows «men» («men før jul var hun det», «men før, da de bodde sammen»,
# «men de var der i fjor»): the answer turns to the past.
_PAST_TIME = (r"\b(før|tidligere|tidlegare|i fjor|i fjol|for (\w+ ){1,3}(siden|sidan)|da (de|dei|hun|ho|han|vi) "
              r"(bodde|budde|var|levde|levde sammen|hadde|slo|truet|truga|drakk)|i (19|20)\d\d|den gangen|den gongen|"
              r"forrige (år|gang|sommer|vinter|høst|jul)|"
              r"i forrige (uke|veke|måned)|i helga|i helgen|sist (helg|år|sommer|sommar|vinter|høst|haust|jul)|"
              # «ikke nå, men i sommer» to «has she feared for her life?» (the ownwords14 sweep: stored «nei»)
              r"i (sommer|sommar|vinter|vår|høst|haust|jula|julen|påska|påsken|romjula|romjulen|nyttår)|"
              r"\w+ (år|måneder|månader|uker|veker) (siden|sidan))\b")
_PAST_VERB = r"\b(var|vart|hadde|ble|blei|bodde|budde|kom|gjorde|ringte|slo|truet|truga)\b"


def past_tail(t: str) -> bool:
    """What follows «men» tells what was, not what is («nei, men de var hos ham i helga»)."""
    return _tells_the_past(split_men(t)[1])


def tells_the_past(text: str) -> bool:
    """Whether ``text`` tells what was, with a time and a past verb («de var hos faren i helgen»), not what is."""
    return _tells_the_past(text)


def _tells_the_past(tail: str | None) -> bool:
    """``past_tail`` for a tail already split off (``read_yes_no`` has it)."""
    if tail is None or not tail.strip():
        return False
    return has(tail, _PAST_TIME) and has(tail, _PAST_VERB) and not declined_or_unknown(tail).ok


# After «nei, men …»: what happens at other times («men han drikker mye ellers») does not turn the no.
_OTHERWISE = r"\b(ellers|elles|utenom (det|dette|volden)|til andre tider|andre ganger|andre gonger)\b"
# After «nei, men …»: a wish or a loss asserts nothing now («men hun vil gjerne ha katt», «men hun savner katten»).
_NOT_ASSERTED = (r"\b(savner|saknar|sakner|savnet|sakna|(vil|ville|skulle) (så )?gjerne (ha|hatt|fått)|ønsker seg|"
                 r"ønskjer seg|ønsket seg|drømmer om|drøymer om|har lyst (på|til å ha|til å få)|hadde lyst på|"
                 r"håper (på|å få)|kunne tenke seg|kunne tenkje seg)\b")
# «nei, men han mistenker noe», «nei, men dei aner nok noko»: someone suspects – he does not know; the no stands.
_ONLY_SUSPECTS = (r"^ ,? ?(han|hun|ho|de|dei|utøveren|familien|\w+en) (mistenker|mistenkjer|aner|ante|lurer på|kan ane)"
                  r"( nok| kanskje| vel| nok litt| litt)? (noe|noko|at noe|kanskje noe)( (er|skjer|foregår) ?\w*)?"
                  r"( [.!])? ?$")


def split_men(t: str) -> tuple[str, str | None]:
    """«nei, men de har sett volden» → (« nei , », « de har sett volden »); no «men» → (t, None)."""
    match = compiled(r"\bmen\b").search(t)
    if not match:
        return t, None
    return t[:match.start()] + " ", " " + t[match.end():]


# --- yes / no -------------------------------------------------------------------------------------

_NO_FIRST = {"nei", "nope", "niks", "nix", "neida", "nein", "no", "nepp", "næh", "aldri"}
_YES_FIRST = {"ja", "jepp", "japp", "jo", "jada", "joda", "jauda", "javisst", "jaha", "jaja", "stemmer", "riktig", "korrekt",
              "sant",
              "visst", "yes", "jau"}
# Words that strengthen whatever follows: «absolutt ikke» is a firm no, «absolutt» alone a firm yes,
# «overhodet ikke», «slett ikke», «ikke i det hele tatt» no. They never decide the polarity themselves.
INTENSIFIERS = (r"(absolutt|definitivt|overhodet|slett|virkelig|helt|fullstendig|totalt|aldeles|garantert|"
                r"helt sikkert|helt klart|i det hele tatt|i det heile tatt|aldri i livet)")
_LEADING_INTENSIFIERS = re.compile(rf"^ (({INTENSIFIERS}) [,.!]? ?)+")
_YES_SAID = (r"\b(ja|jepp|japp|stemmer|det stemmer|riktig|korrekt|absolutt|definitivt|helt klart|helt sikkert|"
             r"det har (han|hun|ho|de|dei)|det gjør (han|hun|ho)|det gjer (han|ho)|det er (han|hun|ho) det|"
             r"det er det|(nå|no) (er|har|gjør) (hun|han|ho|de|dei) det)\b")
# How often something happened: a yes to «has it happened?», but not to a question about this moment – «han har
# truet henne mange ganger» does not say anyone is in danger now («akutt fare akkurat nå?»).
_HOW_OFTEN = (r"\b(det har skjedd|har skjedd|flere ganger|fleire gonger|mange ganger|mange gonger|en gang|ein gong|ofte|"
              r"hele tiden|heile tida|av og til|innimellom|iblant|gjentatte ganger|noen ganger|nokre gonger|"
              r"nokre gongar|nokon gonger|stundom|to ganger|tre ganger|et par ganger|eit par gonger|sometimes|often)\b")
_YES = (_YES_SAID, _HOW_OFTEN)
_NEGATION = (rf"\b{_NEG}\b", r"\bslett ikke\b")
# Her answer as the staff member reports it: «hun sier nei», «ho seier ja», «hun svarte nei til det».
_REPORTED = re.compile(r"^ (hun|ho|han|hu|personen|brukeren|kvinnen|beboeren) (sier|seier|sa|sei|svarer|svarar|svarte|"
                       r"svara)( at)? (?=(nei|ja|jo|nope|neida|jada|aldri)\b)")
# «det har det», «det gjør det», «det var det»: a yes said by echoing the question's verb.
# «det blir nok det» (the hedge is read back): the echo with «nok/vel/jo» inside as well as after
_ECHO_YES = r"^ (ja ,? )?det (har|gjør|gjer|var|blir|vil|kan|skal)( (nok|vel|jo))? det( (nok|vel|jo))?( [.!])? ?$"
_CONFIRM_WORDS = r"^ (det )?(stemmer|riktig|korrekt|nettopp|akkurat|lagre det|det er riktig)( det)? [.!]? ?$"


_NUMBER_WORD = r"(\d{1,2}|en|ett|ei|ein|eitt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)"
# A slip corrected in the same message: «telefon, nei vent, hun kom selv», «nei, unnskyld, ja», «tre, nei fire»,
# «kona – jeg mener samboeren». What follows the last such marker is the answer.
_CORRECTION = re.compile(
    r"(?<!\w)(nei vent|vent nei|nei ,? vent|vent litt nei|nei unnskyld|unnskyld|nei beklager|beklager(?! seg)|"
    r"nei sorry|sorry|"
    r"nei forresten|"
    # «ja – beklager, mente nei»: the meant answer named
    r"(mente|meinte|meant)(?= (ja|jo|nei|yes|no)\b)|"
    # «nei, altså ja», «ja, eller nei – hunden er død»: the plain answer after the marker is kept
    r"(?<=\bnei )(?:, )?altså(?= ,? ?(ja|jo)\b)|(?<=\bja )(?:, )?altså(?= ,? ?nei\b)|"
    # – but «ett barn, eller nei, to» corrects a number: the answer is the number, not the «nei» (ownwords15 sweep)
    rf"(?<=[,\-–] )eller(?= (nei|ja|jo) [,.\-–])(?! nei ,? ?[-–]? ?{_NUMBER_WORD}\b)|"
    r"eller nei|nei ((,|[-–]) )?feil|(jeg|eg) (mener|mente|meiner|meinte)|rettelse|retting|korreksjon|korrigering|nei altså|"
    # a slip named as such: «nei, skrivefeil: ja», «tastefeil, det er tre»
    r"skrivefeil|tastefeil|feiltasting|feiltastet|trykket feil|trykte feil|"
    # a plain answer turned at once after a dash: «nei – jo, en undulat», «ja – nei, de er hos mormor»
    r"(?:(?<=\bnei )|(?<=\bja ))[-–](?= (?:jo|ja|nei)\b)|"
    # a «nei» turned into «jo» after a comma: «nei, jo, én gang i fjor» (the ownwords15 sweep: stored «nei»)
    r"(?<=^ nei ),(?= jo\b)|"
    # set off by commas or a dash, and only when a plain answer follows: «nei, vent, ja», «nei - eller jo, ja»,
    # «nei, feil, ja» – not «nei – vent, nå sier hun at han står utenfor» (no correction of the answer)
    r"(nei ,? |[,.\-–] )(vent|feil|unnskyld|sorry|forresten|eller jo|eller ja)(?= ,? ?(ja|jo|nei)\b))(?!\w)")
# «tre, nei fire»; with the noun between: «ett barn, nei to» (the ownwords15 sweep: stored 1)
_NUMBER_SLIP = re.compile(rf"\b{_NUMBER_WORD}( (barn|born|unge|unger|ungar|ungane|stykk|stk))? ,? ?([-–] )?nei ,? ?"
                          rf"(?={_NUMBER_WORD}\b)")


def corrected(t: str) -> str:
    """The answer after a correction in the same message (``_CORRECTION``), or ``t`` as it is. Only a marker
    with something before it (there is a slip to correct) and an answer after it counts."""
    last = None
    # a marker needs a slip before it – or carries one: «nei, vent, ja» (the «nei» was the slip)
    slips = [m for m in _CORRECTION.finditer(t)
             if t[:m.start()].strip(" ,.-–") or compiled(r"nei\b.*\w").match(m.group(0))]
    for match in (*slips, *_NUMBER_SLIP.finditer(t)):
        if last is None or match.end() > last.end():
            last = match
    late = compiled(r"^ (nei|ja|jo)\b.*\b(jo|ja|nei) (forresten|likevel|allikevel)( [.!])? ?$").search(t)
    if last is None and late:
        return f" {late.group(2)} "  # «nei… jo forresten»: the answer is the word before «forresten»
    if last is None:
        return t
    tail = t[last.end():].strip(" ,.-–:;")
    return f" {tail} " if compiled(r"[^\W_]").search(tail) else t


# «seksuell og psykisk, nei bare psykisk», «husrom, nei bare samtaler»: a list, «nei», and «bare …» – what follows
# «bare» is the list (dial18 probe 2: both kept).
_LIST_SLIP = re.compile(r"^.+? (, )?nei (, )?(?P<tail>(bare|berre|kun|only) .*[^\W\d_].*)$")


def list_corrected(t: str) -> str:
    """For an answer that is a list: the part after «…, nei bare …», or ``t`` as it is."""
    slip = _LIST_SLIP.match(t)
    return f" {slip.group('tail').strip()} " if slip else t


def contradictory(t: str) -> bool:
    """A short answer that says both yes and no («ja og nei») cannot be stored as either."""
    words = compiled(r"[a-zæøå]+").findall(t)
    return len(words) <= 4 and bool({"ja", "jo"} & set(words)) and bool({"nei"} & set(words))


def yes_no(t: str, yes_phrases: Iterable[str] = (), no_phrases: Iterable[str] = (), *, structural: bool = False,
           told_is_answer: bool = False, vil_question: bool = False, this_moment: bool = False) -> Parsed:
    """True / False from one clause: a leading «ja»/«nei» decides, then the question's «no» phrases,
    then negation, then yes words and the question's «yes» phrases.

    ``yes_phrases`` are what a yes sounds like for this question («han har kvelt henne»);
    ``no_phrases`` what a no sounds like when it has no negation word («omtrent som før»).
    ``structural``: a negation (or a leading «nei» before one) that attaches to the conversation – «det kom vi
    aldri inn på», «hun ga ikke noe svar» – is not a no but not known / declined (``bot.dialogue.talk``).
    ``this_moment``: the question asks about this moment («akutt fare akkurat nå?»), so how often something
    happened («mange ganger») is no yes.
    """
    if contradictory(t):
        return FAIL
    strengthened = _LEADING_INTENSIFIERS.match(t)
    if strengthened:  # «absolutt ikke», «helt sikkert», «definitivt, han har truet henne»
        rest = " " + t[strengthened.end():]
        if not rest.strip(" .!,"):
            return Parsed(True, True)
        if first_word(rest) in _NO_FIRST or compiled(rf"^ [,.!]? ?{_NEG}\b").match(rest):
            return Parsed(True, False)
        read = yes_no(rest, yes_phrases, no_phrases)
        return read if read.ok else Parsed(True, True)
    t = _REPORTED.sub(" ", t)  # «hun sier nei», «ho svarte ja»: her answer, reported
    if has(t, rf"^ (det )?(stemmer|riktig|korrekt|sant) {NOT}\b", r"^ null( [.!])? ?$"):
        return Parsed(True, False)  # «stemmer ikke», «det stemmer ikkje»; «null»
    first = first_word(t)
    about_talk = (talk.about_the_conversation(t, told_is_answer=told_is_answer, vil_question=vil_question)
                  if structural else None)
    if about_talk is not None and first not in _YES_FIRST and not has(t, *no_phrases) and not has(
            t, *(p for p in yes_phrases if _OWN_NEGATION.search(p))):
        return Parsed(True, DECLINED if about_talk == "want" else UNKNOWN)
    if first in _NO_FIRST:
        return Parsed(True, False)
    if first in _YES_FIRST:
        return Parsed(True, True)
    if has(t, *no_phrases):
        return Parsed(True, False)
    if has(t, *(p for p in yes_phrases if _OWN_NEGATION.search(p))):
        return Parsed(True, True)  # a yes said with its own negation: «ho fekk ikkje puste» to «kvelertak?»
    if has(t, *_NEGATION):
        return Parsed(True, False)
    if has(t, *(_YES_SAID,) if this_moment else _YES) or has(t, *yes_phrases) or has(t, _ECHO_YES):
        return Parsed(True, True)
    return FAIL


def confirms_lean(t: str) -> bool:
    """«stemmer», «det er riktig»: the staff member confirms what the dialogue read back."""
    return has(t, _CONFIRM_WORDS)


# A belief about the answer itself after not knowing: «vet ikke, tror det», «veit ikkje heilt, trur ikkje det».
_LEAN_AFTER_NOT_KNOWING = (r"\b(vet|veit) (ikke|ikkje)\b(.*? )?(men )?(?P<belief>(tror|trur|antar)( (ikke|ikkje))? "
                           r"(det|nok det|vel det))( [.!])? ?$")


def read_clause_yes_no(t: str, yes_phrases: Iterable[str], no_phrases: Iterable[str], *,
                       vil_question: bool = False, told_is_answer: bool = False, this_moment: bool = False) -> Parsed:
    """One clause of a yes/no answer: refusal / not knowing, hedge, then yes or no."""
    meta = declined_or_unknown(t, vil_question=vil_question, told_is_answer=told_is_answer)
    lean = compiled(_LEAN_AFTER_NOT_KNOWING).search(t) if meta.ok and meta.value == UNKNOWN else None
    if lean:
        leaning = hedge(f" {lean.group('belief')} ", yes_phrases, no_phrases)
        if leaning.ok:
            return leaning  # «vet ikke helt, tror ikke det»: not sure, but with a lean – read back once
    if meta.ok:
        return meta
    hedged = hedge(t, yes_phrases, no_phrases)
    if hedged.ok:
        return hedged
    return yes_no(t, yes_phrases, no_phrases, structural=True, told_is_answer=told_is_answer,
                  vil_question=vil_question, this_moment=this_moment)


def _definite(p: Parsed) -> bool:
    return p.ok and not p.unsure and isinstance(p.value, bool)


# «ja, og hun vil ikke si mer», «nei. mer vil hun ikke fortelle», «ja, men hun vil ikke si når»: a plain yes or no,
# then a refusal to say MORE – the answer stands and the refusal only closes the topic (the ownwords17 sweep: 25 of 42
# were stored as a refusal; «ja, men …» alone was read yes, «og» and a full stop were not). The rest must refuse more
# words or a detail, never the question itself: «nei, men det vil hun ikke snakke om» stays a refusal, and so does a
# no contested by «men» («nei, men det vil ho ikkje snakke meir om»: the no may be a way not to answer).
_PLAIN_HEAD = re.compile(r"^ (?P<head>ja|jo|nei|jepp|nope|yes|no)( [,.!;:]( (og|men|and|but))?| (og|men|and|but)) "
                         r"(?P<rest>.+)$")
_MORE = (r"\b(mer|meir|noe mer|noko meir|utdype|utdjupe|nærmere|nærare|detaljer|detaljar)\b",
         r"\b(si|fortelle|svare på|nevne|forklare|seie) (hvor|hvem|når|hva|hvilke\w*|hvordan|hvorfor|kor|kva|kvifor|"
         r"kven|kvar|korleis)\b",
         r"\bgjenta\b")


def answer_before_no_more(t: str) -> str:
    """``t`` cut to its opening «ja»/«nei» when the rest only refuses to say more (see ``_MORE``); else ``t``."""
    m = _PLAIN_HEAD.match(t)
    if m is None or not has(m.group("rest"), *_MORE):
        return t
    if m.group("head") in ("nei", "nope", "no") and has(m.group(0)[:12], r"\b(men|but)\b"):
        return t  # «nei, men det vil ho ikkje snakke meir om»: a contested no stays a refusal (safety-026)
    rest = declined_or_unknown(f" {m.group('rest').strip()} ")
    return f" {m.group('head')} " if rest.ok and rest.value in (DECLINED, UNKNOWN) else t


def read_yes_no(t: str, yes_phrases: Iterable[str] = (), no_phrases: Iterable[str] = (), *,
                vil_question: bool = False, told_is_answer: bool = False, ever_question: bool = False,
                now_question: bool = False, this_moment: bool = False) -> Parsed:
    """A whole yes/no answer. An answer that turns after «men» is read as a whole:

    - «nei, men de har sett volden»: the second half says yes in this question's own words → yes;
    - «ja, men ikke så ofte»: a qualified yes stays yes;
    - «nei, men det vil hun ikke snakke om»: a refusal after a leading «nei» is a refusal;
    - «vet ikke, men tror det»: a hedge, confirmed before storing.
    ``now_question``: the question asks what is so now; a tail that tells what was says no yes.
    ``this_moment``: it asks about this very moment (``yes_no``).
    """
    yes_phrases, no_phrases = tuple(yes_phrases), tuple(no_phrases)
    t = answer_before_no_more(t)

    def clause(text: str) -> Parsed:
        return read_clause_yes_no(text, yes_phrases, no_phrases, vil_question=vil_question,
                                  told_is_answer=told_is_answer, this_moment=this_moment)

    head, tail = split_men(t)
    if tail is None or not tail.strip():
        return clause(t)
    if ever_question and has(head, _NOT_NOW) and has(tail, _EARLIER):
        return Parsed(True, True)  # «ikke nå, men før» to «har hun vært redd for livet?»: yes, earlier
    if ever_question and has(head, _NOT_NOW) and has(tail, _PAST_TIME) and not has(tail, *_NEGATION) \
            and not declined_or_unknown(tail).ok:
        return Parsed(True, True)  # «ikke nå, men før jul var hun det», «ikke nå, men de var der i fjor»: yes, earlier
    h = clause(head)
    tl = clause(tail)
    tail_says_yes = bool(yes_phrases) and not has(tail, _OTHERWISE, _NOT_ASSERTED) and not (
        now_question and _tells_the_past(tail)) and (  # «nei, men hun hadde katt før» to «has she pets (now)?»
        has(tail, *yes_phrases) and not has(tail, *_NEGATION)
        # a yes said with its own negation: «nei, men han holdt for munnen så hun ikke fikk puste»
        or has(tail, *(p for p in yes_phrases if _OWN_NEGATION.search(p))))
    if _definite(h) and h.value is False:
        if has(tail, _ONLY_SUSPECTS):
            return h  # «nei, men han mistenker noe» to «does he know?»: he does not know – the no stands
        if tail_says_yes or has(head, _NOT_BEFORE) and _definite(tl) and tl.value is True:
            return Parsed(True, True)  # «nei, men de har sett volden»; «ikke før, men nå er hun det»
        if tl.ok and tl.value in UNANSWERED:
            return tl
        if tl.unsure and not _only_an_intention(tail):  # «nei, men kanskje»: the halves disagree – ask back
            return Parsed(True, True if tl.value is True else None, unsure=True)
        if has(head, _QUALIFIED_NO) and _definite(tl) and tl.value is True:
            return Parsed(True, True)  # «ikke alltid, men ofte»: not every time, but yes
        if has(head, _QUALIFIED_NO) and word_count(tail) >= 2 and not (
                tl.ok and tl.value is False and has(_CONTENT_CLAUSE.sub(" ", tail), *_NEGATION)):
            # «ikke direkte, men han har sagt at hun kommer til å angre»: a no in part, and something said
            # instead – read back once rather than stored as a plain no
            return Parsed(True, None, unsure=True)
        return h
    if _definite(h) and h.value is True:
        return h
    if h.ok and h.value in UNANSWERED or not h.ok or h.unsure:
        if tail_says_yes:
            return Parsed(True, True)
        if tl.ok:
            return tl
        return h
    return h


def strip_negated(t: str) -> str:
    """Drop «ikke X» / «ingen X» spans so «ikke telefon, hun kom selv» is not read as telephone."""
    t = compiled(rf"\b\w+ {_NEG} (?=,? ?men\b)").sub(" ", t)  # «slår ikke, men truer»: the verb before its negation
    # «ikke noe fysisk», «ikkje så mykje psykisk»: a filler word between the negation and what it negates
    return compiled(rf"\b{_NEG} ((noe|noko|no|så|særlig|serleg|mye|mykje|helt|heilt|direkte|egentlig|eigentleg) )?"
                    rf"(\w+ )?").sub(" ", t)


def one_of(t: str, table: Iterable[tuple[str, Iterable[str]]]) -> Parsed:
    """The first code whose phrase matches the negation-stripped text, else the text as written
    (so a choice that is itself a negation, «ingen av delene», is still found)."""
    table = list(table)
    for text in (strip_negated(t), t):
        for code, patterns in table:
            if has(text, *patterns):
                return Parsed(True, code)
    return FAIL


def all_of(t: str, table: Iterable[tuple[str, Iterable[str]]]) -> Parsed:
    """Every code whose phrase matches, in table order (a list answer)."""
    stripped = strip_negated(t)
    # a phrase written with its own negation («aldri få se barna», «får ikke gå ut») is read on the text as
    # written: stripping «ikke X» first would take away what it looks for
    found = [code for code, patterns in table
             if has(stripped, *patterns) or has(t, *(p for p in patterns if _OWN_NEGATION.search(p)))]
    return Parsed(True, found) if found else FAIL


_OWN_NEGATION = re.compile(r"ikke|ikkje|aldri|ingenting")


# --- numbers ---------------------------------------------------------------------------------------

NUMBER_WORDS = {
    "null": 0, "ingen": 0, "ett": 1, "en": 1, "ei": 1, "eitt": 1, "ein": 1, "én": 1, "éin": 1, "et": 1, "to": 2, "tre": 3,
    "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "tvillinger": 2, "tvillingar": 2,
}


def count_word(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


_CONFIRM = (r"\b(lagre|lagr|lagra|ja|jepp|stemmer|riktig|ok|okei|greit|bekreft|send|det stemmer|korrekt)\b",)


def confirm(t: str) -> Parsed:
    """«ja, lagre» → True; anything with «nei», «endre» or «feil» is not a confirmation."""
    if has(t, *_CONFIRM) and not has(t, r"\b(nei|ikke|ikkje|endre|feil|avbryt)\b"):
        return Parsed(True, True)
    return FAIL
