"""The summary before saving and the short journal note (the guide's «Lag et kort journalnotat»).

The note holds what the issue lists from the guide: date, how contact came, the situation in
brief, risk, information given and the agreed next step — no names, only the case ref.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.triage.parse import INFORMATION_ITEMS, UNKNOWN
from bot.triage.questions import QUESTIONS

CONTACT = {"telefon": "telefon", "oppmote": "møtte opp selv", "brakt_av_politiet": "brakt av politiet",
           "brakt_av_annen_tjeneste": "brakt av en annen tjeneste", "annet": "annet"}
RELATION = {"partner": "partner", "tidligere_partner": "tidligere partner", "forelder": "forelder",
            "barn": "eget barn", "annen_familie": "annen familie", "annen": "annen person"}
VIOLENCE = {"fysisk": "fysisk", "psykisk": "psykisk", "seksuell": "seksuell", "materiell": "materiell",
            "okonomisk": "økonomisk", "digital": "digital", "latent": "latent", "aeresrelatert": "æresrelatert",
            "tvangsekteskap": "tvangsekteskap", "kjonnslemlestelse": "kjønnslemlestelse",
            "menneskehandel": "menneskehandel"}
HELP = {"botilbud": "botilbud", "dagtilbud": "samtaler (dagtilbud)", "informasjon": "informasjon",
        "henvisning": "henvisning til annen tjeneste"}
INFO = {code: text for code, text, _ in INFORMATION_ITEMS}


def yes_no(value: Any) -> str:
    if value is True:
        return "ja"
    if value is False:
        return "nei"
    if value == UNKNOWN:
        return "vet ikke"
    return "–"


def show(slot: str, value: Any) -> str:
    if value is None:
        return "–"
    if slot == "contact_mode":
        return CONTACT.get(value, str(value))
    if slot == "perpetrator_relation":
        return RELATION.get(value, str(value))
    if slot == "violence_forms":
        return ", ".join(VIOLENCE.get(v, v) for v in value) or "–"
    if slot == "help_needed":
        return ", ".join(HELP.get(v, v) for v in value) or "–"
    if slot == "information_given":
        return ", ".join(INFO.get(v, v) for v in value) or "ingen ennå"
    if slot in {"children_count", "language"}:
        return str(value)
    return yes_no(value)


def summary(values: dict[str, Any], applicable: list[str]) -> str:
    lines = ["Oppsummering før lagring:"]
    for q in QUESTIONS:
        if q.slot in applicable:
            lines.append(f"- {q.label}: {show(q.slot, values.get(q.slot))}")
    lines.append("Stemmer dette? Svar «ja» for å lagre, eller «endre <hva>» (f.eks. «endre antall barn»).")
    return "\n".join(lines)


def red_flags(values: dict[str, Any]) -> list[str]:
    flags = []
    if values.get("acute_danger_now") is True:
        flags.append("akutt fare")
    if values.get("feared_for_life") is True:
        flags.append("har fryktet for livet")
    if values.get("escalated") is True:
        flags.append("volden har trappet opp")
    if values.get("children_with_perpetrator") is True:
        flags.append("barn hos utøver nå")
    if values.get("perpetrator_knows") is True:
        flags.append("utøver vet at det søkes hjelp")
    return flags


def journal_note(values: dict[str, Any], ref: str, today: date | None = None) -> str:
    today = today or date.today()
    forms = show("violence_forms", values.get("violence_forms") or [])
    relation = show("perpetrator_relation", values.get("perpetrator_relation"))
    children = values.get("children_count")
    situation = [f"Oppgir {forms} vold fra {relation}."]
    situation.append(f"Opptrapping: {yes_no(values.get('escalated'))}. Utøver vet om henvendelsen: "
                     f"{yes_no(values.get('perpetrator_knows'))}. Politiet kjenner saken: "
                     f"{yes_no(values.get('police_aware'))}.")
    if children:
        situation.append(f"{children} barn; hos utøver nå: {yes_no(values.get('children_with_perpetrator'))}.")
    else:
        situation.append("Ingen barn oppgitt.")
    flags = red_flags(values)
    interpreter = "ja" + (f" ({values['language']})" if values.get("language") else "") \
        if values.get("interpreter_needed") else "nei"
    if values.get("going_home"):
        next_step = "Personen vil dra hjem; sikkerhetsråd gitt og tilbud om ny kontakt."
    else:
        next_step = "Avtalt: " + show("help_needed", values.get("help_needed") or []) + "."
    return "\n".join([
        f"Journalnotat – første henvendelse ({ref})",
        f"Dato: {today.strftime('%d.%m.%Y')}",
        f"Kontakt: {show('contact_mode', values.get('contact_mode'))}. Tolk: {interpreter}.",
        "Situasjonen kort: " + " ".join(situation),
        f"Risiko: akutt fare ved kontakt: {yes_no(values.get('acute_danger_now'))}; fryktet for livet: "
        f"{yes_no(values.get('feared_for_life'))}" + (f"; røde flagg: {', '.join(flags)}." if flags else "."),
        "Informasjon gitt: " + show("information_given", values.get("information_given") or []) + ".",
        "Videre: " + next_step,
    ])


def triage_record(values: dict[str, Any]) -> dict[str, Any]:
    """Slot values → the record of CONTRACTS.md §4 (unknown answers are stored as null)."""

    def b(key: str) -> bool | None:
        v = values.get(key)
        return v if isinstance(v, bool) else None

    record = {
        "contact_mode": values.get("contact_mode"),
        "acute_danger": b("acute_danger_now"),
        "interpreter_needed": b("interpreter_needed"),
        "language": values.get("language") if values.get("interpreter_needed") else None,
        "violence_forms": list(values.get("violence_forms") or []),
        "perpetrator_relation": values.get("perpetrator_relation"),
        "children_count": int(values.get("children_count") or 0),
        "children_with_perpetrator": b("children_with_perpetrator") if values.get("children_count") else False,
        "help_needed": list(values.get("help_needed") or []),
        "going_home": b("going_home"),
        "escalated": b("escalated"),
        "perpetrator_knows": b("perpetrator_knows"),
        "police_aware": b("police_aware"),
        "feared_for_life": b("feared_for_life"),
        "information_given": list(values.get("information_given") or []),
    }
    return record
