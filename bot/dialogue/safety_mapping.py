"""The safety-mapping dialogue («Kartlegging av vold og trusler»): the guide's form, in its order.

The guide's form (under «Skjemaer og maler») has two steps: an initial mapping (why now, what
happened, who she/he fears and why, living alone or with someone, children and where they are,
animals, fear of going home, earlier shelter stays, what help is wanted) and an overarching mapping
(who the perpetrator is, one or several, does he/she know, what has happened, escalation, where the
violence happens, the worst fear, fear for own life, police, reported or convicted, breached
orders, children with the perpetrator now and what they have experienced, the perpetrator's
animals, mental health, weapons, intoxication, family support). Each topic is one question here,
in that order, in our own words; the open questions are free text (masked, then encrypted).

The form closes by pointing to honour-related violence: its own form («Kartlegging av æresrelatert
vold») is asked as a branch when staff say yes, or when they do not know and other answers point
there. Last come the risk factors the form does not ask about (threats to kill, strangulation,
sexual violence, stalking, separation) – recognised in DA and Dash, and marked «Utenfor
veilederen» with those sources. Record keys follow CONTRACTS.md §4 ``safety``; the questions the
contract does not name are stored as extra keys beside them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.case_words import ref_in_message
from bot.dialogue import parse, persons, readers
from bot.dialogue.parse import FAIL, Parsed, has
from bot.dialogue.readers import PERSON_CHOICES, VIOLENCE_FORMS, WHERE_CHOICES, YES_NO_HINT
from bot.dialogue.schema import (
    CASE,
    CHOICE,
    CONFIRM,
    COUNT,
    DA_SOURCE,
    DASH_SOURCE,
    FREE,
    MULTI,
    NEW_CASE,
    SAME,
    YES_NO,
    Choice,
    Context,
    Dialogue,
    Question,
    count_or_unknown,
    no,
    unresolved,
    yes,
)
from bot.text.regex import compiled

MAPPING = "under-oppholdet-botilbudet/gjennomfor-systematisk-kartlegging/kartlegging-av-vold-og-trusler"
FORM = "skjemaer-og-maler/kartlegging-av-vold-og-trusler-skjema"
HONOUR = "under-oppholdet-botilbudet/gjennomfor-systematisk-kartlegging/kartlegging-av-aeresrelatert-vold"
DIGITAL = "oppfolging-av-barn-pa-krisesenter/barn-og-sikkerhet/digital-sikkerhet"
CHILD_PLAN = "oppfolging-av-barn-pa-krisesenter/barn-og-sikkerhet/sikkerhetsplan-for-barn"

INITIAL = "Innledende del"
OVERARCHING = "Overordnet del"
HONOUR_PART = "Æresrelatert vold"
ADDITIONS = "Tillegg utenfor veilederen (DA/Dash)"

# Animals beyond the common ones, each in its own forms («en undulat», «to marsvin», «høns»): the yes of «has she
# animals?» and «has the perpetrator animals?» alike.
_MORE_ANIMALS = (r"\b(undulat\w*|kanarifugl\w*|papegøy\w*|marsvin\w*|hamster\w*|rotter?|rottene|skilpadd\w*|"
                 r"akvari\w*|gullfisk\w*|øgl\w*|slange(r|n|ne)?|ponni\w*|esel\w*|geit\w*|høns|høner|høna|hønene|"
                 r"kyllinger?|griser?|grisene|sauen|sau|kua|kyr|kalv\w*|lam|lamma|kattunge\w*|valp\w*|ilder\w*|"
                 r"chinchilla\w*)\b")

def find_ref(text: str) -> str | None:
    """A case ref in free text («kartlegging for k-7f3q2a») in its stored form, else None: the router's
    reading (``bot.case_words.ref_in_message``), so a ref that starts the mapping is the one it is saved with."""
    return ref_in_message(text)


def case_answer(t: str, ctx: Context) -> Parsed:
    """«K-7F3Q2A» → that ref; «ny sak», «ingen sak», «ny» → a new case. Existence is checked later."""
    ref = find_ref(t)
    if ref:
        return Parsed(True, ref)
    if has(t, r"^ (ny|nei|ingen|new)\b", r"\bny sak\b", r"\bnew case\b",
           r"\bingen sak\b", r"\bopprett\w*\b", r"\blag (en )?ny\b",
           r"\bnytt saksnummer\b", r"\bhar ikke (noe )?saksnummer\b", r"\bikke registrert\b", r"\bny kartlegging\b",
           # «ho har ikkje sak her», «hun har ingen sak hos oss», «ho har ikkje saksnummer» (the dial18 sweep)
           r"\bhar (ikke|ikkje) (noen |nokon |noe |noko )?(sak|saksnummer)\b", r"\bhar ingen (sak|saksnummer)\b"):
        return Parsed(True, NEW_CASE)
    return FAIL


# --- readers of this dialogue ---------------------------------------------------------------------

LIVING = (
    Choice("alene", "alene", (), "Alene"),
    Choice("med_utover", "sammen med den hun/han er redd for", (), "Med den hun/han er redd for"),
    Choice("med_andre", "sammen med andre (barn, familie, venner)", (), "Med andre"),
)
_NEW_CLAUSE = compiled(r"[,;.]\s*(?:og |men |så )?(?:(?:no|nå) )?(?:(?:han|hun|ho|de|dei) (?!og\b)\w+|"
                       r"(?:er|var|har|skal|kommer|kjem|vil) (?:han|hun|ho|de|dei)\b)")
_ALONE = (r"\b(bor |bur )?(alene|for seg selv|i egen leilighet|med ingen)\b", r"\bingen andre\b")


def _living(t: str, ctx: Context) -> Parsed:
    """«Bor hun/han alene, eller sammen med noen?» – read against who she/he is afraid of.

    «med ham» here cannot be the person herself/himself, so a pronoun that fits the perpetrator
    («med ham» when the perpetrator is «mannen») is the perpetrator; «alene med barna» is with others.
    """
    if t.strip() in {c.code for c in LIVING}:
        return Parsed(True, t.strip())
    perpetrators = ctx.get("__perpetrators__") or []
    t = parse.fix_med(t)
    # «med barna, ikke med ham», «bur med mora, ikkje hos han lenger»: a person she does NOT live with is
    # no answer of who she lives with («ikke sammen med noen» is read as alone, below)
    t = compiled(r"\b(ikke|ikkje|not)( lenger| lengre)? (sammen med|saman med|med|hos|with) "
                 r"(?!(noen|nokon|anyone|andre)\b)\w+"
                 r"( lenger| lengre| anymore)?").sub(" ", t)
    alone = has(t, *_ALONE) and not has(t, r"\b(ikke|ikkje) (alene|aleine)\b")
    company = compiled(r"\b(?:med|sammen med|hos)\b").split(t, maxsplit=1)
    with_part = f" {company[1]} " if len(company) > 1 else ""
    # a new clause after a comma tells something else: «med han, og no er han på veg hit for å hente ho» lives
    # with him (the «ho» of the tail is she herself, not whom she lives with); «med barna, og han» is no clause
    with_part = _NEW_CLAUSE.split(with_part, maxsplit=1)[0]
    if with_part and has(company[0], r"\b(bor|bur|er|bodd|budd)\b") and \
            persons.YES in readers.refs(company[0], perpetrators) and \
            has(with_part, r"^\s*(henne|ham|ho|han|hun|oss|meg|seg)\b"):
        return Parsed(True, "med_utover")  # «sønnen bor / har bodd hos henne»: the perpetrator lives at her place
    if alone and not with_part.strip():
        return Parsed(True, "alene")  # «åleine, kjærasten har eiga leilegheit»
    if has(t, r"\b(de|dei) bor sammen\b", r"\bbor sammen med (den )?(hun|han|ho) er redd for\b"):
        return Parsed(True, "med_utover")
    found = readers.refs(with_part or t, perpetrators)
    pronoun = compiled(r"\b(han|ham|henne|ho|hun)\b").search(with_part)
    if pronoun and not found:
        who = persons.pronoun_is_perpetrator(pronoun.group(1).replace("henne", "hun").replace("ham", "han"),
                                             perpetrators)
        if who == persons.AMBIGUOUS and persons.only_genderless_partner(perpetrators) and \
                not persons.read_persons(t):
            who = persons.YES  # «med ham» when the only one named is «kjæresten»: that partner
        found = [who]
    if persons.YES in found:
        return Parsed(True, "med_utover")
    if persons.AMBIGUOUS in found:
        return Parsed(True, None, unsure=True, prompt=(
            "Jeg kan ikke se om personen du nevner, er den hun/han er redd for. Skriv «med den hun/han er redd for», "
            "«med andre» eller «alene» (eller «vet ikke»):"))
    if persons.NO in found or has(with_part or t, *readers.OTHERS):
        return Parsed(True, "med_andre")
    if alone:
        return Parsed(True, "alene")
    return FAIL


def _honour_branch(values: Context) -> bool:
    """The honour-related questions: asked on a yes, and on an unknown when other answers point
    there (several perpetrators, family support, honour or forced marriage named) – an unknown
    never skips a follow-up that could reveal risk."""
    answer = values.get("sm_honour_related")
    if answer is True:
        return True
    return unresolved(answer) and answers_point_to_honour(values)


def answers_point_to_honour(values: Context) -> bool:
    """Several perpetrators or family support, or honour / forced marriage among the violence forms."""
    forms = values.get("sm_violence_forms")
    named = isinstance(forms, list) and bool({"aeresrelatert", "tvangsekteskap"} & set(forms))
    return (values.get("sm_several_perpetrators") is True or values.get("sm_family_support") is True
            or named)


# A child named: all of them, one by age or place among siblings, or by son/daughter.
_A_CHILD = (r"(barna|barnet|ungene|ungen|ungane|borna|sønnen|sønnene|sonen|søner|dattera|datteren|dottera|døtrene|"
            r"gutten|jenta|guttene|jentene|(den )?(eldste|yngste|minste|mellomste)|storebror|lillebror|storesøster|"
            r"lillesøster|veslejenta|veslegutten)")


def _children(values: Context) -> bool:
    return count_or_unknown(values, "sm_children_count")


def _police_too(raw: str, value: Any, ctx: Context) -> dict[str, Any]:
    """Police involved before or now: then they know of the violence."""
    return {"sm_police_aware": True} if value is True else {}


def _exposure_too(raw: str, value: Any, ctx: Context) -> dict[str, Any]:
    """«nei, men de har sett volden» to «is any child with the perpetrator now?» answers what the
    children have experienced as well (read as a whole, not by its first word)."""
    _, tail = parse.split_men(parse.norm(raw))
    return {"sm_children_exposed": True} if tail and readers.mentions_exposure(tail) else {}


CONTROL_AREAS = (
    Choice("telefon", "telefon og PC", (r"telefon", r"mobil", r"meldinger", r"snap", r"sosiale medier", r"\bpc\b",
                                        r"data")),
    Choice("penger", "penger", (r"peng", r"lønn", r"bankkort", r"økonomi")),
    Choice("bevegelse", "hvor hun/han går", (r"går", r"bevegelse", r"ute", r"hjemme", r"følge", r"alene", r"kveld",
                                             r"sperret inne", r"stengt inne")),
    # «hvem hun treffer», «kven ho var saman med», «hvem han snakket med»: who she/he sees, in any tense
    Choice("venner", "venner og kjæreste", (r"venn", r"kjæreste", r"omgang", r"nettverk", r"kompis", r"kamerat",
                                            r"(hvem|kven) (hun|han|ho)( \w+)? (treffer|traff|møter|møtte|er|var|går|gikk|"
                                            r"snakker|snakket|snakka|prater|pratet|ser|så|henger|hang|omgås|omgikk|"
                                            r"chatter|ringer|ringte|tekster)( \w+)? (med|sammen med|saman med|ut med|til)\b",
                                            r"(hvem|kven) (hun|han|ho)( \w+)? (treffer|traff|møter|møtte|ser|omgås|"
                                            r"omgikk)\b")),
    Choice("fritid", "fritid", (r"fritid", r"trening", r"aktivitet")),
    # «klærne», nynorsk «kleda», «klede», «kva ho har på seg», English «clothes» (``bot.dialogue.english``)
    Choice("klaer", "klær", (r"klær", r"hijab", r"sminke", r"kle seg", r"\bkle(da|de|ne|der|dene|dsel)\b",
                             r"\bklesst\w*", r"\bhar på seg\b", r"\bskjerf\b", r"\bsløre?t?\b", r"\bhår(et)?\b")),
    Choice("skole", "skole, utdanning eller jobb", (r"skole", r"skule", r"jobb", r"utdanning", r"studier",
                                                    r"\barbeid")),
)


def _control(t: str, ctx: Context) -> Parsed:
    if has(t, r"^ (alt|alle|alt sammen|absolutt alt|hele livet|heile livet)\b"):
        return Parsed(True, [c.code for c in CONTROL_AREAS])
    if has(t, r"^ (ingenting|ingen|ikke noe|ikkje noe|nei)\b"):
        return Parsed(True, [])
    return parse.all_of(t, [(c.code, c.phrases) for c in CONTROL_AREAS])


RAN_AWAY = (
    Choice("romt", "rømt", (r"\brømt", r"\brømte", r"\bstakk av", r"\bflykta", r"\bflyktet",
                            r"\bdro (hjemmefra|sin vei)"), "Rømt"),
    Choice("kastet_ut", "kastet ut", (r"kast\w* (\w+ )?ut", r"kasta ut", r"kastet på dør", r"jaget",
                                      r"utestengt", r"utstøtt",
                                      r"\b(satte|sette|satt|sett) (henne|ham|ho|han) (på gata|på gaten|på døra|på dør)\b"),
           "Kastet ut"),
    Choice("ingen", "ingen av delene", (r"^ (nei|ingen|ingen av delene|ingen av dem|verken)\b",
                                        r"\bbor (fortsatt )?hjemme\b"), "Ingen av delene"),
)
SETTINGS = (
    Choice("bare_privat", "bare når de er alene (privat)", (r"\bbare (hjemme|privat|når de er alene|inne)\b",
                                                            r"\bprivat\b", r"\baldri (når|mens) andre\b",
                                                            r"\bingen (andre )?(ser|ser det|er til stede)\b",
                                                            r"\bnår ingen\b", r"\bbak lukkede dører\b",
                                                            r"\bbare hjemme\b", r"\bnår (de|dem|dei) er alene\b"),
           "Bare privat"),
    Choice("ogsa_med_andre", "også når andre er til stede", (r"\bogså (når|mens|med|foran)\b", r"\bforan\b",
                                                              r"\bandre (er )?til stede\b", r"\bpå (offentlig|byen|"
                                                              r"butikken|fest|jobben)\b", r"\bute\b",
                                                              r"\bmed andre\b", r"\bandre ser\b", r"\bvitner\b"),
           "Også med andre til stede"),
)


# Others present, said in any words: «mens moren ser på», «med venner til stede», «foran hele familien».
_OTHERS_PRESENT = (r"\btil stede\b", r"\b(ser|så|hører|hørte|høyrer) på\b", r"\bforan\b", r"\bvitne\w*",
                   r"\b(blant|med) (folk|andre|venner|familien)\b", r"\bnår andre\b",
                   r"\bandre (ser|hører|er der|var der)\b", r"\bmens (\w+ ){1,3}(ser|er der|var der|hører|hørte|ser på)\b",
                   r"\bute\b", r"\bpå (en |et |ei )?(fest|byen|butikken|jobben|skolen|bussen|gata|offentlig\w*)\b",
                   r"\bi barnehagen\b", r"\bmen (\w+ ){0,3}(også|òg)\b",
                   r"\boffentlig\w*")


def _setting(t: str, ctx: Context) -> Parsed:
    """«Bare privat, eller også når andre er til stede?» – an answer that names others present anywhere
    («mest hjemme, men også en gang på en fest med venner til stede») is «also with others»; one that only
    names home or being alone («hjemme», «berre når dei er åleine») is private."""
    if t.strip() in {c.code for c in SETTINGS}:
        return Parsed(True, t.strip())
    if has(t, r"\b(ikke|ikkje|aldri) (bare )?(hjemme|privat)\b.*\b(også|andre)\b"):
        return Parsed(True, "ogsa_med_andre")
    if has(t, r"\bingen (andre )?(ser|ser det|er til stede|er der)\b", r"\bnår ingen\b", r"\baldri (når|mens|foran) "):
        return Parsed(True, "bare_privat")  # «hjemme når ingen andre ser det»
    found = parse.one_of(t, [("ogsa_med_andre", SETTINGS[1].phrases), ("bare_privat", SETTINGS[0].phrases)])
    if found.ok:
        return found
    if has(parse.strip_negated(t), *_OTHERS_PRESENT):
        return Parsed(True, "ogsa_med_andre")
    if has(t, r"\b(hjemme|hjem|inne|alene|aleine|åleine)\b"):
        return Parsed(True, "bare_privat")
    return FAIL


def _yn(slot: str, key: str, label: str, text: str, reason: str, source: str, yes_phrases: tuple[str, ...],
        no_phrases: tuple[str, ...] = (), change: tuple[str, ...] = (), part: str = OVERARCHING,
        **kw: Any) -> Question:
    return Question(slot, key, label, text, YES_NO, reason, source, YES_NO_HINT,
                    choices=(yes(*yes_phrases), no(*no_phrases)), change_words=change, part=part, **kw)


def _outside(what: str) -> str:
    return (f"Utenfor veilederen: {what} står ikke i veilederens skjema, men er et anerkjent risikotegn i "
            f"Danger Assessment (DA) og Dash (kilde: {DA_SOURCE.split(', ')[-1]}, {DASH_SOURCE.split(', ')[-1]}).")


def _addition(slot: str, key: str, label: str, text: str, what: str, yes_phrases: tuple[str, ...],
              no_phrases: tuple[str, ...] = (), change: tuple[str, ...] = (), source: str = MAPPING,
              **kw: Any) -> Question:
    """A risk factor beyond the guide's form: the text says so, and the reason names DA and Dash."""
    return _yn(slot, key, label, f"Utenfor veilederens skjema (DA/Dash): {text}",
               f"{what[0].upper()}{what[1:]} er ikke et av skjemaets spørsmål, men et anerkjent risikotegn i "
               "kartleggingsverktøyene Danger Assessment og Dash.", source, yes_phrases, no_phrases, change,
               part=ADDITIONS, outside=_outside(what), risk=True, **kw)


CASE_QUESTION = Question(
    "sm_case", "", "Sak",
    "Hvilken sak gjelder kartleggingen? Skriv saksnummeret (f.eks. K-7F3Q2A), eller «ny sak».", CASE,
    "Kartleggingen lagres med saken, slik at den kan oppdateres senere (hver kartlegging blir en ny versjon).",
    MAPPING, "Skriv saksnummeret, for eksempel «K-7F3Q2A», eller «ny sak» hvis personen ikke har en sak ennå.",
    parser=case_answer, change_words=("sak", "saksnummer"), part=INITIAL, ask_action=True)

CHILDREN_WHEN = "når antall barn er over 0 eller ukjent (også «vet ikke»)"
HONOUR_WHEN = ("når svaret om æresrelatert vold er ja – eller ukjent og minst ett av disse: flere utøvere = ja, "
               "flere i familien støtter volden = ja, voldsformene nevner æresrelatert vold eller tvangsekteskap")
_WHO = ("Veilederen ber deg få oversikt over hvem som utøver vold og om det er én eller flere; svarene leses "
        "mot dette, aldri mot et antatt kjønn.")

QUESTIONS: tuple[Question, ...] = (
    CASE_QUESTION,
    # --- 1. the initial mapping («Innledende kartlegging») --------------------------------------------
    Question("sm_why_contact_now", "why_contact_now", "Hvorfor kontakt nå",
             "Hva gjorde at hun/han tok kontakt med krisesenteret akkurat nå? Skriv kort med egne ord (ingen navn).",
             FREE, "Skjemaet begynner med åpne spørsmål; mange kaller ikke det de opplever for vold.", FORM,
             "Skriv kort med egne ord, eller «vet ikke» / «hopp over».", part=INITIAL,
             change_words=("hvorfor nå", "kontakt nå"), form_topic="Hvorfor hun/han tar kontakt akkurat nå"),
    Question("sm_what_happened", "what_happened", "Hva skjedde",
             "Hva skjedde, helt konkret? Skriv kort med egne ord (ingen navn).", FREE,
             "Skjemaet ber om en konkret beskrivelse av hva som skjedde – uten ord som «vold» eller «utøver» hvis "
             "personen ikke bruker dem selv.", FORM, "Skriv kort hva som skjedde, eller «vet ikke» / «hopp over».",
             part=INITIAL, change_words=("hva skjedde", "hendelsen"), form_topic="Hva som skjedde, helt konkret"),
    Question("sm_feared_persons", "feared_persons", "Redd for",
             "Hvem er hun/han redd for? (f.eks. «mannen hennes», «eksen», «faren og brødrene»)", MULTI,
             _WHO, FORM, "Svar for eksempel «mannen hennes», «eksen», «faren og brødrene» eller «svigerfamilien».",
             choices=PERSON_CHOICES, parser=readers.persons_reader(),
             typo_words=readers.PERSON_TYPO_WORDS, part=INITIAL,
             change_words=("redd for", "hvem redd"), form_topic="Hvem hun/han er redd for"),
    Question("sm_why_afraid", "why_afraid", "Hvorfor redd",
             "Hvorfor er hun/han redd? Skriv kort med egne ord (ingen navn).", FREE,
             "Skjemaet spør hvorfor personen er redd; svaret sier mye om trusselbildet.", FORM,
             "Skriv kort hvorfor, eller «vet ikke» / «hopp over».", part=INITIAL, describes=True,
             change_words=("hvorfor redd",), form_topic="Hvorfor hun/han er redd"),
    Question("sm_living_situation", "living_situation", "Bor",
             "Bor hun/han alene, eller sammen med noen?", CHOICE,
             "Skjemaet spør om personen bor alene eller sammen med noen – og med hvem; det avgjør hvor trygt det er "
             "å dra hjem.", FORM, "Svar «alene», «med den hun/han er redd for» eller «med andre» (f.eks. «med "
             "barna»).", choices=LIVING, parser=_living, part=INITIAL,
             typo_words=readers.PERSON_TYPO_WORDS,  # «med manen»: the person words are what a slip is read towards
             change_words=("bor", "bor sammen", "bur", "alene"), form_topic="Om hun/han bor alene eller med noen"),
    Question("sm_children_count", "children_count", "Antall barn",
             "Har hun/han barn? Skriv antall barn (0 hvis ingen).", COUNT,
             "Skjemaet spør om det er barn og hvor de er nå; barna skal ha egen trusselkartlegging.", FORM,
             "Skriv antall barn, for eksempel «2» eller «ingen» (eller «vet ikke»).",
             parser=readers.children_count, part=INITIAL, change_words=("antall barn", "barn"),
             form_topic="Om hun/han har barn"),
    Question("sm_children_where", "children_where", "Hvor barna er nå",
             "Hvor er barna nå – med henne/ham, hos utøveren eller hos andre?", MULTI,
             "Skjemaet spør hvor barna er nå.", FORM,
             "Svar for eksempel «med henne», «hos faren» eller «hos mormor» (eller «vet ikke»).",
             choices=WHERE_CHOICES, parser=readers.children_where, ask_if=_children,
             depends_on=("sm_children_count",), also=readers.where_says_with_perpetrator("sm_children_with_perpetrator"),
             typo_words=readers.PERSON_TYPO_WORDS,
             part=INITIAL, change_words=("hvor barna", "hvor er barna"), form_topic="Hvor barna er nå",
             when=CHILDREN_WHEN),
    _yn("sm_pets", "pets", "Dyr", "Har hun/han dyr (kjæledyr eller husdyr)?",
        "Skjemaet spør om dyr: utøvere bruker dem til å true og presse, og mange drar ikke uten dem.", FORM,
        (r"\b(hund|katt|katter|hunder|hest|kanin|dyr|fugl|kjæledyr|husdyr|gårdsdyr)\b", _MORE_ANIMALS,
         r"\b(hunden|hundane|hundene|katten|kattene|kattane|hesten|hestene|hestane|kaninen|kaninene|fuglen|"
         r"dyra|dyrene|valpen|kattungen|kattungane|kattungene)\b"),
        (r"\bingen dyr\b", r"\bikke dyr\b"), change=("dyr", "kjæledyr", "husdyr"), part=INITIAL,
        about_person=True, form_topic="Om hun/han har dyr (kjæledyr/husdyr)"),
    Question("sm_fear_going_home", "fear_if_going_home", "Frykter ved hjemkomst",
             "Hva frykter hun/han kan skje hvis hun/han drar hjem nå? Skriv kort med egne ord (ingen navn).", FREE,
             "Skjemaet spør hva personen frykter ved å dra hjem nå – det viser om det er trygt.", FORM,
             "Skriv kort hva hun/han frykter, eller «vet ikke» / «hopp over».", part=INITIAL, describes=True,
             change_words=("dra hjem", "hjemkomst"), form_topic="Hva hun/han frykter kan skje ved å dra hjem nå"),
    _yn("sm_previous_shelter", "previous_shelter", "Vært på krisesenter før",
        "Har hun/han søkt hjelp på et krisesenter før?",
        "Har personen vært på krisesenter før, spør veilederen hvor, hvorfor hun/han dro og hvordan det var.", FORM,
        (r"\bvært (her|på (krisesenter|senter))", r"\bvore (her|på)", r"\bpå (et )?annet (krise)?senter\b",
         r"\btidligere opphold\b", r"\bsøkt hjelp\b", r"\b(bodde|bodd|budde|budd|var) (her|på (et )?(krise)?senter)",
         r"\b(for|i) (\w+ )?(år|måneder|månader|uker|veker) siden\b",
         # day talks at a shelter are help sought there: «nei, men hun har hatt samtaler på dagtid her» (the dial18
         # sweep: stored «nei»); a call alone is not (safety-h15-10, a known miss kept)
         r"\b(samtaler|samtalar|dagtilbud\w*)( på dagtid)? (her|hos oss|på (et |eit |ett )?((annet|anna|annet) )?"
         r"(krise)?senter\w*)\b",
         r"\b(samtaler|samtalar) på dagtid\b"),
        (r"\baldri vært\b", r"\bførste gang\b", r"\bfyrste gong\b", r"\baldri (før|søkt)\b"),
        change=("krisesenter før", "tidligere opphold", "vært her før"), part=INITIAL,
        about_person=True, form_topic="Om hun/han har søkt hjelp på krisesenter før"),
    Question("sm_help_wanted", "help_wanted", "Ønsker hjelp til",
             "Hva ønsker hun/han at krisesenteret skal hjelpe med? Skriv kort med egne ord.", FREE,
             "Det viktigste spørsmålet i kartleggingen er hva personen trenger hjelp med.", FORM,
             "Skriv kort hva hun/han ønsker hjelp med, eller «vet ikke» / «hopp over».", part=INITIAL,
             change_words=("hjelp", "ønsker hjelp"), form_topic="Hva hun/han ønsker at krisesenteret hjelper med"),
    # --- 2. the overarching mapping («Overordnet kartlegging av vold og trusler») ---------------------
    Question("sm_perpetrators", "perpetrators", "Utøver",
             "Hvem er voldsutøveren? (f.eks. «mannen hennes», «faren og brødrene», eller «samme» som hun/han er "
             "redd for)", MULTI, _WHO, FORM,
             "Svar for eksempel «mannen hennes», «eksen», «faren og brødrene», eller «samme».",
             choices=PERSON_CHOICES, parser=readers.persons_reader("sm_feared_persons"),
             typo_words=(*readers.PERSON_TYPO_WORDS, "samme"),
             extra_buttons=(("Samme som hun/han er redd for", SAME),),
             also=readers.several_too("sm_several_perpetrators"), change_words=("utøver", "hvem er utøver"),
             part=OVERARCHING, form_topic="Hvem som er voldsutøver"),
    Question("sm_several_perpetrators", "several_perpetrators", "Flere utøvere",
             "Er det én eller flere voldsutøvere?", YES_NO,
             "Flere utøvere er ett av punktene veilederen ber deg kartlegge; det kan også peke mot æresrelatert "
             "vold.", FORM, "Svar «én», «flere» eller «vet ikke».",
             choices=(Choice(False, "én", (), "Én"), Choice(True, "flere", (), "Flere")), parser=readers.several_reader,
             change_words=("flere utøvere", "én eller flere"), part=OVERARCHING, risk=True,
             form_topic="Én eller flere utøvere",
             prefilled_by="svaret om hvem utøveren er, når det nevner flere personer eller en gruppe («faren og "
                          "brødrene», «svigerfamilien») – da settes ja"),
    _yn("sm_perpetrator_knows", "perpetrator_knows", "Utøver vet",
        "Vet utøveren at hun/han søker hjelp hos krisesenteret?",
        "Om utøveren vet at hun/han har søkt hjelp, er med i veilederens skjema – det kan øke faren.", FORM,
        (r"\b(han|hun|ho|utøver\w*|de|dei) (vet|veit|har funnet ut|fant ut|skjønner|har skjønt|har sett)\b",
         r"\bvet om det\b", r"\bhar sporet\b", r"\bfulgte etter\b", r"\bkjenner adressen\b",
         r"\b(vet|veit) (det|om det|at|hvor)\b"),
        change=("utøver vet", "vet utøver"), knowledge="perpetrator", risk=True,
        form_topic="Om utøveren vet at hun/han søker hjelp"),
    Question("sm_violence_forms", "violence_forms", "Hva har skjedd (voldsformer)",
             "Hva har skjedd – hvilke former for vold? Beskriv med egne ord (f.eks. «slår og truer», «kontrollerer "
             "pengene»).", MULTI,
             "Kartleggingen bør få fram voldsformene; mange tenker bare på fysisk vold.", MAPPING,
             "Beskriv hva som har skjedd, for eksempel «slår og truer» eller «kontrollerer pengene».",
             choices=VIOLENCE_FORMS, part=OVERARCHING, change_words=("voldsformer", "hva har skjedd"),
             form_topic="Hva som har skjedd (voldsformene)"),
    _yn("sm_escalation", "escalation", "Volden har økt",
        "Har volden blitt verre eller hyppigere den siste tiden?",
        "Om volden har økt den siste tiden, er et av skjemaets spørsmål.", FORM,
        (r"verre", r"trappet opp", r"\bøkt", r"\bøker\b", r"oftere", r"hyppigere", r"eskal", r"grovere",
         r"\bmer (vold|alvorlig)", r"blitt verre", r"meir"),
        (r"som før", r"som vanlig", r"samme som", r"roet seg", r"mindre", r"sjeldnere",
         r"\b(omtrent |ganske |om lag )?likt?\b",
         r"\buendra?e?t?\b", r"\bingen endring\b", r"\bstabilt\b"),
        change=("opptrapping", "verre", "eskalering", "økt", "trappet"), risk=True,
        form_topic="Om volden har eskalert den siste tiden"),
    Question("sm_violence_setting", "violence_setting", "Hvor volden skjer",
             "Hvor skjer volden – bare når de er alene (privat), eller også når andre er til stede?", CHOICE,
             "Skjemaet spør hvor volden skjer; vold også når andre ser på, sier noe om hvor lite utøveren holder "
             "igjen.", FORM, "Svar «bare privat» eller «også med andre til stede».", choices=SETTINGS,
             parser=_setting, part=OVERARCHING, change_words=("hvor volden", "privat"),
             form_topic="Hvor volden skjer (bare privat, eller også med andre til stede)"),
    Question("sm_worst_fear", "worst_fear", "Verste frykt",
             "Hva frykter hun/han i verste fall kan skje? Skriv kort med egne ord (ingen navn).", FREE,
             "Skjemaet spør hva personen i verste fall frykter.", FORM,
             "Skriv kort hva hun/han frykter, eller «vet ikke» / «hopp over».", part=OVERARCHING, describes=True,
             change_words=("verste", "frykter"), form_topic="Hva hun/han i verste fall frykter kan skje"),
    _yn("sm_feared_for_life", "feared_for_life", "Fryktet for livet", "Har hun/han vært redd for sitt eget liv?",
        "Om personen har vært redd for sitt eget liv, er et av skjemaets spørsmål.", FORM,
        (r"redd for (å dø|livet)", r"trodde (hun|han|ho) (skulle|ville) (dø|døy)", r"fryktet for livet",
         r"frykta for livet", r"redd (han|ho|hun) skal drepe", r"\blivredd\b"),
        change=("fryktet", "livet", "frykt for livet"), risk=True, form_topic="Om hun/han har vært redd for livet"),
    _yn("sm_police_involved", "police_involved", "Politiet involvert",
        "Har politiet vært involvert, før eller nå?",
        "Skjemaet spør om politiet har vært involvert.", FORM,
        (r"anmeldt", r"politiet (var|har vært|kom|rykket|har)", r"\b(ringte|ringt|ringa|ringer) (til )?politiet",
         r"meldt", r"utrykning",
         # «nei, men naboen har ringt dem en gang»: «dem» is the police the question names (the h15 run, spent)
         r"\b(ringte|ringt|ringa|ringde|ringer) (til )?(dem|dei)\b"),
        change=("politiet involvert",), also=_police_too, knowledge="police",
        form_topic="Om politiet har vært involvert, før eller nå"),
    _yn("sm_police_aware", "police_aware", "Politiet kjenner til volden", "Kjenner politiet til volden?",
        "Skjemaet spør om politiet kjenner til volden.", FORM,
        (r"anmeldt", r"politiet (vet|veit|har|kjenner|var)", r"meldt", *readers.POLICE_TOLD),
        change=("politiet kjenner", "politi"), knowledge="police", form_topic="Om politiet kjenner til volden",
        prefilled_by="svaret om politiet har vært involvert: ja der gir ja her"),
    _yn("sm_prior_reports", "prior_reports", "Anmeldt eller dømt før",
        "Er utøveren anmeldt eller dømt før – for vold eller annen kriminalitet?",
        "Tidligere anmeldelser og dommer er et av skjemaets spørsmål.", FORM,
        (r"anmeldt", r"dømt", r"dom\b", r"straffet", r"sittet inne", r"fengsel", r"meldt til politiet", r"siktet",
         r"tiltalt", r"bøtelagt", r"straffesak", r"\b(sat|satt|sete|sitte) inne\b", r"\bsonet\b", r"\bsona\b",
         r"\bbot\b", r"\bstraffedømt\b",
         # the crime named: «ikke for vold, men for narkotika» (the question asks about other crime too)
         r"\bfor (narkotika\w*|dop|hasj|tyveri|ran|innbrudd|fyllekjøring|promillekjøring|råkjøring|svindel|bedrageri|"
         r"trusler|truslar|vold|vald|heleri|smugling|\w+kriminalitet|\w+lovbrudd|drugs|theft|robbery|fraud|"
         r"burglary|drunk driving)\b"),
        change=("anmeldt", "dømt", "anmeldelse", "dom"), risk=True,
        form_topic="Om utøveren er anmeldt eller dømt for vold eller annen kriminalitet"),
    _yn("sm_breached_order", "breached_restraining_order", "Brutt besøksforbud eller lignende",
        "Har utøveren brutt besøksforbud, kontaktforbud eller lignende?",
        "Brutt besøksforbud er et av skjemaets spørsmål.", FORM,
        (r"\bbrutt\b", r"\bbrøt\b", r"\bbryter\b", r"\bbrote\b", r"tok kontakt likevel", r"kom likevel",
         # «han har ringt henne selv om han har kontaktforbud»: done although it is forbidden
         r"\b(selv om|sjølv om|trass i at|til tross for at) (han |utøveren )?(har|hadde) (\w+ )?(besøksforbud|"
         r"kontaktforbud|oppholdsforbud|besøksforbod|kontaktforbod)",
         # «han har ringt flere ganger tross forbudet» (the ownwords14 sweep: «nei, men …» stored «nei»)
         r"\b(tross|trass i|til tross for|på tross av) (forbudet|besøksforbudet|kontaktforbudet|forbodet|"
         r"besøksforbodet|kontaktforbodet)\b"),
        (r"ikke (noe |noen )?(besøksforbud|kontaktforbud)", r"har ikke (hatt )?besøksforbud",
         r"aldri hatt (besøks|kontakt)forbud", r"ingen (besøks|kontakt)forbud", r"aldri vært besøksforbud",
         r"det har aldri vært"),
        change=("besøksforbud", "kontaktforbud", "brutt"), risk=True,
        form_topic="Om utøveren har brutt besøksforbud eller lignende"),
    Question("sm_children_with_perpetrator", "children_with_perpetrator", "Barn hos utøver nå",
             "Er noen av barna hos utøveren nå?", YES_NO,
             "Skjemaet spør om det er barn hos utøveren nå (barna skal ha egen trusselkartlegging).", FORM,
             "Svar for eksempel «ja», «nei», «de er med henne» eller «vet ikke».",
             choices=(yes(), no()), parser=readers.children_with_perpetrator, ask_if=_children,
             depends_on=("sm_children_count",), also=_exposure_too, part=OVERARCHING, risk=True,
             change_words=("hos utøver", "barna hos"), form_topic="Barn: om det er barn hos utøveren nå",
             when=CHILDREN_WHEN, prefilled_by="svaret om hvor barna er (hos utøveren → ja; bare andre steder → nei)"),
    _yn("sm_children_exposed", "children_exposed", "Barna har opplevd vold",
        "Hva har barna opplevd: har de sett eller hørt volden, eller selv blitt utsatt for vold (mot seg selv, mor "
        "eller far)?",
        "Skjemaet spør hva barna har opplevd; barn som har sett, hørt eller blitt utsatt for vold, skal ha egen "
        "trusselkartlegging og sikkerhetsplan.", FORM,
        (r"\b(sett|hørt|så|hørte|opplevd|opplevde|til stede|vitne\w*|var der|var med)\b", r"\butsatt\b",
         r"\bslått (barna|barnet|ungene|dem|de)\b", r"\bslår (barna|barnet|ungene|dem)\b", r"\bskjønner\b",
         r"\bvet om det\b",
         # violence against a child, named by who it is (the ownwords12 sweep: «nei, men eldste har fått slag», «nei,
         # men han har slått sønnen» were stored as «nei»)
         rf"\b(slått|slår|slo|sparket|sparka|sparkar|dyttet|dytta|lugget|lugga|ristet|rista|kløp|klypt) {_A_CHILD}\b",
         rf"\b{_A_CHILD}( \w+){{0,2}}? (har |hadde )?(fått|fikk|fekk) (slag|juling|bank|ris|en ørefik|ei ørefik|"
         r"ørefik\w*|en smekk|smekk)\b",
         rf"\b{_A_CHILD}( \w+){{0,2}}? (har |hadde )?(blitt|vorte|ble|blei|vart) (slått|sparket|sparka|dyttet|dytta|"
         r"skadet|skada|lugget|lugga|ristet|rista)\b",
         # in the home when it happened: «de var i huset da det skjedde», «dei låg i senga mens han slo»
         r"\b(var|er|sat|satt|låg|lå|sov) (\w+ ){0,2}(i huset|i leiligheten|i leilegheita|hjemme|heime|på rommet|"
         r"i rommet|i stua|i senga|i sengen|i naborommet|på badet)( \w+)? (da|når|mens)\b"),
        (r"\bingen barn\b", r"\bhar ikke barn\b", r"\bbarnløs\b", r"\bsov\b", r"\bvar ikke (der|hjemme)\b"),
        ask_if=_children, depends_on=("sm_children_count",), change=("barna opplevd", "barna sett", "opplevd"),
        risk=True, form_topic="Barn: hva barna har opplevd (mot seg selv, mor eller far)", when=CHILDREN_WHEN,
        prefilled_by="svaret om barn hos utøver når det fortsetter etter «men» («nei, men de har sett volden» → ja)"),
    _yn("sm_perpetrator_animals", "perpetrator_has_animals", "Utøver har ansvar for dyr",
        "Har utøveren ansvar for kjæledyr eller husdyr nå?",
        "Skjemaet spør om utøveren har ansvar for dyr nå – dyr brukes til å true og presse.", FORM,
        (r"\b(hund|katt|katter|hunder|hest|kanin|dyr|fugl|kjæledyr|husdyr|gårdsdyr|sauer|kuer)\b", _MORE_ANIMALS,
         r"\bpasser på\b", r"\bhar (hunden|katten|dyrene)\b",
         r"\b(hunden|katten|dyra|dyrene|hesten|hundane)( \w+){0,2} (igjen|att) (hos|med) (ham|han|henne|ho|utøver\w*)\b"),
        (r"\bingen dyr\b",),
        change=("utøvers dyr", "ansvar for dyr"), form_topic="Om utøveren har ansvar for dyr nå"),
    _yn("sm_mental_health", "perpetrator_mental_health", "Utøvers psykiske helse",
        "Opplever hun/han at utøveren har psykiske problemer?",
        "Psykiske problemer hos utøveren er et av skjemaets spørsmål.", FORM,
        (r"psykisk", r"psykose", r"diagnose", r"deprimert", r"depresjon", r"bipolar", r"schizo", r"ustabil",
         r"sjuk i hovudet", r"syk i hodet", r"innlagt", r"dps", r"paranoid", r"\bangst", r"\bptsd\b", r"\badhd\b",
         r"\bpersonlighetsforstyrr\w*", r"\bselvmord\w*", r"\bsjølvmord\w*", r"\bmedisiner\b"),
        change=("psykisk", "psykiske problemer", "psykisk helse"), risk=True,
        form_topic="Om hun/han opplever at utøveren har psykiske problemer"),
    _yn("sm_weapon_access", "weapon_access", "Tilgang til våpen",
        "Har utøveren tilgang til våpen (skytevåpen, kniv eller annet)?",
        "Tilgang til våpen er et av skjemaets spørsmål.", FORM,
        (r"våpen", r"gevær", r"pistol", r"rifle", r"hagle", r"jakt", r"kniv", r"\bøks\b", r"skytevåpen",
         r"våpenkort"),
        change=("våpen", "vapen", "kniv", "gevær"), risk=True, form_topic="Om utøveren har tilgang til våpen"),
    _yn("sm_substance_use", "perpetrator_substance_use", "Utøver ruset under volden",
        "Er utøveren ruset når volden skjer?",
        "Rus under volden er et av skjemaets spørsmål.", FORM,
        (r"\brus", r"drikk", r"full\b", r"fyll", r"alkohol", r"narkotika", r"hasj", r"kokain", r"amfetamin",
         r"piller", r"dop", r"ruset", r"drekk", r"påvirket", r"brisen", r"\bdrukk", r"\bdrakk\b"),
        change=("rus", "rusbruk", "alkohol", "drikker"), risk=True, form_topic="Om utøveren er ruset under volden"),
    _yn("sm_family_support", "family_supports_violence", "Andre i familien støtter volden",
        "Er det flere i familien som støtter at det brukes vold?",
        "Om flere i familien støtter volden, er et av skjemaets spørsmål – og et kjennetegn på æresrelatert vold.",
        FORM,
        (r"familien (hans|hennes|støtter|er med|står bak|presser|truer)", r"\bstøtter\b", r"svigerfamilien",
         r"(broren|faren|moren|onkelen|brødrene) (hans|hennes )?(er med|støtter|truer)", r"står bak",
         r"\b(heier|heiar|heia|heiet) på\b", r"\b(tar|tok|tek) (hans|hennar|hennes) parti\b"),
        change=("familien", "støtter volden", "familie"), risk=True,
        note=lambda v: HONOUR_NOTE if answers_point_to_honour(v) else None,
        form_topic="Om flere i familien støtter bruken av vold"),
    Question("sm_honour_related", "honour_related", "Æresrelatert",
             "Kan volden være æresrelatert – utøvd for å bevare eller gjenopprette familiens ære?", YES_NO,
             "Veilederen: æresrelatert vold kan innebære en «særlig sikkerhetsrisiko» og må fanges opp, så tiltakene "
             "kan tilpasses; den har et eget kartleggingsskjema.", HONOUR, YES_NO_HINT,
             choices=(yes(r"\bære", r"\bæres", r"tvangsekteskap", r"tvangsgift", r"familiens (ære|rykte|navn)",
                          r"\bskam\b", r"\bvanære"),
                      no(r"\bpartnervold\b", r"\bbare han\b")),
             change_words=("æresrelatert", "ære", "æresvold"), part=OVERARCHING, risk=True,
             form_topic="Skjemaets avslutning: kan det være æresrelatert vold? (eget skjema)"),
    # --- the honour-related form («Kartlegging av æresrelatert vold»), its questions the form above
    #     does not already ask, in its order ----------------------------------------------------------
    Question("sm_hr_ran_away", "ran_away_or_thrown_out", "Rømt eller kastet ut",
             "Har det skjedd noe akutt nå – har hun/han rømt hjemmefra, eller er hun/han kastet ut?", CHOICE,
             "Skjemaet for æresrelatert vold spør om personen har rømt eller er kastet ut.", HONOUR,
             "Svar «rømt», «kastet ut» eller «ingen av delene».", choices=RAN_AWAY,
             ask_if=_honour_branch, depends_on=("sm_honour_related",), change_words=("rømt", "kastet ut"),
             part=HONOUR_PART, form_topic="Æresrelatert: rømt eller kastet ut", when=HONOUR_WHEN),
    _yn("sm_hr_travel_abroad", "planned_travel_abroad", "Planer om utenlandsreise",
        "Kjenner hun/han til planer i familien om en reise til utlandet?",
        "Skjemaet for æresrelatert vold spør om planlagte reiser til utlandet.", HONOUR,
        (r"reise", r"ferie", r"hjemlandet", r"utlandet", r"sendt (ut|til)", r"\bfly\b", r"billett"),
        change=("reise", "utlandet", "utenlandsreise"), part=HONOUR_PART, ask_if=_honour_branch,
        depends_on=("sm_honour_related",), risk=True, form_topic="Æresrelatert: planer om utenlandsreise",
        when=HONOUR_WHEN),
    _yn("sm_hr_family_knows", "family_knows_contact", "Familien vet om kontakten",
        "Vet andre i familien at hun/han har kontakt med krisesenteret?",
        "Skjemaet for æresrelatert vold spør om familien vet om kontakten med senteret.", HONOUR,
        (r"\b(familien|de|dei|faren|moren|mora|far|mor|søsteren|søstera|syster|broren|bror|brødrene|tanten|"
         r"onkelen|foreldrene|fetteren|kusina|svigerfamilien|slekta) (vet|veit|har funnet ut|fant ut)\b", r"vet om det",
         r"\b(vet|veit) (det|om det|at|hvor)\b"),
        change=("familien vet",), part=HONOUR_PART, ask_if=_honour_branch, depends_on=("sm_honour_related",),
        knowledge="family", risk=True, form_topic="Æresrelatert: om familien vet om kontakten med senteret",
        when=HONOUR_WHEN),
    Question("sm_hr_control", "control_areas", "Kontroll",
             "Hva blir kontrollert – telefon og PC, penger, hvor hun/han går, venner eller kjæreste, fritid, klær, "
             "skole?", MULTI,
             "Skjemaet for æresrelatert vold spør om graden av kontroll.", HONOUR,
             "Svar for eksempel «telefonen og pengene», «alt» eller «ingenting».",
             choices=CONTROL_AREAS, parser=_control, ask_if=_honour_branch, depends_on=("sm_honour_related",),
             change_words=("kontroll",), part=HONOUR_PART, form_topic="Æresrelatert: hva som blir kontrollert",
             when=HONOUR_WHEN),
    _yn("sm_hr_punishment", "punished_for_breaking_rules", "Straff ved regelbrudd",
        "Blir hun/han straffet hvis familiens regler brytes?",
        "Skjemaet for æresrelatert vold spør hva som skjer når reglene brytes.", HONOUR,
        (r"straff", r"slått", r"slår", r"innestengt", r"stengt inne", r"tatt (fra|telefonen)", r"husarrest",
         r"juling", r"konsekvens", r"represalier"),
        change=("straff", "regelbrudd"), part=HONOUR_PART, ask_if=_honour_branch, depends_on=("sm_honour_related",),
        risk=True, form_topic="Æresrelatert: straff når reglene brytes", when=HONOUR_WHEN),
    _yn("sm_hr_control_stricter", "control_stricter", "Strengere kontroll",
        "Har kontrollen blitt strengere i det siste?",
        "Skjemaet for æresrelatert vold spør om kontrollen har blitt strengere.", HONOUR,
        (r"strengere", r"verre", r"mer kontroll", r"økt", r"hardere", r"oftere"),
        (r"som før", r"som vanlig", r"mindre"),
        change=("strengere", "strengere kontroll"), part=HONOUR_PART, ask_if=_honour_branch,
        depends_on=("sm_honour_related",), risk=True, form_topic="Æresrelatert: om kontrollen har blitt strengere",
        when=HONOUR_WHEN),
    _yn("sm_hr_marriage_planned", "marriage_planned", "Planlagt ekteskap",
        "Er det planlagt at hun/han skal gifte seg?",
        "Skjemaet for æresrelatert vold spør om det er planlagt ekteskap.", HONOUR,
        (r"gift", r"ekteskap", r"bryllup", r"forlov", r"giftemål",
         r"\bfunne?t? (en |ein )?(mann|ektemann|kone|brud|brudgom|ektefelle|make) (til|for|åt)\b"),
        # «ho er allereie gift», «hun er gift fra før»: no marriage ahead (the dial18 sweep: «gift» stored «ja»)
        (r"\b(er|e) (allerede|allereie|alt) gift\b", r"\ber gift (fra|frå) før\b", r"\ber gift (allerede|allereie)\b"),
        change=("planlagt ekteskap", "gifte seg"), part=HONOUR_PART, ask_if=_honour_branch,
        depends_on=("sm_honour_related",), risk=True, form_topic="Æresrelatert: om det er planlagt ekteskap",
        when=HONOUR_WHEN),
    _yn("sm_hr_forced_marriage", "forced_marriage_risk", "Frykter tvangsekteskap",
        "Frykter hun/han å bli presset eller tvunget til å gifte seg?",
        "Skjemaet for æresrelatert vold spør om frykt for tvangsekteskap.", HONOUR,
        (r"tvangs", r"presset", r"tvunget", r"tvinge", r"gift", r"redd for"),
        change=("tvangsekteskap", "tvunget til å gifte"), part=HONOUR_PART, ask_if=_honour_branch,
        depends_on=("sm_honour_related",), risk=True, form_topic="Æresrelatert: frykt for tvangsekteskap",
        when=HONOUR_WHEN),
    # --- beyond the form: recognised risk factors (DA, Dash) -----------------------------------------
    _addition("sm_threats_to_kill", "threats_to_kill", "Drapstrusler",
              "Har utøveren truet med å drepe henne/ham eller andre (barna, seg selv)?", "drapstrusler",
              (r"drepe", r"drap", r"ta livet", r"\bdø\b", r"\bdøy\b", r"\bskal (drepe|ta)\b",
               r"\bta (sitt|sitt eget|hennes|hennar) (eget )?liv\b",
               r"trua med å drepe", r"\bkverke",
               r"\bslå i hjel\b"),
              change=("drapstrusler", "drap", "truet")),
    _addition("sm_strangulation", "strangulation", "Kvelning",
              "Har utøveren tatt kvelertak eller prøvd å kvele henne/ham?", "kvelning (kvelertak)",
              (r"kvel", r"kvelertak", r"rundt halsen", r"halsen", r"strup",
               r"\b(fikk|fekk|fått|kunne|klarte) (ikke|ikkje) (å )?puste", r"\b(ikke|ikkje) (fått|klart) (å )?puste",
               r"\b(ikke|ikkje) (fikk|fekk|kunne|klarte|greidde|greide) (å )?puste",
               r"kvelt"),
              change=("kvelning", "kvelertak", "kvele", "kvelt")),
    _addition("sm_sexual_violence", "sexual_violence", "Seksuell vold",
              "Har utøveren utsatt henne/ham for seksuell vold eller tvunget henne/ham til sex?", "seksuell vold",
              (r"voldt", r"overgrep", r"tvunget", r"tvinger", r"\bsex\b", r"seksuel", r"valdtekt", r"valdteke"),
              change=("seksuell", "sex", "voldtekt", "seksuell vold")),
    _addition("sm_stalking", "stalking_or_surveillance", "Forfølgelse eller overvåking",
              "Forfølger, overvåker eller sporer utøveren henne/ham – også digitalt (telefon, GPS, sosiale medier)?",
              "forfølgelse og overvåking",
              (r"forfølg", r"overvåk", r"spor", r"gps", r"følger etter", r"fulgte etter",
               r"sjekker (telefonen|mobilen)", r"snap", r"meldinger", r"ringer (hele tiden|stadig|konstant)",
               r"dukker opp", r"lokasjon", r"kamera", r"\bapp\b", r"forfylg",
               r"følger med på (hvor|kvar|kor|hva|kva|hvem|kven|alt|henne|ho|mobilen|telefonen)",
               r"(vet|veit) (alltid )?(hvor|kvar|kor) (hun|ho) er\b", r"holder (øye|auge) med"),
              change=("forfølgelse", "overvåking", "sporing", "forfølger"), source=DIGITAL, describes=True),
    _addition("sm_recent_separation", "recent_separation", "Nylig eller planlagt brudd",
              "Har hun/han nylig gått fra utøveren, eller planlegger hun/han å gjøre det?",
              "et brudd som nettopp har skjedd eller er planlagt",
              (r"\b(gått|gikk|flyttet|flytta|dro) fra\b", r"\b(flyttet|flytta|flytte|flyttar|flytter) ut\b",
               r"\bgjort det slutt\b", r"\bslutt\b", r"\bskille\b", r"\bskilje\b", r"\bskiljast\b",
               r"\bskilsmisse\b", r"\bseparer", r"\bflytte (ut|fra)\b", r"\bplanlegg", r"\bbrudd\b", r"\bgå fra\b",
               r"\bforlate\b", r"\bforlot\b", r"\bvil gå\b", r"\bnettopp\b",
               # «ikke ennå, men hun vil»: a plan in two words after the turn
               r"^\s*(hun|ho|han) (vil|skal|ønsker|ønskjer|tenker på det|tenkjer på det|planlegger det)( det)?\s*[.!]?\s*$"),
              change=("brudd", "separasjon", "gått fra", "skilsmisse")),
)


CONFIRM_QUESTION = Question(
    "sm_confirm", "", "Bekreftet", "Stemmer oppsummeringen?", CONFIRM,
    "Ingenting lagres før du har sett oppsummeringen og sagt ja.", MAPPING,
    "Svar «ja» for å lagre, «endre <hva>» for å rette et svar, eller «avbryt» for å forkaste.", ask_action=True)

SAFETY_DIALOGUE = Dialogue("safety_mapping", "safety_mapping_form", "kartleggingen av vold og trusler", QUESTIONS,
                           CONFIRM_QUESTION, perpetrator_slots=("sm_feared_persons", "sm_perpetrators"))


HONOUR_NOTE = ("Flere utøvere eller familie som støtter volden kan peke mot æresrelatert vold "
               "(veilederen: «Kartlegging av æresrelatert vold»). Svarer du ja – eller vet ikke – på spørsmålet om "
               "æresrelatert vold, tar vi spørsmålene fra det skjemaet også.")


def wants_honour_branch(text: str) -> bool:
    """Staff asked for the honour-related part when starting («kartlegging av æresrelatert vold»)."""
    return bool(compiled(r"\bæres|\baeres|tvangsekteskap", re.I).search(text or ""))  # not «kjæresten»


def lives_with_perpetrator(values: Mapping[str, Any]) -> bool | None:
    """The older yes/no key, read from where she/he lives (kept beside ``living_situation``)."""
    living = values.get("sm_living_situation")
    return {"med_utover": True, "alene": False, "med_andre": False}.get(living) if isinstance(living, str) else None
