"""Where a dialogue ends: saved as a case, paused as a draft, or discarded. One transaction each.

A save writes its rows with two flushes (the new case, then the rest: ``batching.one_flush``) and
hands the case it created to the record functions instead of finding it again by ref (issue 18)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.dialogue import note, outcome
from bot.dialogue.safety_mapping import NEW_CASE
from bot.dialogue.schema import Dialogue
from bot.guide.corpus import Corpus
from bot.keys import conversation_key
from bot.storage import batching, case_records, case_store, db
from bot.storage.drafts import delete_draft, latest_draft, save_draft


def case_exists(ref: str) -> bool:
    with db.session_scope() as session:
        try:
            return case_store.get_case(session, ref) is not None
        except ValueError:
            return False


def save_triage(values: dict[str, Any], sender_id: str) -> tuple[str, str]:
    """Store the case, its triage record and journal note; drop the draft. Returns (ref, note)."""
    with db.session_scope() as session, batching.one_flush(session):
        case = case_store.create_case(session, note.triage_record(values),
                                      conversation_key=conversation_key(sender_id))
        text = note.journal_note(values, case.ref)
        case_records.save_journal_note(session, case.ref, text, case=case)
        delete_draft(session, sender_id, "triage")
        return case.ref, text


@dataclass(frozen=True)
class SavedMapping:
    ref: str
    version: int
    new_case: bool
    record: dict[str, Any]
    plan: str


def save_safety_mapping(values: dict[str, Any], sender_id: str, corpus: Corpus | None) -> SavedMapping:
    """Store the mapping with its case (a new case when none was given) as a new version."""
    record = outcome.safety_record(values)
    ref = values.get("sm_case")
    with db.session_scope() as session, batching.one_flush(session):
        case = case_store.get_case(session, ref) if ref and ref != NEW_CASE else None
        new_case = case is None
        if case is None:
            case = case_store.create_case(session, {}, conversation_key=conversation_key(sender_id))
        plan = outcome.safety_plan(record, case.ref, corpus)
        case_records.save_safety_mapping(session, case.ref, record, plan, case=case)
        delete_draft(session, sender_id, "safety_mapping")
        return SavedMapping(case.ref, len(case.safety_versions), new_case, record, plan)


def pause(dialogue: Dialogue, sender_id: str, values: dict[str, Any]) -> None:
    with db.session_scope() as session:
        save_draft(session, sender_id, values, dialogue.name)


def discard(dialogue: Dialogue, sender_id: str) -> None:
    with db.session_scope() as session:
        delete_draft(session, sender_id, dialogue.name)


def take_latest_draft(sender_id: str) -> tuple[str, dict[str, Any]] | None:
    """The most recently paused dialogue's answers; the draft stays until saved or cancelled."""
    with db.session_scope() as session:
        return latest_draft(session, sender_id)
