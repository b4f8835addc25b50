"""Which intents may take a message away from the guide search — and when they may not.

Measured on the dev set through REST, about one in ten guide questions never reached the search:
the intent classifier sent «formålet med førstesamtalen» to starting a first contact, «pause i tung
samtale» to pausing a dialogue, «hjelp til selvhjelp i samtaler» to the help text, «hvorfor
kartlegge barn» to «why do we ask this». Commands are short or have a fixed form; questions are
not. So after the classifier, a message keeps a command intent only when it has that command's
form; anything else that reads like a question goes to ``ask_guide``, whose search declines
plainly when the guide has nothing.

Pure Python (no Rasa imports): the Rasa component in ``router_component.py`` calls ``route`` and
the tests call it directly.
"""

from __future__ import annotations

import re
from collections.abc import Callable

ASK_GUIDE = "ask_guide"
QUESTION_WORDS = (r"hva|hvordan|hvem|hvor|hvorfor|når|hvilke|hvilken|hvilket|kva|korleis|kven|kor|kvifor|"
                  r"kva for|skal|må|bør|kan|trenger|finnes|er det|what|how|who|when|why|should|can|do|does|is")
_QUESTION_START = re.compile(rf"^\s*({QUESTION_WORDS})\b", re.I)
_QUESTION_WORD = re.compile(rf"\b({QUESTION_WORDS})\b", re.I)
_WORD = re.compile(r"[^\W\d_]+", re.U)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def looks_like_question(text: str) -> bool:
    """A question mark, a leading question word, or a question word in a longer message."""
    return "?" in text or bool(_QUESTION_START.search(text)) or (
        word_count(text) >= 6 and bool(_QUESTION_WORD.search(text)))


def _has(pattern: str) -> Callable[[str], bool]:
    regex = re.compile(pattern, re.I)
    return lambda text: bool(regex.search(text))


def _short(max_words: int, pattern: str) -> Callable[[str], bool]:
    regex = re.compile(pattern, re.I)
    return lambda text: word_count(text) <= max_words and bool(regex.search(text))


def _chat(max_words: int) -> Callable[[str], bool]:
    return lambda text: word_count(text) <= max_words and not looks_like_question(text)


def _alone(pattern: str) -> Callable[[str], bool]:
    """The whole message is the command (a word or two around it at most)."""
    regex = re.compile(rf"^\s*({pattern})\s*[.!?]*\s*$", re.I)
    return lambda text: bool(regex.search(text))


def _any(*forms: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda text: any(f(text) for f in forms)


_IMPERATIVE = r"^\s*(start|starte|begynn|begynne|registrer|registrere|opprett|gjør|gjennomfør)\b"
_CASE_REF = r"\bK-?[0-9A-Z]{6}\b"
# The form each command must have to keep its intent; intents not listed keep theirs.
COMMAND_FORMS: dict[str, Callable[[str], bool]] = {
    "start_triage": _any(
        _has(r"^\s*/(ny|triage)\b|^\s*(kan du |vil du )?(før|ta|hjelp) meg gjennom\b"),
        _has(_IMPERATIVE + r".*\b(henvendelse|henvendlese|førespurnad|kontakt|samtale|triage|triasje|inntak|"
             r"innkomst|førstesamtale|mottakssamtale)"),
        _alone(r"(ny|nytt) (henvendelse|henvendlese|førespurnad|innkomst|kontakt)|første (henvendelse|kontakt)|"
               r"triage|triasje")),
    "start_safety_mapping": _any(
        _has(r"^\s*/kartlegg|^\s*kartlegg\b(?!\w)|\bkartlegg\w*\b.*" + _CASE_REF),
        _has(_IMPERATIVE + r".{0,30}\bkartlegg"),
        _alone(r"(ny )?kartlegging( nå)?|(ny )?trusselkartlegging")),
    "checklist": _any(_has(r"^\s*(/sjekk|sjekkliste|sjekklista|sjekklister|vis sjekkliste|gi meg sjekkliste)"),
                      _short(5, r"\b(sjekkliste|sjekklista|sjekklisten|checklist)\b(?!.*\?)")),
    "search_word": _has(r"^\s*(/sok|/søk|søk|sok|finn ordet|let etter)\b"),
    "menu": _alone(r"/meny|meny|menyen|vis meny(en)?|innhold(sfortegnelse(n)?)?|vis kapitlene|kapitler|"
                   r"bla( i veilederen)?|/start"),
    "help": _alone(r"/hjelp|/help|hjelp|help|hjelp meg|hva kan du( gjøre| hjelpe (meg )?med)?|"
                   r"hvordan bruker jeg (deg|denne boten|assistenten)"),
    "pause": _alone(r"/pause|pause|ta en pause|sett (den |samtalen |dette )?på pause|vent litt|pause (nå|her|litt)"),
    "resume": _alone(r"/fortsett|fortsett|fortset|gå videre|ta opp igjen|hent utkastet|"
                     r"fortsett (der vi slapp|samtalen|henvendelsen|kartleggingen)"),
    "cancel": _alone(r"/avbryt|avbryt|stopp|glem det|avslutt|forkast|cancel|"
                     r"avbryt (samtalen|henvendelsen|kartleggingen|dette)"),
    "why_ask": _has(r"\b(hvorfor|kvifor|why)\b.*\b(spør|spørsmålet|spørre|trenger (du|vi|dere))\b|\bbegrunn"),
    "change_answer": _has(r"^\s*(endre|rett|korriger|feil svar|jeg vil endre|kan jeg endre)\b"),
    "bot_challenge": _has(r"\b(bot|robot|chatbot|menneske|ekte person|maskin|kunstig intelligens)\b"),
    "greet": _chat(4),
    "goodbye": _chat(5),
    "thank": _chat(5),
    "affirm": _chat(5),
    "deny": _chat(6),
}


def route(intent: str | None, text: str, looks_acute: Callable[[str], bool] | None = None) -> str | None:
    """The intent a message should keep: its own, or ``ask_guide`` when it reads as a guide question.

    ``acute_danger`` stays unless the message is a question and the keyword check (``looks_acute``,
    negation-aware) finds no danger now: a false alarm is cheaper than a missed one, and a message
    rerouted to the guide still passes the keyword check there.
    """
    if intent is None:
        return None
    if intent == "acute_danger":
        if looks_acute is not None and looks_like_question(text) and not looks_acute(text):
            return ASK_GUIDE
        return intent
    form = COMMAND_FORMS.get(intent)
    return intent if form is None or form(text) else ASK_GUIDE
