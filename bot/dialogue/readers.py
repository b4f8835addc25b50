"""Readers both dialogues share: who is feared, violence forms, children and where they are.

Each reader takes the normalised answer and the answers so far (``ctx``; the person codes named
as perpetrator are under ``__perpetrators__``), so «de er med moren» is read against who the
perpetrator is (``bot.dialogue.persons``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.dialogue import parse, persons
from bot.dialogue.parse import FAIL, NOT, Parsed, has
from bot.dialogue.schema import SAME, Choice, Context
from bot.text.regex import compiled

YES_NO_HINT = "Svar «ja», «nei» eller «vet ikke» (eller «vil ikke svare», «hopp over»)."

# --- who -------------------------------------------------------------------------------------------

PERSON_CHOICES = tuple(Choice(p.code, p.label, p.phrases) for p in persons.PERSONS)
# The words a person answer's typos are corrected towards (the patterns alone hold only word stems).
PERSON_TYPO_WORDS = persons.TYPO_WORDS


def persons_reader(copy_from: str | None = None) -> Callable[[str, Context], Parsed]:
    """«faren og brødrene» → ["far", "bror"]; with ``copy_from``, «samme» copies that answer – and
    when that answer is itself unknown, «samme» is unknown too (not a question asked again)."""

    def read(t: str, ctx: Context) -> Parsed:
        if copy_from and has(t, rf"^ {SAME}\b", r"\bsamme (som|person|personen|personene)\b", r"\bde samme\b",
                             r"\bden samme\b", r"^ (det er )?(de|den) samme\b",
                             r"^ (ja|jo|yes|jepp|det)( ,)? (er )?(det |den |de )?samme\b",  # «ja samme», «det same»
                             r"^ (som før|som over|som sist|som ovenfor)( \W)? $"):  # English «same as before»
            earlier = ctx.get(copy_from)
            if isinstance(earlier, list) and earlier:
                return Parsed(True, list(earlier))
            return Parsed(True, parse.UNKNOWN) if earlier in parse.UNANSWERED else FAIL
        earlier = ctx.get(copy_from) if copy_from else None
        if isinstance(earlier, list) and earlier:
            # «begge», «alle tre»: every one named before; «han» / «ho»: the one named before, when it fits
            if len(earlier) >= 2 and has(t, _ALL_OF_THEM):
                return Parsed(True, list(earlier))
            # «han», «det er han», «bare ham», «ja, han»
            pronoun = compiled(r"^ ((ja|jo) ,? )?(det er |det var |bare |kun |berre )?(han|ham|hun|ho|henne)"
                               r"( (igjen|ja|det))?( [.!])? ?$").match(t)
            if pronoun and len(earlier) == 1:
                gender = persons.M if pronoun.group(4) in ("han", "ham") else persons.F
                if persons.BY_CODE[earlier[0]].gender in (gender, None):
                    return Parsed(True, list(earlier))
        # «kjæresten hans (mann)»: a gender said in brackets is no husband (the h17 run, spent: stored «ektemann»)
        t = _GENDER_NOTE.sub(" ", t)
        codes = persons.read_persons(_person_slip(t))
        return Parsed(True, codes) if codes else FAIL

    return read


_GENDER_NOTE = re.compile(r"\( (mann|kvinne|dame|gutt|jente|man|male|woman|female|m|k) \)")


# «eksen, nei samboeren hun har nå»: a person named, «nei», and another person – the first was a slip. Not when what
# follows adds or denies («nei, ikke faren», «nei, og også onkelen»).
_PERSON_SLIP = re.compile(r"^(?P<head>.+?) (, )?nei (, )?(vent (, )?)?(?P<tail>(?!(og|òg|også|pluss|både|men)\b).+)$")


def _person_slip(t: str) -> str:
    """The answer after a slip between two persons, or ``t`` as it is. A tail that only denies («nei, ikke faren»)
    names no one once the denied are struck out, so it corrects nothing; «faren, nei ikke faren, broren» does."""
    slip = _PERSON_SLIP.match(t)
    if slip and persons.read_persons(f" {slip.group('head')} ") and persons.read_persons(f" {slip.group('tail')} "):
        return f" {slip.group('tail')} "
    return t


_ALL_OF_THEM = (r"^ (ja ,? )?(begge|begge to|begge 2|båe|både to|alle|alle sammen|alle saman|alle to|alle tre|alle fire|"
                r"begge de|begge dei|de begge|dei begge|both|all of them|both of them)( (to|sammen|saman))?( [.!])? ?$")


def several_too(slot: str) -> Callable[[str, Any, Context], dict[str, Any]]:
    """An answer naming several people («faren og brødrene») answers «one or several?» as well."""

    def also(raw: str, value: Any, ctx: Context) -> dict[str, Any]:
        if not isinstance(value, list) or parse.button_value(raw) is not None and SAME not in raw:
            return {}
        return {slot: True} if persons.several(parse.norm(raw), value) else {}

    return also


# «bare mora», «berre sonen hennar», «kun eksen»: «only» before the one person named.
_ONLY = re.compile(r"\b(bare|berre|kun|bere|utelukkende)(?P<who>( \w+){1,3})")


# A «men» tail that only says who knows of it or backs it («én, men svigermor heier»): not who does it.
_KNOWING = (r"\b(vet|veit|visste|kjenner til|kjente til|aner|skjønner|forstår|heier|heiar|støtter|støttar|"
            r"forsvarer|forsvarar|dekker over|ser gjennom fingrene|er enig|er einig|synes det er greit|"
            r"syns det er greit)\b")


def several_reader(t: str, ctx: Context) -> Parsed:
    """One perpetrator or several? «bare han» is one; «faren og brødrene» several."""
    head, tail = parse.split_men(t)
    if tail is not None and has(tail, _KNOWING) and not has(tail, r"\b(flere|fleire|også|og så|med på)\b"):
        first = several_reader(f" {head.strip(' ,.')} ", ctx)  # «én, men familien vet om det»: who knows is not who does it
        if first.ok and not first.unsure and first.value is False:
            return first
    if has(t, r"\b(vet|veit|visste|aner) (\w+ )?(ikke|ikkje) om (det er )?(flere|fleire|andre|noen flere)\b") and \
            len(persons.read_persons(t)) < 2:
        return Parsed(True, parse.UNKNOWN)  # «vet ikke om flere er med»
    if has(t, r"\b(flere|fleire|begge|to stykker|hele familien|heile familien|storfamilien)\b",
           # a number of them: «to», «tre stykker», «2 personer»
           r"^ (to|tre|fire|fem|2|3|4|5)( (stykker|stykk|personer|utøvere|av dem|av dei))?( [.!])? ?$",
           r"\b(og|og så) (broren|brødrene|faren|moren|onkel\w*|fetter\w*|svigerfamilien|sønnen|vennene|kameratene)\b",
           r"\bbrødrene\b", r"\b(familien|slekta) (hans|hennes)\b"):
        return Parsed(True, True)
    if has(t, r"\b(bare|berre|kun|bere) (han|ho|hun|en|én|ein|ei|mannen|eksen|faren|den ene|henne|ham)\b",
           r"^ (en|én|ein|ei|1|han|mannen|eksen|bare en) $", r"\b(én|ein|en) utøver\b", r"\bingen andre\b",
           r"^ (han|hun|ho|\w+en|\w+a) (alene|aleine|åleine|på egen hånd)( [.!])? ?$",
           rf"\b{NOT} flere\b", r"\bbare den ene\b",
           # «personen»: English «one person» as the translation gives it (held-back h11 run)
           r"\b(én|ein|en|ei) (person|personen|utøver|gjerningsperson)\b"):
        return Parsed(True, False)
    only = _ONLY.search(t)
    if only and not has(only.group("who"), *persons.PLURAL) and len(persons.read_persons(only.group("who"))) == 1:
        return Parsed(True, False)
    named = persons.read_persons(t)
    if len(named) >= 2 or named and has(t, *persons.PLURAL):
        return Parsed(True, True)  # «onkelen og fetterne», «mora og systera»: several people named
    return parse.read_yes_no(t)


# --- what ------------------------------------------------------------------------------------------

# «ødelagt æra til familien», «skal ødelegge livet hennes»: honour, a life, a name – no property destroyed.
_NOT_THINGS = (r"(?! (\w+ )?(æra|æren|ære|æres\w*|ryktet|rykte|livet|liv|navnet|namnet|framtida|fremtiden|"
               r"selvtilliten|sjølvtilliten))")

# «nei, men hun har fortalt det til politiet på telefon en gang», «ho ringde politiet i fjor»: the police have
# been told of the violence (the yes of «do the police know of the violence?», also after a «nei, men»).
POLICE_TOLD = (r"\b(fortalt|fortalde|fortalte|fortel|forteller|sagt|sa|nevnt|nemnt|meldt|melde|varslet|varsla|"
               r"rapportert|ringt|ringte|ringde|kontaktet|kontakta|snakket med|snakka med|vært hos|vore hos|gått til)"
               r"( \w+){0,3}? (til |med |hos )?politiet\b",
               r"\bpolitiet (har vært|har vore|var) (der|hjemme|heime|på døra|på besøk|innom)\b")

VIOLENCE_FORMS = (
    Choice("fysisk", "fysisk", (r"fysisk", r"\bslå", r"\bslag", r"\bslår\b", r"\bslo\b", r"dytt", r"spark", r"lugg",
                                r"\bkvel(?!d)", r"\bkvalt",
                                r"biting", r"\bbit",
                                # not a threat to harm himself («truer med å skade seg selv»: psychological)
                                r"skade(?!\w* seg (selv|sjølv|sjøl)\b)", r"banket", r"juling", r"knuff", r"røsk",
                                r"valdeleg", r"fysisk vald", r"\bslått\b", r"klyp", r"kaster (henne|ham|ho|han)",
                                r"kasta (henne|ham|ho|han)", r"\bdunk", r"\bholder (henne|ham|ho|han) fast",
                                r"\blugget\b", r"\bbanker\b", r"kast\w* ting",
                                # a thing thrown at her: «kastet en stol på henne» (the h17 run, spent: only «materiell»)
                                r"\bkast\w* (\w+ ){1,3}(på|etter|mot) (henne|ham|ho|han)\b",
                                r"\b(holder|held|holdt) (henne|ham|ho|han) fast",
                                r"\bkasta\b",
                                # cutting, stabbing, burning («kuttet henne med kniv», «skar ho i armen»)
                                r"\bkutt(er|et|a|et opp)? (henne|ham|ho|han|seg)\b", r"\bkutt(et|a)?\b.{0,20}\bkniv",
                                r"\b(skar|skjærer|stakk|stikker|stakk etter|brant|brenner|brente|svidde) "
                                r"(henne|ham|ho|han)\b", r"\bknivst[iu]kk\w*", r"\bstukket\b",
                                r"\bsleng\w* (henne|ham|ho|han)\b", r"\b(dro|drog|drar|dreg) (henne|ham|ho|han) etter\b",
                                r"\bjuling\b", r"\bbank(a|et|er) (henne|ham|ho|han|opp)\b", r"\bvri\w* armen",
                                # an attack («knivangrep», «angrep henne», «overfalt») – not a verbal one
                                r"(?<!verbale )(?<!verbalt )\b\w*angrep(et|a|ene)?\b(?! med ord)", r"\bangrip\w*",
                                r"\boverfal(l|t)\w*",
                                # held down without a named object: «holder fast og skriker», «heldt ho fast»
                                r"\b(holder|held|heldt|holdt) (\w+ )?fast\b",
                                # spitting at her/him, a box on the ear: «spytter på henne», «spytta på ho», «ørefik»
                                r"\bspytt(er|et|a|e|ar)?\b", r"\børefik\w*"), "Fysisk"),
    Choice("psykisk", "psykisk", (r"psykisk", r"\w+trus(el|ler|lar|lene)\b",
                                  r"\w+trugsmål",  # «drapstrusler», «dødstrugsmål»; a typo of «psykisk»
                                  r"\btru(er|et|ende|sel|sler)\b", r"\btruga(nde)?\b", r"\btruande\b",
                                  r"\btrussel\b", r"\btrussl(er|ar)\b",  # «trussler»: a typo (the h13 run, spent)
                                  r"(?<!økonomisk )(?<!digital )"
                                  r"kontroll(?!\w* (\w+ )?(telefon|mobil|peng|økonomi|lønn|bankkort|bankkonto|konto|"
                                  r"pensjon|trygd|meldinge?|sms))",
                                  # threats over the children: «sier hun aldri får se ungene igjen»
                                  r"\b(aldri|ikke|ikkje|ikke lenger) (\w+ ){0,2}(få )?(se|sjå|møte|treffe|ha) "
                                  r"(barna|ungene|borna|ungane|barnet|ungen)\b",
                                  r"\bta (barna|ungene|borna|ungane|barnet) (fra|frå|med seg)\b",
                                  r"\b(skriker|skrik|roper|brøler) (til|på|etter) (henne|ham|ho|han)\b",
                                  r"\b(og|,) (skriker|brøler|kjefter)( [.!])? ?$",
                                  r"\bfår (ikke|ikkje) (lov til å )?(gå|dra|møte|treffe|snakke)\b",
                                  r"\b(stenger|låser|stengde|låste) (henne|ham|ho|han) inne\b",
                                  r"\bverbal\w*",
                                  # pressure, unless it is for money («presser henne for penger» is økonomisk)
                                  r"\bpress(er|et|ar)?\b(?!( \w+)? (for|om|på) (\w+ )?(peng|lån|lønn|gjeld|bankk?ort))",
                                  r"isoler", r"nedverdig", r"kjeft", r"\bkjef(er|e|a)\b",
                                  r"skjell", r"ydmyk", r"sjikan", r"trakass",
                                  r"manipul", r"stygge ting", r"kaller (henne|ham|ho|han)", r"stygge ord", r"hersk",
                                  r"trugsmål", r"truslar", r"trugar", r"truar", r"trua", r"får ikke lov",
                                  r"sosial kontroll",
                                  # papers taken from her/him: «har tatt passet hennes», «tek ID-kortet»
                                  r"\b(tar|tok|tek|tatt|teke|gjemmer|gjemt|gjemte|låser inne) (\w+ )?(passet|pass|"
                                  r"id-?kortet|papirene|papira|oppholdskortet)\b",
                                  # running her/him down: «sier at hun er verdiløs», «kallar han ein taper»
                                  r"\b(sier|seier|sa|sagt)( til (henne|ham|ho|han))? (at )?(hun|han|ho) (er|var) (\w+ ){0,2}"
                                  r"(verdiløs|verdilaus|ubrukelig|udugelig|dum|stygg|feit|tjukk|ekkel|gal|sprø|gæren|"
                                  r"sinnssyk|ingenting|ingen|taper|hore|dårlig|dårleg|verdt|ingenting verdt)\b",
                                  r"\b(kallar|kalte|kalla) (henne|ham|ho|han)\b",
                                  r"\b(verdiløs|verdilaus|ubrukelig|udugelig|taper|hore|idiot)\b",
                                  r"\b(ingenting verdt|ikke verdt noe|ikkje verdt noko|ikke verdt noen ting)\b",
                                  r"\b(latterliggjør\w*|gjør narr|håner|hånar|hånet|rakker ned|snakker ned|mobb\w*|"
                                  r"kritiserer|kritiserar|tar fra henne selvtilliten)"), "Psykisk"),
    Choice("seksuell", "seksuell", (r"seksuel", r"voldtekt", r"voldtatt", r"overgrep", r"\bsex\b", r"\bvaldt\w*",
                                    r"\bvoldt\w*", r"\bseksuelt\b"), "Seksuell"),
    Choice("materiell", "materiell", (r"materiel", rf"ødelegg\w*\b{_NOT_THINGS}", rf"ødelag\w*\b{_NOT_THINGS}",
                                      r"knuser", r"knust", r"tingene (hennes|hans)", r"tinga (hennar|hans|hennes)",
                                      r"hærverk", rf"\bødela\b{_NOT_THINGS}", rf"\bøydela\b{_NOT_THINGS}",
                                      rf"øydelegg\w*\b{_NOT_THINGS}", rf"øydelag\w*\b{_NOT_THINGS}",
                                      r"slår i stykker")),
    Choice("okonomisk", "økonomisk", (r"økonomisk", r"\bpeng", r"lønn", r"\bløn(a|i|en)?\b", r"bankk?ort", r"gjeld",
                                      r"økonomien",
                                      r"\bpensjon", r"\btrygd", r"\bbarnetrygd", r"\bstønad", r"\bsosialhjelp",
                                      r"\bbankkonto", r"\bkontoen (hennes|hans|hennar|sin)\b", r"\bnettbank",
                                      r"\bkredittkort", r"\blån i (hennes|hans|hennar|hennes) navn",
                                      r"\b(tatt|tar|tok) opp lån\b", r"\bregningene\b", r"\bsparepeng"),
           "Økonomisk"),
    Choice("digital", "digital", (r"digital", r"\bnett", r"sosiale medier", r"snap", r"facebook", r"\bgps\b",
                                  r"sporing", r"sporer", r"meldinger", r"overvåk", r"\bovervak", r"\bmelding(ar|ane|ene)\b",
                                  r"\bpassord", r"\bsporingsapp", r"\bposisjon(en)? (hennes|hans|hennar)",
                                  r"\b(lokasjon|find my|airtag)", r"\b(sms|e-post|innboks|chat)(ene|ane|en)?\b",
                                  r"\be - post\w*", r"\bhack\w*", r"\bhaka\b",
                                  r"\b(legg\w*|la|lagt|delt?e?r?) ut (\w+ )?(bilde|bilete|video|film)",
                                  r"\b(følger|følgjer|fulgte|passer|held|holder) (med|øye med|auge med)( \w+){0,6} "
                                  r"(telefon|mobil|melding|sms|nett|posisjon|"
                                  r"facebook|snap|instagram|pc)\w*",
                                  r"\bapp\w* på (telefonen|mobilen|pc)",
                                  # what is done with the phone, not the phone itself («knust telefonen» is materiell)
                                  r"\b(kontroller\w*|sjekk\w*|tar|tok|tek|leser|les|lest|går gjennom|gjennomgår|overvåk\w*|"
                                  r"ser (på|pa|gjennom)|låner|tar fra (henne|ham|ho|han)) (\w+ )?(telefon|mobil|pc|data)\w*",
                                  # «kontrollerer pengene og telefonen hennes»: the phone further along the list
                                  r"\b(kontroll\w*|sjekk\w*|overvåk\w*)( \w+| ,){0,4} og (\w+ )?(telefon|mobil|pc)\w*"),
           "Digital"),
    Choice("latent", "latent", (r"latent", r"konstant frykt", r"alltid redd", r"på vakt hele tiden",
                                r"eggeskall", r"tå hev")),
    # not «kjæresten»; the family's honour in other words: «vanæret familien», «skjemt ut familien», «skam»
    Choice("aeresrelatert", "æresrelatert", (r"\bæres", r"\bære\b", r"\baeres", r"\bæra\b", r"\bvan(æ|ae)r\w*",
                                            r"\bskjem(t|me|mer|de|mde|ma)? ut\b", r"\bskam(men|ma)?\b",
                                            r"\b(bringe|brakt|brakte|påført|påføre|påførte|påfører) (\w+ )?skam",
                                            r"\b(familiens|slektas|familien sitt|slekta sitt) (gode )?(navn|namn|rykte|"
                                            r"anseelse)\b", r"\bskamplett\b")),
    Choice("tvangsekteskap", "tvangsekteskap", (r"tvangsekteskap", r"tvangsgift", r"tvinge .*gifte",
                                                r"tvunget .*gift", r"\bgift(e|es|ast)? (\w+ )?bort\b", r"\bbortgift",
                                                r"\bgift\w*( \w+){0,4} mot (sin|hennes|hans|hennar) vilje",
                                                r"\barrangert ekteskap", r"\bgifte seg (\w+ )?mot",
                                                # «familien presser henne til å gifte seg»
                                                r"\b(presser|presset|pressar|tvinger|tvang|truer) (henne|ho|ham|han|"
                                                r"\w+en|\w+a) (til )?(å )?gifte seg\b",
                                                # English: «want to force her into marriage»
                                                r"\bforce\w* (henne|ho|ham|han|hennes|\w+) (into|inn i) "
                                                r"(a |an |et )?(marriage|ekteskap)\b",
                                                r"\bforced marriage\b")),
    Choice("kjonnslemlestelse", "kjønnslemlestelse", (r"kjønnslemlest", r"omskjær", r"\bkls\b")),
    Choice("menneskehandel", "menneskehandel", (r"menneskehandel", r"trafficking", r"utnyttet", r"tvangsarbeid",
                                                r"prostitu")),
)

# --- children --------------------------------------------------------------------------------------


_AGE = re.compile(r"\b(er|ble|blir|var|fyller|fylte) \d{1,2}( år)?\b|\b\d{1,2} (år|mnd|måneder)( gammel| gamal)?\b")


# The count itself, never any word before «barn» («har tre barn»: «tre» is no adjective ending in -e).
_COUNT_WORDS = "(?:" + "|".join(sorted(parse.NUMBER_WORDS, key=len, reverse=True)) + ")"


# «barn» as typed on a phone in a hurry: letters swapped or one missing («tre bran», «to banr», «2 brn»)
_BARN = "(?:barn|bran|banr|brn|bar n|barm)"


# Two counts offered as alternatives: «2 eller 3», «to eller tre barn», «2-3» (the dial18 sweep: stored the first).
_TWO_COUNTS = re.compile(rf"\b(\d{{1,2}}|{_COUNT_WORDS}) (eller|el|or|[-–]) (\d{{1,2}}|{_COUNT_WORDS})\b"
                         r"(?! ?(år|mnd|måneder))")


def children_count(t: str, ctx: Context) -> Parsed:
    t = _AGE.sub(" ", t)  # «nei, hun er 17»: an age is no count
    two = _TWO_COUNTS.search(t)
    if two and parse.count_word(two.group(1)) != parse.count_word(two.group(3)):
        return Parsed(True, None, unsure=True)  # which of them is not known: read back, never the first stored
    kinds = compiled(r"\b(\d{1,2}|en|ei|ein|ett|eitt|to|tre|fire|fem) (små |voksne |store )?"
                       r"(gutt|gut|gutter|gutar|jente|jenter|jenta|sønn|sønner|son|søner|datter|døtre|dotter|døtrer|"
                       r"baby|babyer|unge|unger)\b").findall(t)
    said_all = compiled(rf"\b(\d{{1,2}}|{_COUNT_WORDS}) (små |felles |[a-zæøå]{{2,}}e )?({_BARN}|born|unger|ungar|"
                         r"stykker|stk)\b").search(t)
    if kinds and not (said_all and parse.count_word(said_all.group(1)) is not None):
        # «ein gut og ei jente», «to jenter og en gutt», «en gutt, han er hos …»: the children counted by kind
        # (a count of all wins)
        counts = [parse.count_word(k[0]) for k in kinds]
        if all(c is not None for c in counts):
            return Parsed(True, sum(c for c in counts if c is not None))
    explicit = compiled(rf"\b(\d{{1,2}}|{_COUNT_WORDS}) (små |felles |[a-zæøå]{{2,}}e )?({_BARN}|born|unger|"
                         r"ungar|stykker|jenter|gutter|sønner|søner|døtre|døtrer|tenåringer)\b").search(t)
    if explicit and parse.count_word(explicit.group(1)) is not None:
        n = parse.count_word(explicit.group(1))
        return Parsed(True, n) if n is not None and n <= 20 else FAIL
    leading = compiled(r"^ ((ja|jo) ,? )?((\d{1,2})\b(?! ?(år|mnd|måneder|uker|dager|timer|%))|"
                       r"(en|én|ett|ei|ein|éin|eitt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)"
                       r"( ,| og| -| –| —| :| ;| \.| stk| $))").match(t)
    if leading:  # «2, de er hos faren», «tre, ingen hos han» (the count comes first), «ja, tre stk»
        return Parsed(True, parse.count_word(leading.group(4) or leading.group(6)))
    if has(t, r"\b(ingen|null|har ikke barn|har ikkje barn|ikke barn|ingen barn|barnløs|barnlaus|barnlause|nei|"
              r"(ikke|ikkje) (noen|nokon|noe|noko) (barn|born|unger|ungar))\b") and not compiled(r"\d").search(t):
        return Parsed(True, 0)
    words = compiled(r"[a-zæøå0-9]+").findall(t)
    # «ho har to, begge små», «ja, hun har tre»; after a correction «det var to», «de er tre» (the h14 run, spent:
    # «tre barn, nei vent, det var to» was asked again)
    has_n = compiled(r"^ ((ja|jo) ,? )?(((hun|ho|han|de|dei) )?har|det (er|e|var|blir|vart)|(de|dei) (er|e|var)) "
                     r"(?P<n>\d{1,2}|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)"
                     r"( ,| og| -| –| \.| stk| små| store| voksne| $)").match(t)
    if has_n:
        return Parsed(True, parse.count_word(has_n.group("n")))
    # «voksne barn, to», «små barn: tre» (the dial18 sweep: asked again)
    kind_first = compiled(r"^ ((voksne|små|store|felles|vaksne) )?(barn|born|unger|ungar) (,|:|-|–) "
                          r"(?P<n>\d{1,2}|en|ett|ei|eitt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)( [.!])? ?$").match(t)
    if kind_first:
        return Parsed(True, parse.count_word(kind_first.group("n")))
    if len(words) <= 2:
        for w in words:
            n = parse.count_word(w)
            if n is not None and n <= 20:
                return Parsed(True, n)
    if has(t, r"\bbaby\b", r"\bsønn(en)?\b", r"\bdatter(en)?\b", r"^ barnet ", r"\btvilling(er|ar)\b"):
        return Parsed(True, 2 if "tvilling" in t else 1)
    if has(t, r"^ ja\b", r"\bhar barn\b"):
        return FAIL  # «ja, hun har barn»: how many is the question
    return FAIL


_CLAUSES = re.compile(r",|\bog\b|\bmen\b|;|\bmens\b")
_NOT_WITH = re.compile(rf"\b{NOT} (hos|med|sammen med|hjemme hos) \w+( \w+)?")
WHERE_PROMPT = ("Jeg kan ikke se om personen du nevner, er utøveren. Svar «ja» hvis noen av barna er hos "
                "utøveren nå, «nei» hvis ingen er det, eller «vet ikke»:")
OTHERS = (r"\b(barna|ungene|barn|venn\w*|venninne\w*|familie\w*|søster\w*|bror\w*|foreldr\w*|besteforeld\w*|"
           r"mor(en|a)?|far(en)?|kjærest\w*|samboer\w*|noen|andre|datter\w*|sønn\w*|leieboer\w*)\b",
          # a child named by age or kind: «med den eldste», «med dei minste», «med babyen», «med tvillingane»
          r"\b(den|dei|de|det) (eldste|yngste|minste|mellomste|største|to|tre|små)\b",
          r"\b(babyen|babyane|babyene|ungen|ungane|borna|barnet|jenta|jentene|jentane|gutten|guttene|gutane|"
          r"tvillingene|tvillingane|minstemann|veslejenta|vesleguten)\b")


def refs(t: str, perpetrators: list[str], skip: Callable[[str], bool] | None = None) -> list[str]:
    """Who each clause of an answer is about (YES / NO / AMBIGUOUS), clauses naming nobody (or ``skip``) left out."""
    t = _NOT_WITH.sub(" ", t)
    found = []
    for clause in _CLAUSES.split(t):
        if skip is not None and skip(f" {clause} "):
            continue
        ref = persons.refers_to_perpetrator(f" {clause} ", perpetrators)
        if ref is not None:
            found.append(ref)
    return found


# «…, men han er ikke utøveren», «det er ikkje han ho er redd for»: the one named is said not to be the perpetrator.
_NOT_THE_PERPETRATOR = (rf"\b(er|var) {NOT} (utøver\w*|den (hun|han|ho) er redd for|voldsutøver\w*)\b",
                        rf"\b{NOT} (han|ho|hun|den) (hun|han|ho) er redd for\b")
# «hun vet ikke hvor de er», «ho veit ikkje kvar borna er»: where the children are is not known.
WHERE_UNKNOWN = (rf"\b(vet|veit|visste|aner)( \w+)? {NOT} (hvor|kvar|kor) (de|dei|barna|ungene|borna|ungane|barnet|"
                 r"ungen|han|hun|ho|den|det)\b",)


# «den minste er der», «begge er der nå»: some of the children are there – where the question asks about
_THERE = (r"^ ((den|det) (minste|yngste|eldste|ene|største)|en av (dem|dei|de|barna|ungene)|ett av barna|"
          r"eitt av borna|de|dei|barna|ungene|borna|begge|alle|gutten|jenta|sønnen|dattera|datteren) (er|bor|sover|"
          r"overnatter|overnattar|bur) der( nå| no| i dag| i natt)?( [.!])? ?$")


_AT_OR_WITH = r"\b(hos|med|sammen med|saman med|hjemme|heime|ved)\b"


def own_child_as_subject(perpetrators: list[str]) -> Callable[[str], bool]:
    """When every perpetrator is the person's own child («sonen», «dattera»), a clause naming that child with no
    «hos»/«med» («sonen er vaksen og bur for seg sjølv») is about the perpetrator himself/herself – where he/she is,
    not a child being with him/her."""
    own_child = bool(perpetrators) and all(c in persons.BY_CODE and persons.BY_CODE[c].relation == "barn"
                                           for c in perpetrators)
    return lambda clause: own_child and not has(clause, _AT_OR_WITH)


# «ingen (av dem) er hos faren», «ingen er der»: none of the children is with the one named
_NONE_WITH = re.compile(r"\bingen( av (dem|dei|de|barna|ungene|borna|ungane))?( (er|e|bor|bur))?( (nå|no))? "
                        r"(?P<where>(hos|med|sammen med|saman med|hjemme hos|heime hos) \w+( (hennes|hans|hennar|deira|"
                        r"deres))?|der)\b")


def children_with_perpetrator(t: str, ctx: Context) -> Parsed:
    """«Er noen av barna hos utøveren nå?» – «de er hos faren», «dei er med ho», «ja», «nei»."""
    perpetrators = ctx.get("__perpetrators__") or []
    if has(t, *WHERE_UNKNOWN):
        return Parsed(True, parse.UNKNOWN)
    said = parse.read_yes_no(t)
    if said.ok and said.value in parse.UNANSWERED:
        return said
    none_with = _NONE_WITH.search(t)
    if none_with:
        # «ingen av dem er hos faren», «tre, ingen hos faren»: none is with the one named – no, when he is the
        # perpetrator and nothing else puts a child with him (the dial18 check of ownwords17's probe 2: stored yes)
        rest = _NONE_WITH.sub(" ", t)
        here = none_with.group("where")
        if (has(f" {here} ", _THERE) or persons.refers_to_perpetrator(f" {here} ", perpetrators) == persons.YES) and \
                persons.YES not in refs(rest, perpetrators, skip=own_child_as_subject(perpetrators)) and \
                not has(rest, _THERE):
            return Parsed(True, False)
    if has(t, _THERE):
        return Parsed(True, True)  # «den minste er der»: «der» is the question's own place, with the perpetrator
    if ctx.get("__pending__") and said.ok and not said.unsure:
        return said  # the answer to «is the person you named the perpetrator?»: yes or no decides
    if said.ok and said.value is False and not said.unsure and parse.past_tail(t):
        return said  # «nei, men de var hos ham i helga»: where they were is not where they are now
    found_refs = refs(t, perpetrators, skip=own_child_as_subject(perpetrators))
    if has(t, *_NOT_THE_PERPETRATOR):
        found_refs = [persons.NO if r == persons.AMBIGUOUS else r for r in found_refs]
    if persons.YES in found_refs:
        value: bool | None = True
    elif persons.AMBIGUOUS in found_refs and not has(t, *persons.SELF):
        if said.ok and not said.unsure and isinstance(said.value, bool) and parse.first_word(t) in ("ja", "nei", "jo"):
            return said  # «ja, begge er hjemme hos han»: the plain answer says it; the person named cannot contradict it
        return Parsed(True, None, unsure=True, prompt=WHERE_PROMPT)
    elif found_refs:
        value = False  # «moren er hun selv, barnet er med henne»: the pronoun is the person herself
    else:
        return said
    if said.ok and said.unsure:
        return Parsed(True, value, unsure=True)  # «tror de er hos han»: hedged, confirmed once
    if said.ok and said.value is not value and parse.first_word(t) in ("ja", "nei"):
        return Parsed(True, value, unsure=True)  # «nei, de er med moren» when the mother is the perpetrator
    return Parsed(True, value)


WHERE_CHOICES = (
    Choice("med_personen", "med henne/ham (personen selv)", (), "Med henne/ham"),
    Choice("hos_utover", "hos den hun/han er redd for", (), "Hos utøveren"),
    Choice("hos_andre", "hos andre (familie, venner, barnehage, skole)", (), "Hos andre"),
)
# With the person: «med seg», «med henne», «her». The spoken «med han», «med hu» are read by ``_WITH_PRONOUN`` alone,
# against the person's gender (an older «med (han|hu)» here, always the person, was reached only after «igjen/att»)
_WITH_PERSON_WORDS = (r"\bmed (seg|meg|oss|henne|ho|ham)\b|"
                      r"\b(hos|med) (henne|ho|ham|han) (selv|sjølv)\b|"
                      r"\bher\b|\bhit\b|\bpå (krise)?senteret\b|\bhos (oss|meg)\b")


# «hos dem», «heime hos dei»: with a group – the perpetrators when more than one is named, or a family.
_WITH_THEM = r"\b(hos|med|sammen med|saman med) (dem|dei|deim|de)\b(?! (andre|to|tre|besteforeldrene))"
_GROUPS = frozenset({"svigerfamilie", "storfamilie"})


def _perpetrator_coming(clause: str, perpetrators: list[str]) -> bool:
    """A clause in which a pronoun that can only be the perpetrator is coming («han kommer hit nå»): it tells
    where he/she is going, and its «hit» is not the children being here with the person."""
    from bot.acute import COMING

    for pronoun, forms in (("han", "han|ham"), ("hun", "hun|ho|hu")):
        if persons.pronoun_is_perpetrator(pronoun, perpetrators) == persons.YES and compiled(
                rf"\b({forms})( \w+){{0,2}}? ({COMING})\b").search(clause):
            return True
    return False


def _perpetrator_takes(clause: str, perpetrators: list[str]) -> bool:
    """A clause in which a pronoun that can only be the perpetrator takes the children «med seg» («han skal ta med
    seg ungene», «hun tok dem med seg»): that «med seg» is with him/her, not with the person at the shelter."""
    for pronoun, forms in (("han", "han|ham"), ("hun", "hun|ho|hu")):
        if persons.pronoun_is_perpetrator(pronoun, perpetrators) == persons.YES and compiled(
                rf"\b({forms})( \w+){{0,3}}? (ta|tar|tok|tatt|å ta)( \w+){{0,2}}? med seg\b").search(clause):
            return True
    return False


# «de bor i egne hjem», «begge har flytta ut», «dei bur for seg sjølv»: grown-up children living elsewhere.
_OWN_HOMES = (r"\b(bor|bur) (i|på) (egne|eget|egen|sine|sitt|eigne|eige|eiga) (hjem|heim|hus|leilighet\w*|"
              r"husvær|bustad\w*)\b", r"\bhar (flyttet|flytta|flytt) (ut|hjemmefra|heimanfrå)\b",
              r"\b(bor|bur) for seg (selv|sjølv)\b", r"\b(bor|bur) (\w+ )?(langt unna|i en annen by|i ein annan by|"
              r"i utlandet|andre steder|andre stader)\b")


# «med han», «sammen med ho», «igjen med han»: with someone named by a pronoun only («han» is nynorsk and everyday
# bokmål for «ham»); «hjemme med han» names a place (home, where the person at the shelter is not): someone else
_WITH_PRONOUN = (r"(?<!\bhjemme )(?<!\bheime )\b(med|sammen med|saman med) "
                 r"(?P<who>han|ham|hun|henne|ho|hu)\b")


def _with_the_person(clause: str, person_gender: str | None) -> bool | None:
    """Whether «med han»/«med henne» in a clause that is not about the perpetrator is the person staff talk about:
    yes unless the answers so far say the person is of the other gender (then it is someone else) – read against who
    the person is, never an assumed gender. None when the clause has no such pronoun."""
    match = compiled(_WITH_PRONOUN).search(clause)
    if match is None:
        return None
    return person_gender is None or persons.pronoun_gender(match.group("who")) == person_gender


def children_where(t: str, ctx: Context) -> Parsed:
    """«Hvor er barna nå?» – a list: with the person, with the perpetrator, with others."""
    perpetrators = ctx.get("__perpetrators__") or []
    person_gender = ctx.get("__person_gender__")
    stored = t.strip()
    if stored in {c.code for c in WHERE_CHOICES}:
        return Parsed(True, [stored])
    if has(t, *WHERE_UNKNOWN):
        return Parsed(True, parse.UNKNOWN)
    if ctx.get("__pending__") and parse.first_word(t) in ("ja", "nei") and not persons.read_persons(t):
        # the answer to «is the person you named the perpetrator?»
        return Parsed(True, ["hos_utover"] if parse.first_word(t) == "ja" else ["hos_andre"])
    t = _NOT_WITH.sub(" ", parse.fix_med(t))
    found: list[str] = []
    denied = has(t, *_NOT_THE_PERPETRATOR)
    for clause in _CLAUSES.split(t):
        clause = f" {clause} "
        if _perpetrator_coming(clause, perpetrators):
            continue  # «… og han har skrevet at han kommer hit nå»: where he is going, not where the children are
        if _perpetrator_takes(clause, perpetrators):
            continue  # «hos faren, han skal ta med seg ungene i døden»: with him (a threat), not with the person
        ref = persons.refers_to_perpetrator(clause, perpetrators)
        if ref != persons.YES and has(clause, _WITH_THEM) and (len(perpetrators) >= 2 or set(perpetrators) & _GROUPS):
            ref = persons.YES  # «sønnen er hjemme hos dem» when the perpetrators are the husband and his family
        if ref == persons.AMBIGUOUS and denied:
            ref = persons.NO  # «hos faren, men han er ikke utøveren»
        if ref == persons.AMBIGUOUS:
            return Parsed(True, None, unsure=True, prompt=(
                "Jeg kan ikke se om personen du nevner, er utøveren. Skriv «hos utøveren», «med henne/ham» eller "
                "«hos andre» (eller «vet ikke»):"))
        with_person = _with_the_person(clause, person_gender) if ref in (persons.NO, None) else None
        if ref == persons.YES:
            code = "hos_utover"
        elif with_person is not None:
            code = "med_personen" if with_person else "hos_andre"  # «med han» when she (his ex-wife) is the perpetrator
        elif ref == persons.NO or has(clause, _WITH_PERSON_WORDS):
            code = "med_personen" if has(clause, _WITH_PERSON_WORDS) else "hos_andre"
        elif has(clause, r"\b(alle|begge)\b.*\b(her|med (henne|ham|ho|seg))\b"):
            code = "med_personen"
        else:
            continue
        if code not in found:
            found.append(code)
    if not found and has(t, *_OWN_HOMES):
        found.append("hos_andre")  # grown-up children in homes of their own: not with either of them
    if has(t, r"\bhos utøver\w*\b") and "hos_utover" not in found:
        found.append("hos_utover")
    if has(t, r"\bhos andre\b") and "hos_andre" not in found:
        found.append("hos_andre")
    return Parsed(True, found) if found else FAIL


def where_says_with_perpetrator(slot: str) -> Callable[[str, Any, Context], dict[str, Any]]:
    """Where the children are answers «is any child with the perpetrator now?» as well."""

    def also(raw: str, value: Any, ctx: Context) -> dict[str, Any]:
        if not isinstance(value, list) or not value:
            return {}
        return {slot: "hos_utover" in value}

    return also


def mentions_exposure(t: str) -> bool:
    """«de har sett volden», «borna har høyrt alt»: what the children have experienced."""
    return has(t, r"\b(sett|hørt|så|hørte|opplevd|opplevde|til stede|vitne\w*|utsatt|slått|var der|var med)\b")


