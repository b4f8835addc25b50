"""Read models of the web workspace: the case list, the shift handover, and a staff member's own work.

The case list reads only unencrypted columns (codes, flags, times), so a page of 1,000 cases costs
no decryption. A staff member's own work is found through keyed hashes, never her id: cases by the
``conversation_key`` they were saved with (``bot.keys``), completed mappings and unanswered
questions through ``staff_activity``. Like the rest of ``bot.storage``, functions take a session and never commit.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import String, and_, cast, delete, func, not_, select
from sqlalchemy.orm import Session

from bot.keys import load_keyring
from bot.storage import feedback
from bot.storage.dml import rows_affected
from bot.storage.models import AnswerLog, Case, JournalNote, SafetyRecord, SafetyVersion, TriageDraft, TriageRecord
from bot.storage.web_models import StaffActivity
from bot.text.mask import mask_text

MAPPING, UNANSWERED = "mapping", "unanswered"
# The turn's start and end (the workspace) and a version's created_at (the action server) come from the
# same machine's clock; a little slack covers a clock step (NTP) during the turn, and is far shorter
# than the minutes a mapping takes, so an earlier version of the same case never falls inside.
CLOCK_SLACK = timedelta(milliseconds=100)
HANDOVER_QUESTIONS = 30


# --- the case list --------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseRow:
    ref: str
    created_at: datetime
    updated_at: datetime
    contact_mode: str | None
    acute_danger: bool | None
    red_flags: tuple[str, ...]
    versions: int
    has_note: bool


def case_rows(session: Session, *, since: datetime | None = None, until: datetime | None = None,
              red_flags: bool | None = None, has_mapping: bool | None = None, offset: int = 0,
              limit: int | None = None) -> tuple[list[CaseRow], int]:
    """(one page of cases newest first, how many match): filtered by creation time, by whether the
    latest mapping has red flags, and by whether a mapping was done. Everything runs in SQL, so a
    page costs the same with 1,000 cases as with 10."""
    versions = (select(SafetyVersion.case_id, func.count().label("n")).group_by(SafetyVersion.case_id)
                .subquery())
    # red_flags is a JSON list; compared as text ("[]" when empty) it reads the same on SQLite and
    # PostgreSQL (whose json type has no equality operator).
    flagged = and_(SafetyRecord.id.is_not(None), cast(SafetyRecord.red_flags, String) != "[]")
    conditions = []
    if since is not None:
        conditions.append(Case.created_at >= since)
    if until is not None:
        conditions.append(Case.created_at < until)
    if red_flags is not None:
        conditions.append(flagged if red_flags else not_(flagged))
    if has_mapping is not None:
        conditions.append(versions.c.n.is_not(None) if has_mapping else versions.c.n.is_(None))
    joined = (select(Case.ref, Case.created_at, Case.updated_at, TriageRecord.contact_mode,
                     TriageRecord.acute_danger, SafetyRecord.red_flags, versions.c.n, JournalNote.id)
              .outerjoin(TriageRecord, TriageRecord.case_id == Case.id)
              .outerjoin(SafetyRecord, SafetyRecord.case_id == Case.id)
              .outerjoin(JournalNote, JournalNote.case_id == Case.id)
              .outerjoin(versions, versions.c.case_id == Case.id)
              .where(*conditions))
    total = session.scalar(select(func.count()).select_from(joined.subquery())) or 0
    stmt = joined.order_by(Case.created_at.desc(), Case.id.desc()).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = [CaseRow(ref, created, updated, mode, acute, tuple(flags or ()), n or 0, note is not None)
            for ref, created, updated, mode, acute, flags, n, note in session.execute(stmt)]
    return rows, total


def answers_by_entry(session: Session, since: datetime | None = None) -> list[tuple[str, int]]:
    """(subsection id, how often it was given as the answer), most often first: with the corpus's
    coverage marks, which «delvis» entries staff ask about most (the leader's feedback page)."""
    stmt = (select(AnswerLog.entry_id, func.count()).where(AnswerLog.decision == "answer",
                                                          AnswerLog.entry_id.is_not(None))
            .group_by(AnswerLog.entry_id).order_by(func.count().desc(), AnswerLog.entry_id))
    if since is not None:
        stmt = stmt.where(AnswerLog.asked_at >= since)
    return [(entry_id, n) for entry_id, n in session.execute(stmt)]


# --- a staff member's own work ------------------------------------------------------------------

def stored_question(text: str) -> str:
    """The question as the answer log keeps it (``feedback.log_answer``): spaces collapsed, masked, cut."""
    return mask_text(" ".join(text.split()))[:feedback.MAX_QUESTION_CHARS]


def question_key(text: str) -> str:
    """A keyed hash of a question as stored: matches the answer log's row without storing the text twice."""
    return hmac.new(load_keyring().hash_key, b"unanswered:" + stored_question(text).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def link_unanswered(session: Session, staff_key: str, question: str) -> None:
    """Remember that this staff member asked a question the guide could not answer."""
    session.add(StaffActivity(staff_key=staff_key, kind=UNANSWERED, question_key=question_key(question)))
    session.flush()


def link_mappings(session: Session, staff_key: str, refs: Iterable[str], start: datetime, end: datetime) -> int:
    """Link the mappings saved during one of her turns (``start``–``end``) on the cases its reply named.

    Both conditions together: another person's mapping saved in the same second names another case,
    and a case named in passing had no mapping saved in that turn.
    """
    refs = sorted({r.upper() for r in refs})
    if not refs:
        return 0
    found = session.scalars(select(SafetyVersion.id).join(Case, Case.id == SafetyVersion.case_id).where(
        Case.ref.in_(refs), SafetyVersion.created_at >= start - CLOCK_SLACK,
        SafetyVersion.created_at <= end + CLOCK_SLACK)).all()
    linked = set(session.scalars(select(StaffActivity.version_id).where(
        StaffActivity.kind == MAPPING, StaffActivity.version_id.in_(found))))
    new = [v for v in found if v not in linked]
    for version_id in new:
        session.add(StaffActivity(staff_key=staff_key, kind=MAPPING, version_id=version_id))
    session.flush()
    return len(new)


def purge_activity(session: Session, cutoff: datetime) -> int:
    """Links older than retention go (what they pointed to is purged at the same age)."""
    return rows_affected(session, delete(StaffActivity).where(StaffActivity.at < cutoff))


# --- the shift handover ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Owner:
    """Whose handover: her keyed hashes (``staff_key``: the conversation key of her web chat; the
    draft owner of that chat)."""

    staff_key: str
    draft_owner: str


@dataclass(frozen=True)
class HandoverCase:
    ref: str
    created_at: datetime
    contact_mode: str | None
    acute_danger: bool | None
    red_flags: tuple[str, ...]


@dataclass(frozen=True)
class HandoverMapping:
    ref: str
    created_at: datetime
    version: int
    red_flags: tuple[str, ...]
    recommended: tuple[str, ...]


@dataclass(frozen=True)
class HandoverDraft:
    dialogue: str
    updated_at: datetime


@dataclass
class Handover:
    since: datetime
    cases: list[HandoverCase] = field(default_factory=list)
    mappings: list[HandoverMapping] = field(default_factory=list)
    drafts: list[HandoverDraft] = field(default_factory=list)
    unanswered: list[tuple[str, int]] = field(default_factory=list)


def handover(session: Session, since: datetime, owner: Owner | None = None) -> Handover:
    """What happened since ``since``: everyone's (``owner`` None, a leader) or one staff member's.

    Paused dialogues are listed whenever they were paused: until resumed to the end or cancelled,
    they are open work for the next shift.
    """
    result = Handover(since)
    cases = (select(Case.ref, Case.created_at, TriageRecord.contact_mode, TriageRecord.acute_danger,
                    SafetyRecord.red_flags)
             .outerjoin(TriageRecord, TriageRecord.case_id == Case.id)
             .outerjoin(SafetyRecord, SafetyRecord.case_id == Case.id)
             .where(Case.created_at >= since).order_by(Case.created_at.desc(), Case.id.desc()))
    if owner is not None:
        cases = cases.where(Case.conversation_key == owner.staff_key)
    result.cases = [HandoverCase(ref, created, mode, acute, tuple(flags or ()))
                    for ref, created, mode, acute, flags in session.execute(cases)]

    # Only the columns shown: each version's record is decrypted, its plan text is not needed here.
    mappings = (select(SafetyVersion.id, SafetyVersion.case_id, SafetyVersion.created_at, SafetyVersion.record,
                       Case.ref).join(Case, Case.id == SafetyVersion.case_id)
                .where(SafetyVersion.created_at >= since)
                .order_by(SafetyVersion.created_at.desc(), SafetyVersion.id.desc()))
    if owner is not None:
        mappings = mappings.where(SafetyVersion.id.in_(select(StaffActivity.version_id).where(
            StaffActivity.staff_key == owner.staff_key, StaffActivity.kind == MAPPING)))
    found = session.execute(mappings).all()
    numbers = _version_numbers(session, {case_id for _, case_id, _, _, _ in found})
    for version_id, _, created_at, record, ref in found:
        record = record or {}
        result.mappings.append(HandoverMapping(ref, created_at, numbers.get(version_id, 0),
                                               tuple(record.get("red_flags") or ()),
                                               tuple(record.get("recommended") or ())))

    drafts = select(TriageDraft.dialogue, TriageDraft.updated_at).order_by(TriageDraft.updated_at.desc())
    if owner is not None:
        drafts = drafts.where(TriageDraft.owner == owner.draft_owner)
    result.drafts = [HandoverDraft(d, at) for d, at in session.execute(drafts)]

    if owner is None:
        result.unanswered = feedback.declined_questions(session, since, HANDOVER_QUESTIONS)
    else:
        mine = Counter(session.scalars(select(StaffActivity.question_key).where(
            StaffActivity.staff_key == owner.staff_key, StaffActivity.kind == UNANSWERED,
            StaffActivity.at >= since)))
        if mine:
            everyone = feedback.declined_questions(session, since, limit=10_000)
            result.unanswered = [(q, mine[key]) for q, _ in everyone if (key := question_key(q)) in mine]
    return result


def paused_dialogue(session: Session, draft_owner: str) -> str | None:
    """The dialogue this owner paused most recently (``triage``, ``safety_mapping``), without reading
    (decrypting) its answers: the chat page only says that there is one to resume."""
    return session.scalar(select(TriageDraft.dialogue).where(TriageDraft.owner == draft_owner)
                          .order_by(TriageDraft.updated_at.desc(), TriageDraft.id.desc()).limit(1))


def _version_numbers(session: Session, case_ids: set[int]) -> dict[int, int]:
    """Version id → its number on its case (1 = the first mapping)."""
    if not case_ids:
        return {}
    numbers: dict[int, int] = {}
    counts: Counter[int] = Counter()
    for version_id, case_id in session.execute(select(SafetyVersion.id, SafetyVersion.case_id)
                                               .where(SafetyVersion.case_id.in_(case_ids)).order_by(SafetyVersion.id)):
        counts[case_id] += 1
        numbers[version_id] = counts[case_id]
    return numbers
