"""Who the person is afraid of, who the perpetrator is – and whether a later answer refers to them.

Staff name people («mannen hennes», «faren og brødrene», «svigerfamilien») and later refer to them
(«de er hos faren», «de er med moren», «han vet ikke»). A later answer is read against the people
named, never against an assumed gender: «de er med moren» is *with the perpetrator* when the
mother is the one she/he fears, and *not* when the perpetrator is the husband. When the words
cannot tell (the perpetrator is «samboeren», and the children are «hos faren»), the answer is
``AMBIGUOUS`` and the dialogue asks once, plainly.

A gender is only ever taken from a word that carries one («mannen», «kona», «broren»); «partner»,
«eksen», «samboeren» and «svigerfamilien» carry none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.dialogue.parse import compiled, has, strip_negated

M, F = "m", "f"


@dataclass(frozen=True)
class Person:
    code: str
    label: str
    relation: str            # the contract's ``perpetrator_relation`` code (CONTRACTS.md §4)
    gender: str | None       # only when the word itself carries it
    phrases: tuple[str, ...]
    partner: bool = False    # a (former) partner: may be the children's other parent


# «faren til barna», «mora til borna», «barnas mor», «ungenes far»: the children's other parent.
_CHILDREN = (r"(barna|ungene|ungane|borna|barnet|ungen|gutten|jenta|guttene|jentene|sønnen|datteren|dottera)"
             r"( (hennes|hans|hennar|mine|våre))?")
_CHILDRENS = r"(barnas|ungenes|ungane sin|borna sin|barnets|guttens|jentas|guttenes|jentenes)"

# Tried in this order: «eksmannen» before «mannen», «barnefaren» before «faren».
PERSONS: tuple[Person, ...] = (
    Person("barnefar", "barnas far", "tidligere_partner", M,
           (r"\bbarnefar\w*", rf"\b(faren|far|fara|pappa\w*) til {_CHILDREN}\b", rf"\b{_CHILDRENS} (far|pappa)\b"),
           partner=True),
    Person("barnemor", "barnas mor", "tidligere_partner", F,
           (r"\bbarnemor\w*", rf"\b(moren|mor|mora|mamma\w*) til {_CHILDREN}\b", rf"\b{_CHILDRENS} (mor|mamma)\b"),
           partner=True),
    Person("eksmann", "tidligere ektemann", "tidligere_partner", M,
           (r"\beks-? ?mann\w*", r"\bex-? ?mann\w*", r"\b(tidligere|tidlegare|førre|forhenværende) (ekte)?mann\w*",
            r"\bforrige mann\w*",
            r"\beks-? ?kjæresten hennes\b", r"\beks-? ?typen\b",
            # «mannen hun var gift med», «mannen ho var gift med før»: a marriage in the past
            r"\bmann(en)? (som )?(hun|ho|han) (var|har vært|har vore|før var) gift med\b"), partner=True),
    Person("ekskone", "tidligere kone", "tidligere_partner", F,
           (r"\beks-? ?kon\w*", r"\b(tidligere|tidlegare|førre|forhenværende|forrige) kon(a|e|en)\b", r"\beks-? ?dama\b",
            r"\b(eksa|exa)\b",  # «eksa»: the feminine form, a former wife or partner
            r"\bkon(a|en|e) (som )?(han|hun|ho) (var|har vært|har vore|før var) gift med\b"), partner=True),
    Person("eks", "tidligere partner", "tidligere_partner", None,
           (r"\beks(en)?\b", r"\bex(en)?\b",
            r"\b(tidligere|tidlegare|forrige|førre|forhenværende|forhenverande) (partner|samboer|sambuar|kjæreste|kjærast|"
            r"ektefelle)\w*",
            r"\btidlegare\b",
            r"\beks-? ?s?(samboer|sambuar|kjæreste|kjærast|partner|ektefelle)\w*",
            r"\bforrige (partner|samboer|kjæreste)\w*",
            r"\bseparert\b", r"\bskilt\b"), partner=True),
    Person("ektemann", "ektemann", "partner", M,
           # «en mann» / «ein mann» describes someone («samboeren, en mann»); it names no husband
           (r"(?<!\ben )(?<!\bein )\bmann(en)?\b", r"\bektemann\w*", r"\bhusbond\w*", r"\bfyren\b",
            r"\bgubben\b"),
           partner=True),
    Person("kone", "kone", "partner", F, (r"\bkon(a|e|en)\b", r"\bdama\b", r"\bektefrue\w*"), partner=True),
    Person("partner", "partner, samboer eller kjæreste", "partner", None,
           (r"\bsamboer\w*", r"\bkjærest\w*", r"\bkjærast\w*", r"\bpartner\w*", r"\bektefelle\w*", r"\bforlovede\w*",
            r"\bgift med\b", r"\bdatet\b", r"\btypen\b"), partner=True),  # «typen» is the boyfriend, not a husband
    Person("far", "far", "forelder", M, (r"\bfar(en|a)?\b", r"\bpappa\w*", r"\bstefar\w*", r"\bfedre\w*")),
    Person("mor", "mor", "forelder", F, (r"\bmor(a|en)?\b", r"\bmamma\w*", r"\bstemor\w*", r"\bmødre\w*")),
    Person("sonn", "sønn", "barn", M, (r"\bsønn\w*", r"\bsonen\b", r"\bsonen (hennes|hans)\b", r"\bsøn(er|ene)\b")),
    Person("datter", "datter", "barn", F, (r"\bdatter\w*", r"\bdattera\b", r"\bdøtre\w*")),
    Person("barn", "eget barn", "barn", None, (r"\bvoksne barn\w*", r"\bbarnet (hennes|hans|sitt)\b",
                                              r"\bungdommen (hennes|hans)\b")),
    # «storebroren», «lillesøstera», «halvbroren»: a prefix says which one, not who
    Person("bror", "bror", "annen_familie", M, (r"\b(store|lille|halv|ste|eldste|yngste)?bror(en)?\b",
                                                r"\b(halv|ste)?brødre\w*", r"\bbrør\w*")),
    Person("soster", "søster", "annen_familie", F, (r"\b(store|lille|halv|ste|eldste|yngste)?søster\w*",
                                                   r"\b(halv|ste)?søstre\w*", r"\b(store|lille|halv)?syster\w*",
                                                   r"\b(halv|ste)?systr(a|er|ene|ane)\b")),
    Person("svigerfamilie", "svigerfamilie", "annen_familie", None,
           (r"\bsviger\w*", r"\bsvoger\w*", r"\bsvogr\w*", r"\bsvigerinne\w*")),
    Person("storfamilie", "annen familie eller slekt", "annen_familie", None,
           (r"\bonkel\w*", r"\bonkl(er|ene|ar|ane)\b", r"\btante\w*", r"\bfetter\w*", r"\bfettere\w*",
            r"\bfetr(ar|ane|ene)\b", r"\bkusine\w*", r"\bkusina\b", r"\btanta\b", r"\bsøskenbarn\w*",
            r"\bsøsk(en|ene|na|nene)\b", r"\bbesteforeld\w*",
            r"\bbestefar\w*", r"\bbestemor\w*", r"\bslekt\w*", r"\bstorfamil\w*", r"\bfamilie(n|ne)?\b",
            r"\bklan\w*", r"\bfarfar\b", r"\bmorfar\b", r"\bfarmor\b", r"\bmormor\b",
            # a grandchild, nephew or niece: family, not her own child
            r"\bbarnebarn\w*", r"\bbornebarn\w*", r"\bnevø\w*", r"\bniese\w*", r"\bsvigerbarn\w*")),
    Person("annen", "annen person", "annen",
           None, (r"\bnabo\w*", r"\bvenn\w*", r"\bkollega\w*", r"\barbeidsgiver\w*", r"\bsjef\w*", r"\bfremmed\w*",
                  r"\bhallik\w*", r"\bbekjent\w*", r"\butleier\w*", r"\bimam\b", r"\bmiljøet\b", r"\bnettverk\w*",
                  r"\bannen person\b", r"\bnoen andre\b", r"\bkompis\w*", r"\bkamerat\w*", r"\bgutta\b")),
)
BY_CODE = {p.code: p for p in PERSONS}
# Whole words staff type, so a slip («eksmanen», «samboern») is corrected towards them (``Question.vocabulary``).
TYPO_WORDS = ("eksmannen", "storebroren", "lillebroren", "ektemannen", "samboeren", "kjæresten", "partneren",
              "svigerfamilien", "broren", "brødrene", "faren", "moren", "sønnen", "datteren", "søsteren", "onkelen",
              "stefaren", "ekskona", "eksen", "mannen", "barnefaren", "svigermoren", "svigerfaren", "foreldrene")
# «foreldrene» names two people.
_BOTH_PARENTS = r"\bforeldr(e|ene|a)\b"
# Words that name more than one person: «brødrene», «svigerfamilien», «foreldrene», «begge». A plural of a
# family word («fetterne», «onklane», «sønnene») names several people; a singular in-law («svigermora») one.
PLURAL = (r"\bbrødre\w*", r"\bbrør\w*", r"\bsøstre\w*", r"\bsystr(er|ene|ane)\b", r"\bforeldr\w*", r"\bfamilie(n|ne)\b",
          r"\bsviger(familie|foreldr|søsk|brødr|brør|søstr|døtr|sønner|sønnene)\w*", r"\bsvogr(er|ene|ar|ane)\b",
          r"\bsvigerinn(er|ene|ar|ane)\b",
          r"\bstorfamil\w*", r"\bslekt\w*", r"\bfett(ere|erne|rar|rane|erar|erane)\b", r"\bfetr(ar|ane|ene)\b",
          r"\bonkl(er|ene|ar|ane)\b",
          r"\btant(er|ene|ar|ane)\b", r"\bkusin(er|ene|ar|ane)\b", r"\bsøskenbarn(a|ene)\b", r"\bsøsk(en|ene|na|nene)\b",
          r"\bsønn(er|ene)\b", r"\bsøn(er|ene)\b", r"\bdøtr(e|ene)\b", r"\bbesteforeld\w*", r"\bbarnebarna\b",
          r"\b(venn|kamerat|kompis|nabo)(er|ene|ar|ane)\b", r"\bgutta\b",
          r"\bbegge\b", r"\bflere\b", r"\bfleire\b", r"\bde to\b", r"\bdei to\b", r"\bklan\w*", r"\bmiljøet\b")


# «kona og brødrene hennes», «ekskona og den nye kjæresten hennes»: after a (former) partner of the
# possessive's gender, «hennes»/«hans» is that partner's – her family is the in-laws, her new partner
# someone else – not the family or partner of the person staff are talking about.
_POSSESSIVE = {"hennes": F, "hennar": F, "hans": M}
_THEIR_FAMILY = (r"(brødre\w*|brør\w*|(store|lille|halv)?bror(en)?|søst(e|r)\w*|syster\w*|far(en|a)?|mor(en|a)?|"
                 r"foreldr\w*|familie\w*|slekt\w*)")
_THEIR_PARTNER = (r"((den |det )?nye )?(kjærest\w*|kjærast\w*|typen|samboer\w*|sambuar\w*|partner\w*|mann(en)?|"
                  r"kon(a|en)|dama|damen|fyren)")
_THEIRS = re.compile(rf"\b(?P<join>og|og så|sammen med|pluss) (?P<who>{_THEIR_FAMILY}|{_THEIR_PARTNER}) "
                     r"(?P<whose>hennes|hennar|hans)\b")
# The possessive before the noun, as in English and in written bokmål: «her husband og hans bror», «kona og
# hennar brør».
_THEIRS_BEFORE = re.compile(rf"\b(?P<join>og|og så|sammen med|pluss) (?P<whose>hennes|hennar|hans) "
                            rf"(?P<who>{_THEIR_FAMILY}|{_THEIR_PARTNER})\b")


def _their_people(t: str) -> str:
    """Rewrite «X og brødrene hennes» to «X og svigerfamilien» when X is a partner of that gender."""
    def rewrite(m: re.Match[str]) -> str:
        before = [BY_CODE[c] for c in _read(t[:m.start()])]
        gender = _POSSESSIVE[m.group("whose")]
        new_partner = compiled(r"((den|det) )?nye ").match(m.group("who")) is not None
        family = compiled(_THEIR_FAMILY).fullmatch(m.group("who")) is not None
        # «eksen og den nye dama hans»: the new partner of any (former) partner named before is someone else;
        # «sønnen og kjæresten hans»: the partner of anyone of that gender named before is that person's
        if not family and any(p.gender == gender for p in before) and not any(
                p.partner and p.gender == gender for p in before):
            return f"{m.group('join')} annen person"
        if not any(p.partner and (p.gender == gender or new_partner) for p in before):
            return m.group(0)
        return f"{m.group('join')} {'svigerfamilien' if family else 'annen person'}"
    return _THEIRS_BEFORE.sub(rewrite, _THEIRS.sub(rewrite, t))


# «eks-kjæresten», «ex-kona», «eks kjæresten»: the normalised text splits the hyphen off («eks - kjæresten»);
# joined again, the compound is one former partner, not a former partner and a current one.
_EX_HYPHEN = re.compile(r"\b(eks|ex)( - ?| (?=(kjær|kjæ|sambo|sambu|partner|mann|kon|typ|ektef|dam)))(?=[^\W\d_])")


def read_persons(t: str) -> list[str]:
    """The person codes named in an answer, in the order they are named («broren og faren» → bror, far): the
    record's ``perpetrator_relation`` is the first one named (CONTRACTS.md §4, the question list)."""
    return _read(_their_people(strip_negated(_EX_HYPHEN.sub("eks", t))))


def _read(t: str) -> list[str]:
    found: list[str] = []
    where: dict[str, int] = {}
    rest = t
    for person in PERSONS:
        starts = [m.start() for pattern in person.phrases for m in [compiled(pattern).search(rest)] if m]
        if starts:  # one search per phrase tells both whether and where the person is named
            found.append(person.code)
            where[person.code] = min(starts)
            for pattern in person.phrases:  # «eksmannen» must not also count as «mannen»
                rest = compiled(pattern).sub(lambda m: " " * len(m.group(0)), rest)  # same length: positions stay
    found.sort(key=lambda code: where[code])  # stable: the table's order only between equal positions
    if has(t, _BOTH_PARENTS):
        found += [c for c in ("far", "mor") if c not in found]
    # «mannen ho er gift med»: the gendered word names the same person as the generic one
    if {"ektemann", "kone"} & set(found) and "partner" in found:
        found.remove("partner")
    if {"eksmann", "ekskone", "barnefar", "barnemor"} & set(found) and "eks" in found:
        found.remove("eks")
    return found


def several(t: str, codes: list[str]) -> bool | None:
    """True when the answer names more than one person («faren og brødrene», «svigerfamilien»)."""
    if len(codes) >= 2 or has(t, *PLURAL):
        return True
    return None  # one person named: the form still asks whether there are others


def relations(codes: Iterable[str]) -> list[str]:
    out: list[str] = []
    for code in codes:
        person = BY_CODE.get(code)
        if person and person.relation not in out:
            out.append(person.relation)
    return out


def genders(codes: Iterable[str]) -> set[str | None]:
    return {BY_CODE[c].gender for c in codes if c in BY_CODE}


def labels(codes: Iterable[str]) -> str:
    return ", ".join(BY_CODE[c].label if c in BY_CODE else c for c in codes)


# --- does a later answer refer to the perpetrator? ----------------------------------------------

YES, NO, AMBIGUOUS = "yes", "no", "ambiguous"
_PRONOUNS = {"han": M, "ham": M, "hun": F, "henne": F, "ho": F, "hu": F}
_PERPETRATOR_WORDS = (r"\butøver\w*", r"\bden (hun|han|ho) er redd for\b", r"\bvoldsutøver\w*", r"\bgjerningsperson\w*")
# Naming the person staff are talking about: «moren er hun selv», «barnet er med henne selv».
SELF = (r"\b(er|e) (hun|han|ho) (selv|sjølv)\b", r"\b(med|hos) (henne|ham|ho|han) (selv|sjølv)\b", r"\bden utsatte\b")
# The person herself/himself, or a place apart from everyone named.
_WITH_PERSON = (r"\bmed (seg|meg|oss)\b", r"\bhos (oss|meg)\b", r"\bher\b", r"\bhit\b", r"\bpå senteret\b",
                r"\bpå krisesenteret\b", r"\bsammen med (seg|oss)\b", r"\bhar (dem|de|dei|barna) med\b",
                r"\btok (dem|barna|ungene|de) med\b", r"\bmed (henne|ham|ho) (hit|her)\b", r"\bhos den utsatte\b")
_ELSEWHERE = (r"\bi barnehagen\b", r"\bbarn?e?hage\w*", r"\bbarnehave\w*", r"\bbhg\b", r"\bdagmamma\w*",
              r"\bpå skolen\b", r"\bskule\w*", r"\bskolen\b",
              r"\bbor (i|på) (en |ei |et )?annen\b", r"\bvoksne\b", r"\bflyttet ut\b", r"\begen (bolig|leilighet)\b",
              r"\bbor for seg selv\b", r"\bpå internat\b", r"\bstudent\w*",
              r"\bhos (besteforeldre\w*|mormor|farmor|morfar|farfar|bestemor|bestefar|en venn\w*|venn\w*|naboen|"
              r"tante\w*|onkel\w*|søster\w*|nabo\w*)", r"\bi fosterhjem\b", r"\bfosterheim\b", r"\bbarnevern\w*",
              r"\bpå (sfo|aks|fritidsklubb|trening)\b", r"\bi beredskapshjem\b", r"\bpå institusjon\b")


def known_perpetrators(values: Mapping[str, Any], slots: Iterable[str]) -> list[str]:
    """The person codes named as perpetrator or feared in the answers so far (in ``slots``)."""
    out: list[str] = []
    for slot in slots:
        value = values.get(slot)
        if isinstance(value, list):
            out += [c for c in value if isinstance(c, str) and c in BY_CODE and c not in out]
    return out


# «han slo henne», «han dytta ho», «hun truet ham»: the one a violent act is done to is the person staff talk about.
_DONE_TO = re.compile(r"\b(slo|slår|slått|dyttet|dytta|dytter|truet|truer|truga|trugar|trua|trugde|kvelte|kvalte|"
                      r"sparket|sparka|"
                      r"voldtok|voldtatt|lugget|lugga|kløp|kløyp|banket|banka|skadet|skada|tvang|forfulgte|forfølger|"
                      r"plager|plaget|plaga|kontrollerer|kontrollerte|låste inn|stengte inne|tok kvelertak på|"
                      r"kastet|kasta|holdt fast|heldt fast|ristet|rista) (henne|ham|ho)\b")


def person_gender(values: Mapping[str, Any]) -> str | None:
    """The gender of the person staff talk about, when the free-text answers so far say what was done to her or
    him («han dyttet henne i veggen»), and say it one way only. Without it an open «han» in a later answer can
    be the person as well as someone else; with it «nei, men han har hund» to «has she/he pets?» is about
    someone else (the perpetrator's dog), whatever the perpetrator is called («samboeren» has no gender)."""
    found = {_PRONOUNS[m.group(2)] for v in values.values() if isinstance(v, str)
             for m in _DONE_TO.finditer(v.lower())}
    return found.pop() if len(found) == 1 else None


def _parent_word(t: str) -> str | None:
    """«faren»/«pappa» → m, «moren»/«mamma» → f, when the answer names a parent of the children."""
    if has(t, r"\bfar(en|a)?\b", r"\bpappa\w*"):
        return M
    if has(t, r"\bmor(a|en)?\b", r"\bmamma\w*"):
        return F
    return None


def _pronoun(t: str) -> tuple[str, str] | None:
    """(preposition, gender) for «hos han», «med henne», «sammen med ho», «hjemme med han»."""
    match = compiled(r"\b(hos|med|sammen med|hjemme hos|hjemme med|igjen hos|igjen med|att hos|att med) "
                      r"(han|ham|hun|henne|ho|hu)\b").search(t)
    if not match:
        return None
    return match.group(1), _PRONOUNS[match.group(2)]


# Someone from «annen person» brought in as new («ei venninne», «en kollega») or named as known («venninna»,
# «kompisen», «naboen»): only the definite form can refer back to a perpetrator named earlier.
_OTHER_WORDS = r"(venn|venninne|veninne|kollega|nabo|bekjent|kamerat|kompis|arbeidskamerat|studiekamerat)"
_NEW_OTHER = rf"\b(en|ei|ein|eit|et|noen|nokon) (god |gammel |gamal |ny )?{_OTHER_WORDS}(er|ar|inner)?\b"
_KNOWN_OTHER = rf"\b{_OTHER_WORDS}(en|a|ene|ane|inna|innen)\b"


_PARTNER_KINDS = (frozenset({"ektemann", "kone", "partner"}), frozenset({"eks", "eksmann", "ekskone"}))


def _same_kind_of_partner(named: list[str], perpetrators: list[str]) -> bool:
    """«samboeren» and «mannen», «eksen» and «eksmannen»: two words for a partner of the same kind (current or
    former), one of them without gender – they may name the same person, or two."""
    for kind in _PARTNER_KINDS:
        here, there = set(named) & kind, set(perpetrators) & kind
        if here and there and set(named) <= kind and not here & there and \
                None in genders(here | there) and len(genders(here | there) - {None}) <= 1:
            return True
    return False


def refers_to_perpetrator(t: str, perpetrators: list[str]) -> str | None:
    """Whether the person an answer names is the perpetrator: YES, NO, AMBIGUOUS, or None when the
    answer names nobody («ja», «nei»). ``perpetrators``: person codes named earlier."""
    if has(t, r"\b(ikke|ikkje) (utøver\w*|den (hun|han|ho) er redd for)\b"):
        return NO  # «det er mannen hennes, han er ikke utøveren»
    if has(t, *SELF):
        return NO  # «moren er hun selv»: the person staff are talking about
    denied = compiled(r"\b(er|e|var) (ikke|ikkje) (?P<who>(\w+ ){0,2})").search(t)
    if denied and perpetrators and set(read_persons(f" {denied.group('who')} ")) & set(perpetrators):
        return NO  # «moren er ikke samboeren (det er eksen hans)»: the one named is said not to be the perpetrator
    t = strip_negated(t)
    if has(t, *_PERPETRATOR_WORDS):
        return YES
    named = read_persons(t)
    if "annen" in named and has(t, _NEW_OTHER) and not has(t, _KNOWN_OTHER):
        # «hun bor med ei venninne» when the perpetrator is «kompisen hans»: «annen person» is a bucket, and a
        # friend or neighbour brought in with «en»/«ei» is someone new – not the one named before
        named = [c for c in named if c != "annen"]
        if not named:
            return NO
    # «faren sin», «pappaen deres», «faren til barna»: the children's parent, not her/his own father
    childrens_parent = has(t, r"\b(far(en|a)?|pappa\w*|mor(en|a)?|mamma\w*) (sin|sine|deres|til barna|til ungene)\b")
    if any(c in perpetrators for c in named if not (childrens_parent and c in ("far", "mor"))):
        return YES
    others = [c for c in named if c not in ("far", "mor", "barnefar", "barnemor")]
    if perpetrators and others and _same_kind_of_partner(others, perpetrators):
        return AMBIGUOUS  # «samboeren» when the perpetrator is «mannen hennes»: maybe the same man, maybe not – ask
    if perpetrators and others and not set(others) & set(perpetrators):
        return NO  # «faren er eksen hennes» when the perpetrator is the new partner
    partners = [BY_CODE[c] for c in perpetrators if BY_CODE[c].partner]
    parent = _parent_word(t)
    if parent is not None:
        if not childrens_parent and ("far" if parent == M else "mor") in perpetrators:
            return YES
        if not partners:  # the perpetrator is no (former) partner: the children's parent is someone else
            return NO if perpetrators else AMBIGUOUS
        partner_genders = {p.gender for p in partners}
        if parent in partner_genders and None not in partner_genders:
            return YES  # the male (former) partner is the children's father (and so on)
        if None in partner_genders:
            return AMBIGUOUS  # «samboeren», «eksen»: who is «faren»?
        return NO
    if has(t, *_WITH_PERSON):
        return NO
    pronoun = _pronoun(t)
    if pronoun is not None:
        preposition, gender = pronoun
        known = genders(perpetrators)
        if not perpetrators or None in known:
            # «med henne» is with the person staff are talking about; «hos han» may be anyone's place
            return NO if preposition in ("med", "sammen med") else AMBIGUOUS
        if gender not in known:
            return NO  # not the perpetrator's gender: the person herself/himself or someone else
        # «hos han», «hjemme med han», «igjen hos han»: at his place – the perpetrator's, when he is the only
        # one of that gender named; a bare «med han» may still be the person staff are talking about
        at_theirs = preposition.startswith(("hos", "hjemme", "igjen", "att"))
        return YES if at_theirs and known == {gender} else AMBIGUOUS
    if [c for c in named if c not in ("far", "mor")]:
        return NO  # a person who is not the perpetrator
    if has(t, *_ELSEWHERE):
        return NO
    return None


# «familien», «slekta»: the family as a whole (not «onkelen», who is one of them)
_WHOLE_FAMILY = r"famili(e|en|a|ene)|slekt(a|en)?|storfamili(e|en|a)|heile familien|hele familien"


def family_is_the_perpetrators(word: str, perpetrators: list[str]) -> bool:
    """«familien vet ikke» is the perpetrators not knowing when every perpetrator is a relative of hers/his
    (parents, siblings, children, wider family): then the family is them. Not when a partner or the in-laws are
    among them – whose «familien» may be someone else's."""
    return bool(perpetrators) and compiled(_WHOLE_FAMILY).fullmatch(word) is not None and all(
        c in BY_CODE and BY_CODE[c].relation in ("forelder", "barn", "annen_familie") and c != "svigerfamilie"
        for c in perpetrators)


def only_genderless_partner(perpetrators: list[str]) -> bool:
    """The perpetrators named are (former) partners whose word carries no gender («samboeren», «kjæresten»,
    «eksen», «partner»): then «med ham» / «med henne» in an answer about whom she/he lives with can
    only be that partner – nobody else has been named."""
    return bool(perpetrators) and all(BY_CODE[c].partner and BY_CODE[c].gender is None
                                      for c in perpetrators if c in BY_CODE)


def pronoun_gender(pronoun: str) -> str | None:
    """«han»/«ham» → m, «hun»/«henne»/«ho»/«hu» → f, anything else None."""
    return _PRONOUNS.get(pronoun)


def pronoun_is_perpetrator(pronoun: str, perpetrators: list[str]) -> str:
    """Whether «han»/«hun» as the subject of an answer can be the perpetrator: YES, NO or AMBIGUOUS."""
    gender = _PRONOUNS.get(pronoun)
    known = genders(perpetrators)
    if gender is None or not perpetrators or None in known:
        return AMBIGUOUS
    if gender not in known:
        return NO
    return YES if known == {gender} else AMBIGUOUS
