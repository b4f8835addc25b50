"""Guide replies and staff votes on them: log, vote, and the lists ``./botctl feedback`` prints.

Functions take an open session and never commit (see ``repository``). Questions are stored with
identifiers masked and with no link to a case or a conversation.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.storage.models import AnswerLog, utcnow
from bot.text.mask import mask_text

DECISIONS = ("answer", "clarify", "none")
VOTES = ("up", "down")
MAX_QUESTION_CHARS = 500


def log_answer(session: Session, question: str, decision: str, entry_id: str | None) -> str:
    """Store one guide reply; return the token its feedback buttons carry."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
    ref = secrets.token_hex(6)
    session.add(AnswerLog(ref=ref, question=mask_text(" ".join(question.split()))[:MAX_QUESTION_CHARS],
                          decision=decision, entry_id=entry_id))
    session.flush()
    return ref


def record_vote(session: Session, ref: str, vote: str) -> bool:
    """Set (or change) the vote on a logged answer; False when there is no such answer."""
    if vote not in VOTES:
        raise ValueError(f"vote must be one of {', '.join(VOTES)}, got {vote!r}")
    row = session.scalar(select(AnswerLog).where(AnswerLog.ref == str(ref)[:16]))
    if row is None:
        return False
    row.vote = vote
    row.voted_at = utcnow()
    session.flush()
    return True


@dataclass(frozen=True)
class EntryVotes:
    entry_id: str
    answers: int
    up: int
    down: int


def declined_questions(session: Session, since: datetime | None = None, limit: int = 20) -> list[tuple[str, int]]:
    """The questions the guide had no answer for, most often asked first."""
    stmt = (select(AnswerLog.question, func.count()).where(AnswerLog.decision == "none")
            .group_by(AnswerLog.question).order_by(func.count().desc(), AnswerLog.question).limit(limit))
    if since is not None:
        stmt = stmt.where(AnswerLog.asked_at >= since)
    return [(q, n) for q, n in session.execute(stmt)]


def votes_by_entry(session: Session, since: datetime | None = None, limit: int = 20) -> list[EntryVotes]:
    """Subsections by 👎 (then fewest 👍), with how often they were given as an answer."""
    stmt = (select(AnswerLog.entry_id, func.count(),
                   func.count().filter(AnswerLog.vote == "up"), func.count().filter(AnswerLog.vote == "down"))
            .where(AnswerLog.decision == "answer", AnswerLog.entry_id.is_not(None))
            .group_by(AnswerLog.entry_id))
    if since is not None:
        stmt = stmt.where(AnswerLog.asked_at >= since)
    rows = [EntryVotes(e, n, up, dn) for e, n, up, dn in session.execute(stmt)]
    rows.sort(key=lambda r: (-r.down, r.up, r.entry_id))
    return [r for r in rows if r.up or r.down][:limit]


def disliked_questions(session: Session, since: datetime | None = None, limit: int = 20) -> list[AnswerLog]:
    """Answers staff voted 👎, newest first, with the question that got them."""
    stmt = (select(AnswerLog).where(AnswerLog.vote == "down")
            .order_by(AnswerLog.voted_at.desc(), AnswerLog.id.desc()).limit(limit))
    if since is not None:
        stmt = stmt.where(AnswerLog.asked_at >= since)
    return list(session.scalars(stmt))
