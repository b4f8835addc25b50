"""The first-contact record and its short journal note (the guide's «Lag et kort journalnotat»).

The note holds date, how contact came, the situation in brief, risk, information given and the
agreed next step – no names, only the case ref. Labels come from the schema.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.dialogue.first_contact import FIRST_CONTACT_DIALOGUE as D
from bot.dialogue.schema import answered, record_value

RED_FLAGS = (("acute_danger_now", "akutt fare"), ("feared_for_life", "har fryktet for livet"),
             ("escalated", "volden har trappet opp"), ("children_with_perpetrator", "barn hos utøver nå"),
             ("perpetrator_knows", "utøver vet at det søkes hjelp"))


def show(slot: str, values: dict[str, Any]) -> str:
    return D.by_slot[slot].show(values.get(slot))


def red_flags(values: dict[str, Any]) -> list[str]:
    return [label for slot, label in RED_FLAGS if values.get(slot) is True]


def journal_note(values: dict[str, Any], ref: str, today: date | None = None) -> str:
    today = today or date.today()
    count = values.get("children_count")
    situation = [f"Oppgir {show('violence_forms', values)} vold fra {show('perpetrator_relation', values)}.",
                 f"Opptrapping: {show('escalated', values)}. Utøver vet om henvendelsen: "
                 f"{show('perpetrator_knows', values)}. Politiet kjenner saken: {show('police_aware', values)}."]
    if isinstance(count, int) and count > 0:
        situation.append(f"{count} barn; hos utøver nå: {show('children_with_perpetrator', values)}.")
    elif count == 0:
        situation.append("Ingen barn oppgitt.")
    else:
        situation.append(f"Barn: {show('children_count', values)}.")
    flags = red_flags(values)
    interpreter = show("interpreter_needed", values)
    if values.get("interpreter_needed") is True and answered(values.get("language")):
        interpreter += f" ({values['language']})"
    if values.get("going_home") is True:
        next_step = "Personen vil dra hjem; sikkerhetsråd gitt og tilbud om ny kontakt."
    else:
        next_step = "Avtalt: " + show("help_needed", values) + "."
    return "\n".join([
        f"Journalnotat – første henvendelse ({ref})",
        f"Dato: {today.strftime('%d.%m.%Y')}",
        f"Kontakt: {show('contact_mode', values)}. Tolk: {interpreter}.",
        "Situasjonen kort: " + " ".join(situation),
        f"Risiko: akutt fare ved kontakt: {show('acute_danger_now', values)}; fryktet for livet: "
        f"{show('feared_for_life', values)}" + (f"; røde flagg: {', '.join(flags)}." if flags else "."),
        "Informasjon gitt: " + show("information_given", values) + ".",
        "Videre: " + next_step,
    ])


def triage_record(values: dict[str, Any]) -> dict[str, Any]:
    """Slot values → the ``triage`` record (CONTRACTS.md §4); unknown / declined / skipped are null."""
    record: dict[str, Any] = {}
    for q in D.questions:
        value = record_value(values.get(q.slot))
        record[q.key] = list(value) if isinstance(value, list) else value
    if record.get("interpreter_needed") is not True:
        record["language"] = None
    if record.get("children_count") == 0:
        record["children_with_perpetrator"] = False
    for key in ("violence_forms", "help_needed", "information_given"):
        if key in record and values.get(D.by_slot[key].slot) is None:
            record[key] = []
    return record
