"""The triage questions in the guide's order, each with its parser and a one-line reason.

The order follows «Første henvendelse»: how contact came, acute danger, interpreter, the initial
mapping (who, what, escalation, does the perpetrator know, do the police know, children, fear for
life), what help is needed, what information was given, going home, then a confirmed summary.
Question texts and buttons live in ``domain.yml`` (``utter_ask_<slot>``), as Rasa expects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.triage import parse
from bot.triage.parse import Parsed

FIRST_CONTACT = "forste-henvendelse/fa-oversikt-over-situasjonen"


@dataclass(frozen=True)
class Question:
    slot: str
    label: str
    parser: Callable[[str], Parsed]
    reason: str
    source_id: str
    hint: str


QUESTIONS: tuple[Question, ...] = (
    Question("contact_mode", "Kontakt", parse.parse_contact_mode,
             "Veilederen skiller mellom telefon, oppmøte og at politiet eller en annen tjeneste kommer med personen; "
             "det avgjør hvordan du inviterer til samtale.",
             "forste-henvendelse/inviter-til-en-samtale",
             "Svar for eksempel «hun ringte», «møtte opp selv» eller «politiet kom med ham»."),
    Question("acute_danger_now", "Akutt fare nå", lambda t: parse.parse_yes_no(t, allow_unknown=False),
             "Er noen i fare akkurat nå, kommer 112 og politiet før alt annet.",
             "under-oppholdet-botilbudet/arbeid-med-sikkerhet/nar-er-det-nodvendig-a-involvere-politiet",
             "Svar «ja» eller «nei»."),
    Question("interpreter_needed", "Tolk", parse.parse_interpreter,
             "Kan personen ikke nok norsk til å forklare seg, skal det brukes tolk – ofte er telefontolk raskest.",
             "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/gjor-en-vurdering",
             "Svar «ja», «nei» eller språket, for eksempel «arabisk»."),
    Question("language", "Språk", parse.parse_language,
             "Du trenger språket for å bestille riktig tolk.",
             "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/slik-bestiller-du-tolk",
             "Skriv språket, for eksempel «somali» eller «polsk»."),
    Question("perpetrator_relation", "Redd for", parse.parse_relation,
             "Veilederen ber deg få oversikt over hvem som utøver vold og hvilken relasjon de har.",
             FIRST_CONTACT, "Svar for eksempel «mannen hennes», «eksen», «faren» eller «svigerfamilien»."),
    Question("violence_forms", "Voldsformer", parse.parse_violence_forms,
             "Kartleggingen skal få fram hvilke former for vold det gjelder – mange kaller det ikke vold selv.",
             FIRST_CONTACT, "Beskriv hva som skjer, for eksempel «slår og truer» eller «kontrollerer pengene»."),
    Question("escalated", "Trappet opp", parse.parse_escalated,
             "Om volden har trappet opp i det siste, er ett av punktene veilederen vil at du skal ha oversikt over.",
             FIRST_CONTACT, "Svar «ja», «nei» eller «vet ikke»."),
    Question("perpetrator_knows", "Utøver vet", parse.parse_yes_no,
             "Vet utøveren at personen søker hjelp, kan faren øke – det er med i veilederens innledende kartlegging.",
             FIRST_CONTACT, "Svar «ja», «nei» eller «vet ikke»."),
    Question("police_aware", "Politiet kjenner saken", parse.parse_yes_no,
             "Veilederen vil vite om politiet er eller har vært involvert.", FIRST_CONTACT,
             "Svar «ja», «nei» eller «vet ikke»."),
    Question("children_count", "Barn", parse.parse_children_count,
             "Veilederen spør om det er barn, og hvor barna er nå.", FIRST_CONTACT,
             "Skriv antallet, for eksempel «2» eller «ingen»."),
    Question("children_with_perpetrator", "Barn hos utøver nå", parse.parse_children_with_perpetrator,
             "Om barn er hos utøveren nå, er et av punktene veilederen ber deg få oversikt over.", FIRST_CONTACT,
             "Svar for eksempel «de er hos faren nå» eller «de er med henne»."),
    Question("feared_for_life", "Fryktet for livet", parse.parse_yes_no,
             "Om personen har fryktet for livet sitt, er et av de viktigste risikotegnene i kartleggingen.",
             FIRST_CONTACT, "Svar «ja», «nei» eller «vet ikke»."),
    Question("help_needed", "Hjelp som trengs", parse.parse_help_needed,
             "Ikke alle trenger botilbudet; noen trenger samtaler, informasjon eller å bli henvist videre.",
             "forste-henvendelse/hvilken-hjelp-trenger-den-som-henvender-seg",
             "Svar for eksempel «sted å bo i natt», «bare samtaler», «informasjon» eller «henvisning til familievernet»."),
    Question("information_given", "Informasjon gitt", parse.parse_information_given,
             "Første kontakt er også sjansen til å fortelle hvilken hjelp som finnes.",
             "forste-henvendelse/gi-nodvendig-informasjon",
             "Svar «alt», «ingen» eller for eksempel «taushetsplikt og tilbudet»."),
    Question("going_home", "Vil dra hjem", parse.parse_going_home,
             "Vil personen dra hjem, har veilederen egne råd for det.",
             "forste-henvendelse/nar-den-voldsutsatte-vil-dra-hjem", "Svar «ja» eller «nei»."),
)

CONFIRM_SLOT = "triage_confirm"
BY_SLOT = {q.slot: q for q in QUESTIONS}
SLOTS = tuple(q.slot for q in QUESTIONS)


def required_slots(values: dict[str, Any]) -> list[str]:
    """The questions that apply given earlier answers (language only with interpreter, etc.)."""
    slots = []
    for q in QUESTIONS:
        if q.slot == "language" and values.get("interpreter_needed") is not True:
            continue
        if q.slot == "children_with_perpetrator" and not values.get("children_count"):
            continue
        slots.append(q.slot)
    return [*slots, CONFIRM_SLOT]


CHANGE_WORDS = (
    ("contact_mode", ("kontakt", "kontaktmåte", "henvendelse", "telefon", "oppmøte")),
    ("acute_danger_now", ("akutt", "fare")),
    ("language", ("språk",)),
    ("interpreter_needed", ("tolk",)),
    ("perpetrator_relation", ("redd for", "utøver", "relasjon", "hvem")),
    ("violence_forms", ("vold", "voldsform")),
    ("escalated", ("opptrapping", "trappet", "verre", "eskal")),
    ("perpetrator_knows", ("vet utøver", "utøver vet", "vet om")),
    ("police_aware", ("politi",)),
    ("children_with_perpetrator", ("hos utøver", "hvor barna", "hvor er barna")),
    ("children_count", ("barn", "antall")),
    ("feared_for_life", ("livet", "fryktet", "livsfare")),
    ("help_needed", ("hjelp", "botilbud", "dagtilbud", "henvisning")),
    ("information_given", ("informasjon", "info")),
    ("going_home", ("hjem", "heim")),
)


def slot_to_change(text: str) -> str | None:
    """Which earlier answer «endre …» refers to; None when it cannot be told."""
    lower = text.lower()
    for slot, words in CHANGE_WORDS:
        if any(w in lower for w in words):
            return slot
    return None
