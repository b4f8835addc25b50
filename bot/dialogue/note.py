"""The first-contact record and its short journal note.

The note states only what was asked and what was answered – each question that applied, in the
dialogue's order, with its answer («ukjent» when not clarified) – and says where its structure comes
from: the steps of the guide's «Første henvendelse». The guide's own text on the note («Lag et kort
journalnotat») is not in the corpus, so the note claims nothing from it. No names: only the case ref.

Without consent to registration (the guide: personal data only with consent, preferably written)
the open answers are not stored; the coded answers are, and the note says so.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.dialogue import persons
from bot.dialogue.first_contact import FIRST_CONTACT_DIALOGUE as D
from bot.dialogue.schema import FREE, record_value

NOTE_SOURCE = ("(Notatet er satt sammen av spørsmålene og svarene i denne samtalen, ordnet etter stegene i "
               "veilederens «Første henvendelse»: inviter til samtale, få oversikt, gi informasjon, vurder hjelp, "
               "registrer. Veilederens egen tekst om journalnotatet er ikke med i assistentens utdrag.)")
WITHHELD = "ikke lagret (ikke samtykke til registrering)"


def consented(values: dict[str, Any]) -> bool:
    return values.get("registration_consent") is True


def journal_note(values: dict[str, Any], ref: str, today: date | None = None) -> str:
    today = today or date.today()
    lines = [f"Journalnotat – første henvendelse ({ref})", f"Dato: {today.strftime('%d.%m.%Y')}"]
    by_part: dict[str, list[str]] = {}
    for q in D.questions:
        if not D.applies(q, values) or q.slot not in values:
            continue
        shown = WITHHELD if q.kind == FREE and not consented(values) else q.show(values[q.slot], limit=None)
        by_part.setdefault(q.part, []).append(f"{q.label}: {shown}")
    for part, items in by_part.items():
        lines.append(f"{part}: " + "; ".join(items) + ".")
    open_questions = D.unresolved_questions(values)
    if open_questions:
        lines.append("Ikke avklart: " + ", ".join(q.label.lower() for q in open_questions) + ".")
    lines.append(NOTE_SOURCE)
    return "\n".join(lines)


def triage_record(values: dict[str, Any]) -> dict[str, Any]:
    """Slot values → the ``triage`` record (CONTRACTS.md §4 keys, then new keys beside them).

    Unknown / declined / skipped are null and listed under ``unresolved``. The person codes of «who is
    she/he afraid of» give the contract's single ``perpetrator_relation`` (the first named) and the
    full ``perpetrator_relations`` list beside it.
    """
    record: dict[str, Any] = {}
    for q in D.questions:
        value = record_value(values.get(q.slot)) if D.applies(q, values) else None
        record[q.key] = list(value) if isinstance(value, list) else value
    named = record.get("perpetrator_relation")
    record["feared_persons"] = named
    relations = persons.relations(named) if isinstance(named, list) else []
    record["perpetrator_relation"] = relations[0] if relations else None
    record["perpetrator_relations"] = relations or None
    if record.get("interpreter_needed") is not True:
        record["language"] = None
    if record.get("children_count") == 0:
        record["children_with_perpetrator"] = False
    for key in ("violence_forms", "help_needed", "information_given"):
        if key in record and values.get(D.by_slot[key].slot) is None:
            record[key] = []
    if not consented(values):
        for q in D.questions:
            if q.kind == FREE:
                record[q.key] = None
    record["unresolved"] = [q.key for q in D.unresolved_questions(values)]
    return record
