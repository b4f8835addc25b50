"""One schema per dialogue: every question defined once, read by everything that needs it.

A ``Question`` holds its slot, its record key, the question text and buttons, the codes with
labels and the phrases that map to them, what it depends on, why we ask, the guide source, the
topic of the guide's form it asks (or, for a question beyond the form, where it comes from). The
parsers, the form validation, ``required_slots``, the summary, the journal note, the botctl labels,
the notes for the transcript writers and the generated parts of ``domain.yml``
(``python -m bot.dialogue.domain_yaml``) all read it, so nothing can disagree between places.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.case_words import ref_in_message
from bot.dialogue import parse, persons
from bot.dialogue.parse import FAIL, UNANSWERED, UNANSWERED_LABELS, UNKNOWN, Parsed
from bot.storage.vocab import MAX_DETAIL_TEXT_LEN, MAX_LANGUAGE_LEN
from bot.text.regex import compiled

YES_NO = "yes_no"      # True / False
CHOICE = "choice"      # one code
MULTI = "multi"        # a list of codes
COUNT = "count"        # a whole number
TEXT = "text"          # a short free value (a language)
FREE = "free"          # an open question: the answer in the staff member's words (masked, encrypted)
CONFIRM = "confirm"    # the «ja, lagre» at the end (no unknown / skip)
CASE = "case"          # a case ref or «ny sak»
KIND_NAMES = {YES_NO: "ja/nei", CHOICE: "ett valg", MULTI: "liste", COUNT: "antall", TEXT: "kort tekst",
              FREE: "fritekst", CONFIRM: "bekreftelse", CASE: "saksnummer"}

CONTROL_SLOT = "dialogue_control"            # None, or one of the three below
CANCEL_CONFIRM_SLOT = "dialogue_cancel_confirm"
PENDING_SLOT = "dialogue_pending"            # an unsure answer being confirmed: {"slot": …, "lean": …}
CANCEL_PENDING, CANCEL, PAUSE = "cancel_pending", "cancel", "pause"
NEW_CASE = "ny"  # the CASE answer «ny sak»: the mapping gets a case of its own
MAX_TEXT = MAX_LANGUAGE_LEN  # longest TEXT answer (a language name) the record holds
MAX_FREE = MAX_DETAIL_TEXT_LEN  # longest open answer the record holds
FREE_META_WORDS = 7  # an open answer this short may be «vet ikke» / «vil ikke si noe om det»; longer is text
ACUTE = "acute"  # ``Question.on_yes``: a yes means someone is in danger now
SAME = "samme"   # the answer «samme som over» to the perpetrator question

# «Utenfor veilederen» sources for the questions beyond the guide's form (issue 16).
DA_SOURCE = "Danger Assessment (J. C. Campbell, Johns Hopkins), https://www.dangerassessment.org/"
DASH_SOURCE = ("SafeLives' Dash risk checklist, "
               "https://safelives.org.uk/practice-support/resources-identifying-risk-victims-face")

Context = Mapping[str, Any]
Reader = Callable[[str, Context], Parsed]


def inform(code: object) -> str:
    """The button payload for an answer code (read back exactly by ``parse.button_value``)."""
    value = {True: "ja", False: "nei"}.get(code, code) if isinstance(code, bool) else code
    return "/inform" + json.dumps({"answer": value}, ensure_ascii=False)


@dataclass(frozen=True)
class Choice:
    """One answer code: its label for people and the phrases (regular expressions) that mean it."""

    code: Any
    label: str
    phrases: tuple[str, ...] = ()
    button: str | None = None  # the button title; None = no button for this code


def yes(*phrases: str, button: bool = True) -> Choice:
    return Choice(True, "ja", phrases, "Ja" if button else None)


def no(*phrases: str, button: bool = True) -> Choice:
    return Choice(False, "nei", phrases, "Nei" if button else None)


@dataclass(frozen=True)
class Question:
    slot: str
    key: str                 # key in the stored record (CONTRACTS.md §4, or a new key beside them)
    label: str               # short label: summary, journal note, botctl
    text: str                # the question as asked (``utter_ask_<slot>``); says what it is about
    kind: str
    reason: str              # «hvorfor spør vi om dette?»
    source_id: str           # guide subsection (toc.yml id) the question comes from
    hint: str                # shown when the answer could not be read
    choices: tuple[Choice, ...] = ()
    parser: Reader | None = None  # reads a normalised text with the answers so far; default from ``kind``
    ask_if: Callable[[Context], bool] | None = None  # None = always asked
    depends_on: tuple[str, ...] = ()     # slots whose answers decide ``ask_if`` (cleared together)
    change_words: tuple[str, ...] = ()   # «endre <word>» finds this question
    also: Callable[[str, Any, Context], dict[str, Any]] | None = None  # later slots read from the same text
    part: str = ""                       # heading in the summary («Innledende del» …)
    unknown_button: bool = True          # offer «Vet ikke» as a button
    ask_action: bool = False             # asked by ``action_ask_<slot>`` (dynamic text), not a response
    on_yes: str | None = None            # after a yes: ACUTE (the 112 reply) or a guide entry id to show
    note: Callable[[Context], str | None] | None = None  # a remark after the answer is stored
    form_topic: str = ""     # the topic of the guide's form (or first-contact list) this question asks
    outside: str = ""        # a question beyond the guide's form: «Utenfor veilederen: … (kilde: …)»
    knowledge: str = ""      # «does X know?»: who X is («perpetrator», «police», «family»)
    risk: bool = False       # an answer the threat picture rests on (counts towards «uklart trusselbilde»)
    extra_buttons: tuple[tuple[str, str], ...] = ()  # (title, answer code) shown before «Vet ikke»
    when: str = ""           # when it is asked, in plain words (for ``ask_if``); "" = always
    prefilled_by: str = ""   # which earlier answer may fill it in passing (then it is not asked)
    stores: str = ""         # what the record holds, when it is not simply the codes below (for the notes)
    wont_is_no: bool = False  # «Vil …?» / «Samtykker …?»: a bare «vil ikke» answers no, it is no refusal
    describes: bool = False   # answers describe fears or habits («at han står utenfor døra»): 112 only with a «nå»
    typo_words: tuple[str, ...] = ()  # whole words a typo is corrected towards, beside the patterns' words
    about_person: bool = False  # asks about her/him (pets, shelter before), not the perpetrator: see ``_others_tail``

    # -- reading an answer ------------------------------------------------------------------------

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        """Words the answer patterns are made of (what a typo is corrected towards)."""
        words = {w for c in self.choices for p in c.phrases for w in compiled(r"[a-zæøå]{4,}").findall(p)}
        # the choices' own words too («muntig» → «muntlig», whose pattern is only the stem «muntl»)
        words |= {w for c in self.choices for w in compiled(r"[a-zæøå]{4,}").findall(f"{c.label} {c.button or ''}".lower())}
        return frozenset(words | set(self.typo_words))

    def by_code(self, code: Any) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)

    def read(self, text: str, ctx: Context | None = None) -> Parsed:
        """The answer in ``text`` to this question, or FAIL (see ``bot.dialogue.parse``).

        ``ctx``: the answers so far, so a later answer is read against who the perpetrator is.
        """
        ctx = ctx or {}
        raw = text.strip()
        if not raw:
            return FAIL
        button = parse.button_value(raw)
        if button is not None:
            return self._read_button(button, ctx)
        if parse.is_payload(raw):
            return FAIL
        t = parse.norm(raw)
        if self.kind == FREE:
            return self._read_free(raw, t)
        if self.kind not in (CONFIRM, CASE):
            t = parse.corrected(t)  # «telefon, nei vent, hun kom hit selv»: the answer after the correction
        if self.kind == MULTI:
            t = parse.list_corrected(t)  # «husrom, nei bare samtaler»
        if self.kind != CONFIRM and parse.contradictory(t):
            return FAIL
        if self.kind in (CHOICE, MULTI, COUNT, TEXT):
            # A refusal or «vet ikke» wins («det vil hun ikke snakke om» is no request for talks), unless
            # a real answer comes first and the doubt only after it («mannen, vet ikke om flere»).
            head = compiled(r"\bmen\b|,").split(t, maxsplit=1)[0] + " "
            meta = parse.declined_or_unknown(t)
            if meta.ok and (head == t or parse.declined_or_unknown(head).ok or not self._read(head, ctx).ok):
                return meta
        return self._read(t, ctx)

    @functools.cached_property
    def asks_ever(self) -> bool:
        """A question about ever, not only now («Har hun vært redd for sitt eget liv?», «… før eller nå?»):
        there «ikke nå, men før» is a yes. Not one that asks about now or lately («… nå?», «den siste tiden»)."""
        text = self.text.lower()
        if compiled(r"\b(nå|akkurat nå|siste tiden|i det siste|nylig)\b").search(text) and not compiled(
                r"\b(før eller nå|nå eller tidligere)\b").search(text):
            return False
        # «Har hun vært …», «Har utøveren truet …» (a perfect: ever) – not «Har hun dyr?», «Har utøveren tilgang
        # til våpen?» (having something now)
        return bool(compiled(r"(utenfor veilederens skjema \(da/dash\): )?har \S+ (nylig |noen gang )?\w+[td]\b")
                    .match(text)) or bool(compiled(r"\b(før|tidligere)\b").search(text))

    @functools.cached_property
    def asks_this_moment(self) -> bool:
        """«Er noen i akutt fare akkurat nå?», «Er noen av barna hos utøveren nå?»: this very moment, so «mange
        ganger» or «av og til» tells how often, not what is so now (no yes); not «før eller nå»."""
        return self.kind == YES_NO and self.asks_now and bool(compiled(r"\b(akkurat )?nå\?? *$").search(self.text.lower()))

    @functools.cached_property
    def asks_now(self) -> bool:
        """A question about what is so now – «Har hun dyr?», «Har utøveren tilgang til våpen?», «… nå?» – where
        «nei, men hun hadde katt før» tells what was, not what is (the no stands)."""
        text = self.text.lower()
        if compiled(r"\b(før eller nå|nå eller tidligere|før|tidligere)\b").search(text) or self.asks_ever:
            return False
        return bool(compiled(r"\b(nå|akkurat nå)\b").search(text) or compiled(
            r"(utenfor veilederens skjema \(da/dash\): )?har \S+ (?!nylig\b|noen gang\b)\w+\b").match(text))

    @functools.cached_property
    def about_children(self) -> bool:
        """The question asks what the children have seen or lived through («Hva har barna opplevd …?»): a «men»
        tail about a neighbour or another adult («nei, men naboen har sett det») does not answer it."""
        return bool(compiled(r"\bbarna\b").search(self.text.lower())) and not self.about_perpetrator

    @functools.cached_property
    def asks_access(self) -> bool:
        """«Har utøveren tilgang til våpen?»: what someone else in the house has («nei, men han har kniver», the
        mother feared) may still be within the perpetrator's reach – that tail is read whole."""
        return bool(compiled(r"\btilgang\b").search(self.text.lower()))

    @functools.cached_property
    def about_perpetrator(self) -> bool:
        """The question asks what the perpetrator has or does («Har utøveren tilgang til våpen?», «Er utøveren
        ruset …?»): a «men» tail about the person herself («nei, men hun har en katt selv») does not answer it."""
        return bool(compiled(r"(utenfor veilederens skjema \(da/dash\): )?(har|er|forfølger[\w, ]*?) utøveren\b")
                    .match(self.text.lower()))

    @functools.cached_property
    def _own_words(self) -> frozenset[str]:
        """The question's own words and its answer words: what an echo before «ja»/«nei» is made of."""
        words = set(compiled(r"[a-zæøå]{3,}").findall(self.text.lower())) | set(self.vocabulary)
        return frozenset(words - _NOT_AN_ECHO)

    def _is_own_word(self, word: str) -> bool:
        """«politi» for «politiet», «kontroll» for «kontrollen»: the question's word, inflected or not."""
        return word in self._own_words or len(word) >= 4 and any(
            w.startswith(word) or word.startswith(w) for w in self._own_words if len(w) >= 4)

    def _without_echo(self, t: str) -> str:
        """«politiet? nei», «dyr? nei ingen», «kvelertak nei, men han har slått»: one or two of the question's own
        words said back before a plain «ja»/«nei» – the answer is what follows, not the echoed word."""
        match = _ECHO.match(t)
        if match is None or not all(self._is_own_word(w) for w in match.group("echo").split()):
            return t
        return " " + t[match.end():]

    @functools.cached_property
    def _choice_names(self) -> frozenset[str]:
        """The words of the choices' labels («fysisk», «økonomisk»): what a slip in a list is corrected towards."""
        return frozenset(w for c in self.choices for w in compiled(r"[^\W\d_]+").findall(c.label.lower()) if len(w) >= 5)

    def _read(self, t: str, ctx: Context) -> Parsed:
        parsed = self._read_text(t, ctx)
        if not parsed.ok and self.kind not in (CONFIRM, CASE):
            fixed = parse.fix_typos(t, self.vocabulary)
            if fixed != t:
                return self._read_text(fixed, ctx)
        elif self.kind == MULTI and self.parser is None and isinstance(parsed.value, list) and not parsed.unsure:
            # a list read in part: «psyksik og fysisk, han kontrolerer pengene» – a slip in an item's own name
            # must not drop it because another item was read. Only the choices' names are corrected here
            # (the whole vocabulary would turn a real word into another: «håret» → «hånet»)
            fixed = parse.fix_typos(t, self._choice_names)
            more = self._read_text(fixed, ctx) if fixed != t else FAIL
            if more.ok and isinstance(more.value, list) and not more.unsure:
                return Parsed(True, [*parsed.value, *(v for v in more.value if v not in parsed.value)])
        return parsed

    def _read_free(self, raw: str, t: str) -> Parsed:
        if not compiled(r"[^\W\d_]").search(raw):
            return FAIL  # emoji, digits or punctuation only
        if parse.word_count(t) <= FREE_META_WORDS:
            meta = parse.declined_or_unknown(t, free=True)
            if meta.ok:
                return meta
        if len(raw) > MAX_FREE:
            return FAIL
        return Parsed(True, " ".join(raw.split()))

    def _read_button(self, value: str, ctx: Context) -> Parsed:
        if value in UNANSWERED and self.kind not in (CONFIRM, CASE):
            return Parsed(True, value)
        if self.kind == YES_NO:
            return {"ja": Parsed(True, True), "nei": Parsed(True, False)}.get(value, FAIL)
        if self.kind in (CHOICE, MULTI):
            if self.parser is not None:  # a question with its own button codes («alt», «ingen», «samme»)
                return self.parser(f" {value} ", ctx)
            if self.by_code(value) is None:
                return FAIL
            return Parsed(True, [value] if self.kind == MULTI else value)
        if self.kind == COUNT:
            return Parsed(True, int(value)) if value.isdigit() else FAIL
        if self.kind == CONFIRM:
            return Parsed(True, True) if value in ("ja", "lagre") else FAIL
        return self._read_text(parse.norm(value), ctx)

    def _read_text(self, t: str, ctx: Context) -> Parsed:
        if self.kind == YES_NO:
            t = parse.answer_before_no_more(t)  # «ja, og hun vil ikke si mer»: the yes stands (own readers too)
        if self.parser is not None:
            return self.parser(t, ctx)
        if self.kind == YES_NO:
            t = self._without_echo(t)  # «politiet? nei», «kvelertak nei, men …»: the question's word, then the answer
            yes_c, no_c = self.by_code(True), self.by_code(False)
            yes_p, no_p = (yes_c.phrases if yes_c else ()), (no_c.phrases if no_c else ())
            if self.knowledge:
                known = knowledge_answer(t, self.knowledge, ctx.get("__perpetrators__") or [],
                                         ctx.get("__person_gender__"))
                if known.ok:
                    return known
                if parse.first_word(t) in ("ja", "nei") and compiled(_THEIR_BELIEF).search(t) and \
                        parse.belief_gives_a_reason(t, yes_p, no_p):
                    # «nei, han tror hun er hos søsteren»: what someone else believes, not a doubt about the answer
                    # (but «nei, men hun tror han har funnet det ut» believes the question's own thing: doubt)
                    return Parsed(True, parse.first_word(t) == "ja")
            whole = parse.read_yes_no(t, yes_p, no_p, vil_question=self.wont_is_no,
                                      told_is_answer=bool(self.knowledge), ever_question=self.asks_ever,
                                      now_question=self.asks_now, this_moment=self.asks_this_moment)
            if (self.about_person or self.about_perpetrator or self.about_children) and whole.ok and \
                    whole.value is True:
                # a yes that comes only from a «men» tail about someone else: «nei, men han har hund»
                head = _without_others_tail(t, ctx.get("__perpetrators__") or [], about_person=self.about_person,
                                            about_children=self.about_children,
                                            person_gender=ctx.get("__person_gender__"), access=self.asks_access)
                if head == OTHERS_AMBIGUOUS:
                    return Parsed(True, False, unsure=True)  # not known whether «han» is the one asked about
                if head != t:
                    return parse.read_yes_no(head, yes_p, no_p, vil_question=self.wont_is_no,
                                             told_is_answer=bool(self.knowledge), ever_question=self.asks_ever,
                                             now_question=self.asks_now, this_moment=self.asks_this_moment)
            return whole
        stored = t.strip()
        if self.kind == CHOICE:
            if self.by_code(stored) is not None:  # a stored code (a resumed draft) reads as itself
                return Parsed(True, stored)
            return parse.one_of(t, [(c.code, c.phrases) for c in self.choices])
        if self.kind == MULTI:
            return parse.all_of(t, [(c.code, c.phrases) for c in self.choices])
        if self.kind == CONFIRM:
            return parse.confirm(t)
        return FAIL

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` can stand as this question's stored answer. Values that did not come
        through ``read`` (a resumed draft, a slot set by a hand-typed payload) are checked with this
        before the form takes them, so nothing the record cannot hold reaches the save."""
        if value is None:
            return True
        if isinstance(value, str) and value in UNANSWERED:
            return self.kind not in (CONFIRM, CASE)
        codes = {c.code for c in self.choices}
        if self.kind in (YES_NO, CONFIRM):
            return isinstance(value, bool)
        if self.kind == CHOICE:
            return isinstance(value, str) and value in codes
        if self.kind == MULTI:
            return isinstance(value, list) and all(isinstance(v, str) and v in codes for v in value)
        if self.kind == COUNT:
            return isinstance(value, int) and not isinstance(value, bool) and value >= 0
        if self.kind == CASE:
            return isinstance(value, str) and (value == NEW_CASE or ref_in_message(value) == value)
        if self.kind == FREE:
            return isinstance(value, str) and 0 < len(value) <= MAX_FREE
        return isinstance(value, str) and 0 < len(value) <= MAX_TEXT  # TEXT

    # -- showing an answer ------------------------------------------------------------------------

    def show(self, value: Any, limit: int | None = 80) -> str:
        """A stored value in words («ja», «tidligere partner», «ukjent»)."""
        if value is None:
            return "–"
        if isinstance(value, str) and value in UNANSWERED:
            return UNANSWERED_LABELS[value]
        if isinstance(value, bool):
            return "ja" if value else "nei"
        if isinstance(value, list):
            return ", ".join(self._label(v) for v in value) or "ingen"
        if self.kind == FREE and isinstance(value, str):
            return f"«{value[:limit]}…»" if limit and len(value) > limit else f"«{value}»"
        return self._label(value)

    def _label(self, code: Any) -> str:
        choice = self.by_code(code)
        return choice.label if choice else str(code)

    def buttons(self) -> list[dict[str, str]]:
        """The buttons under the question (generated into ``domain.yml``)."""
        out = [{"title": c.button, "payload": inform(c.code)} for c in self.choices if c.button]
        out += [{"title": title, "payload": inform(code)} for title, code in self.extra_buttons]
        if self.kind in (YES_NO, CHOICE, MULTI) and self.unknown_button:
            out.append({"title": "Vet ikke", "payload": inform(parse.UNKNOWN)})
        return out


# --- a «men» tail about someone else -------------------------------------------------------------

_TAIL_SUBJECT = re.compile(r"^\s*(?P<who>(\w+ ){1,3}?)(har|hadde|er|var|eier|eig|eiger|vil|ville|skal|trenger|treng)\b")
# «politiet? nei», «kvelertak nei»: words said back before a plain answer (see ``Question._without_echo``) – not
# before «no» (nynorsk «now»: «fare no»)
_ECHO = re.compile(r"^ (?P<echo>[a-zæøå]+(?: [a-zæøå]+)?) (?:[?:,.] )?(?=(?:nei|ja|jo|nope)\b)")
_NOT_AN_ECHO = frozenset({"ikke", "ikkje", "aldri", "ingen", "han", "hun", "det", "har", "hun/han", "henne", "ham",
                          "men", "tror", "vet", "veit", "nok", "kanskje"})
OTHERS_AMBIGUOUS = " \x00 "  # a tail whose «han»/«hun» may or may not be the one asked about
_HERS = r"\b(hennes|hennar|deres|dykkar|sin|sitt|sine|felles)\b"
# a genitive before a noun: «naboens katt», «eksens hund», «hans hund» – someone else's
_SOMEONE_ELSES = r"\b(\w{3,}(ens|ets)|hans|hass) [a-zæøå]{3,}"
_SELF_WORDS = r"(?<!\bseg )\b(selv|sjølv|sjøl)\b"  # «hun har en katt selv» – not «truet med å drepe seg selv»


# After the subject of a «men» tail, anyone else it speaks of («… anmeldt ham», «… hans hund», «… utøveren»): then
# the tail may still answer the question about the perpetrator.
_ANYONE_ELSE = (r"\b(han|ham|hun|henne|ho|hans|hennes|hennar|hass|de|dem|dei|deira|deres|utøver\w*)\b")


def _without_others_tail(t: str, perpetrators: list[str], *, about_person: bool, about_children: bool = False,
                         person_gender: str | None = None, access: bool = False) -> str:
    """After a plain no, a «men» tail whose subject is someone else than the one the question asks about says
    what that one has – the no stands, so the tail is dropped:
    - «has she/he pets?»: «nei, men samboeren har en katt», «nei, men han har hund» when «han» can only be the
      perpetrator, or when the answers so far say the person is «hun» («han dyttet henne»; an open «han»/«hun»
      is otherwise read as the person: «nei, men ho har ein katt heime» is a yes);
    - «have the children seen it?»: «nei, men naboen har sett det» (a named adult, not a child);
    - «has the perpetrator animals / weapons?»: «nei, men hun har en katt selv» (herself: the person). A «selv»
      whose pronoun may be either gives ``OTHERS_AMBIGUOUS`` (the no is read back once).
    Any other answer is left whole."""
    head, tail = parse.split_men(t)
    if tail is None:
        return t
    if about_person and parse.has(tail, _SOMEONE_ELSES) and not parse.has(tail, _HERS):
        said = parse.read_clause_yes_no(head, (), ())
        if said.ok and not said.unsure and said.value is False:
            return head  # «nei, men hun passer naboens katt»: the neighbour's cat, not hers
    subject = _TAIL_SUBJECT.match(tail)
    if subject is None:
        return t
    who = subject.group("who").strip()
    if parse.has(tail[subject.end():], _HERS):
        return t  # «eksen har hunden deres»: theirs, or hers, is with that person
    said = parse.read_clause_yes_no(head, (), ())
    if not (said.ok and not said.unsure and said.value is False):
        return t
    if about_children:
        named = persons.read_persons(f" {who} ")
        return head if named and not set(named) & {"sonn", "datter", "barn"} else t
    if who in ("han", "ham", "hun", "ho", "hu"):
        is_perpetrator = persons.pronoun_is_perpetrator(who, perpetrators)
        if about_person:  # «han» who can only be the perpetrator or is not the person; else the person (as before)
            not_the_person = person_gender is not None and persons.pronoun_gender(who) not in (None, person_gender)
            return head if is_perpetrator == persons.YES or not_the_person else t
        if not parse.has(tail, _SELF_WORDS):
            if not access and not parse.has(tail[subject.end():], _ANYONE_ELSE):
                if is_perpetrator == persons.NO:
                    return head  # «nei, men hun har en katt» (he is the perpetrator): hers, not his – the no stands
                if is_perpetrator == persons.YES and person_gender is not None and \
                        persons.pronoun_gender(who) == person_gender:
                    # the mother feared, «mora slo henne» said, and «nei, men hun har en katt»: the tail may be the
                    # person's – read back once rather than turned into a yes
                    return OTHERS_AMBIGUOUS
            return t  # «nei, men hun har anmeldt ham»: what she did may answer a question about him
        if is_perpetrator == persons.AMBIGUOUS:
            return OTHERS_AMBIGUOUS  # «nei, men hun har en katt selv», not known whether «hun» is the perpetrator
        return head if is_perpetrator == persons.NO else t
    named = persons.read_persons(f" {who} ")
    if not named:
        return t
    return head if about_person else t  # another named person's weapons may still be the perpetrator's to reach


# --- «does X know?» -----------------------------------------------------------------------------

_KNOWER_PERPETRATOR = (r"utøver\w*|de|dei|eksen|eksmannen|ekskona|mannen|kona|faren|moren|broren|brødrene|familien|"
                       r"samboeren|kjæresten|svigerfamilien|onkelen|partneren|sønnen|datteren")
_KNOWER_POLICE = r"politiet|de|dei|politi"
_KNOWER_FAMILY = (r"familien|de|dei|foreldrene|faren|moren|broren|brødrene|søsteren|onkelen|tanten|slekta|"
                  r"svigerfamilien|storfamilien")
_SELF = r"jeg|vi|brukeren|personen|beboeren|kvinnen|den utsatte"
_THEIR_BELIEF = r"\b(?!(?:jeg|eg|vi)\b)\w+ (tror|trur|trodde|trudde) (at )?(hun|ho|han|ham|de|dei|hu)\b"
# main clause «han vet ikke», inverted «vet han ikke», and reported (subordinate) order «hun sier han ikke vet»
_NO_KNOWING = re.compile(r"\b(?:(?P<s1>\w+) (?:vet|veit|visste|kjenner) (?:ikke|ikkje)|(?:vet|veit) (?P<s2>\w+) "
                         r"(?:ikke|ikkje)|"
                         r"(?:(?P<r3>\w+) )?(?:sier|seier|sa|sei) (?P<s3>\w+) (?:ikke|ikkje) (?:vet|veit|visste))"
                         r"(?P<rest>.*)$")
WHO_PROMPT = ("Jeg kan ikke se om «{who}» er utøveren eller personen selv. Svar på spørsmålet med «ja», «nei» "
              "eller «vet ikke»:")


def knowledge_answer(t: str, knower: str, perpetrators: list[str], person_gender: str | None = None) -> Parsed:
    """«han vet ikke at hun er her» to «does the perpetrator know?» is a no; «hun vet ikke» (the
    person herself does not know) is unknown; «vet ikke om han vet» is unknown. FAIL when the text
    has no «X vet ikke» in it (read as any yes/no answer then). ``person_gender``: when the answers said the
    person is «hun» and the perpetrator is a woman too, «hun vet ikke» may be either – read back once."""
    # «han aner ikke», «han har ingen anelse», «he has no idea»: the same as «han vet ikke»
    t = compiled(r"\b(\w+) (aner|anar) (ikke|ikkje)\b|\b(\w+) har (ingen|null|ikke|ikkje|ikke noen|ikkje noka) "
                 r"(anelse|peiling|aning)\b").sub(
        lambda m: f"{m.group(1) or m.group(4)} vet ikke", t)
    if parse.AS_FAR_AS_KNOWN.search(t):
        return FAIL  # «så vidt hun vet ikke»: a hedged no, read back (``parse.hedge``) – not who does not know
    match = _NO_KNOWING.search(t)
    if not match:
        return FAIL
    subject = match.group("s1") or match.group("s2") or match.group("s3") or ""
    rest = match.group("rest")
    if match.group("s3") and match.group("r3") == subject:
        return Parsed(True, UNKNOWN)  # «hun sier hun ikke vet»: the person herself does not know
    if subject in ("", "det", "jo", "bare", "nei", "ja") or compiled(_SELF).fullmatch(subject):
        return Parsed(True, UNKNOWN)
    if compiled(r"^ om (han|hun|ho|de|dei|den|det (er|var|har)|politiet|familien|utøver\w*|mannen|eksen|noen)\b").match(
            rest):  # «… vet ikke om han har …»: whether
        return Parsed(True, UNKNOWN)
    group = {"perpetrator": _KNOWER_PERPETRATOR, "police": _KNOWER_POLICE, "family": _KNOWER_FAMILY}[knower]
    named = persons.read_persons(f" {subject} ")
    if knower == "perpetrator" and named and subject not in ("de", "dei"):
        if not perpetrators or set(named) & set(perpetrators) or persons.family_is_the_perpetrators(subject, perpetrators):
            return Parsed(True, False)
        return Parsed(True, UNKNOWN)  # someone who is not the perpetrator does not know
    if compiled(group).fullmatch(subject) or (knower == "family" and named):
        return Parsed(True, False)
    if subject in ("han", "ham", "hun", "ho", "hu"):
        if knower == "police":
            return Parsed(True, UNKNOWN)
        other = {"han": r"\b(hun|henne|ho)\b", "ham": r"\b(hun|henne|ho)\b"}.get(subject, r"\b(han|ham)\b")
        who = persons.pronoun_is_perpetrator(subject, perpetrators)
        if compiled(other).search(rest) or parse.first_word(t) == "nei" and who != persons.NO:
            # «han vet ikke hvor hun er»: the person is «hun», so «han» is not. A leading «nei» says no – unless
            # the pronoun cannot be the perpetrator («nei, det vet hun ikke» when he is: she does not know)
            return Parsed(True, False)
        if who == persons.YES and person_gender is not None and persons.pronoun_gender(subject) == person_gender:
            # the mother feared and «mora slo henne»: «hun vet ikke» may be either of them – asked once
            return Parsed(True, False, unsure=True, prompt=WHO_PROMPT.format(who=subject))
        if who == persons.YES:
            return Parsed(True, False)
        if who == persons.NO:
            return Parsed(True, UNKNOWN)
        return Parsed(True, False, unsure=True, prompt=WHO_PROMPT.format(who=subject))
    return FAIL


def answered(value: Any) -> bool:
    """A real answer (not unknown, declined or skipped)."""
    return value is not None and not (isinstance(value, str) and value in UNANSWERED)


def unresolved(value: Any) -> bool:
    """Asked, and the answer was unknown, declined or skipped."""
    return isinstance(value, str) and value in UNANSWERED


def record_value(value: Any) -> Any:
    """What goes into the record: unknown, declined and skipped are null (CONTRACTS.md §4)."""
    return value if answered(value) else None


def count_or_unknown(values: Context, slot: str) -> bool:
    """Children follow-ups: asked when there are children *or* the number is not known – an unknown
    never skips a follow-up that could reveal risk (issue 14)."""
    n = values.get(slot)
    if isinstance(n, int) and not isinstance(n, bool):
        return n > 0
    return unresolved(n)


@dataclass(frozen=True)
class Dialogue:
    name: str            # «triage», «safety_mapping» (drafts, logs)
    form: str            # the Rasa form
    title: str           # «første henvendelse» – in messages
    questions: tuple[Question, ...]
    confirm: Question
    perpetrator_slots: tuple[str, ...] = ()  # answers naming the perpetrator(s), for later readings
    by_slot: dict[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_slot", {q.slot: q for q in (*self.questions, self.confirm)})

    @property
    def slots(self) -> tuple[str, ...]:
        return tuple(q.slot for q in self.questions)

    @property
    def all_slots(self) -> tuple[str, ...]:
        return (*self.slots, self.confirm.slot)

    def context(self, values: Context) -> dict[str, Any]:
        """The answers so far, with the person codes named as perpetrator or feared."""
        return {**values, "__perpetrators__": persons.known_perpetrators(values, self.perpetrator_slots),
                "__person_gender__": persons.person_gender(values)}

    def applies(self, question: Question, values: Context) -> bool:
        return question.ask_if is None or bool(question.ask_if(values))

    def last_asked(self, values: Context) -> Question:
        """The last question that applies to these answers: the example in «endre …» hints (a branch
        that was never asked, such as the honour-related questions, is not offered)."""
        return next(q for q in reversed(self.questions) if self.applies(q, values))

    def required_slots(self, values: Context, control: str | None = None) -> list[str]:
        """The questions that apply given earlier answers, then the confirmation.

        A pending «avbryt» asks only whether to discard; a confirmed cancel or a pause asks nothing,
        which ends the form so the submit action can act on ``dialogue_control``.
        """
        if control == CANCEL_PENDING:
            return [CANCEL_CONFIRM_SLOT]
        if control in (CANCEL, PAUSE):
            return []
        slots = [q.slot for q in self.questions if self.applies(q, values)]
        return [*slots, self.confirm.slot]


    def slot_to_change(self, text: str) -> str | None:
        """Which question «endre …» refers to; None when it cannot be told."""
        lower = parse.norm(text)
        best: tuple[int, str] | None = None
        for q in self.questions:
            for word in (*q.change_words, q.label.lower()):
                if f" {word}" in lower and (best is None or len(word) > best[0]):
                    best = (len(word), q.slot)
        return best[1] if best else None

    def values_of(self, slots: Context) -> dict[str, Any]:
        """The dialogue's answers in ``slots``: what a summary, a draft and a save see. A value the
        question cannot hold (raw text Rasa left in a slot, a hand-typed payload) is not an answer."""
        return {s: slots[s] for s in self.slots if slots.get(s) is not None and self.by_slot[s].accepts(slots[s])}

    def invalid_slots(self, slots: Context) -> list[str]:
        """Slots holding a value their question cannot hold: cleared, so the form asks them again."""
        return [s for s in self.slots if slots.get(s) is not None and not self.by_slot[s].accepts(slots[s])]

    def unresolved_questions(self, values: Context) -> list[Question]:
        """Questions asked whose answer was unknown, declined or skipped (the «Ikke avklart» part)."""
        return [q for q in self.questions if q.key and self.applies(q, values) and unresolved(values.get(q.slot))]

    def summary(self, values: Context, heading: str) -> str:
        lines = [heading]
        part = None
        for q in self.questions:
            if not self.applies(q, values) or not q.key:
                continue
            if q.part and q.part != part:
                part = q.part
                lines.append(f"{part}:")
            lines.append(f"- {q.label}: {q.show(values.get(q.slot))}")
        open_questions = self.unresolved_questions(values)
        if open_questions:
            lines.append("Ikke avklart (lagres som ukjent): " + ", ".join(q.label.lower() for q in open_questions)
                         + ".")
        lines.append("Stemmer dette? Svar «ja» for å lagre, «endre <hva>» (f.eks. «endre "
                     f"{self.last_asked(values).label.lower()}») eller «avbryt».")
        return "\n".join(lines)

    def labels(self) -> dict[str, str]:
        """Record key → label, for botctl."""
        return {q.key: q.label for q in self.questions if q.key}

    def code_labels(self) -> dict[str, str]:
        """Code → label for every choice code, for botctl."""
        return {c.code: c.label for q in self.questions for c in q.choices if isinstance(c.code, str)}
