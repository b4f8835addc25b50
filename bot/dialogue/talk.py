"""Is a negation about the fact asked, or about the conversation? (the structural reading of «ikke»).

A yes/no answer with «ikke» in it used to be a «nei» unless a phrase list knew the wording as a refusal or
«not known». Every new writer found wordings the lists lacked («det kom vi aldri inn på», «hun ga ikke noe
svar», «det var ikke tema»), and each became a stored «nei». Here the negation is read by what it attaches
to instead:

- it negates the question's content – a bare «nei»/«ikke», «det har han ikke», «han har ikke våpen»,
  «nei, ingen akutt fare» – and the answer is no;
- it attaches to a *conversation word*: knowing, saying, answering, asking, remembering, having time, getting
  to, wanting / managing to say («vi rakk ikke å spørre», «hun orket ikke mer», «ho ville ikkje», «she
  wouldn't tell») – then the answer is about the conversation, not the fact, and the fact is unknown.

The conversation words are a small closed class (bokmål, nynorsk, and the English words ``english`` maps
into them). Scope is one clause: the text is cut at punctuation and at conjunctions that start a new clause
(«og», «men», «at», «fordi» …), so «hun sa at han ikke har slått» negates «slått», not «sa».

Three things keep a negation on the fact although a conversation word is near:
- the clause is about the perpetrator («det har han aldri sagt», «han vet ikke hvor hun bor»): what he
  says and knows is the content of threat and knowledge questions;
- on a question about who knows (``told_is_answer``) knowing and telling are the content («politiet vet
  ikke», «hun har ikke snakket med politiet»);
- «ikke som hun vet», «ikke det jeg har hørt»: «not to her knowledge» is a (hedged) no.
"""

from __future__ import annotations

import re

from bot.text.regex import compiled

_NEG = frozenset({"ikke", "ikkje", "ikkeno", "aldri", "ingen", "inga", "ingi", "ingenting", "intet", "never", "not"})

# Knowing, remembering, being sure.
_KNOW = frozenset({
    "vet", "veit", "visste", "vite", "vita", "viste", "kjenner", "kjent", "kjend", "husker", "huske", "husket",
    "huska", "hugsar", "hugse", "hugsa", "hugser", "minnes", "sikker", "sikkert", "klart", "avklart", "avklara",
    "kartlagt", "kartlagd", "undersøkt", "sjekket", "sjekka", "opplyst", "greie", "oversikt"})
# Saying, telling, answering, talking, sharing.
_SAY = frozenset({
    "si", "sier", "sa", "sagt", "seie", "seier", "sei", "fortelle", "forteller", "fortalte", "fortalt", "fortelje",
    "fortel", "fortalde", "nevne", "nevner", "nevnte", "nevnt", "nemne", "nemnde", "nemnt", "svare", "svarer",
    "svarte", "svart", "svara", "svarar", "svar", "svaret", "snakk", "snakke", "snakker", "snakket", "snakka", "prate",
    "prater", "pratet", "prata", "dele", "deler", "delte", "delt", "oppgi", "oppgir", "oppga", "oppgitt",
    "forklare", "forklarte", "forklart", "kommentere", "kommenterte", "kommentert", "utdype", "utdypet", "uttale",
    "uttalte", "uttalt", "bekrefte", "bekreftet", "bekrefta", "avkrefte", "avkreftet", "røpe", "røpet",
    "åpne", "åpnet", "åpna", "tema", "temaet", "opp", "inn_på", "info", "informasjon",
    "opplysninger", "opplysningar", "ord", "samtalen", "samtale", "berørt", "berøre", "berørte", "fram", "frem",
    "ut_av", "punktet", "punkt", "lista", "listen",
    # English words ``english`` leaves as they are
    "discussed", "discuss", "mention", "mentioned", "asked", "ask", "talked", "talk", "answered", "answer", "tell",
    "told", "say", "said", "remember", "remembered", "know", "knew", "share", "shared"})
# Asking, having time, getting to it, managing.
_ASK = frozenset({
    "spørre", "spør", "spurte", "spurt", "spurde", "spurd", "spørsmål", "spørsmålet", "rakk", "rekke", "rukket",
    "rokke", "rokk", "tid", "tida", "tiden", "anledning", "sjanse", "sjansen", "orke", "orker", "orket", "orka",
    "gidde", "gidder", "gadd", "langt", "krefter", "kreftene", "kraft", "overskudd", "energi"})
TALK = _KNOW | _SAY | _ASK
# The conversation words that are verbs (the finite verb before a negation): not «tid», «tema», «svar».
_VERBS = frozenset(w for w in TALK if w not in {
    "tid", "tida", "tiden", "anledning", "sjanse", "sjansen", "tema", "temaet", "svar", "svaret", "info",
    "informasjon", "opplysninger", "opplysningar", "ord", "samtalen", "samtale", "punktet", "punkt", "lista",
    "listen", "spørsmål", "spørsmålet", "krefter", "kreftene", "kraft", "overskudd", "energi", "oversikt",
    "sikker", "sikkert", "klart", "opp", "fram", "frem", "langt", "inn_på", "ut_av"})
# Knowing – the content of a question about who knows («politiet vet ikke»). Telling is content there only
# with who was told («hun har ikke snakket med politiet»), see ``_reading``.
_TOLD = frozenset({"vet", "veit", "visste", "vite", "kjenner", "kjent", "kjend", "know", "knew"})
# Wanting or managing: about the conversation only with nothing after the negation («hun ville ikke»).
_WANT = frozenset({"vil", "ville", "ønsker", "ønsket", "ønska", "ynskjer", "orker", "orket", "orka", "gidder",
                   "gadd", "klarer", "klarte", "greier", "greide", "kunne"})
# Words that carry no content of their own: skipped when looking for what a negation attaches to.
_LIGHT = frozenset({
    "noe", "noko", "noen", "nokon", "det", "dette", "den", "der", "her", "å", "om", "på", "til", "for", "med", "så",
    "helt", "heilt", "egentlig", "eigentleg", "nå", "no", "ennå", "enno", "enda", "enn", "jo", "vel", "nok", "da",
    "heller", "altså", "just", "akkurat", "mer", "meir", "lenger", "lengre", "mye", "mykje", "særlig", "særleg", "i",
    "dag", "kveld",
    "hun", "ho", "hu", "vi", "jeg", "eg", "me", "dere", "de", "dei", "henne", "oss", "meg", "seg", "vil", "ville",
    "kan", "kunne", "skal", "skulle", "må", "måtte", "får", "fikk", "fått", "fekk", "har", "hadde", "hatt", "ha",
    "er", "var", "vært", "vore", "blitt", "ble", "bli", "vart", "blir", "kom", "komme", "kommet", "komst", "gjort",
    "gjøre", "gjorde", "ga", "gav", "gitt", "gi", "tatt", "ta", "tok", "et", "ett", "ei", "ein", "eit", "en",
    "sånn", "slik", "slikt", "sånt",
    "foreløpig", "tilstrekkelig", "ordentlig", "skikkelig", "rett",
    "og", "slett", "alt", "dit", "ut", "fram", "frem", "inn", "som", "villet", "ønsker", "ønsket", "ønska", "ynskjer",
    "ynskte", "tør", "turte", "torde", "våget", "våga", "prøvd", "prøvde", "klart", "klare", "klarer", "klarte",
    "greid", "klar", "villig", "villige", "lett", "enkelt", "godt", "greit", "mulig", "mogleg", "stand"})
# Who a clause is about when it is the perpetrator (or another party whose knowing/saying is the content).
_THEM = frozenset({"han", "ham", "utøveren", "utøver", "mannen", "eksen", "eksmannen", "typen", "samboeren",
                   "kjæresten", "faren", "far", "broren", "bror", "familien", "svigerfamilien", "politiet",
                   "barnevernet", "de", "dei", "dem", "barna", "borna", "naboen", "naboene", "foreldrene", "brødrene",
                   "mora", "moren", "søstera", "søsteren", "onkelen", "svigermora", "svigerfaren", "slekta", "slekten"})
# The named third parties of ``_THEM`` (nouns, not pronouns): their not knowing is a fact of the case.
THIRD_PARTIES = tuple(sorted(w for w in _THEM if w not in {"han", "ham", "de", "dei", "dem"}))
# Words that are conversation words only beside these («ta opp», «så langt», «et ord»).
_COME = frozenset({"kom", "komme", "kommet", "kjem", "kome", "komst"})
_NEEDS = {"opp": frozenset({"ta", "tatt", "tok", "teke", "tek"}) | _COME, "langt": _COME | {"nådd", "nådde"},
          "fram": _COME, "frem": _COME,
          "ord": frozenset({"et", "eit", "noe", "noko", "eitt", "ett"})}
_STAFF = frozenset({"vi", "jeg", "eg", "me"})
_STAFF_OR_HER = frozenset({"hun", "ho", "hu", "vi", "jeg", "eg", "me", "personen", "brukeren", "beboeren",
                           "kvinnen", "dama"})
_US = frozenset({"oss", "meg", "deg", "dere", "senteret", "krisesenteret", "vakta", "personalet"})
# A new clause starts here.
_BOUNDARY = re.compile(r"[,.;:!?–\-]|\b(og|men|at|fordi|siden|mens|eller|but|and|because|når|da)\b")
# «ikke som hun vet», «ikke det jeg har hørt», «ingen som jeg vet om»: not, to someone's knowledge – a no
_NOT_TO_KNOWLEDGE = re.compile(r"\b(ikke|ikkje|ingen|inga|ingenting|aldri) (som|det|noe som|noko som) "
                               r"(jeg|eg|vi|me|hun|ho|hu) (har |hadde )?(vet|veit|hørt|høyrt|hørte|husker|hugsar|"
                               r"kjenner|sett|så|ser|sagt|sa|fortalt|fortalte|nevnt|nevnte)\b")


# A conversation word said without «ikke»: «vi glemte å spørre», «hun avslo å svare», «she forgot».
_IMPLICIT_NEG = frozenset({"glemte", "glemt", "glemd", "glemme", "gløymde", "gløymt", "glømte", "forgot", "avslo", "avslått",
                           "unngikk", "unngått", "unngår", "unngå"})
# «hun visste ikke at det fantes» (no shelter before): not knowing *that* states a fact – a reason, not «vet ikke»
_KNOWS_NOT_THAT = re.compile(r"\b(vet|veit|visste|visste|kjente til)( \w+)? (ikke|ikkje) (at|om at)\b|"
                             r"\b(ikke|ikkje) (vet|veit|visste) (at|om at)\b")


# Who can be told, said straight after the telling word («har ikke fortalt noen», «fortalte ikke politiet»).
_RECIPIENT = frozenset({"noen", "nokon", "nokre", "politiet", "familien", "ham", "han", "henne", "ho", "dem",
                        "dei", "mora", "moren", "mor", "faren", "far", "legen", "fastlegen", "barnevernet", "nav",
                        "venner", "vennene", "venninna", "venninnen", "søstera", "søsteren", "broren", "foreldrene",
                        "naboen", "naboene", "sjefen", "mannen", "eksen"})


def _names_who_was_told(after: list[str]) -> bool:
    """«… med politiet», «… til mora», «… fortalt noen»: the words after a telling word name someone told
    (not us) – on a question about who knows, that is the answer."""
    if any(word in ("med", "til", "for", "åt") and (k + 1 == len(after) or after[k + 1] not in _US)
           for k, word in enumerate(after)):
        return True
    return bool(after) and after[0] in _RECIPIENT


def _clauses(t: str) -> list[list[str]]:
    t = compiled(r"\b((gå|går|gikk|gått) (nærmere )?inn (på|i)|inn på)\b").sub("inn_på", t)
    t = compiled(r"\b(noe|noko|mye|lite|mer|meir) ut av (henne|ho|han|ham|dei|dem)\b").sub(r"\1 ut_av", t)
    return [c.split() for c in _BOUNDARY.split(t) if c and c.strip() and not _BOUNDARY.fullmatch(c)]


def _reading(clause: list[str], i: int, *, told_is_answer: bool, vil_question: bool) -> str | None:
    """What the negation at ``clause[i]`` attaches to: "talk" (the conversation), "want" (not wanting to
    say), or None (the fact)."""
    if clause[i] in ("ingen", "inga", "ingi") and i + 1 == len(clause):
        return None  # «hun sier ingen» (English «she says no»), «det var ingen»: a no, reported or not
    before = clause[:i]
    opening = [w for w in before if w not in ("nei", "ja", "jo", "nope", "neida", "jada")]
    if before and before[-1] in _THEM or opening and opening[0] in _THEM:
        return None  # «det har han aldri sagt», «han vet ikke»: his saying / knowing is the content
    if any(w in THIRD_PARTIES for w in before) and not any(w in _STAFF_OR_HER for w in before):
        return None  # «resten av familien vet ingenting»: a named party's knowing, deeper in the subject (the h17 run)
    talk = TALK - _TOLD if told_is_answer else TALK
    staff = before and before[-1] in _STAFF or opening and opening[0] in _STAFF

    def is_talk(j: int) -> bool:
        word = clause[j]
        if word not in talk:
            return False
        if word in _NEEDS and not _NEEDS[word] & set(clause[max(0, j - 2):j] if word not in ("opp", "langt") else clause):
            # «opp», «langt», «ord»: conversation words only with what makes them so («ta opp»); «langt» only with
            # coming there («vi kom ikke så langt») – a bare «ikke så langt» is «not so far», a no (the h17 run)
            return False
        if told_is_answer and word in _SAY and _names_who_was_told(
                clause[j + 1:] if j > i else clause[i + 1:]):
            return False  # «hun har ikke snakket med politiet», «… fortalt noen» to «does X know?»: who was told
        return True

    # the finite verb just before the negation, past its subject: «vi snakket ikke om våpen», «det spurte jeg ikke om»
    finite = len(before) - 2 if len(before) >= 2 and before[-1] in _STAFF_OR_HER else len(before) - 1
    if finite >= 0 and before[finite] in talk and before[finite] in _VERBS and is_talk(finite):
        return "talk"
    after = [w for w in clause[i + 1:] if w not in _NEG]
    if after and not vil_question and all(w in _WANT or w in ("det", "mer", "meir", "nå", "no") for w in after) and \
            any(w in _WANT for w in after):
        return "want"  # «… at hun ikke ville», «hun sa ho ikkje orka»: subordinate order, nothing after
    if all(w in _LIGHT for w in after) and (staff or clause[i] in _IMPLICIT_NEG):
        return "talk"  # «vi tok ikke det i dag», «det ble glemt»: we did not do it – about the conversation
    for j in range(i + 1, len(clause)):
        word = clause[j]
        if word in _NEG:
            continue
        if is_talk(j):
            return "talk"
        if word not in _LIGHT:
            return None  # «ikke våpen», «aldri slått henne»: the negation has content of its own
    # nothing after the negation carries content: what comes before it decides («det rakk vi ikke»)
    for j in range(i - 1, -1, -1):
        word = clause[j]
        if word in _STAFF_OR_HER or word in ("det", "jo", "nok", "vel", "altså", "egentlig", "da", "heller"):
            continue
        if is_talk(j):
            return "talk"
        if word in _WANT and not vil_question and (i + 1 == len(clause) or all(
                w in ("det", "mer", "meir", "nå", "no", "lenger", "lengre", "heller") for w in clause[i + 1:])):
            return "want"  # «hun orket ikke mer», «ho ville ikkje»: she would not / could not say
        return None
    return None


def about_the_conversation(t: str, *, told_is_answer: bool = False, vil_question: bool = False) -> str | None:
    """"talk" / "want" when every negation in ``t`` (a normalised answer) is about the conversation rather than
    the fact asked; None when there is no negation or one negates the fact."""
    if _NOT_TO_KNOWLEDGE.search(t) or _KNOWS_NOT_THAT.search(t):
        return None
    found: list[str] = []
    for clause in _clauses(t):
        for i, word in enumerate(clause):
            if word not in _NEG and word not in _IMPLICIT_NEG or (i and clause[i - 1] in _NEG):
                continue
            read = _reading(clause, i, told_is_answer=told_is_answer, vil_question=vil_question)
            if read is None:
                return None
            found.append(read)
    if not found:
        return None
    return "want" if "want" in found else "talk"
