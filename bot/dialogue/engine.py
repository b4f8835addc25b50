"""One turn of a dialogue while a question is pending: answer first, then everything else.

The form's validation action hands every message here. The message is read as the answer to
the question that was asked (negation, «vet ikke», «vil ikke svare», «hopp over» included). Only
when it is not an answer is it taken as a command («avbryt», «pause», «endre våpen», «hvorfor spør
vi om dette?», «meny»), a guide question (answered from the guide, then the same question again),
or unreadable (a short hint, then the same question). Acute danger gets the 112 reply first,
whatever else the message is (CONTRACTS.md §5). Free of Rasa: actions turn a ``Turn`` into events.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.acute import acute_reply, looks_acute
from bot.dialogue import parse
from bot.dialogue.safety_mapping import NEW_CASE
from bot.dialogue.schema import (
    ACUTE,
    CANCEL,
    CANCEL_CONFIRM_SLOT,
    CANCEL_PENDING,
    CASE,
    CONFIRM,
    CONTROL_SLOT,
    PAUSE,
    Dialogue,
    Question,
)
from bot.guide.answer import Reply, entry_reply, source_line
from bot.guide.browse import menu_reply
from bot.guide.respond import respond
from bot.guide.search import default_search

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


@dataclass
class Turn:
    """What the form does with one message: messages to send and slots to set.

    ``reject`` hands the message back to Rasa's rules (a menu or guide button pressed mid-form);
    the form then asks the same question again after the rule's action.
    """

    replies: list[Reply] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)
    reject: bool = False
    guide_reply: Reply | None = None  # the guide's answer to a question asked mid-form (logged, 👍/👎)

    def say(self, text: str, buttons: list[dict[str, str]] | None = None) -> None:
        self.replies.append(Reply(text=text, buttons=buttons or []))


def command_of(text: str) -> str | None:
    """The command a message gives by its words alone, or None."""
    t = parse.norm(text)
    if _WHY.search(t) and (_WHY_ABOUT.search(t) or len(t.split()) <= 2) and len(t.split()) <= 9:
        return WHY_CMD
    for name, pattern in _COMMANDS:
        if re.search(pattern, t):
            return name
    return None


def question_shaped(text: str) -> bool:
    t = parse.norm(text)
    return "?" in text or bool(_QUESTION_START.search(t)) or bool(_QUESTION_INSIDE.search(t))


def _corpus():
    return default_search().corpus


def why_reply(question: Question) -> Reply:
    entry = _corpus().entry(question.source_id)
    source = f"\n{source_line(entry)}" if entry else ""
    return Reply(text=f"Hvorfor: {question.reason}{source}")


def handle(dialogue: Dialogue, slot: str, text: str, intent: str | None, slots: Mapping[str, Any],
           case_exists: Callable[[str], bool] | None = None) -> Turn:
    """Everything the form does with the message ``text`` while ``slot`` is being asked."""
    raw = (text or "").strip()
    turn = Turn()
    if parse.is_payload(raw) and parse.button_value(raw) is None:
        if intent in _START_INTENTS and slot in dialogue.by_slot:
            # a start button from an earlier reply («Ny henvendelse» under a greeting): the dialogue
            # running is never dropped for it
            command = RESUME_CMD if intent == "resume" else START_CMD
            return _command(dialogue, dialogue.by_slot[slot], command, raw, slots, turn)
        return Turn(reject=True)  # a menu / guide button: the rules answer it, then the question again
    acute = looks_acute(raw)
    if acute:
        turn.replies.append(acute_reply(_corpus()))
    if slot == CANCEL_CONFIRM_SLOT:
        return _cancel_confirmation(dialogue, raw, turn)
    question = dialogue.by_slot.get(slot)
    if question is None:
        return turn
    command = command_of(raw)
    parsed = question.read(raw) if command is None else parse.FAIL
    if not parsed.ok and command is None and intent in INTENT_COMMANDS and not question_shaped(raw):
        command = INTENT_COMMANDS[intent]
    if command is not None:
        return _command(dialogue, question, command, raw, slots, turn)
    if parsed.ok:
        return _answer(dialogue, question, parsed.value, raw, slots, turn, acute, case_exists)
    turn.slots[slot] = None
    if acute:
        return turn  # the 112 reply, then the same question
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


def _answer(dialogue: Dialogue, question: Question, value: Any, raw: str, slots: Mapping[str, Any], turn: Turn,
            acute: bool, case_exists: Callable[[str], bool] | None) -> Turn:
    if question.kind == CASE and value != NEW_CASE and case_exists is not None and not case_exists(value):
        turn.slots[question.slot] = None
        turn.say(f"Jeg finner ingen sak {value}. Skriv et annet saksnummer, eller «ny sak».")
        return turn
    turn.slots[question.slot] = value
    if question.also:
        turn.slots.update(question.also(raw, value))
    if value is True and question.on_yes == ACUTE and not acute:
        turn.replies.append(acute_reply(_corpus()))
    elif value is True and question.on_yes:
        entry = _corpus().entry(question.on_yes)
        if entry:
            reply = entry_reply(entry, score=1.0)
            reply.text = f"Fra veilederen – {entry.title}:\n" + (reply.text or "")
            turn.replies.append(reply)
    if question.kind != CONFIRM and question_shaped(raw) and len(raw.split()) >= 5 and not acute:
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
    cleared = {target: None, **{s: None for s in _dependants_deep(dialogue, target)}, dialogue.confirm.slot: None}
    inline = _INLINE_VALUE.search(raw)
    new = target_q.read(inline.group(1)) if inline else parse.FAIL
    turn.slots.update(cleared)
    if new.ok:
        turn.slots[target] = new.value
        if target_q.also:
            turn.slots.update(target_q.also(inline.group(1), new.value))
        turn.say(f"Endret «{target_q.label.lower()}» til «{target_q.show(new.value)}».")
        if question.slot != target and question.slot not in cleared:
            turn.slots[question.slot] = None
        return
    turn.say(f"Greit, vi endrer «{target_q.label.lower()}».")


def _dependants_deep(dialogue: Dialogue, slot: str) -> list[str]:
    out: list[str] = []
    for dep in dialogue.dependants(slot):
        out += [dep, *_dependants_deep(dialogue, dep)]
    return out


def control_of(slots: Mapping[str, Any]) -> str | None:
    value = slots.get(CONTROL_SLOT)
    return value if value in (CANCEL_PENDING, CANCEL, PAUSE) else None
