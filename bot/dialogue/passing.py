"""Later answers given in passing: «to, og de var hjemme da han slo» to «how many children?» also says that the
children have experienced the violence – a question the mapping asks twenty turns later.

The Rasa way to do this is a form whose slots are filled from any utterance the mapping allows; here the dialogue
engine plays the form's validation (``engine.handle``), and this module is that mapping for the later questions:
after an answer is stored, each clause of the message is read against a short table of *clear statements* for the
later yes/no and count questions that are still open. A clause that matches fills that question's slot, and the
turn says so in one line – «Notert fra svaret: Barna har opplevd vold: ja. Det spørsmålet hoppes over senere – skriv
«endre …» hvis det ikke stemmer.» The form then never asks it (its slot is filled), the summary shows it like any
answer, and «endre …» finds it like any answered question.

Why the line comes when the value is taken, not when the form passes the question: at that later turn nothing in the
form says where a value came from (a slot set in passing and one answered in its own turn look the same – after
«endre» of an early answer the form passes every later one), so a «Notert fra tidligere» there would need a new slot
in the domain; said at once, the staff member checks it while the sentence is still in mind.

Why fill and skip, not ask to confirm: a confirmation turn is a re-ask the staff member has already answered, and the
point of the item is fewer questions; what keeps wrong values out is how narrow the table is, not a second turn:

- only yes/no facts and numbers; never free text, never a refusal or «vet ikke» (a refusal in passing is no answer to
  a question that has not been asked);
- only from the answer to a short question (yes/no, a number, a choice): descriptions are not read (``_SHORT_ANSWERS``);
- only a clause that states the fact: a clause with a negation, a hedge, a fear or wish («redd han skal kvele henne»,
  «hun tror han kan drepe henne»), a condition or a question fills nothing – except the few explicit no's listed
  («politiet vet ingenting», «han vet ikke hvor hun er», «hun vil ikke hjem»);
- only an open question after the one being answered: nothing already answered is overwritten.

False fills are worse than asking, so a statement the table does not know is simply asked later, as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.dialogue import parse
from bot.dialogue.schema import CHOICE, COUNT, YES_NO, Context, Dialogue, Question
from bot.text.regex import compiled

# Perpetrator codes that are women: then «hun»/«ho» (not «han») is the one who acts.
_FEMALE_PERPETRATORS = frozenset({"kone", "ekskone", "barnemor"})
_NUMBER = r"(?P<n>\d{1,2}|en|én|ett|ei|eitt|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)"
_KIDS = r"(barn|unger|ungar|barna|ungene|ungane)"


@dataclass(frozen=True)
class Later:
    """What a clause must say to settle the later question ``key`` in passing."""

    key: str
    yes: tuple[str, ...] = ()   # read on clauses with no negation, hedge, fear or condition
    no: tuple[str, ...] = ()    # explicit no's, negation included
    count: tuple[str, ...] = ()  # a number of children: each pattern has the group ``n`` (or says none)
    fear_is_the_fact: bool = False  # «redd for livet»: the question asks about a fear, so fear words do not block
    now: bool = False  # asks what is so now: a message that tells the past («for to år siden …») settles nothing


# Words that make a clause say something other than a fact: negation, hedges, fear of what may come, wishes,
# conditions and plans. Such a clause fills nothing by its yes patterns.
# A hedge: «tror», «kanskje», «usikker» – also what keeps a count from being read («hun har kanskje to barn»).
_HEDGE = (r"\b(tror|trur|kanskje|muligens|mulig|mogleg|usikker|vet ikke|veit ikkje|antakelig|trolig|truleg|visstnok|"
          r"mistenker|lurer)\b")
_NOT_A_FACT = (
    r"\b(ikke|ikkje|aldri|ingen|ingenting|inga|heller ikke|not|never)\b",
    _HEDGE,
    r"\b(om han|om hun|om ho|vurderer|vurderar|planlegger|tenker på å|vil gjerne|ønsker å)\b",
    r"\?",
)
# A fear of what someone may do: «redd han skaffer seg våpen», «frykter at han skal kvele henne».
_FEAR = r"\b(redd|livredd|frykter|fryktar|bekymret|engstelig|skremt)\b( for)?( at)? (han|hun|ho|de|dei|det|barna|ungene)\b"
# What follows a condition is no fact («… hvis hun går»): the clause is read up to it.
_CONDITION = re.compile(r"\b(hvis|dersom|viss|if)\b")

_POLICE_YES = (
    r"\bpolitiet (var|kom|har vært|har vore|hentet|henta|har hentet|har henta|arresterte|pågrep|tok|var inne|"
    r"ble koblet inn|har vært inne|vet om|kjenner til|har anmeldelsen)\b",
    r"\b(i varetekt|arrestert|pågrepet|anmeldte (ham|han|henne|ho)|har anmeldt (ham|han|henne|ho))\b",
)
_POLICE_NO = (
    r"\bpolitiet (vet|veit|kjenner) (ingenting|ikke|ikkje)( \w+)?( om| til)?\b",
    r"\bpolitiet (vet|veit) heller (ikke|ikkje)\b",
    r"\bpolitiet har (aldri|ikke|ikkje) (hørt|høyrt|fått vite|visst)\b",
)
_FEARED_FOR_LIFE_YES = (
    r"\b(redd|livredd|fryktet|frykta|bange) for (livet|sitt (eget )?liv|livet sitt|sitt liv)\b",
    r"\blivredd for at (han|hun|ho) (skal|skulle) (drepe|ta livet av)\b",
)
_GOING_HOME_NO = (r"\b(hun|ho|han) (vil|skal) (ikke|ikkje) (dra |reise |gå |flytte )?(hjem|heim|tilbake)\b",)
_CHILDREN_COUNT = (
    rf"\b(hun|ho|han|de|dei) har {_NUMBER} {_KIDS}\b",
    rf"\b(de|dei) {_NUMBER} (barna|ungene|ungane)\b",
    rf"\b(hun|ho|han|de|dei) har (?P<none>ingen) {_KIDS}\b",
)


def _children_with_yes(she: bool) -> tuple[str, ...]:
    """«barna er hos ham nå»: whom the children are with is the perpetrator – «moren» only when she is the one
    feared (ownwords12 «de er hos moren» is with the mother herself when he is the perpetrator)."""
    whom = (r"(henne|ho|kona|kona hans|moren|mora|mammaen|ekskona|utøveren)( hans| sin)?" if she else
            r"(ham|han|faren|faren sin|pappa|pappaen|utøveren|eksen|eksmannen)( deres| sin)?")
    return (rf"\b(barna|ungene|ungane|de to barna|de tre barna|begge barna|begge|alle barna|de|dei) (er|bor|sover|blir) "
            rf"(hos|med) {whom}( nå| no| i kveld| akkurat nå| i natt)?\b",)


_EXPOSED_YES = (
    r"\b(barna|ungene|ungane|begge barna|alle barna|den eldste|den yngste|sønnen|datteren|dottera) "
    r"(så|har sett|hørte|har hørt|høyrde|var vitne|har vært vitne|var til stede|var hjemme da|var der da|"
    r"så alt|hørte alt)\b",
    r"\b(har )?(slått|slo|skadet|skada) (barna|ungene|ungane|dem|dei|den eldste|den yngste|sønnen|datteren) (også|og)?\b",
    r"\bså (ham|han|henne|ho) (slå|slo)\b",
)
# «de så alt», «dei høyrde det»: «de» is the children only in an answer about the children – elsewhere it is anyone
# («brødrene slo henne etter at de så henne med en gutt», safety-009).
_EXPOSED_THEY = (r"\b(de|dei) (så|har sett|hørte|har hørt|var vitne|var til stede|var hjemme da|var der da)\b",)
# Firearms and «våpen» only: a knife used once is no answer to «access to weapons?» for every writer (safety-h6-19:
# «truet henne med kniv på kjøkkenet», weapons answered «nei»).
_WEAPON_YES = (r"\b(pistol|gevær|våpen|rifle|jaktrifle|jaktvåpen|skytevåpen|hagle|revolver)\b",)
_SUBSTANCE_YES = (
    r"\b(full|ruset|rusa|drukken|påvirket|høy) når (han|hun|ho|det|volden)\b",
    r"\bi fylla\b", r"\bpå fylla\b",
)
_THREATS_YES = (
    r"\b(truet|truer|trua|truga|truar|har truet) (med )?(å )?(drepe|drap|ta livet av)\b",
    r"\b(sagt|sa|sier|skrevet|skreiv|skrev) (at )?(han|hun|ho) (skal|skulle|vil|ville) (drepe|ta livet av)\b",
    r"\bdrapstrusler?\b",
)
_STRANGLE_YES = (
    r"\b(tok|tatt|tar|tek|ta)( han| hun| ho)? (et |eit )?(kvelertak|strupetak)\b",
    r"\b(prøvde|prøvd|forsøkte) å kvele\b", r"\b(kvelte|har kvelt)\b",
)
_SEXUAL_YES = (r"\b(voldtatt|voldtok|voldtar|valdtok|seksuelle overgrep|tvang (henne|ham|han|ho) til sex)\b",)
_STALKING_YES = (
    r"\b(sporer|spora|sporet|overvåker|overvakar|overvåket|forfølger|forfulgte|følger etter|fulgte etter)\b",
    r"\b(begynt|begynte|byrja|starta|startet) (å|med å) (spore|overvåke|forfølge|følge etter)\b",
    r"\bdukker (opp|stadig opp) (på|ved|utenfor)\b",
)
_SEPARATION_YES = (r"\b(flyttet|flytta|gikk|har gått|har flyttet|har flytta) (fra|frå) (ham|han|henne|ho)\b",
                   r"\b(har forlatt|forlot) (ham|han|henne|ho)\b")
_PRIOR_YES = (r"\b(er|ble|vart|har blitt|har vorte)( han| hun| ho)? (dømt|dømd|anmeldt|meldt)\b",
              r"\b(anmeldte|har anmeldt) (ham|han|henne|ho)\b")
_BREACH_YES = (r"\b(brutt|brøt|bryter|brote) (besøksforbudet|kontaktforbudet|besøksforbud|kontaktforbud|"
               r"oppholdsforbudet|oppholdsforbud)\b",)


def _knows_no(who: str) -> tuple[str, ...]:
    return (rf"\b({who}) (vet|veit|aner) (ikke|ikkje|ingenting) (at|hvor|kvar|kor|om at)\b",)


def _knows_yes(who: str) -> tuple[str, ...]:
    """«han vet at hun er her», «han veit kvar ho er»: the perpetrator knows where she is or that she seeks help."""
    return (rf"\b({who}) (vet|veit|har funnet ut|har skjønt) (at (hun|ho|han) (er her|er på senteret|har (ringt|kontaktet|"
            rf"søkt hjelp))|(hvor|kvar|kor) (hun|ho|han) (er|bor))\b",)


def _animals_yes(who: str) -> tuple[str, ...]:
    return (rf"\b({who}) har (en |ei |et |eit |to |tre |flere |fleire )?(hund|hunder|katt|katter|hest|hester|dyr|"
            r"husdyr|kjæledyr)\b",)


_PERP_WORDS = r"mannen|mannen hennes|eksen|eksmannen|samboeren|kjæresten|faren|utøveren|kona|kona hans|ekskona"


def _tables(dialogue: Dialogue, ctx: Context, about_children: bool) -> tuple[Later, ...]:
    perpetrators = ctx.get("__perpetrators__") or []
    she = bool(perpetrators) and all(p in _FEMALE_PERPETRATORS for p in perpetrators)
    who = f"{'hun|ho' if she else 'han'}|{_PERP_WORDS}"
    common = (
        Later("children_count", count=_CHILDREN_COUNT),
        Later("children_with_perpetrator", yes=_children_with_yes(she), now=True),
        Later("feared_for_life", yes=_FEARED_FOR_LIFE_YES, fear_is_the_fact=True),
        Later("perpetrator_knows", yes=_knows_yes(who), no=_knows_no(who)),
    )
    if dialogue.name == "triage":
        return (*common, Later("police_aware", yes=_POLICE_YES, no=_POLICE_NO),
                Later("going_home", no=_GOING_HOME_NO))
    return (*common,
            Later("police_involved", yes=_POLICE_YES),
            Later("police_aware", yes=_POLICE_YES, no=_POLICE_NO),
            Later("children_exposed", yes=(*_EXPOSED_YES, *(_EXPOSED_THEY if about_children else ()))),
            Later("perpetrator_has_animals", yes=_animals_yes(who)),
            Later("weapon_access", yes=_WEAPON_YES, now=True),
            Later("perpetrator_substance_use", yes=_SUBSTANCE_YES),
            Later("threats_to_kill", yes=_THREATS_YES),
            Later("strangulation", yes=_STRANGLE_YES),
            Later("sexual_violence", yes=_SEXUAL_YES),
            Later("stalking_or_surveillance", yes=_STALKING_YES),
            Later("recent_separation", yes=_SEPARATION_YES),
            Later("prior_reports", yes=_PRIOR_YES),
            Later("breached_restraining_order", yes=_BREACH_YES))


# Only the second half of a short answer is read («to, og de var hjemme da han slo»): not descriptions (what happened,
# forms of violence, why afraid – «at de voldtar henne» to «what does she fear?» is a fear, safety-h11-15) and not the
# lists of wishes. A description's facts are asked in their own turn, where the staff member often adds what is
# happening now (5 dev transcripts report danger now at the weapon or stalking question their description touched).
_SHORT_ANSWERS = frozenset({YES_NO, COUNT, CHOICE})


# A clause ends at a comma, a full stop, «og», «men» (the norm spaces punctuation out).
_CLAUSE_BREAK = re.compile(r" (?:[,.;:!–-]|og|men|and|but) ")


def clauses(t: str) -> list[str]:
    """The normalised message cut into clauses, each with the norm's spaces around it."""
    return [f" {c.strip()} " for c in _CLAUSE_BREAK.split(t) if c.strip()]


def _read(later: Later, clause: str, past: bool) -> Any:
    """The value ``clause`` states for ``later`` (None: it says nothing clear); ``past``: the message tells the past."""
    if later.now and past:
        return None
    for pattern in later.count:
        m = compiled(pattern).search(clause)
        if m and not compiled(_HEDGE).search(clause):
            if m.groupdict().get("none"):
                return 0
            n = m.group("n")
            return int(n) if n.isdigit() else parse.count_word(n)
    if any(compiled(p).search(clause) for p in later.no):
        return False
    clause = _CONDITION.split(clause)[0]
    guards = _NOT_A_FACT if later.fear_is_the_fact else (*_NOT_A_FACT, _FEAR)
    if later.yes and not any(compiled(p).search(clause) for p in guards) and \
            any(compiled(p).search(clause) for p in later.yes):
        return True
    return None


def later_answers(dialogue: Dialogue, question: Question, raw: str, slots: Mapping[str, Any],
                  ctx: Context) -> dict[str, Any]:
    """Slots of later open questions that ``raw`` (the answer just stored to ``question``) settles in passing."""
    if parse.button_value(raw) is not None or question.kind not in _SHORT_ANSWERS or question.describes:
        return {}
    order = [q.slot for q in dialogue.questions]
    here = order.index(question.slot) if question.slot in order else len(order)
    by_key = {q.key: q for q in dialogue.questions[here + 1:]}
    t = parse.norm(raw)
    past, parts = parse.tells_the_past(t), clauses(t)
    found: dict[str, Any] = {}
    for later in _tables(dialogue, ctx, question.key.startswith("children")):
        target = by_key.get(later.key)
        if target is None or slots.get(target.slot) is not None:
            continue
        values = {v for v in (_read(later, c, past) for c in parts) if v is not None}
        if len(values) == 1:  # two clauses that disagree settle nothing
            value = values.pop()
            if target.accepts(value):
                found[target.slot] = value
    return found


def noted_line(dialogue: Dialogue, filled: Mapping[str, Any]) -> str | None:
    """«Notert fra svaret: Barna har opplevd vold: ja. …» for the slots filled in passing (None when none)."""
    parts = [f"{dialogue.by_slot[s].label}: {dialogue.by_slot[s].show(v)}" for s, v in filled.items()
             if s in dialogue.by_slot]
    if not parts:
        return None
    which = "Det spørsmålet" if len(parts) == 1 else "De spørsmålene"
    return f"Notert fra svaret: {'; '.join(parts)}. {which} hoppes over senere – skriv «endre …» hvis det ikke stemmer."
