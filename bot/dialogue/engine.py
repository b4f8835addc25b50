"""One turn of a dialogue while a question is pending: answer first, then everything else.

The form's validation action hands every message here. The message is read as the answer to
the question that was asked (negation, «vet ikke», «vil ikke svare», «hopp over» included). Only
when it is not an answer is it taken as a command («avbryt», «pause», «endre våpen», «hvorfor spør
vi om dette?», «meny»), a guide question (answered from the guide, then the same question again),
or unreadable (a short hint, then the same question). Acute danger gets the 112 reply first,
whatever else the message is (CONTRACTS.md §5) – also «ikke nå, men han er på vei».

An unsure answer (a hedge such as «tror det», or «de er hos faren» when it is not known whether the
father is the perpetrator) is not stored: the dialogue says how it read it and asks once more
(``PENDING_SLOT`` remembers that it did). The second answer is stored as given; a second unsure
answer is stored as unknown. Free of Rasa: actions turn a ``Turn`` into events (``step``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.acute import acute_reply, at_the_door_now, coming_now, danger_words
from bot.dialogue import correction, parse, passing, persons
from bot.dialogue.safety_mapping import NEW_CASE
from bot.dialogue.schema import (
    ACUTE,
    CANCEL,
    CANCEL_CONFIRM_SLOT,
    CANCEL_PENDING,
    CASE,
    CONFIRM,
    CONTROL_SLOT,
    FREE,
    PAUSE,
    PENDING_SLOT,
    Dialogue,
    Question,
    inform,
)
from bot.guide.answer import Reply, entry_reply, source_line
from bot.guide.browse import menu_reply
from bot.guide.search import default_search
from bot.respond import respond
from bot.text.regex import compiled

CANCEL_CMD, PAUSE_CMD, WHY_CMD, CHANGE_CMD, MENU_CMD, HELP_CMD, RESUME_CMD, START_CMD = (
    "cancel", "pause", "why", "change", "menu", "help", "resume", "start")

# Commands are recognised from the text first (short and explicit, so they never swallow an answer);
# the NLU intent is only a fallback for a message that is not an answer either.
_COMMANDS = (
    (CANCEL_CMD, r"^ (avbryt|avbryte|abryt|avslutt|stopp|stans|kanseller|glem det|dropp alt|"
                 r"(jeg|eg) vil avbryte|vi avbryter|bare glem det)\b"),
    (PAUSE_CMD, r"^ (pause|paus|ta (en )?pause|vi tar (en )?pause|vi tek ein pause|sett (\w+ )?på (vent|pause)|"
                r"fortsett senere|vi fortsetter senere|lagre og (fortsett|ta pause)|vent litt|hold av)\b"),
    (CHANGE_CMD, r"^ (endre|endra|rett opp|rette|korriger|korrigere|(jeg|eg) vil endre|kan (jeg|eg) endre|"
                 r"gå tilbake|angre|(jeg|eg) svarte feil|feil svar|oppdater)\b"),
    (MENU_CMD, r"^ (meny|menu|menyen|hovedmeny|vis meny|vis menyen) $"),
    (HELP_CMD, r"^ (hjelp|help|hva kan jeg svare|hva kan jeg skrive|kva kan eg svare) $"),
    (RESUME_CMD, r"^ (fortsett|gjenoppta|fortsett samtalen|ta opp igjen) $"),
    (START_CMD, r"^ (ny henvendelse|start kartlegging\w*|ny kartlegging|start triage|start første samtale) $"),
)
_WHY = re.compile(r"^ (hvorfor|kvifor|korfor|hvofor|hvorfo)\b")
_WHY_ABOUT = re.compile(r"\b(spør|spørre|spørsmål|dette|det|trenger|viktig|relevant|vite|må)\b")
_START_INTENTS = ("start_triage", "start_safety_mapping", "resume")
INTENT_COMMANDS = {"cancel": CANCEL_CMD, "pause": PAUSE_CMD, "why_ask": WHY_CMD, "change_answer": CHANGE_CMD,
                   "menu": MENU_CMD, "help": HELP_CMD, "resume": RESUME_CMD}
_QUESTION_START = re.compile(
    r"^ (hva|hvordan|hvorfor|når|hvem|hvilke|hvilken|hvor|kan|skal|må|bør|er det|finnes|kva|korleis|kven|kor|kvar|"
    r"kva for|trenger|treng|gjelder|får)\b")
_QUESTION_INSIDE = re.compile(r"\b(hva gjør (jeg|vi|man)|kva gjer (eg|vi)|hva bør|hva skal (jeg|vi)|hva kan (jeg|vi)|"
                              r"hvordan (gjør|skal|kan))\b")
UNREADABLE = "Det svaret fikk jeg ikke til å lese."
UNSURE = ("Du skrev «{said}» – det er usikkert. Svar på nytt med «ja», «nei» eller «vet ikke»; det lagres slik du "
          "svarer nå:")
STORED_UNKNOWN = "Lagret som ukjent (ikke avklart). Vi går videre."
# The case number not known or not given: the mapping can still be saved, in a case of its own.
NO_CASE_NUMBER = ("Uten saksnummer kan jeg ikke finne saken. Kartleggingen kan lagres i en ny sak – trykk «Ny sak» "
                  "eller skriv «ny sak». Finner du saksnummeret, skriv det (f.eks. K-7F3Q2A).")
# An open question's answer is text; only a message that is plainly a question to the bot about the
# guide («hvordan bestiller jeg tolk?») is taken as one.
# … or asks what a word means or how two differ: «hva er forskjellen på besøksforbud og kontaktforbud?» (the h14 run,
# spent: stored as her worst fear) – no one fears in those words
_GUIDE_QUESTION_IN_FREE = re.compile(r"\b(jeg|vi|man|eg|du)\b|\b(hva|kva) er (forskjellen|skilnaden|forskjell)\b|"
                                     r"\b(hva|kva) (betyr|tyder|menes med|meiner ein med)\b")


@dataclass
class Turn:
    """What the form does with one message: messages to send and slots to set.

    ``reject`` hands the message back to Rasa's rules (a menu or guide button pressed mid-form);
    the form then asks the same question again after the rule's action.
    """

    replies: list[Reply] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)
    reject: bool = False
    guide_reply: Reply | None = None  # the guide's answer to a question asked mid-form (never logged: issue 15)

    def say(self, text: str, buttons: list[dict[str, str]] | None = None) -> None:
        self.replies.append(Reply(text=text, buttons=buttons or []))


def command_of(text: str) -> str | None:
    """The command a message gives by its words alone, or None."""
    t = parse.norm(text)
    if _WHY.search(t) and (_WHY_ABOUT.search(t) or len(t.split()) <= 2) and len(t.split()) <= 9:
        return WHY_CMD
    for name, pattern in _COMMANDS:
        if compiled(pattern).search(t):
            return name
    return None


def question_shaped(text: str) -> bool:
    t = parse.norm(text)
    return "?" in text or bool(_QUESTION_START.search(t)) or bool(_QUESTION_INSIDE.search(t))


def ends_with_a_question(raw: str) -> bool:
    """The last sentence of a message is a question. An open answer is often labelled with the question it
    answers – «hva skjedde? han slo henne», «what happened: he hit her», «Hvorfor redd: trusler» – and then
    it is a description, whatever its language; only a question at its end («…, kan hun anmelde det?»)
    is asked of the guide besides being stored."""
    parts = [p for p in compiled(r"(?<=[?.!:;])\s+|\s+[-–]\s+").split(raw.strip())
             if compiled(r"[^\W\d_]").search(p)]
    return bool(parts) and question_shaped(parts[-1])


def asks_the_guide(raw: str, question: Question) -> bool:
    """A question to the bot while a dialogue question is pending: it ends with «?» and starts with a
    question word («kan vi ringe politiet uten samtykke?» must not tick «politiet bare med samtykke»).
    An open question's answer may itself be a question, so there it also has to address the bot."""
    t = parse.norm(raw)
    if not raw.strip().endswith("?") or not _QUESTION_START.search(t) or parse.word_count(raw) < 3:
        return False
    if question.kind == FREE:
        return bool(_GUIDE_QUESTION_IN_FREE.search(t)) and parse.word_count(raw) <= 15
    return True


def _corpus():
    return default_search().corpus


def why_reply(question: Question) -> Reply:
    entry = _corpus().entry(question.source_id)
    source = f"\n{source_line(entry)}" if entry else ""
    outside = f"\n{question.outside}" if question.outside else ""
    return Reply(text=f"Hvorfor: {question.reason}{source}{outside}")


def advance(dialogue: Dialogue, current: Mapping[str, Any], updates: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """After a turn: clear what the record cannot hold, and name the next question to ask (None
    when the form is done). The validation action and the in-process tests both call this."""
    updates = dict(updates)
    values = {**current, **updates}
    for slot in dialogue.invalid_slots(values):
        updates[slot] = values[slot] = None
    required = dialogue.required_slots(dialogue.values_of(values), values.get(CONTROL_SLOT))
    following = next((s for s in required if values.get(s) is None), None)
    pending = values.get(PENDING_SLOT)
    if pending is not None and (not isinstance(pending, dict) or pending.get("slot") != following):
        updates[PENDING_SLOT] = None  # a read-back belongs to one question only
    return updates, following


def handle(dialogue: Dialogue, slot: str, text: str, intent: str | None, slots: Mapping[str, Any],
           case_exists: Callable[[str], bool] | None = None) -> Turn:
    """Everything the form does with the message ``text`` while ``slot`` is being asked."""
    raw = (text or "").strip()
    turn = Turn()
    if parse.is_payload(raw) and parse.button_value(raw) is None:
        if intent in _START_INTENTS and slot in dialogue.by_slot:
            # a start button from an earlier reply («Ny henvendelse» under a greeting): the dialogue
            # running is never dropped for it
            start = RESUME_CMD if intent == "resume" else START_CMD
            return _command(dialogue, dialogue.by_slot[slot], start, raw, slots, turn)
        return Turn(reject=True)  # a menu / guide button: the rules answer it, then the question again
    question = dialogue.by_slot.get(slot)
    pending = slots.get(PENDING_SLOT)
    pending_here = isinstance(pending, dict) and pending.get("slot") == slot
    ctx = {**dialogue.context(slots), "__pending__": pending_here}
    acute = (is_acute(raw) or danger_coming(raw, question, ctx["__perpetrators__"], ctx.get("__person_gender__"))) \
        and not _said_of_another_time(raw, question)
    if acute:
        turn.replies.append(acute_reply(_corpus()))
    if slot == CANCEL_CONFIRM_SLOT:
        return _cancel_confirmation(dialogue, raw, turn)
    if question is None:
        return turn
    command = command_of(raw)
    fix = correction.of_previous(dialogue, question, raw, slots, ctx) if command in (None, CHANGE_CMD) else None
    if fix is not None:
        return _corrected(dialogue, question, fix, turn)
    parsed = question.read(raw, ctx) if command is None else parse.FAIL
    if parsed.ok and asks_the_guide(raw, question):
        parsed = parse.FAIL  # «kan vi ringe politiet uten samtykke?» is a question to the guide, not an answer
    lean = pending.get("lean") if pending_here and isinstance(pending, dict) else None
    if pending_here and command is None and parse.confirms_lean(parse.norm(raw)) and isinstance(lean, bool):
        parsed = parse.Parsed(True, lean)  # «stemmer»: what was read back is right
    if question.on_yes == ACUTE and acute and command is None and not (parsed.ok and parsed.value is True):
        parsed = parse.Parsed(True, True)  # «ikke nå, men han er på vei»: danger is coming now
    elif question.on_yes == ACUTE and not acute and command is None and parse.contained_now(raw) and \
            parse.first_word(parse.norm(raw)) not in ("ja", "jo", "yes") and not (parsed.ok and parsed.unsure):
        parsed = parse.Parsed(True, False)  # «i helga var ho i livsfare, men no sit han i varetekt»: held now
    if acute and question.on_yes != ACUTE and parsed.ok and isinstance(parsed.value, bool) and \
            parse.first_word(parse.norm(raw)) not in ("ja", "nei", "jo", "jepp", "nope"):
        # «ikkje nå, men han er på veg hit»: a message about danger now, not an answer to «brutt besøksforbud?»
        # – its «ikkje» is no «nei». The 112 reply, then the same question.
        parsed = parse.FAIL
    if parsed.ok and parsed.unsure:
        return _unsure(question, parsed, raw, pending_here, turn)
    if not parsed.ok and command is None and intent in INTENT_COMMANDS and not question_shaped(raw):
        command = INTENT_COMMANDS[intent]
    if command is not None:
        return _command(dialogue, question, command, raw, slots, turn)
    if parsed.ok:
        if pending_here:
            turn.slots[PENDING_SLOT] = None
        return _answer(dialogue, question, parsed.value, raw, slots, turn, acute, case_exists)
    turn.slots[slot] = None
    if acute:
        return turn  # the 112 reply, then the same question
    if question.kind == CASE and parse.declined_or_unknown(parse.norm(raw)).ok:
        # «vet ikke», «det har ho ikkje sagt noko om»: no number to find – say how to go on instead of asking again
        turn.say(NO_CASE_NUMBER, [{"title": "Ny sak", "payload": inform(NEW_CASE)}])
        return turn
    if question_shaped(raw) or (intent == "ask_guide" and len(raw.split()) >= 6):
        turn.guide_reply = respond(raw)
        turn.replies.append(turn.guide_reply)
        turn.say(f"(Vi er midt i {dialogue.title}; her er spørsmålet igjen.)")
        return turn
    if intent in ("start_triage", "start_safety_mapping"):
        turn.say(f"Vi er midt i {dialogue.title}. Skriv «pause» for å fortsette senere, eller «avbryt».")
        return turn
    turn.say(f"{UNREADABLE} {question.hint} («hvorfor spør vi om dette?» gir begrunnelsen.)")
    return turn


# Family words that may name the one coming (``bot.acute.COMERS``), with the possessive that says whose they are.
# Not the in-laws («svogeren hennes står utenfor nå»): the perpetrator's family, named or not (probe 2).
_KIN_COMING = re.compile(r"\b(faren|far|moren|mora|mor|broren|bror|brødrene|brørne|søsteren|søstera|systera|onkelen|"
                         r"sønnen|sonen|dottera|datteren)( (?P<whose>hennes|hennar|hans|hass))?\b")
_WHOSE_GENDER = {"hennes": "f", "hennar": "f", "hans": "m", "hass": "m"}


def _others_than_the_perpetrator(raw: str, perpetrators: list[str]) -> str:
    """``raw`` with the family members named in it who are known not to be the perpetrator written as «personen»:
    «mora hennes kommer nå med barna», «broren hennes kommer nå for å kjøre henne til legen» when he (her husband) is
    the one she fears – someone safe coming, not the danger (the ownwords13 sweep: both got the 112 reply). With no
    perpetrator known, or when the word may be one of them («faren» when the father is), it stays."""
    if not perpetrators:
        return raw

    def kin(match: re.Match[str]) -> str:
        said = f" {match.group(0)} "
        named = persons.read_persons(said)
        if not named or set(named) & set(perpetrators):
            return match.group(0)
        # «faren hennes» when no perpetrator is a woman: her own father, not the children's (the husband)
        whose = _WHOSE_GENDER.get(match.group("whose") or "")
        not_theirs = whose is not None and whose not in persons.genders(perpetrators)
        if not_theirs or persons.refers_to_perpetrator(said, perpetrators) == persons.NO:
            return "personen"
        return match.group(0)

    return _KIN_COMING.sub(kin, raw)


# Coming now, said as a report after what he did («han har funnet ut hvor hun er og er på vei»): a present
# «er på vei» joined by «og» to the rest – not a fear or condition («redd for at han er på vei»), checked apart.
_AND_ON_THE_WAY = re.compile(r"\bog ((nå|no) )?((han|hun|ho) )?(er|e) på (vei|veg)\b")
_FEAR_ONLY = (r"\b(at|hvis|om|dersom|viss|når|kan|kunne|skal|vil|ville|kommer til å|redd|frykter|fryktar|frykt|"
              r"tenk\w*|pleier|pleide|brukar|bruker)\b")


def _said_of_another_time(raw: str, question: Question | None) -> bool:
    """«han sto utenfor med kniv i sommer», «at hun står utenfor døra» (a fear): not now. Only when nothing
    in the message says now («nå», «no», «akkurat», «i kveld») – a miss costs more than a false alarm."""
    t = parse.norm(raw)
    if parse.has(t, parse.NOW_WORDS):
        return False
    coming = _AND_ON_THE_WAY.search(t)
    if coming and not parse.has(t[:coming.start()], _FEAR_ONLY):
        return False  # «han har funnet ut hvor hun er og er på vei»: what he did, and his coming now
    if question is not None and question.describes and (parse.has(t, _FEAR_OR_IF) or not parse.has(t, _PRESENT_COMING)):
        return True  # «at han står utenfor døra» to «what does she fear?»: a fear, not a report
    return parse.has(t, parse.PAST_ONLY)


# A fear, a condition or a possibility: what an open answer about fears says without it happening now.
_FEAR_OR_IF = (r"\b(at|hvis|om|dersom|viss|når|kan|kunne|skal|vil|ville|kommer til å|redd|frykter|fryktar|"
               r"frykt|tenk\w*|før|pleier|pleide|brukar|bruker|har|hadde|var)\b")
# Coming or at the door, said in the present: «han er på vei hit med kniv», «han står utenfor».
_PRESENT_COMING = r"^ (han|hun|ho|eksen|mannen|utøveren|\w+en) (er på (vei|veg)|står (utenfor|utanfor|ved))\b"


_NOT_ACUTE_WORDS = re.compile(r"\b(ingenting|ikkje noko|ikke noe|intet) (akutt\w*|farlig\w*)", re.I)


def is_acute(raw: str) -> bool:
    """``bot.acute.danger_words`` per clause: «ho var i fare i går, men no er han offshore» joins a past danger
    and a «now» from two halves; each half alone says nothing acute. A message without «men» is read whole.
    Someone coming now is read by ``danger_coming``, which knows who the perpetrator is."""
    raw = _NOT_ACUTE_WORDS.sub(" ", raw or "")  # «ingenting akutt, han sitter inne»
    head, tail = _split_turn(" " + raw.lower() + " ")
    if tail is None:
        return danger_words(raw) and not _held_since(raw)
    if parse.contained_now(tail) and not parse.has(parse.norm(head), parse.NOW_WORDS):
        # «han sto utenfor med kniv forrige helg, men nå er han i varetekt»: what came before the turn was
        # then, and the danger is held now – unless the first half itself says now
        return danger_words(tail) and not parse.contained_now(tail)
    return danger_words(head) or danger_words(tail)


def _split_turn(t: str) -> tuple[str, str | None]:
    """Split at the turn of a message: «men» / «but», or a new clause that starts with «nå»/«no»/«now»."""
    head, tail = parse.split_men(t)
    if tail is not None:
        return head, tail
    match = compiled(r"(?:\bbut\b|[,.;:!]\s*(?:og |and )?(?=\b(?:nå|no|now|i dag|today)\b))").search(t)
    if not match:
        return t, None
    return t[:match.start()] + " ", " " + t[match.end():]


def _held_since(raw: str) -> bool:
    """A message with no turn that still tells of a past danger now held: «han hadde kniv i helga og er
    arrestert» – the containment and a past-time marker, and no word saying now outside them."""
    t = parse.norm(raw)
    return parse.contained_now(raw) and parse.has(t, parse.PAST_ONLY) and not parse.has(
        compiled(r"\b(nå|no)\b(?=.{0,30}\b(varetekt|arrestert|fengsel|inne|custody)\b)").sub(" ", t), parse.NOW_WORDS)


_PRONOUN_OF = {"han": "han", "ham": "han", "hun": "hun", "ho": "hun", "hu": "hun"}


# The question whose answer tells how the person came in («hun står utenfor døra» is her, arriving).
_WAY_IN_SLOTS = frozenset({"contact_mode"})


# On the way somewhere else, not here: «han er på vei til jobb», «ho køyrer til hytta no» (never «til leiligheten
# hennes», «til senteret»: where she is).
_ELSEWHERE = (r"\b(på (vei|veg)|kjører|køyrer|drar|reiser|går) (til|på) (jobb\w*|arbeid\w*|skole\w*|skule\w*|butikk\w*|"
              r"trening\w*|utlandet|hytta|hytte\w*|flyplassen|hjemlandet|heimlandet|fotball\w*|kontoret|"
              # any place, on holiday: «han er på vei til Spania på ferie» (tests/acute15_probe.py)
              r"\w+ på ferie)\b")


def danger_coming(raw: str, question: Question | None, perpetrators: list[str],
                  person_gender: str | None = None) -> bool:
    """«ikke nå, men han er på vei», «eksen står utenfor»: someone coming now (gets the 112 reply).

    A named perpetrator always counts. «han»/«hun» counts when it can be the perpetrator: any
    pronoun while the perpetrator is not known yet (after «men», or in the acute-danger question),
    otherwise only the pronoun that fits the perpetrator – so «hun er på vei hit» (the person coming
    to the shelter) raises no alarm when the perpetrator is a man.
    """
    raw = compiled(_ELSEWHERE).sub(" ", raw.lower())  # «nei, han er på vei til jobb»: going somewhere else
    raw = _others_than_the_perpetrator(raw, perpetrators)  # «mora hennes kommer nå med barna» (he is the danger)
    if coming_now(raw, pronouns=False):
        return True  # a word for the perpetrator coming, also in English («her ex-husband is coming here now»)
    t = compiled(_ELSEWHERE).sub(" ", parse.norm(raw))
    fitting = {p for p in ("han", "hun") if persons.pronoun_is_perpetrator(p, perpetrators) == persons.YES}
    if not fitting and person_gender is not None:
        # «sambuaren» has no gender, but the answers said «han trua henne»: «han» is not the person, so «han er
        # på veg hit no» is the one she is afraid of coming (and «hun er på vei hit» stays the person arriving);
        # so too before anyone is named as feared: a man on his way to a woman who was hurt is not her
        fitting = {p for p in ("han", "hun") if persons.pronoun_gender(p) != person_gender
                   and persons.pronoun_is_perpetrator(p, perpetrators) == persons.AMBIGUOUS}
    if fitting:
        t = compiled(r"\b(han|ham|hun|ho|hu)\b").sub(
            lambda m: m.group(0) if _PRONOUN_OF[m.group(0)] in fitting else "personen", t)
        return parse.danger_now(t, third_person_ok=True)
    if not perpetrators and person_gender is None and _pronoun_on_the_way_now(raw, t) and (
            question is None or question.slot not in _WAY_IN_SLOTS or parse.has(t, *_TO_HER)):
        # «how did the contact come?» is answered with the person's own pronoun («han ringte», «hun kommer hit
        # nå»): there a lone pronoun on the way here is the person coming in (the danger question comes next);
        # on the way home, where she is («han er på vei hjem fra jobb nå»), or «kjører mot senteret», it is not
        return True
    if not perpetrators and parse.has(t, parse.NOW_WORDS) and parse.has(
            t, r"\b(han|hun|ho) (truer|trugar|truar|har truet|har truga) med å (komme|kome) (hit|etter|nå|no)\b"):
        return True  # «han truer med å komme nå»: she does not threaten to come to the shelter herself
    if perpetrators and all(persons.pronoun_is_perpetrator(p, perpetrators) == persons.NO for p in ("han", "hun")):
        return parse.danger_now(t, third_person_ok=False)
    if parse.has(t, r"\b(han|ham)\b") and parse.has(t, r"\b(hun|henne|ho)\b"):
        return parse.danger_now(t, third_person_ok=True)  # «han kommer hit nå og skal ta henne»: he is not she
    _, tail = parse.split_men(t)
    if tail and parse.danger_now(tail, third_person_ok=True):
        return True
    if at_the_door_now(t) and (perpetrators or question is None or question.slot not in _WAY_IN_SLOTS):
        # No pronoun fits a known perpetrator – «kjæresten», «eksen» carry no gender, or none is named yet:
        # «han sitter i bilen utenfor senteret nå» may be them, and sitting outside or knocking is not how
        # the person herself/himself comes in (only «how did the contact come?» asks about that) – a miss
        # costs more than a false alarm
        return True
    return parse.danger_now(t, third_person_ok=question is not None and question.on_yes == ACUTE)


# Nothing known of who is who yet (the first questions): «han er på vei hit nå», «hun kommer hit nå», «he's on his
# way here now» may be the one she is afraid of – a missed 112 costs more than a false alarm. Not when the words say
# it is someone safe coming, or someone bringing her or the children (a helper, the police, the father with the
# child: nothing says he is the one she fears), or another time.
_ON_THE_WAY_NOW = (r"\b(på (vei|veg)|(kommer|kjem|kjører|køyrer|går|springer|spring) (hit|mot)|on (his|her|their) way|"
                   r"coming (here|over)|heading (here|over))\b")
# Someone safe as the one coming («politiet er på vei hit med henne», «tolken kommer nå», «kollegaen kjører henne hit»)
# – not a safe word elsewhere («han er på vei hit nå, vi har ringt politiet»); or someone bringing her or the children.
_SAFE_ONES = (r"(politi\w*|police|tolk\w*|interpreter|søster\w*|syster\w*|sister|kolleg\w*|colleague|venninne\w*|"
              r"veninne\w*|venn\w*|friend|nabo\w*|neighbou?r|barnevern\w*|legevakt\w*|nav|helsesøster\w*|"
              r"helsesykepleier\w*|helsesjukepleiar\w*|sosialarbeid\w*|taxi|drosje\w*|ambulanse\w*)")
_SAFE_COMING = (rf"\b{_SAFE_ONES}( (?!(?:han|hun|ho|hu|de|dei|og|men|he|she|they|and)\b)\w+){{0,2}}? "
                r"((er|e|is|are|s|re) (på (vei|veg)|on|coming|bringing|driving|heading)|kommer|kjem|kjører|køyrer|"
                r"følger|fylgjer|henter|brings|drives)\b",
                r"\b(på (vei|veg)|kommer|kjem|kjører|køyrer|coming|bringing|is on|are on)( \w+){0,3}? (med|with) "
                r"(henne|ho|hu|her|barna|barnet|ungene|ungen|borna|guten|jenta|babyen|the kids|the children)\b",
                r"\b(kjører|køyrer|følger|fylgjer|bringing|driving) (henne|ho|hu|her)\b",
                # the one coming has company or comes from a service: «hun kommer hit nå med en venninne», «fra
                # legevakta» (never «fra politiet»: let go from there may be the danger)
                rf"\b(på (vei|veg)|kommer|kjem|kjører|køyrer|coming|on (his|her|their) way)( \w+){{0,3}}? (med|with) "
                rf"(en |ei |ein |a |her |sin |si |the )?{_SAFE_ONES}\b",
                r"\b(på (vei|veg)|kommer|kjem|coming|on (his|her|their) way)( \w+){0,3}? (fra|frå|from) (the )?"
                r"(legevakt\w*|sykehus\w*|sjukehus\w*|hospital|nav|barnevern\w*|venninne\w*|søster\w*|syster\w*)\b")
_OTHER_TIME = (r"\b(i morgen|i morgon|i helg\w*|neste \w+|seinare|senere|etterpå|tomorrow|later|next \w+|"
               r"i (sommer|fjor|går)|forrige \w+|for \w+ \w+ siden|last \w+)\b")


# Said of the one on the way in «how did the contact come?»: where she is, or bearing down («på vei hjem», «kjører mot
# senteret»), or with the police or a weapon in the words («han er på vei hit nå, vi har ringt politiet»): not the
# person coming in.
_TO_HER = (r"\b(hjem|heim|home|mot|towards)\b",
           r"\b(politi\w*|police|112|kniv\w*|knife|våpen|vapen|weapon\w*|gun|pistol\w*|gevær\w*)\b")


# The «now» said of the coming itself: «på vei hit nå», «kommer hit no», «nå på vei», «on his way here now».
_WAY_NOW = (r"\b(på (vei|veg)|kommer|kjem|kjører|køyrer|on (his|her|their) way|coming)( \w+){0,2}? (nå|no|now)\b",
            r"\b(nå|no|now) (på (vei|veg)|kommer|kjem|kjører|køyrer|on (his|her|their) way|coming)\b")


def _pronoun_on_the_way_now(raw: str, t: str) -> bool:
    """«han er på vei hit nå» / «hun kommer hit nå» / «he's on his way here now», said before anyone is named:
    a third person on the way here now, not someone safe and not another time (see ``_ON_THE_WAY_NOW``)."""
    low = " " + " ".join(raw.lower().split()) + " "
    if not (parse.has(t, parse.NOW_WORDS) or parse.has(low, r"\b(now|right now)\b")):
        return False  # «she is on her way here» with no «now»: the person herself on her way in (round 6)
    if parse.has(t, *_SAFE_COMING) or parse.has(low, *_SAFE_COMING):
        return False
    if (parse.has(t, _OTHER_TIME) or parse.has(low, _OTHER_TIME)) and not (
            parse.has(t, *_WAY_NOW) or parse.has(low, *_WAY_NOW)):
        return False  # «han kommer kanskje hit i helgen» – but «ringte for ti minutter siden og sa at han er på
        # vei hit nå»: the other time is the call, the coming is now
    if not (parse.has(t, _ON_THE_WAY_NOW) or parse.has(low, _ON_THE_WAY_NOW)):
        return False
    return coming_now(t, pronouns=True) or coming_now(low, pronouns=True)


def _unsure(question: Question, parsed: parse.Parsed, raw: str, pending_here: bool, turn: Turn) -> Turn:
    """Read back once; a second unsure answer to the same question is stored as unknown."""
    if pending_here:
        turn.slots.update({question.slot: parse.UNKNOWN, PENDING_SLOT: None})
        turn.say(STORED_UNKNOWN)
        return turn
    said = " ".join(raw.split())[:60]
    turn.slots.update({question.slot: None, PENDING_SLOT: {"slot": question.slot, "lean": parsed.value}})
    turn.say(parsed.prompt or UNSURE.format(said=said))
    return turn


def _answer(dialogue: Dialogue, question: Question, value: Any, raw: str, slots: Mapping[str, Any], turn: Turn,
            acute: bool, case_exists: Callable[[str], bool] | None) -> Turn:
    if question.kind == CASE and value != NEW_CASE and case_exists is not None and not case_exists(value):
        turn.slots[question.slot] = None
        turn.say(f"Jeg finner ingen sak {value}. Skriv et annet saksnummer, eller «ny sak».")
        return turn
    turn.slots[question.slot] = value
    if question.also:
        prefilled = question.also(raw, value, dialogue.context({**slots, **turn.slots}))
        # a later answer given in passing fills an open question only – it never overwrites one
        turn.slots.update({k: v for k, v in prefilled.items() if slots.get(k) is None or k == question.slot})
    # later yes/no facts and numbers said in passing («to, og de var hjemme da han slo»): filled, said in one line
    now = {**slots, **turn.slots}
    passed = passing.later_answers(dialogue, question, raw, now, dialogue.context(now))
    if passed:
        turn.slots.update(passed)
        line = passing.noted_line(dialogue, passed)
        if line:
            turn.say(line)
    if value is True and question.on_yes == ACUTE and not acute:
        turn.replies.append(acute_reply(_corpus()))
    elif value is True and question.on_yes:
        entry = _corpus().entry(question.on_yes)
        if entry:
            reply = entry_reply(entry, score=1.0)
            reply.text = f"Fra veilederen – {entry.title}:\n" + (reply.text or "")
            turn.replies.append(reply)
    if question.kind != CONFIRM and question_shaped(raw) and len(raw.split()) >= 5 and not acute and (
            question.kind != FREE or ends_with_a_question(raw)):
        reply = respond(raw)  # an answer that is also a question: store it, and answer from the guide
        if reply.custom and reply.custom.get("sources"):
            turn.guide_reply = reply
            turn.replies.append(reply)
    if question.note:
        note = question.note({**slots, **turn.slots})
        if note:
            turn.say(note)
    return turn


def _cancel_confirmation(dialogue: Dialogue, raw: str, turn: Turn) -> Turn:
    button = parse.button_value(raw)
    answer = parse.yes_no(parse.norm(button if button is not None else raw))
    if answer.value is True or command_of(raw) == CANCEL_CMD:
        turn.slots.update({CONTROL_SLOT: CANCEL, CANCEL_CONFIRM_SLOT: True})
    elif answer.value is False or command_of(raw) == RESUME_CMD:
        turn.slots.update({CONTROL_SLOT: None, CANCEL_CONFIRM_SLOT: None})
        turn.say("Greit, vi fortsetter der vi var.")
    else:
        turn.slots[CANCEL_CONFIRM_SLOT] = None
        turn.say(f"Svar «ja» for å avbryte {dialogue.title} og forkaste svarene, eller «nei» for å fortsette.")
    return turn


def _command(dialogue: Dialogue, question: Question, command: str, raw: str, slots: Mapping[str, Any],
             turn: Turn) -> Turn:
    turn.slots[question.slot] = None
    values = dialogue.values_of(slots)
    if command == CANCEL_CMD:
        if values:
            turn.slots[CONTROL_SLOT] = CANCEL_PENDING
        else:
            turn.slots[CONTROL_SLOT] = CANCEL  # nothing to lose: no need to ask
    elif command == PAUSE_CMD:
        turn.slots[CONTROL_SLOT] = PAUSE
    elif command == WHY_CMD:
        turn.replies.append(why_reply(question))
    elif command == MENU_CMD:
        reply = menu_reply(_corpus())
        reply.text = (reply.text or "") + f" (Vi er fortsatt i {dialogue.title}; spørsmålet står under.)"
        turn.replies.append(reply)
    elif command == HELP_CMD:
        turn.say("Svar med egne ord eller knappene. «vet ikke», «vil ikke svare» og «hopp over» går også. "
                 "Ellers: «hvorfor spør vi om dette?», «endre <svar>», «pause», «avbryt», «meny», eller still et "
                 "spørsmål om veilederen. Er noen i fare nå: ring 112.")
    elif command == RESUME_CMD:
        turn.say(f"Vi er allerede i gang med {dialogue.title}.")
    elif command == START_CMD:
        turn.say(f"Vi er midt i {dialogue.title}. Skriv «pause» for å fortsette senere, eller «avbryt».")
    elif command == CHANGE_CMD:
        _change(dialogue, question, raw, slots, values, turn)
    return turn


def _corrected(dialogue: Dialogue, question: Question, fix: correction.Fix, turn: Turn) -> Turn:
    """«nei vent, det er eksen, ikke mannen» while the next question is asked: the previous answer is replaced,
    said back in one line, and the question on the screen is asked again (the form asks it: its slot stays empty;
    if the new answer means it no longer applies, ``advance`` moves on)."""
    target = dialogue.by_slot[fix.slot]
    turn.slots.update({fix.slot: fix.value, question.slot: None, dialogue.confirm.slot: None})
    turn.say(f"Rettet «{target.label.lower()}» til «{target.show(fix.value)}».")
    return turn


_INLINE_VALUE = re.compile(r"(?:\s+til\s+|:\s*|\s+=\s*)(.+)$", re.S)


def _change(dialogue: Dialogue, question: Question, raw: str, slots: Mapping[str, Any],
            values: Mapping[str, Any], turn: Turn) -> None:
    """«endre våpen» clears that answer (and what depends on it) so the form asks it next;
    «endre antall barn til 3» stores the new answer at once and goes on where we were."""
    target = dialogue.slot_to_change(raw)
    if target is None or (target not in values and target != question.slot):
        done = ", ".join(f"«{dialogue.by_slot[s].label.lower()}»" for s in values) or "ingen ennå"
        example = dialogue.by_slot[list(values)[-1]] if values else question
        turn.say(f"Hva vil du endre? Besvart: {done}. Skriv f.eks. «endre {example.label.lower()}».")
        return
    target_q = dialogue.by_slot[target]
    # Answers that depend on the changed one are kept: a question that no longer applies is left out of the
    # summary and the record (``Dialogue.applies``); one that still applies keeps its answer («endre antall
    # barn til 3» does not forget where the children are).
    cleared = {target: None, dialogue.confirm.slot: None}
    inline = _INLINE_VALUE.search(raw)
    new = target_q.read(inline.group(1), dialogue.context(values)) if inline else parse.FAIL
    turn.slots.update(cleared)
    if new.ok and not new.unsure and inline is not None:
        turn.slots[target] = new.value
        prefilled = target_q.also(inline.group(1), new.value, dialogue.context(values)) if target_q.also else {}
        turn.say(f"Endret «{target_q.label.lower()}» til «{target_q.show(new.value)}».")
        if question.slot != target and question.slot not in cleared and question.slot not in prefilled:
            turn.slots[question.slot] = None
        # what the correction says in passing («endre antall barn til 2, de er hos faren») is stored too – also when
        # it answers the question we were on (that one is asked again only when nothing answered it)
        turn.slots.update(prefilled)
        return
    turn.say(f"Greit, vi endrer «{target_q.label.lower()}».")


