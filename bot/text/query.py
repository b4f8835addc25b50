"""Search-side word normalisation against the guide's own vocabulary.

Staff write nynorsk, dialect, irregular forms, typos and compounds the guide splits differently
(«trusselkartlegging» / «kartlegging av trusler»). Each word of a question (and of the text the
ranker learns from) becomes the bokmål word(s) the corpus uses:

1. known to the corpus: kept;
2. a nynorsk or dialect word from the dictionary below (general vocabulary, not a list of any
   test question's words);
3. an irregular form the Snowball stemmer cannot join (``lemmas.py``: kvalt → kvele, dro → dra,
   menn → mann), when the corpus knows the lemma;
4. nynorsk spelling rules (‑leg → ‑lig, ‑heit → ‑het, ‑ar → ‑er, kv‑ → hv‑, ei → e …), a candidate
   kept only when the corpus knows it;
5. a compound the corpus does not have, split into two words it does («tolkebehov» → tolk + behov);
6. a typo: the corpus word within edit distance 1 (2 for long words) with the same first letter,
   most frequent first (SymSpell).

Before all of these, a word typed without æ, ø or å («ogsa», «fa», «forste», «besoksforbud») gets
them back when the guide's own text (titles and bodies, not the example questions, which keep
their writers' typos) has the restored form and not, or far more rarely, the typed one
(``fold_candidates``). Short words are restored this way, never by the typo step.

Only the search uses this (the NLU keeps ``normalize.stem`` on plain tokens, so the trained Rasa
model is unaffected). Known compounds of the corpus are also split, so the parts meet a question
that writes them apart.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable

from bot.text.glossary import knows_english
from bot.text.lemmas import irregular_forms
from bot.text.normalize import NYNORSK, stem, stop_words

_WORD = re.compile(r"\w+", re.U)
MIN_PART = 3  # shortest part of a split compound
MIN_COMPOUND = 8  # shortest word tried as a compound
# Longest word tried as a compound: the guide's longest is 29 letters; a pasted 10,000-letter
# «word» would cost a quadratic search of its splits (seconds of a blocked action server).
MAX_COMPOUND = 40
MIN_TYPO_LEN = 5  # shorter words are too easily «corrected» into another word
# A word only the example questions have is tried as a typo of a word used at least
# EXAMPLE_TYPO_RATIO times as often that the corpus uses at least EXAMPLE_TYPO_COMMON times, or
# EXAMPLE_TYPO_GUIDE_RATIO times as often that the guide's own text has (``Vocabulary._examples_typo``):
# a typo several writers share («regelmesige» 4 times beside «regelmessige» 17, «forbrede» 8 beside
# «forberede» 30) is still one; the guide's text, unlike the examples, has none.
EXAMPLE_TYPO_RATIO = 8
EXAMPLE_TYPO_GUIDE_RATIO = 4
EXAMPLE_TYPO_COMMON = 20
MAX_FOLDS = 3  # at most this many letters of one word are given back their æ/ø/å
# A word with more places that could be æ/ø/å than this is not tried: no word of the guide has
# nearly as many, and the candidates grow as the cube of them («a» × 10,000 from a pasted
# message would block the action server for hours).
MAX_FOLD_SPOTS = 16
# A typed word the guide's text has too yields only to a restored form at least this many times as
# frequent: «pa» (once, in a name) → «på», but «bor» stays «bor» although «bør» is twice as common.
FOLD_RATIO = 20
# What a keyboard without Norwegian letters writes for each of them.
_FOLDS = (("ae", "æ"), ("aa", "å"), ("oe", "ø"), ("a", "å"), ("a", "æ"), ("o", "ø"))

# Nynorsk and dialect spellings of everyday words → bokmål (adds to ``normalize.NYNORSK``, which
# the NLU shares). General vocabulary of the domain: people, services, feelings, everyday verbs.
NYNORSK_MORE = {
    "heimen": "hjemmet", "heimane": "hjemmene", "budde": "bodde", "buande": "boende", "borna": "barna",
    "ungar": "barn", "unge": "barn", "gut": "gutt", "gutane": "guttene", "jenta": "jenten",
    "eigen": "egen", "eige": "eget", "eigne": "egne", "sjølv": "selv", "sjølve": "selve", "noko": "noe",
    "nokon": "noen", "nokre": "noen", "nokså": "ganske", "ingenting": "ingenting", "kvar": "hver", "kvart": "hvert",
    "annan": "annen", "anna": "annet", "same": "samme", "fleire": "flere", "mange": "mange", "heile": "hele",
    "heilt": "helt", "difor": "derfor", "viss": "hvis", "òg": "også", "framleis": "fortsatt", "enno": "ennå",
    "seinare": "senere", "tidlegare": "tidligere", "saman": "sammen", "åleine": "alene", "einsam": "ensom",
    "hennar": "hennes", "deira": "deres", "dykkar": "deres", "då": "da", "no": "nå", "ho": "hun", "me": "vi",
    "gjere": "gjøre", "gjer": "gjør", "gjorde": "gjorde", "leggje": "legge", "setje": "sette", "tenkje": "tenke",
    "søkje": "søke", "søkjer": "søker", "dreg": "drar", "drog": "dro", "kome": "komme", "kjem": "kommer",
    "sjå": "se", "såg": "så", "lyt": "må", "ynskje": "ønske", "ønskje": "ønske", "ønskjer": "ønsker",
    "ynskjer": "ønsker", "veit": "vet", "høyre": "høre", "høyrer": "hører", "ringje": "ringe", "ringjer": "ringer",
    "ringde": "ringte", "byrje": "begynne", "byrjar": "begynner", "halde": "holde", "held": "holder", "tek": "tar",
    "teke": "tatt", "følgje": "følge", "følgjer": "følger", "fylgje": "følge", "leite": "lete", "leitar": "leter",
    "fann": "fant", "kjenne": "kjenne", "sende": "sende", "fortalde": "fortalte", "forteljing": "fortelling",
    "sakshandsamar": "saksbehandler", "helsesjukepleiar": "helsesykepleier", "sjukehus": "sykehus",
    "sjukdom": "sykdom", "sjuk": "syk", "samtalar": "samtaler", "rettar": "rettigheter", "rettigheiter": "rettigheter",
    "avvergingsplikt": "avvergeplikt", "kjærast": "kjæreste", "kjærasten": "kjæresten", "sambuar": "samboer",
    "sambuaren": "samboeren", "kone": "kona", "føresette": "foresatte", "skilnad": "forskjell",
    "samlivsbrot": "samlivsbrudd", "brot": "brudd", "farleg": "farlig", "naudsynt": "nødvendig", "naud": "nød",
    "sikkerheit": "sikkerhet", "sikkerheita": "sikkerheten", "tryggleik": "sikkerhet", "opplysningar": "opplysninger",
    "pengar": "penger", "kvardag": "hverdag", "kvardagen": "hverdagen", "morgon": "morgen", "månad": "måned",
    "lengd": "lengde", "skuld": "skyld", "valdtekt": "voldtekt", "truslar": "trusler", "trugsmåla": "truslene",
    "forfølging": "forfølgelse", "valdsalarm": "voldsalarm", "anmelding": "anmeldelse", "melding": "anmeldelse",
    "innvandrar": "innvandrer", "statsborgarskap": "statsborgerskap", "utanlandsk": "utenlandsk",
    "busetjing": "bosetting", "bustøtte": "bostøtte", "husleige": "husleie", "møblar": "møbler", "klede": "klær",
    "medisinar": "medisiner", "funksjonsnedsetjing": "funksjonsnedsettelse", "tilgjenge": "tilgjengelighet",
    "døra": "døren", "reglar": "regler", "husreglar": "husregler", "utflytting": "utflytting",
    "tilsett": "ansatt", "tilsette": "ansatte", "leiar": "leder", "leiaren": "lederen", "dagleg": "daglig",
    "ansvarleg": "ansvarlig", "statleg": "statlig", "offentleg": "offentlig", "friviljug": "frivillig",
    "betalar": "betaler", "skadar": "skader", "teikn": "tegn", "synleg": "synlig", "bilete": "bilde",
    "biletet": "bildet", "teikning": "tegning", "teikningar": "tegninger", "teikne": "tegne", "oppleving": "opplevelse",
    "opplevingar": "opplevelser", "trøyst": "trøst", "trøyste": "trøste", "svevn": "søvn", "draum": "drøm",
    "draumar": "drømmer", "laus": "løs", "straum": "strøm", "høve": "anledning", "augo": "øyne", "auga": "øye",
    "kveldsvakt": "kveldsvakt", "nattevakta": "nattevakten", "mogleg": "mulig", "moglegheit": "mulighet",
    "moglegheiter": "muligheter", "vanleg": "vanlig", "alvorleg": "alvorlig", "eigentleg": "egentlig",
    "ulike": "ulike", "ymse": "forskjellige", "hugse": "huske", "hugsar": "husker", "gløyme": "glemme",
    "sovne": "sovne", "roleg": "rolig", "uroleg": "urolig", "trygge": "trygge", "ræd": "redd", "otte": "frykt",
    "sinne": "sinne", "skam": "skam", "ungdomar": "ungdommer", "kvinnene": "kvinnene", "mødrer": "mødre",
    "fedrar": "fedre", "systrer": "søstre", "brørne": "brødrene", "slekta": "slekten", "venninne": "venninne",
    "nabo": "nabo", "tolken": "tolken", "språket": "språket", "morsmålet": "morsmålet", "kommunen": "kommunen",
    "barnevernet": "barnevernet", "politiet": "politiet", "legevakta": "legevakten", "fastlegen": "fastlegen",
    "skulen": "skolen", "barnehagen": "barnehagen", "ikring": "omkring", "ikkje": "ikke",
    "kjøkenet": "kjøkkenet", "kjøken": "kjøkken", "rommet": "rommet", "budsjett": "budsjett", "arbeidsplassen":
    "arbeidsplassen", "fagleg": "faglig", "faglege": "faglige", "kunnskap": "kunnskap", "opplæring": "opplæring",
    "rettleiing": "veiledning", "rettleiar": "veileder", "rettleiaren": "veilederen", "rettleie": "veilede",
    "fråsegn": "uttalelse", "førebu": "forberede", "førebur": "forbereder", "førebuing": "forberedelse",
    "innehalde": "inneholde", "inneheld": "inneholder", "avgjere": "avgjøre", "avgjer": "avgjør",
    "avgjerd": "avgjørelse", "vaksen": "voksen", "vaksne": "voksne", "tilbodet": "tilbudet", "tilboda": "tilbudene",
    "lova": "loven", "plikta": "plikten", "tenestene": "tjenestene", "sjukepleiar": "sykepleier",
    "røynsle": "erfaring", "røynsler": "erfaringer", "verknad": "virkning", "åtferda": "atferden", "eigar": "eier",
    "politimelding": "anmeldelse", "forteljinga": "fortellingen", "spørsmåla": "spørsmålene", "svara": "svarene",
    "vald": "vold", "valdsform": "voldsform", "valdsformer": "voldsformer", "tryggleiksplan": "sikkerhetsplan",
    "sikkerheitsplan": "sikkerhetsplan", "sikkerheitstiltak": "sikkerhetstiltak", "kartlegginga": "kartleggingen",
    "opphaldsstatus": "oppholdsstatus", "krisesenteret": "krisesenteret", "bebuarane": "beboerne",
    "brukarane": "brukerne", "tilsettane": "de ansatte", "fagfolk": "fagfolk", "hjelpeapparatet": "hjelpeapparatet",
    "ettervernet": "oppfølgingen", "utreise": "utreise", "heimreise": "hjemreise", "kvinnesenter": "krisesenter",
    # safety, time and everyday verbs the nynorsk spelling rules cannot reach (issue 14)
    "trygging": "sikring", "tryggingstiltak": "sikkerhetstiltak", "tryggingsplan": "sikkerhetsplan",
    "tryggingsrutinar": "sikkerhetsrutiner", "mellombels": "midlertidig", "mellombelse": "midlertidige",
    "mellombelst": "midlertidig", "skil": "skiller", "skilje": "skille", "skiljer": "skiller", "utsett": "utsatt",
    "skjøne": "skjønne", "skjønar": "skjønner", "skjøna": "skjønte", "gjekk": "gikk", "omgrep": "begrep",
    "omgrepet": "begrepet", "nemnde": "nevnte", "nemne": "nevne", "djup": "dyp", "djupt": "dypt",
    "ståande": "stående", "løyndom": "hemmelighet", "løynd": "hemmelig", "godtek": "godtar", "herifrå": "herfra",
    "frå": "fra", "påkravd": "påkrevd", "lyge": "lyve", "hovuddel": "hoveddel", "hovuddelane": "hoveddelene",
    "busetje": "bosette", "tenåringar": "tenåringer", "ungdomen": "ungdommen", "bustadar": "boliger",
    "kven": "hvem", "korleis": "hvordan", "kvifor": "hvorfor", "korfor": "hvorfor", "bileta": "bildene",
    "kvile": "hvile", "kvilar": "hviler",
    # everyday nynorsk the spelling rules turn into no word, or into the wrong one (helper lang16, issue 14)
    "medan": "mens", "familiesameining": "familiegjenforening", "sameining": "gjenforening",
    "verksemd": "virksomhet", "verksemda": "virksomheten", "merksam": "oppmerksom", "gamal": "gammel",
    "gamalt": "gammelt", "storleik": "størrelse", "verkelegheit": "virkelighet", "pusting": "pust",
    "spedborn": "spedbarn", "småborn": "småbarn", "lita": "liten",
    "skriftleg": "skriftlig", "vener": "venner", "vennar": "venner", "heimlege": "hjemlige",
    # present tense of strong and short nynorsk verbs, which no ending rule reaches (helper guide18):
    # «ho søv ikkje», «ho sit på rommet», «ho ligg heile dagen», «faren krev samvær»
    "søv": "sover", "sit": "sitter", "ligg": "ligger", "slit": "sliter", "krev": "krever", "seier": "sier",
    "græt": "gråter", "gret": "gråter", "ventar": "venter", "opne": "åpne", "opnar": "åpner", "opnast": "åpnes",
    "utanfrå": "utenfra", "innanfrå": "innenfra",
}
NYNORSK_MORE = {k: v for k, v in NYNORSK_MORE.items() if k != v}
# Suffix and spelling rules nynorsk → bokmål, tried in order; a candidate counts only when the
# corpus knows it (or its stem).
_SUFFIX_RULES = (
    ("arane", "erne"), ("arar", "ere"), ("leiken", "heten"), ("leik", "het"), ("heita", "heten"),
    ("heiter", "heter"), ("heit", "het"),
    ("lege", "lige"), ("legt", "lig"), ("leg", "lig"), ("ingar", "inger"), ("ingane", "ingene"),
    ("ane", "ene"), ("ar", "er"), ("ast", "es"), ("jer", "er"), ("je", "e"), ("ja", "e"), ("a", "et"),
    ("a", "en"), ("ing", "else"), ("ande", "ende"), ("e", ""),
)
# Inflection endings of nouns, verbs and adjectives (bokmål and nynorsk), longest first.
_ENDINGS = ("ene", "ane", "ne", "en", "et", "er", "ar", "a", "e")
# Endings of nynorsk inflected forms (definite, plural); not «-er» or «-e», which bokmål words end in too
# («bleier» is no form of «blei»).
_NYNORSK_ENDINGS = ("ane", "ene", "ar", "en", "et", "a")
_INNER_RULES = (("sjølv", "selv"), ("ggj", "gg"), ("kv", "hv"), ("ei", "e"), ("au", "ø"), ("øy", "ø"), ("sju", "sy"),
                ("kj", "k"), ("y", "ø"))


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def fold_candidates(w: str, limit: int = MAX_FOLDS) -> set[str]:
    """Every spelling of ``w`` with up to ``limit`` of its ae/aa/oe/a/o read as æ/å/ø/å/æ/ø
    («ogsa» → «også», «sporsmal» → «spørsmål»); ``w`` itself is not included, and a word with more
    than ``MAX_FOLD_SPOTS`` such places gets none."""
    spots = sorted({(i, old, new) for old, new in _FOLDS for i in range(len(w)) if w.startswith(old, i)})
    out: set[str] = set()
    if len(spots) > MAX_FOLD_SPOTS:
        return out

    def walk(start: int, pos: int, built: str, used: int) -> None:
        if used:
            out.add(built + w[pos:])
        if used == limit:
            return
        for k in range(start, len(spots)):
            i, old, new = spots[k]
            if i >= pos:
                walk(k + 1, i + len(old), built + w[pos:i] + new, used + 1)

    walk(0, 0, "", 0)
    return out


class Vocabulary:
    """What the corpus says and how often: the yardstick every rewrite of a word is checked against."""

    def __init__(self, texts: Iterable[str], primary: Iterable[str] | None = None) -> None:
        """``texts``: everything the ranker learns from; ``primary``: the guide's own wording in it
        (titles and bodies, not example questions), the yardstick for restoring æ/ø/å. Default: all."""
        texts = list(texts)
        self.counts: Counter[str] = Counter(w for t in texts for w in words(t))
        self.primary: Counter[str] = (Counter(w for t in primary for w in words(t)) if primary is not None
                                      else self.counts)
        self._primary_stems = frozenset(stem(w) for w in self.primary)
        # The lemmas of the corpus's irregular forms count as known too («trusler» → trussel), so a
        # question's «trussel» or «trusselvurdering» meets them.
        table = irregular_forms()
        lemmas = {lemma for w in self.counts if w in table for lemma in table[w][0]}
        self.words = frozenset(self.counts) | lemmas
        self.stems = frozenset(stem(w) for w in self.words)
        self._sorted = sorted(self.words)
        # Imported here: the Rasa server imports this package (through ``bot.acute``) but never builds
        # a search, and its environment has no symspellpy.
        from symspellpy import SymSpell

        self._spell = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        for w, n in self.counts.items():
            if len(w) >= MIN_TYPO_LEN - 1 and w.isalpha():
                self._spell.create_dictionary_entry(w, n)
        self._cache: dict[str, tuple[str, ...]] = {}

    def knows(self, word: str) -> bool:
        return word in self.counts or stem(word) in self.stems

    # --- the steps --------------------------------------------------------------------------

    def _fold(self, w: str) -> str | None:
        """``w`` with its æ/ø/å given back, when the guide's text has that form and not (or far
        more rarely) ``w`` itself: «forste» → «første», «spor» → «spør», but «for» stays «for»."""
        if not w.isalpha() or not any(c in w for c in "ao"):
            return None
        candidates = fold_candidates(w)
        best, best_n = None, 0
        for c in sorted(candidates):
            if self.primary.get(c, 0) > best_n:
                best, best_n = c, self.primary[c]
        if best is not None:
            return best if best_n >= FOLD_RATIO * self.primary.get(w, 0) else None
        if len(w) < MIN_TYPO_LEN or stem(w) in self._primary_stems:
            return None  # «mote» is «mot» + e to the guide's stems; «sporene» would be an inflection of «spor»
        # an inflected form the text lacks: «sporsmalene» → «spørsmålene» (the guide has «spørsmål»)
        found = sorted(c for c in candidates if stem(c) in self._primary_stems)
        return found[0] if found else None

    def _dictionary(self, w: str) -> str | None:
        return NYNORSK.get(w) or NYNORSK_MORE.get(w)

    def _inflected_dictionary(self, w: str) -> str | None:
        """The bokmål word for an inflected form of a dictionary word the dictionary lacks and the guide's
        text does not have: «løyvet» → løyve → tillatelse, «bustadane» → bustad → bolig. Before, such a form
        went through the spelling rules to a nynorsk word the corpus knows only from the examples, or none."""
        if len(w) < 5 or not w.isalpha() or w in self.primary or stem(w) in self._primary_stems:
            return None
        for ending in _NYNORSK_ENDINGS:
            base = w[: len(w) - len(ending)]
            if w.endswith(ending):
                for candidate in (base, base + "e"):
                    if len(candidate) >= 5 and (found := self._dictionary(candidate)):
                        return found
        return None

    def _lemma(self, w: str) -> str | None:
        found = irregular_forms().get(w)
        if not found:
            return None
        lemmas, regular_too = found
        if regular_too and stem(w) in self.stems:
            return None
        known = [lemma for lemma in lemmas if stem(lemma) in self.stems or self._prefix_known(stem(lemma))]
        return known[0] if known else None

    def _prefix_known(self, prefix: str) -> bool:
        """Some corpus word starts with ``prefix`` (≥ 4 letters): «kvel» for «kvelning», «kvelertak»."""
        if len(prefix) < 4:
            return False
        i = bisect.bisect_left(self._sorted, prefix)
        return i < len(self._sorted) and self._sorted[i].startswith(prefix)

    def _spelling_rules(self, w: str, guide_only: bool = False) -> str | None:
        """The first rule output the corpus knows (``guide_only``: its titles and bodies know)."""
        counts, stems = (self.primary, self._primary_stems) if guide_only else (self.counts, self.stems)
        candidates = []
        for old, new in _SUFFIX_RULES:
            if w.endswith(old) and len(w) - len(old) >= 2:
                candidates.append(w[: len(w) - len(old)] + new)
        for old, new in _INNER_RULES:
            if old in w:
                base = w.replace(old, new, 1)
                candidates.append(base)
                candidates += [base[: len(base) - len(o)] + n for o, n in _SUFFIX_RULES
                               if base.endswith(o) and len(base) - len(o) >= 2]
        for c in candidates:  # the guide's own form first: the examples also hold nynorsk («skriftleg»)
            if c in self.primary:
                return c
        for c in candidates:
            if c in counts:
                return c
        for c in candidates:
            if len(c) >= 4 and stem(c) in stems:
                return c
        return None

    def _part(self, part: str) -> str | None:
        """A compound's part as a corpus word: itself, or its bokmål form (dictionary, rules)."""
        if part in self.words:
            return part
        mapped = self._dictionary(part) or self._spelling_rules(part)
        return mapped if mapped and mapped in self.words else None

    def split(self, w: str) -> tuple[str, str] | None:
        """The best split of a compound into two words the corpus knows (with a linking s/e);
        nynorsk parts count in their bokmål form («tryggleiksrutinar» → sikkerhet + rutiner)."""
        if not MIN_COMPOUND <= len(w) <= MAX_COMPOUND:
            return None
        # An inflected form of a word the corpus has is split as that word: «kartleggingen» as
        # «kartlegging» (not «kartlegg» + «ingen»), «samtalene» as «samtale» (not «samtal» + «ene»).
        for ending in _ENDINGS:
            base = w[: len(w) - len(ending)]
            if w.endswith(ending) and len(base) >= MIN_PART and base in self.words:
                return self.split(base)
        best: tuple[int, tuple[str, str]] | None = None
        for i in range(MIN_PART, len(w) - MIN_PART + 1):
            head, tail = w[:i], w[i:]
            if len(tail) < MIN_PART:
                continue
            # a nynorsk tail only the example questions know is read in bokmål («spedborna» → barna)
            # (a head keeps its form: «vert» in «vertskommune» is no nynorsk «blir»)
            nynorsk = tail not in self.primary and stem(tail) not in self._primary_stems and self._dictionary(tail)
            bokmal = self._dictionary(tail) if nynorsk else None
            t = (bokmal if bokmal and self.knows(bokmal) else
                 tail if self.knows(tail) else self._part(tail))
            if t is None:
                continue
            for h in (head, head[:-1] if head[-1:] in ("s", "e") and len(head) > MIN_PART else None):
                if not h or len(h) < MIN_PART:
                    continue
                h2 = self._part(h)
                if h2:
                    score = min(len(h), len(tail))
                    if best is None or score > best[0]:
                        best = (score, (h2, t))
        return best[1] if best else None

    def _typo(self, w: str) -> str | None:
        if len(w) < MIN_TYPO_LEN or not w.isalpha():
            return None
        distance = 1 if len(w) < 9 else 2
        from symspellpy import Verbosity

        for s in self._spell.lookup(w, Verbosity.CLOSEST, max_edit_distance=distance):
            if s.term[0] == w[0] and s.term != w:
                return s.term
        return None

    def _examples_typo(self, w: str) -> str | None:
        """The guide's word for a rare word only the example questions have, when it is one typo
        away from a word of the guide's own text that the corpus uses far more often: the examples
        keep their writers' typos («utfytting», «kontakpersonen», «samtykk»), so such a word counts as
        known and was never corrected, and matched only the one example that had it."""
        n = self.counts.get(w, 0)
        if (len(w) < MIN_TYPO_LEN or not w.isalpha() or w in self.primary or stem(w) in self._primary_stems
                or knows_english(w)):
            return None
        from symspellpy import Verbosity

        distance = 1 if len(w) < 9 else 2
        best = None
        for s in self._spell.lookup(w, Verbosity.ALL, max_edit_distance=distance):
            ratio = EXAMPLE_TYPO_GUIDE_RATIO if s.term in self.primary else EXAMPLE_TYPO_RATIO
            if (s.term != w and s.term[0] == w[0] and s.count >= ratio * n
                    and (s.term in self.primary or stem(s.term) in self._primary_stems
                         or s.count >= EXAMPLE_TYPO_COMMON)
                    and (best is None or (s.distance, -s.count) < (best.distance, -best.count))):
                best = s
        return best.term if best else None

    # --- public -----------------------------------------------------------------------------

    def normalize_word(self, w: str, correct: bool = True) -> tuple[str, ...]:
        """The corpus word(s) for one word; the word itself when nothing applies."""
        key = w if correct else "\0" + w
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        out: tuple[str, ...]
        mapped = self._dictionary(w) or self._fold(w) or self._inflected_dictionary(w)
        lemma = self._lemma(mapped or w)
        # A dictionary word or a form Norsk Ordbank knows is a real word: never «corrected».
        real = bool(mapped or lemma) or w in irregular_forms()
        w = lemma or mapped or w
        if w in self.words and not real and w not in self.primary and stem(w) not in self._primary_stems and (
                ruled := self._spelling_rules(w, guide_only=True)):
            # a nynorsk form only the example questions use («samtalane», «opplevingane»): the guide's word
            out = (ruled,)
        elif w in self.words and correct and not real and (fixed := self._examples_typo(w)):
            # a typo the example questions keep from their writers («utfytting»): the guide's word only. Kept
            # beside it, the typo pulled the question to whichever subsection's example shared the slip
            # («regelmesige samtaler voksne» → the children's «regelmesige samtaler barn»); the character
            # n-grams still see the question as typed.
            out = (fixed,)
        elif w in self.words:
            # an inflection of a guide word, seen only in the examples («samtalane»), is no compound
            inflected = w not in self.primary and stem(w) in self._primary_stems
            parts = None if inflected else self.split(w)
            out = (w, *parts) if parts else (w,)
        elif ruled := self._spelling_rules(w):
            # A rule's output the corpus knows only by its stem («samtalle» → «samtall», «synnlige» → «sønnlige»)
            # yields to a typo correction the guide's own text has («samtale», «synlige»).
            typo = self._typo(w) if correct and not real and ruled not in self.counts else None
            out = (typo,) if typo and typo in self.primary else (ruled,)
        elif parts := self.split(w):
            out = (w, *parts)
        elif correct and not real and (fixed := self._typo(w)):
            out = (fixed,)
        else:
            out = (w,)
        if len(self._cache) < 200_000:
            self._cache[key] = out
        return out

    def joined(self, first: str, second: str) -> str | None:
        """Two words typed apart that the guide writes as one («taushets plikt» → «taushetsplikt»,
        «samarbeids avtaler» → «samarbeidsavtaler»): the joined word, when the guide's own text has it
        (or an inflection of it) and neither half is a stop word («kan skje» is no «kanskje»)."""
        if (len(first) < MIN_PART or len(second) < MIN_PART or not (first + second).isalpha()
                or first in stop_words() or second in stop_words()):
            return None
        joined = first + second
        if len(joined) < MIN_COMPOUND or len(joined) > MAX_COMPOUND:
            return None
        if joined in self.primary or (stem(joined) in self._primary_stems
                                      and len(stem(joined)) > max(len(first), len(second))):
            return joined
        return None

    def normalize(self, text: str, correct: bool = True) -> list[str]:
        """The corpus words of a text, word by word; with ``correct`` (a question, not the text the
        ranker learns from) two words the guide writes as one are read as that word first."""
        ws = words(text)
        if not correct:
            return [n for w in ws for n in self.normalize_word(w, correct)]
        out: list[str] = []
        i = 0
        while i < len(ws):
            joined = self.joined(ws[i], ws[i + 1]) if i + 1 < len(ws) else None
            if joined:
                out += self.normalize_word(joined, correct)
                i += 2
            else:
                out += self.normalize_word(ws[i], correct)
                i += 1
        return out

    def coverage(self, text: str) -> float:
        """Share of the words the corpus knows once normalised (typo corrections not counted)."""
        ws = words(text)
        if not ws:
            return 0.0
        return sum(any(self.knows(n) for n in self.normalize_word(w, correct=False)) for w in ws) / len(ws)
