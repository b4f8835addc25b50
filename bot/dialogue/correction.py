"""A correction of the previous answer, typed while the next question is already asked.

Staff notice a slip only after the bot has moved on: «nei vent, det er eksen, ikke mannen» (to «hva slags vold?»),
«det forrige var feil, det er to barn», «rett opp: hun har ikke samtykket». Read as an answer to the question on the
screen, such a message was either unreadable or – worse – stored there («vent, hun har tre barn, ikke to» stored
«no» for «are the children with him?»). Here it is read as what it says: a new answer to the question before.

A correction needs a marker at its start that something said was wrong, and the rest must read as an answer to the
previous question that differs from the one stored. Markers that name the previous answer («det forrige»,
«forrige svar») or say outright that something was wrong («rettelse», «nei vent», «jeg skrev feil») are enough.
So does a rest that sets a new value against the old one («unnskyld, det er mannen hennes, ikke eksen»).
A softer opener («vent», «beklager», «unnskyld») is also how an answer to the current question may start, so there
the rest must also fail as an answer to the current question, or name the previous one by its words. A rest that is
just «ja»/«nei» is taken for the previous question only when the marker names it: «nei vent, ja» is as likely a
first answer to the question on the screen. A rest that names another earlier question («rett opp: politiet vet
ikke») is left to «endre …» (``engine._change``), which finds any question by its words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.dialogue import parse
from bot.dialogue.schema import CONFIRM, FREE, Dialogue, Question
from bot.text.regex import compiled

# Names the previous answer: «det forrige var feil», «forrige svar», «rett opp forrige», «det førre svaret».
_NAMES_PREVIOUS = r"\b(forrige|førre|forige|previous|last answer)\b"
# Says outright that something said was wrong (norm splits punctuation off: « nei , vent »).
_STRONG = (r"nei( ,)? vent|vent( ,)? nei|rettelse|retting|korreksjon|korrigering|korriger|rett opp|rette opp|"
           r"(jeg|eg) (skrev|skreiv|svarte|sa) feil|feil av meg|(det|dette|den) (var|er) feil|feil svar|"
           r"(nei|beklager|unnskyld|vent|oi)( ,)? feil|(jeg|eg) (retter|rettar) meg (selv|sjølv)|"
           r"(det|den) (forrige|førre)( svaret| svar)?( (var|er) feil)?|forrige svar( var feil)?|"
           r"(rettelse|korrigering|retting) (til|av|på) (det )?forrige( svar\w*)?")
_SOFT = r"vent|beklager|unnskyld|orsak|sorry|oi|oops|ops"
_MARKER = compiled(rf"^ (?:(?:{_STRONG}|{_SOFT}) [,.:;!–-]* ?)+")
_STRONG_RE = compiled(rf"\b({_STRONG})\b")
# «det er eksen, ikke mannen», «det var to, ikkje tre»: the rest itself sets a new value against an old one.
# Short on both sides and no reason clause («det er fordi han truer, ikke noe annet» is why she is afraid).
_THIS_NOT_THAT = compiled(r"^ (det|den|dei|de|it) (er|var|e|is|was) (?!(fordi|at|som|for|når|om|because|that)\b)"
                          r"(\w+ ){1,3}, (ikke|ikkje|not) (?!(noe|noko|noen|nokon|anything|annet|anna)\b)(\w+ ){1,2}$")
_BARE_YES_NO = compiled(r"^ (ja|nei|jo|jepp|nope|yes|no)( ,)?( (ja|nei|jo))? $")


@dataclass(frozen=True)
class Fix:
    """The previous question's slot and its corrected value."""

    slot: str
    value: Any


def previous_slot(dialogue: Dialogue, slot: str, slots: Mapping[str, Any]) -> str | None:
    """The answered question asked right before ``slot``: the last answered one before it in the form's order."""
    values = dialogue.values_of(slots)
    order = [s for s in dialogue.required_slots(values) if s in dialogue.slots]
    if slot not in order:
        return None
    return next((s for s in reversed(order[:order.index(slot)]) if s in values), None)


def _answers(dialogue: Dialogue, slot: str, rest: str, slots: Mapping[str, Any], ctx: Mapping[str, Any]) -> bool:
    """``rest`` is a new answer to the answered question ``slot`` (a label word alone is no proof: «redd for livet»
    holds the label «redd for» of the feared-persons question)."""
    if slot not in dialogue.values_of(slots):
        return False
    got = dialogue.by_slot[slot].read(f" {rest} ", dict(ctx))
    return got.ok and not got.unsure and got.value != slots.get(slot)


def of_previous(dialogue: Dialogue, question: Question, raw: str, slots: Mapping[str, Any],
                ctx: Mapping[str, Any]) -> Fix | None:
    """The correction of the previous answer ``raw`` makes while ``question`` is pending, or None."""
    t = parse.norm(raw)
    marker = _MARKER.match(t)
    if marker is None:
        return None
    rest = t[marker.end():].strip(" ,.:;!–-")
    if not rest:
        return None
    said = marker.group(0)
    names_previous = bool(compiled(_NAMES_PREVIOUS).search(said))
    strong = names_previous or bool(_STRONG_RE.search(said)) or bool(_THIS_NOT_THAT.match(f" {rest} "))
    prev = previous_slot(dialogue, question.slot, slots)
    if prev is None:
        return None
    prev_q = dialogue.by_slot[prev]
    if prev_q.kind == CONFIRM or (prev_q.kind == FREE and not names_previous):
        return None  # an open answer reads anything: only «det forrige …» says it is a new one
    named = dialogue.slot_to_change(f" {rest} ")
    if named is not None and named not in (prev, question.slot) and _answers(dialogue, named, rest, slots, ctx):
        return None  # another earlier question, and the rest answers it anew: «endre …» finds it by its words
    if named == question.slot and not names_previous:
        return None
    if _BARE_YES_NO.match(f" {rest} ") and not names_previous:
        return None
    got = prev_q.read(f" {rest} ", dict(ctx))
    if not got.ok or got.unsure or got.value == slots.get(prev):
        return None
    if strong or named == prev:
        return Fix(prev, got.value)
    current = question.read(f" {rest} ", dict(ctx))
    if question.kind != FREE and (not current.ok or current.unsure):
        return Fix(prev, got.value)
    return None
