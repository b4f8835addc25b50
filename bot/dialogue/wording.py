"""What the dialogue actions say around the questions: the summary before saving, the start of a
mapping, pause, cancel, a failed save, the saved case and a resumed draft.

Kept here, beside the questions' own wording (``triage``, ``safety_mapping``), so
``actions/`` only moves values between the tracker and ``bot``.
"""

from __future__ import annotations

from bot.dialogue.schema import inform

TRIAGE_SUMMARY = "Oppsummering før lagring:"
MAPPING_SUMMARY = "Oppsummering av kartleggingen før lagring:"
NOT_SAVED_TRY_AGAIN = "Ingenting er lagret halvveis – svarene står fortsatt her; skriv «ja» for å prøve å lagre igjen."
MAPPING_INTRO = ("Kartlegging av vold og trusler – veilederens skjema: først en innledende del, så en overordnet "
                 "del. Svar fritt eller med knappene; «vet ikke», «vil ikke svare» og «hopp over» går også.")

Button = dict[str, str]


def confirm_buttons(last_label: str) -> list[Button]:
    """Save, change the last answer, or cancel (``last_label`` in lower case)."""
    return [{"title": "Ja, lagre", "payload": inform("lagre")},
            {"title": f"Endre {last_label}", "payload": f"endre {last_label}"},
            {"title": "Avbryt", "payload": "avbryt"}]


def case_buttons(last_ref: str | None) -> list[Button]:
    """Which case a mapping belongs to: the one saved earlier in this conversation, or a new one."""
    buttons = [{"title": "Ny sak", "payload": inform("ny")}]
    if last_ref:
        buttons.insert(0, {"title": f"Sak {last_ref}", "payload": inform(last_ref)})
    return buttons


def mapping_intro(ref: str | None, case_found: bool, honour_branch: bool, new_case: bool = False) -> str:
    intro = MAPPING_INTRO
    if new_case:
        intro += " Kartleggingen lagres som en ny sak."
    elif ref and case_found:
        intro += f" Kartleggingen lagres med sak {ref}."
    elif ref:
        intro += f" Jeg finner ingen sak {ref}."
    if honour_branch:
        intro += " Spørsmålene om æresrelatert vold tas med."
    return intro


def paused(count: int, title: str) -> str:
    return f"Satt på pause med {count} svar lagret som utkast. Skriv «fortsett» når du vil ta opp igjen {title}."


def cancelled(title: str) -> str:
    return f"Avbrutt. Ingenting fra {title} er lagret."


def triage_saved(ref: str, summary: str) -> str:
    return f"Lagret som sak {ref}.\n\n{summary}\n\nSaken finnes med «./botctl cases show {ref}»."


def map_case_button(ref: str) -> Button:
    """After a first contact: go on to the mapping of violence and threats for that case."""
    return {"title": f"Kartlegg vold og trusler for {ref}", "payload": f'/start_safety_mapping{{"case_ref": "{ref}"}}'}


def mapping_saved(ref: str, new_case: bool, version: int) -> str:
    created = " (ny sak)" if new_case else ""
    return f"Kartleggingen er lagret med sak {ref}{created}, versjon {version}."


def read_again(ref: str) -> str:
    return f"Les den igjen med «./botctl cases show {ref}»."


def resumed(title: str, count: int) -> str:
    return f"Vi fortsetter {title} der vi slapp ({count} svar fra før)."
