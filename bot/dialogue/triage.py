"""The first-contact dialogue («Første henvendelse»): its questions in the guide's five steps.

Invite (how contact came, interpreter), get an overview – the initial mapping (why now, who she/he
is afraid of, what happens, escalation, does the perpetrator know, do the police know, children and
whether any are with the perpetrator, feared for life) –, give the necessary information (the
checklist, with the duty to inform the child welfare service), what help is wanted, going home,
and register (consent to registration, and how it was given); then a confirmed summary.
The acute-danger question is not one of the guide's: it is asked second because danger now comes
before everything (CONTRACTS.md §5) and is marked as beyond the guide.
"""

from __future__ import annotations

import re
from typing import Any

from bot.dialogue import parse, readers
from bot.dialogue.parse import FAIL, Parsed, has
from bot.dialogue.readers import PERSON_CHOICES, VIOLENCE_FORMS, YES_NO_HINT
from bot.dialogue.schema import (
    ACUTE,
    CHOICE,
    CONFIRM,
    COUNT,
    DASH_SOURCE,
    FREE,
    MULTI,
    TEXT,
    YES_NO,
    Choice,
    Context,
    Dialogue,
    Question,
    count_or_unknown,
    no,
    yes,
)
from bot.text.regex import compiled

OVERVIEW = "forste-henvendelse/fa-oversikt-over-situasjonen"
INVITE = "forste-henvendelse/inviter-til-en-samtale"
INFORMATION = "forste-henvendelse/gi-nodvendig-informasjon"
HELP = "forste-henvendelse/hvilken-hjelp-trenger-den-som-henvender-seg"
GOING_HOME_ENTRY = "forste-henvendelse/nar-den-voldsutsatte-vil-dra-hjem"
REGISTRATION = "rammer-og-forutsetninger/dokumentasjon-av-arbeidet-journalforing/journal-samtykke-og-innsyn"
POLICE_ENTRY = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/nar-er-det-nodvendig-a-involvere-politiet"
CHILD_WELFARE = ("oppfolging-av-barn-pa-krisesenter/samarbeid-med-barnevernstjenesten-opplysningsplikt/"
                 "opplysningsplikt-og-nar-den-inntrer")

INVITE_PART, OVERVIEW_PART, INFO_PART, REGISTER_PART = (
    "Kontakt", "Innledende kartlegging", "Informasjon og hjelp", "Registrering")

# --- contact mode ---------------------------------------------------------------------------------

CONTACT_MODES = (
    Choice("telefon", "telefon", (r"ring", r"telefon", r"\btlf", r"\bsms\b", r"på tråden"), "Telefon"),
    Choice("oppmote", "møtte opp selv", (r"møtte opp", r"kom (hit )?(selv|sjølv)", r"oppmøte", r"står (i|ved) døra",
                                         # «hun sto plutselig i resepsjonen»: she was there in person
                                         r"\b(sto|stod|står|dukket opp|dukka opp)( \w+)? (i|ved|på) (resepsjonen|"
                                         r"døra|døren|inngangen|gangen|kontoret|vaktrommet)\b",
                                         r"kom inn", r"på døra", r"ringte på", r"dukket opp", r"kom hit",
                                         r"står utenfor", r"møtt opp", r"personlig", r"egen hånd", r"taxi",
                                         r"\bwalk( -)? ?in\b", r"\b(sto|stod|står) på trappa\b", r"\bpå trappa\b",
                                         r"\bkom (gående|gåande|rett|bare) inn\b", r"\bwalked in\b",
                                         r"\bgikk inn (døra|døren)\b",
                                         # on her/his way in: «hun kommer hit nå», «han er på veg hit» (the
                                         # person, with nothing else named: the trial after the h10 run)
                                         r"^ (hun|han|ho|hu|personen|kvinnen|mannen|dama|damen) (er på (vei|veg)|"
                                         r"(kommer|kjem)( inn)?) (hit|inn|til oss)\b",
                                         # she came, with a friend along: «hun kom sammen med en venninne»
                                         r"\b(hun|han|ho|hu|personen) kom (hit )?sammen med\b"),
           "Møtte opp selv"),
    Choice("brakt_av_politiet", "brakt av politiet", (r"politi", r"\bpatrulje"), "Brakt av politiet"),
    Choice("brakt_av_annen_tjeneste", "brakt av en annen tjeneste",
           (r"barnevern", r"legevakt", r"\bnav\b", r"sykehus", r"helsestasjon", r"fastlege", r"familievern",
            r"\bkommune", r"tjeneste", r"tenest[aeo]", r"\bfulgt av\b", r"fulgte (henne|ham|han|ho)", r"sendt (hit )?av",
            r"sendte (henne|ham|han|ho|dem|dei)\b",
            r"henviste", r"krisesenter i", r"\bdps\b", r"skole", r"hjemmesykepl", r"helsesykepl", r"helsesjukepl",
            r"\bkom med (henne|ham|ho|han)\b", r"\bfulgte (henne|ham|ho|han)\b", r"\bambulanse", r"\bnaboen kom med\b"),
           "Brakt av annen tjeneste"),
    # chat on the centre's web page, e-mail, a letter: no phone and no visit
    Choice("annet", "annet", (r"\bannet\b", r"\bandre måte", r"e-?post", r"\be - ?post", r"brev", r"\bchat\w*",
                              r"\bnettside\w*",
                              r"\bmelding på nett\b"), "Annet"),
)
# Tried in this order: who brought the person beats how, «ringte på» (doorbell) beats «ringte».
_CONTACT_ORDER = ("telefon_from", "brakt_av_politiet", "annet_private", "brakt_av_annen_tjeneste", "oppmote_doorbell",
                  "annet_chat", "telefon", "oppmote", "annet")


_PRIVATE = (r"(mora|moren|mor|faren|far|søstera|søsteren|syster|systera|broren|bror|venninna|venninnen|venninne|"
            r"ei venninne|en venninne|ein venninne|vennen|venen|en venn|ein venn|ein ven|naboen|en nabo|ein nabo|kjæresten|"
            r"tanta|tanten|onkelen|kollegaen|ein kollega|en kollega|familien|dattera|datteren|sønnen|sonen)")


# «ho kom hit sjølv etter skulen», «han ringte etter råd fra fastlegen»: when the person is the one who came
# or called, a service named after «etter» is when or why – not who brought them.
_OWN_WAY = r"^ ((hun|han|ho|hu|personen|jenta|gutten|kvinnen|mannen) )?(ringte|ringde|ringer|ringjer|har ringt|kom|" \
           r"møtte|dukket)\b"
_AFTER_WHAT = r"\b(etter|på) (råd|rådet|tips|tipset|anbefaling|oppfordring|skolen|jobb\w*|arbeid\w*|timen|en time|ein " \
              r"time|legetimen|samtalen|møtet)\b.*$"


# «ingen av delene, det var en sms»: none of the ways offered – whatever follows is another way
_NONE_OF_THEM = r"^ (ingen av (delene|delane|dem|dei|disse|desse)|verken eller|hverken eller|none of (these|those|them))\b"


# What «yes» sounds like to «akutt fare akkurat nå?» when it is said as the situation (a domain call, issue 14): a
# weapon where he is now («han har kniv og er i leiligheten»), a threat being made right now («han truer henne
# akkurat nå på telefon»), the children with a drunk perpetrator now («barna er hos ham og han er full nå»). The
# question asks about now, so the answer's present tense is the now; a miss costs more than a 112 reminder. What
# says she is safe («trygg», «offshore») is a no first; the past («hadde kniv», «var full») matches none of these.
_NOW = r"\b(nå|no|akkurat|straks|i dette øyeblikk|right now)\b"
_DANGER_HERE_NOW = (
    r"(?=.*\b(kniv|kniven|våpen|våpenet|gevær|geværet|pistol|pistolen|øks|øksa|hagle|hagla)\b)"
    r"(?=.*(" + _NOW + r"|\b(er|står|sitter|går) (i|på|ved|utenfor) (leiligheten|huset|hjemme|rommet|døra|døren|"
    r"stua|soverommet|kjøkkenet)\b|\ber (der|her|hjemme|inne)\b))",
    r"(?=.*\b(truer|truar|trugar|truende|true)\b)(?=.*" + _NOW + ")",
    r"(?=.*\b(full|fuller|rusa|ruset|beruset|påvirket|dritings|høy|ruspåvirket)\b)(?=.*" + _NOW + r")"
    r"(?=.*\b(barna|ungene|ungane|borna|barnet|ungen|guttene|jentene|hun|ho|henne)\b)",
)


def _contact_mode(t: str, ctx: Context) -> Parsed:
    if has(t, _NONE_OF_THEM):
        return Parsed(True, "annet")
    if has(t, _OWN_WAY) and not has(t, r"\b(fulgt|fylgd|brakt|sendt|kjørt|køyrd) av\b"):
        t = compiled(_AFTER_WHAT).sub(" ", t)
    by_code = {c.code: c.phrases for c in CONTACT_MODES}
    # «ringte på» is the doorbell – not «ringte på vakttelefonen»
    # – nor «ringte på natta» / «ringde på nytt»: a time or «again» after it is a call (the h17 run, spent)
    by_code["oppmote_doorbell"] = (r"\b(ringte|ringde) på\b"
                                   r"(?! (\w+ )?\w*(telefon|mobil|nummer|linja|linjen|vakta|vegne|vegner|vegna))"
                                   r"(?! (natt|kveld|morgen|morgon|dag|ettermiddag|formiddag|helg|nytt|ny\b|igjen|"
                                   r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|laurdag|sundag|måndag|"
                                   r"tysdag)\w*)",)
    # «han ringde frå skulen»: phoning from a place is a phone call, not a service bringing him
    by_code["telefon_from"] = (r"^ ((hun|han|ho|hu|de|dei|personen|jenta|gutten|kvinnen|mannen) )?"
                               r"(ringte|ringde|ringer|ringjer|har ringt) (\w+ )?(fra|frå)\b",)
    by_code["annet_chat"] = (r"\bchat\w*", r"\bnettside\w*")  # «skrev i chatten» before «skrev … telefon»
    # «mora hennes fulgte henne hit», «ein ven køyrde ho»: family or a friend brought her – no service, and not
    # on her own («hun kom selv, men en venninne kjørte henne» is read as coming herself)
    by_code["annet_private"] = () if has(t, r"\b(selv|sjølv)\b") else (
        rf"\b{_PRIVATE}( (hennes|hans|hennar|sin|si))? (fulgte|fylgde|følgde|kom (hit )?med|kjørte|køyrde|tok (henne|ho|"
        r"ham|han) med|brakte|leverte)\b",)
    if t.strip() in by_code:
        return Parsed(True, t.strip())
    found = parse.one_of(t, [(code, by_code[code]) for code in _CONTACT_ORDER])
    if not found.ok:
        return found
    code = str(found.value)
    aliases = {"oppmote_doorbell": "oppmote", "annet_chat": "annet", "telefon_from": "telefon",
               "annet_private": "annet"}
    return Parsed(True, aliases.get(code, code))


# --- interpreter and language ---------------------------------------------------------------------

LANGUAGES = (
    "arabisk", "somali", "somalisk", "tigrinja", "dari", "farsi", "persisk", "pashto", "kurdisk", "sorani",
    "kurmanji", "tyrkisk", "urdu", "punjabi", "hindi", "bengali", "tamil", "thai", "vietnamesisk", "kinesisk",
    "mandarin", "filippinsk", "tagalog", "polsk", "litauisk", "latvisk", "estisk", "russisk", "ukrainsk",
    "rumensk", "bulgarsk", "serbisk", "kroatisk", "bosnisk", "albansk", "engelsk", "spansk", "portugisisk",
    "fransk", "tysk", "italiensk", "amharisk", "oromo", "swahili", "lingala", "nordsamisk", "samisk",
    "lulesamisk", "sørsamisk", "kvensk", "romani", "romanes", "tegnspråk", "norsk tegnspråk", "gresk", "ungarsk",
    "tsjekkisk", "slovakisk", "nepali", "burmesisk", "karen", "japansk", "koreansk", "hebraisk", "armensk",
    "georgisk", "tsjetsjensk", "uigurisk", "usbekisk", "pashtu", "sinhala", "malayalam", "teluga", "gujarati",
)
_NOT_LANGUAGES = {"norsk", "ikkje", "ikke", "usikker", "sikker"}
# English names staff write in an English answer («yes, Arabic»): stored under the Norwegian name the
# interpreter booking uses (names spelt alike in both, «somali», «urdu», are in ``LANGUAGES``); «tigrinya» is
# also how many write it in Norwegian, so it is kept as written.
ENGLISH_LANGUAGES = {
    "arabic": "arabisk", "persian": "persisk", "kurdish": "kurdisk", "turkish": "tyrkisk",
    "polish": "polsk", "lithuanian": "litauisk", "russian": "russisk", "ukrainian": "ukrainsk",
    "romanian": "rumensk", "bulgarian": "bulgarsk", "serbian": "serbisk", "albanian": "albansk",
    "spanish": "spansk", "portuguese": "portugisisk", "french": "fransk", "german": "tysk",
    "vietnamese": "vietnamesisk", "chinese": "kinesisk", "amharic": "amharisk", "tigrinya": "tigrinya",
    "filipino": "filippinsk", "burmese": "burmesisk",
}


def language(t: str, ctx: Context | None = None) -> Parsed:
    for lang in sorted(LANGUAGES, key=len, reverse=True):
        if compiled(rf"\b{re.escape(lang)}\b").search(t):
            return Parsed(True, "somali" if lang == "somalisk" else lang)
    for name, lang in ENGLISH_LANGUAGES.items():
        if compiled(rf"\b{name}\b").search(t):
            return Parsed(True, lang)
    words = compiled(r"[a-zæøå]+").findall(t)
    if len(words) == 1 and words[0].endswith("isk") and words[0] not in _NOT_LANGUAGES:
        return Parsed(True, words[0])
    return FAIL


_NO_INTERPRETER = (r"snakker (godt |bra |flytende )?norsk", r"kan norsk", r"forstår norsk", r"ingen tolk",
                   r"trenger ikke tolk", r"ikke behov for tolk", r"norsk er greit", r"klarer seg på norsk",
                   r"snakkar norsk", r"treng ikkje tolk", r"går fint på norsk", r"norsk går fint",
                   # English well enough for the talk: «snakker godt engelsk», «engelsk går fint»
                   r"(snakker|snakkar|kan|forstår|skjønner) (godt|bra|flytende|utmerket|veldig godt) (engelsk|english)",
                   r"\b(engelsk|english) (går|gjekk|gikk) (fint|bra|greit)", r"\bgår (fint|bra|greit) på engelsk")


# «ingen vet hvor godt hun forstår norsk», «usikkert om ho snakkar norsk»: how well or whether she speaks it, asked –
# not that she does (the ownwords15 sweep: stored «nei», no interpreter)
_WHETHER_SHE_SPEAKS = (r"\b(hvor|kor|om|hvorvidt)( godt| bra| mye| mykje| mykje)? (hun|ho|han|de|dei|personen) (snakker|"
                       r"snakkar|kan|forstår|skjønner|skjønar)\b")


def interpreter(t: str, ctx: Context) -> Parsed:
    """Needs an interpreter? A language name alone means yes (and is kept for the next question)."""
    if has(t, *_NO_INTERPRETER) and not has(t, _WHETHER_SHE_SPEAKS):
        return Parsed(True, False)
    first = parse.first_word(t)
    if first in ("nei", "ja"):
        return parse.read_yes_no(t)
    if language(t).ok:
        return Parsed(True, not (has(t, r"\bnorsk\b") and not has(t, r"tolk")))
    if has(t, r"\btolk\b", r"telefontolk", r"skjermtolk", r"\btrolk\b") and not has(t, r"\b(ikke|ikkje)\b"):
        return Parsed(True, True)
    return parse.read_yes_no(t)


def _language_too(t: str, value: Any, ctx: Context) -> dict[str, Any]:
    found = language(parse.norm(t)) if value is True else FAIL
    return {"language": found.value} if found.ok else {}


# --- help and information -------------------------------------------------------------------------

HELP_NEEDED = (
    # «hun vil bo hos søsteren» is where she will live, no request for a place here
    Choice("botilbud", "botilbud", (r"sted å bo", r"\bbo\b(?! (hos|med|sammen med|hjemme|heime))", r"botilbud",
                                    r"overnatt", r"\bi natt\b", r"\bbu\b",
                                    r"husrom", r"rom her", r"flytte inn", r"opphold", r"plass her", r"beskyttelse",
                                    r"trygt sted", r"seng", r"stad å bu", r"sove", r"tak over hodet", r"bli her",
                                    r"\bbolig\b", r"\bbustad\w*", r"\bhusvære?\b", r"\bhusly\b",
                                    r"\bbosted\w*"),
           "Sted å bo (botilbud)"),
    Choice("dagtilbud", "samtaler (dagtilbud)", (r"samtal", r"snakke", r"dagtilbud", r"prate", r"støttesamtal",
                                                 r"komme på dagtid", r"noen å snakke med"), "Samtaler (dagtilbud)"),
    Choice("informasjon", "informasjon", (r"informasjon", r"\binfo\b", r"råd", r"veiledning", r"vite mer",
                                          r"rettigheter", r"hva som finnes"), "Informasjon"),
    Choice("henvisning", "henvisning til annen tjeneste",
           (r"henvis", r"videre til", r"familievern", r"advokat", r"\bnav\b", r"legevakt", r"barnevern", r"lege",
            r"dps", r"politiet", r"annen tjeneste", r"bistandsadvokat", r"kontakt med", r"anmelde",
            # «hjelp videre», «videre hjelp», «sluse henne videre»: onward to another service
            r"\bhjelp(e)? (\w+ )?videre\b", r"\bvidere hjelp\b", r"\b(sluse|sende|sendt|vise|vist) (\w+ )?videre\b"),
           "Henvisning videre"),
)

_ALL_HELP = (r"^ (alt|alle|alt sammen|alt det|alle delene|alle fire|litt av alt|alt mulig|all|everything|all of it|"
             r"all of the above)( [.!])? ?$",
             # «alt dere kan gi», «alt vi kan hjelpe med»
             r"^ (alt|alt det) (som )?(dere|vi|senteret|de|dykk) kan (gi|tilby|hjelpe (henne |ho )?med|bidra med)"
             r"( [.!])? ?$")


def help_needed(t: str, ctx: Context) -> Parsed:
    """The kinds of help named – and «alt» / «everything»: all four."""
    if has(t, *_ALL_HELP):
        return Parsed(True, [c.code for c in HELP_NEEDED])
    return parse.all_of(t, [(c.code, c.phrases) for c in HELP_NEEDED])


INFORMATION_ITEMS = (
    Choice("tilbudet", "hvilken hjelp krisesenteret gir (samtaler, botilbud, telefon døgnet rundt, oppfølging)",
           (r"tilbud", r"tilby", r"hjelp(en)? (vi|senteret|krisesenteret)", r"botilbud", r"samtaletilbud", r"døgnet",
            r"hva vi kan", r"hva vi gjør", r"kva vi (kan|gjer|tilbyr)",
            # «fortalt hva senteret kan hjelpe med» (the h14 run, spent: stored as nothing given)
            r"(hva|kva) (senteret|krisesenteret|senteret vårt) (kan|gjør|gjer|tilbyr)")),
    Choice("taushetsplikt", "at de ansatte har taushetsplikt (krisesenterloven § 5)",
           (r"taushet", r"teieplikt", r"taus\w*plikt", r"tei\w*plikt")),
    Choice("opplysningsplikt_barnevern",
           "at de ansatte har opplysningsplikt til barnevernet (krisesenterloven § 6), også uten samtykke",
           (r"opplysningsplikt", r"barnevern", r"meldeplikt", r"melde til barnevernet")),
    Choice("samtykke_politi", "at vi bare kontakter politiet med samtykke (unntak: avvergeplikt)",
           (r"samtykke", r"politi")),
    Choice("gratis_uten_henvisning", "at tilbudet er gratis og ikke krever henvisning (krisesenterlova § 2)",
           (r"gratis", r"henvisning", r"koster")),
)


_EXCEPT = re.compile(r"\b(unntatt|untatt|unntake|bortsett fr[aå]|utenom|utanom|ikke om|ikkje om|"
                     # «men ikke», «men har ikke nevnt (noe om)», «men fekk ikkje sagt»
                     r"men( (jeg|vi|eg))?( (har|hadde|fikk|fekk|rakk))? (ikke|ikkje)( (nevnt|sagt|gitt|gjeve|tatt|"
                     r"fortalt|forklart|gått gjennom|informert))?( (noe|noko))?( om)?)\b")


def information_given(t: str, ctx: Context) -> Parsed:
    """«alt», «ingen», the items named – and «alt unntatt gratis» / «taushetsplikt, men ikke politiet»:
    what follows an «except» word is taken out, never added."""
    codes = [c.code for c in INFORMATION_ITEMS]
    if t.strip() in codes:
        return Parsed(True, [t.strip()])
    match = _EXCEPT.search(t)
    head, rest = (t[:match.start()], t[match.end():]) if match else (t, "")
    items = [(c.code, c.phrases) for c in INFORMATION_ITEMS]
    found = parse.all_of(f" {rest} ", items).value if rest.strip() else []
    excluded: list[str] = found if isinstance(found, list) else []
    if rest.strip() and not excluded:
        return FAIL  # «alt unntatt det ene»: which one is not clear, so ask again
    if has(head, r"\b(alt|alle|alt sammen|hele lista|alle punktene|heile lista|all|all of it|everything)\b"):
        return Parsed(True, [c for c in codes if c not in excluded])
    if has(head, r"\b(ingenting|ingen|ikke noe|ikkje noe|ikke ennå|ikkje ennå|nei|ingen ennå)\b",
           # «fikk ikke gitt noe», «har ikkje gått gjennom noko enno»: nothing given yet
           r"^ ((jeg|vi|eg) )?(fikk|fekk|har|hadde) (ikke|ikkje) (\w+ )?(gitt|gjeve|gått gjennom|gått igjennom|sagt|"
           r"fortalt|informert|forklart|nevnt)( (noe|noko|noen|nokon|info\w*|ennå|enno|enda))*( [,.]| ?$)"):
        return Parsed(True, [])
    named = parse.all_of(f" {head} ", items)
    if not named.ok:
        return named
    assert isinstance(named.value, list)  # all_of's value when ok
    return Parsed(True, [c for c in named.value if c not in excluded])


_GOING_HOME = (r"(vil|skal|drar|reiser|må|ønsker å) (dra |reise |gå )?(hjem|heim)", r"hjem igjen", r"heim att",
               r"tilbake til (han|ham|mannen|henne)", r"drar hjem")
_STAYING = (r"(blir|bli|vil bo|skal bo|overnatter) (her|på senteret|på krisesenteret)", r"flytter inn",
            r"blir hos oss", r"vil bli",
            # to her mother's, a friend's: somewhere else than home («vil dra til mora si», «skal bu hos systera»)
            rf"\b(dra|drar|reise|reiser|bo|bu|flytte|sove|overnatte) (til|hos) {_PRIVATE}\b")


def going_home(t: str, ctx: Context) -> Parsed:
    meta = parse.declined_or_unknown(t, vil_question=True)
    if meta.ok:
        return meta
    hedged = parse.hedge(t, _GOING_HOME, _STAYING)
    if hedged.ok:
        return hedged
    if has(t, *_GOING_HOME) and parse.first_word(t) not in ("nei", "ja"):
        return Parsed(True, not has(t, r"\b(ikke|ikkje)\b"))
    if has(t, *_STAYING) and parse.first_word(t) != "ja":
        return Parsed(True, False)
    return parse.read_yes_no(t, vil_question=True)


CONSENT_FORMS = (
    Choice("skriftlig", "skriftlig", (r"skriftl", r"skriftleg", r"skreiv under", r"skrev under", r"signer", r"underskr",
                                      # «ja, hun har skrevet under» (held-back h13 run: not read)
                                      r"skrevet under", r"har skrive under", r"samtykkeskjema",
                                      r"på papir", r"skjema",
                                      # typed in a hurry: «ja skrftlig», «skriflig» (the h16 run, spent: not read)
                                      r"\bskr\w{0,2}t?l[ie]g\b"), "Skriftlig"),
    Choice("muntlig", "muntlig", (r"muntl", r"sa ja", r"på telefon", r"i telefonen", r"ga beskjed", r"sa det",
                                  r"sa seg enig", r"munnleg", r"\bverbal\w*", r"\boral\w*", r"\bmunnt\w*",
                                  r"\bmu[mn]{1,2}t?l[ie]g\b"), "Muntlig"),
)


def _consent_form_too(raw: str, value: Any, ctx: Context) -> dict[str, Any]:
    """«ja, skriftlig», «hun skrev under»: the consent answer says how it was given as well."""
    if value is not True or parse.button_value(raw) is not None:
        return {}
    found = parse.one_of(parse.norm(raw), [(c.code, c.phrases) for c in CONSENT_FORMS])
    return {"consent_form": found.value} if found.ok and found.value in ("skriftlig", "muntlig") else {}


# A count answer that also says where the children are: a place or company word («hos», «med», «bor», «heime»).
_SAYS_WHERE = (r"\b(hos|med|sammen med|saman med|hjemme|heime|hjem|heim|bor|bur|buer|er (i|på)|ligger|sover|"
               r"besteforeldre\w*|mormor|morfar|farmor|farfar|barnehage\w*|skole\w*|skule\w*|fosterheim\w*|"
               r"fosterhjem\w*|barnevern\w*)\b")


# «de var hos faren forrige helg»: where they were; «nå», «er», «bor» say where they are.
_WAS_THERE = r"\b(var|bodde|budde|sov|overnattet|overnatta)\b"
_IS_THERE = r"\b(er|bor|bur|sover|søv|nå|no|i kveld|i natt|i dag)\b"


def _children_where_too(raw: str, value: Any, ctx: Context) -> dict[str, Any]:
    """«to barn, de er hos faren nå» answers whether a child is with the perpetrator as well."""
    if not isinstance(value, int) or value <= 0 or parse.button_value(raw) is not None:
        return {}
    if not compiled(_SAYS_WHERE).search(parse.norm(raw)):
        # «to voksne sønner», «eitt barn, dottera»: who the children are is not where they are – even when the
        # perpetrator is one of them (h8, after the run: the count stored «with the perpetrator» as yes)
        return {}
    if parse.tells_the_past(parse.norm(raw)) or (compiled(_WAS_THERE).search(parse.norm(raw)) and
                                                 not compiled(_IS_THERE).search(parse.norm(raw))):
        return {}  # «to, de var hos faren i helgen»: where they were, not where they are now (the ownwords17 sweep)
    where = readers.children_with_perpetrator(parse.norm(raw), ctx)
    return {"children_with_perpetrator": where.value} if where.ok and not where.unsure and isinstance(
        where.value, bool) else {}


OUTSIDE_ACUTE = ("Utenfor veilederen: veilederens liste for første samtale spør ikke om akutt fare; spørsmålet står "
                 "først fordi fare nå går foran alt (ring 112). SafeLives' veiledning til Dash-sjekklisten ber også om "
                 f"å avklare først om det er trygt å snakke nå (kilde: {DASH_SOURCE.split(', ')[-1]}).")




def _children(values: Context) -> bool:
    return count_or_unknown(values, "children_count")


QUESTIONS: tuple[Question, ...] = (
    # --- 1. invite to a conversation ---------------------------------------------------------------
    Question("contact_mode", "contact_mode", "Kontakt",
             "Første henvendelse. Hvordan kom kontakten? (Skriv fritt, f.eks. «hun ringte», eller velg.)",
             CHOICE,
             "Veilederen skiller mellom telefon, oppmøte og at politiet eller en annen tjeneste kommer med personen; "
             "det avgjør hvordan du inviterer til samtale.", INVITE,
             "Svar for eksempel «hun ringte», «møtte opp selv» eller «politiet kom med ham».",
             choices=CONTACT_MODES, parser=_contact_mode, unknown_button=False, part=INVITE_PART,
             change_words=("kontakt", "kontaktmåte", "kontaktform", "henvendelse", "oppmøte"),
             form_topic="Hvordan kontakten kom (telefon, oppmøte, brakt av politiet eller en annen tjeneste)"),
    Question("acute_danger_now", "acute_danger", "Akutt fare nå",
             "Er personen eller noen andre i akutt fare akkurat nå?", YES_NO,
             "Er noen i fare akkurat nå, kommer 112 og politiet før alt annet.", POLICE_ENTRY,
             "Svar «ja», «nei» eller «vet ikke».",
             choices=(yes(r"\b(er|står|er fortsatt) i (akutt )?fare\b", r"\bfare nå\b", r"livsfare", *_DANGER_HERE_NOW),
                      # «var i fare i går, men no er han offshore»: not now
                      no(r"\btrygg\b", r"\btrygt\b", r"i sikkerhet", r"\bvar i fare\b",
                         r"\b(er|sitter) (offshore|borte|bortreist|i fengsel|i varetekt|i utlandet|langt unna|arrestert|"
                         r"på sjøen|innlagt)\b")),
             change_words=("akutt", "fare"), on_yes=ACUTE, part=INVITE_PART, risk=True, outside=OUTSIDE_ACUTE),
    Question("interpreter_needed", "interpreter_needed", "Tolk",
             "Trengs det tolk? (Skriv gjerne språket, f.eks. «arabisk».)", YES_NO,
             "Kan personen ikke nok norsk til å forklare seg, skal det brukes tolk – ofte er telefontolk raskest.",
             "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/gjor-en-vurdering",
             "Svar «ja», «nei» eller språket, for eksempel «arabisk».",
             choices=(yes(), no()), parser=interpreter, also=_language_too, change_words=("tolk",),
             unknown_button=False, part=INVITE_PART, form_topic="Tolk når personen ikke kan nok norsk"),
    Question("language", "language", "Språk", "Hvilket språk trengs tolk på?", TEXT,
             "Du trenger språket for å bestille riktig tolk.",
             "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/slik-bestiller-du-tolk",
             "Skriv språket, for eksempel «somali» eller «polsk».", parser=language,
             ask_if=lambda v: v.get("interpreter_needed") is True, depends_on=("interpreter_needed",),
             change_words=("språk",), part=INVITE_PART, form_topic="Tolk: språket",
             when="bare når svaret om tolk er ja", prefilled_by="svaret om tolk når det nevner språket («ja, arabisk»)"),
    # --- 2. get an overview (the initial mapping) --------------------------------------------------
    Question("why_contact_now", "why_contact_now", "Hvorfor kontakt nå",
             "Hva gjorde at hun/han tar kontakt akkurat nå? Skriv kort med egne ord (ingen navn).", FREE,
             "Veilederen ber deg starte med åpne spørsmål, først om hva som gjorde at personen tok kontakt nå – "
             "mange kaller ikke det de opplever for vold.", OVERVIEW,
             "Skriv kort hva som fikk personen til å ta kontakt nå, eller «vet ikke» / «hopp over».",
             change_words=("hvorfor nå", "kontakt nå", "grunn"), part=OVERVIEW_PART,
             form_topic="Hvorfor personen tar kontakt akkurat nå (åpent spørsmål)"),
    Question("perpetrator_relation", "perpetrator_relation", "Redd for",
             "Hvem er hun/han redd for? (f.eks. «mannen hennes», «eksen», «faren og brødrene»)", MULTI,
             "Veilederen ber deg få oversikt over hvem hun/han er redd for og hvem som utøver vold – én eller "
             "flere.", OVERVIEW, "Svar for eksempel «mannen hennes», «eksen», «faren og brødrene» eller "
             "«svigerfamilien».", choices=PERSON_CHOICES, parser=readers.persons_reader(),
             typo_words=readers.PERSON_TYPO_WORDS,
             change_words=("redd for", "utøver", "relasjon", "hvem"), part=OVERVIEW_PART,
             form_topic="Hvem personen er redd for (én eller flere)",
             stores="`perpetrator_relation` = relasjonskoden til den første personen som er nevnt (`partner`, "
                    "`tidligere_partner`, `forelder`, `barn`, `annen_familie`, `annen`); `perpetrator_relations` = "
                    "alle relasjonskodene (liste); `feared_persons` = personkodene (liste): " + "; ".join(
                        f"`{c.code}` = {c.label}" for c in PERSON_CHOICES)),
    Question("violence_forms", "violence_forms", "Voldsformer",
             "Hva skjer eller har skjedd – hva slags vold? Beskriv med egne ord (f.eks. «slår og truer», "
             "«kontrollerer pengene»).", MULTI,
             "Veilederen ber deg spørre konkret om hva som skjer – mange kaller det ikke vold selv.",
             OVERVIEW, "Beskriv hva som skjer, for eksempel «slår og truer» eller «kontrollerer pengene».",
             choices=VIOLENCE_FORMS, change_words=("vold", "voldsform", "voldsformer"), part=OVERVIEW_PART,
             form_topic="Hva som skjer eller har skjedd, helt konkret"),
    Question("escalated", "escalated", "Trappet opp",
             "Har volden blitt verre eller hyppigere den siste tiden?", YES_NO,
             "Om volden har trappet opp i det siste, er ett av punktene veilederen vil at du skal ha oversikt over.",
             OVERVIEW, YES_NO_HINT,
             choices=(yes(r"verre", r"trappet opp", r"\bøkt", r"oftere", r"eskal", r"grovere",
                          r"\bmer (vold|alvorlig)", r"blitt verre", r"hyppigere"),
                      no(r"som før", r"som vanlig", r"samme som", r"roet seg", r"første gang", r"i mange år",
                         r"\b(omtrent |ganske |om lag )?likt?\b", r"\buendra?e?t?\b", r"\bingen endring\b")),
             change_words=("opptrapping", "trappet", "verre", "eskal"), part=OVERVIEW_PART, risk=True,
             form_topic="Om volden har trappet opp den siste tiden"),
    Question("perpetrator_knows", "perpetrator_knows", "Utøver vet",
             "Vet den hun/han er redd for, at hun/han søker hjelp hos krisesenteret?", YES_NO,
             "Vet utøveren at personen søker hjelp, kan faren øke – det er med i veilederens innledende "
             "kartlegging.", OVERVIEW, YES_NO_HINT,
             choices=(yes(r"\b(han|hun|ho|utøver\w*|de|dei) (vet|veit|har funnet ut|skjønner|har skjønt)\b",
                          r"vet om det", r"\b(vet|veit) (det|om det|at|hvor)\b"), no()),
             change_words=("vet utøver", "utøver vet", "vet om"), part=OVERVIEW_PART, knowledge="perpetrator",
             risk=True, form_topic="Om utøveren vet at personen søker hjelp"),
    Question("police_aware", "police_aware", "Politiet kjenner saken",
             "Kjenner politiet til volden (nå eller tidligere)?", YES_NO,
             "Veilederen vil vite om politiet er eller har vært involvert.", OVERVIEW, YES_NO_HINT,
             choices=(yes(r"anmeldt", r"politiet (vet|veit|har|kjenner|var)", r"meldt", *readers.POLICE_TOLD,
                         # «de vet om en episode fra 2022»: they (the police) know of it
                         r"\b(de|dei) (vet|veit|kjenner til) om (en|ein|ei|et|eit|episoden|volden|det|hendelsen|"
                         r"hendinga|saken)\b"), no()),
             change_words=("politi",), part=OVERVIEW_PART, knowledge="police",
             form_topic="Om politiet er eller har vært involvert"),
    Question("children_count", "children_count", "Antall barn",
             "Har hun/han barn? Skriv antall barn (0 hvis ingen).", COUNT,
             "Veilederen spør om det er barn, og hvor barna er nå.", OVERVIEW,
             "Skriv antall barn, for eksempel «2» eller «ingen» (eller «vet ikke»).",
             # No buttons: in the terminal chat a typed number picks a button, so «2» must reach the
             # parser as the number 2, not as the second button.
             parser=readers.children_count, also=_children_where_too,
             change_words=("barn", "antall", "antall barn"), part=OVERVIEW_PART,
             form_topic="Om hun/han har barn"),
    Question("children_with_perpetrator", "children_with_perpetrator", "Barn hos utøver nå",
             "Er noen av barna hos utøveren nå?", YES_NO,
             "Veilederen ber deg få oversikt over om barn er hos utøveren nå.", OVERVIEW,
             "Svar for eksempel «ja», «nei», «de er med henne» eller «vet ikke».",
             choices=(yes(), no()), parser=readers.children_with_perpetrator,
             ask_if=_children, depends_on=("children_count",), part=OVERVIEW_PART, risk=True,
             change_words=("hos utøver", "hvor barna", "hvor er barna", "barna hos"),
             form_topic="Hvor barna er nå – om noen er hos utøveren",
             when="når antall barn er over 0 eller ukjent (også «vet ikke»)",
             prefilled_by="svaret om antall barn når det sier hvor barna er («to barn, de er hos faren nå»)"),
    Question("feared_for_life", "feared_for_life", "Fryktet for livet",
             "Har hun/han vært redd for sitt eget liv?", YES_NO,
             "Om personen har vært redd for sitt eget liv, er et av punktene veilederen vil at du skal ha oversikt "
             "over.", OVERVIEW, YES_NO_HINT,
             choices=(yes(r"redd for (å dø|livet)", r"trodde (hun|han|ho) skulle dø", r"fryktet for livet",
                          r"frykta for livet", r"trodde (hun|han|ho) (skulle|ville) (dø|døy)", r"\blivredd\b"),
                      no()),
             change_words=("livet", "fryktet", "livsfare"), part=OVERVIEW_PART, risk=True,
             form_topic="Om hun/han har vært redd for sitt eget liv"),
    # --- 3. necessary information, 4. what help -----------------------------------------------------
    Question("information_given", "information_given", "Informasjon gitt",
             "Hvilken informasjon har du gitt? Sjekkliste:\n"
             "☐ hvilken hjelp senteret gir (samtaler, botilbud, telefon døgnet rundt, oppfølging)\n"
             "☐ taushetsplikt (krisesenterloven § 5)\n"
             "☐ opplysningsplikt til barnevernet (krisesenterloven § 6) – gjelder uten samtykke\n"
             "☐ politiet kontaktes bare med samtykke (unntak: avvergeplikt)\n"
             "☐ gratis og uten henvisning (krisesenterlova § 2 – utenfor veilederen)\n"
             "Svar «alt», «ingen» eller det du har gitt.", MULTI,
             "Første kontakt er også sjansen til å fortelle hvilken hjelp som finnes. Taushetsplikten har unntak: "
             "opplysningsplikten til barnevernet gjelder uten samtykke, så den må nevnes sammen med taushetsplikten.",
             INFORMATION, "Svar «alt», «ingen» eller for eksempel «taushetsplikt og tilbudet».",
             choices=(*INFORMATION_ITEMS, Choice("alt", "alt", (), "Alt"), Choice("ingen", "ingen", (), "Ingen ennå")),
             parser=information_given, change_words=("informasjon", "info"), part=INFO_PART, unknown_button=False,
             stores="liste med punktene som er gitt: " + "; ".join(f"`{c.code}` = {c.label}" for c in INFORMATION_ITEMS)
                    + ". «alt» lagres som alle fem, «ingen» som tom liste []",
             form_topic="Gi nødvendig informasjon (med taushetsplikt og opplysningsplikt til barnevernet)"),
    Question("help_needed", "help_needed", "Ønsker hjelp til",
             "Hva ønsker hun/han at krisesenteret skal hjelpe med? (f.eks. «sted å bo i natt», «samtaler», "
             "«informasjon», «henvisning»)", MULTI,
             "Ikke alle trenger botilbudet; noen trenger samtaler, informasjon eller å bli henvist videre.",
             HELP, "Svar for eksempel «sted å bo i natt», «bare samtaler», «informasjon» eller «henvisning til "
             "familievernet».", choices=HELP_NEEDED, parser=help_needed, part=INFO_PART,
             change_words=("hjelp", "hjelpebehov", "botilbud", "dagtilbud", "henvisning"),
             form_topic="Hva hun/han ønsker at krisesenteret skal hjelpe med"),
    Question("going_home", "going_home", "Vil dra hjem", "Vil hun/han dra hjem i stedet for å bli på senteret?",
             YES_NO, "Vil personen dra hjem, har veilederen et eget punkt om det.", GOING_HOME_ENTRY,
             "Svar «ja», «nei» eller «vet ikke».",
             choices=(yes(), no()), parser=going_home, change_words=("hjem", "heim", "dra hjem"),
             on_yes=GOING_HOME_ENTRY, part=INFO_PART, form_topic="Når personen vil dra hjem", wont_is_no=True),
    # --- 5. register -------------------------------------------------------------------------------
    Question("registration_consent", "registration_consent", "Samtykke til registrering",
             "Samtykker hun/han til at opplysningene fra samtalen blir registrert hos senteret (journal)?", YES_NO,
             "Veilederen: personopplysninger kan bare registreres med brukerens samtykke, og samtykket bør være "
             "skriftlig. Uten samtykke lagres bare de kodede svarene, ingen fritekst.", REGISTRATION,
             "Svar «ja», «nei» eller «vet ikke».", choices=(yes(r"\bsamtykk", r"\bgodtar\b", r"\ber enig\b",
                                                            r"\b(skrev|skreiv) under\b", r"\bsigner(te|a|et)\b",
                                                            r"\bgreit\b", r"\bok\b"),
                                                        no(r"\bvil ikke registreres\b")),
             change_words=("samtykke", "registrering"), part=REGISTER_PART, wont_is_no=True, also=_consent_form_too,
             form_topic="Registrer personen – med samtykke, helst skriftlig"),
    Question("consent_form", "consent_form", "Samtykket gitt",
             "Hvordan ble samtykket til registrering gitt – skriftlig eller muntlig?", CHOICE,
             "Veilederen sier at samtykket bør være skriftlig; journalen skal vise hvordan det ble gitt.",
             REGISTRATION, "Svar «skriftlig» eller «muntlig».", choices=CONSENT_FORMS,
             ask_if=lambda v: v.get("registration_consent") is True, depends_on=("registration_consent",),
             change_words=("skriftlig", "muntlig", "samtykkeform"), part=REGISTER_PART, unknown_button=False,
             form_topic="Hvordan samtykket ble gitt (skriftlig eller muntlig)",
             when="bare når svaret om samtykke er ja",
             prefilled_by="svaret om samtykke når det sier hvordan («ja, skriftlig», «hun skrev under»)"),
)

CONFIRM_QUESTION = Question(
    "triage_confirm", "", "Bekreftet", "Stemmer oppsummeringen?", CONFIRM,
    "Ingenting lagres før du har sett oppsummeringen og sagt ja.", OVERVIEW,
    "Svar «ja» for å lagre, «endre <hva>» for å rette et svar, eller «avbryt» for å forkaste.",
    ask_action=True)

TRIAGE_DIALOGUE = Dialogue("triage", "triage_form", "første henvendelse", QUESTIONS, CONFIRM_QUESTION,
                                  perpetrator_slots=("perpetrator_relation",))
