"""Guide replies and staff votes on them: log, vote, and the lists ``./botctl feedback`` prints.

Functions take an open session and never commit (see ``bot.storage``). Questions are stored with
identifiers masked, encrypted, and with nothing that joins them to a case or a conversation: the
buttons carry a random token of which only a keyed hash is kept (the stored conversation events
keep neither), the row id is random, and times are kept as the day only (``models.AnswerLog``).
"""

from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Integer, bindparam, func, select, text
from sqlalchemy.orm import Session

from bot import keys
from bot.storage.dml import rows_affected
from bot.storage.models import AnswerLog, utcnow
from bot.text.mask import mask_text

DECISIONS = ("answer", "clarify", "none")
VOTES = ("up", "down")
MAX_QUESTION_CHARS = 500
MAX_TOKEN_CHARS = 32
TOKEN_LABEL = b"feedback-token:"  # keys.keyed_digest label (migration 0007 hashes old refs with it)
_MAX_ID = 2**31 - 1  # an INTEGER on PostgreSQL
_UPSERT_DIALECTS = ("sqlite", "postgresql")  # both read INSERT … ON CONFLICT (id) DO NOTHING RETURNING id
_COLUMNS = ("id", "token_hash", "asked_at", "question", "decision", "entry_id")
_UPSERT = text(f"INSERT INTO {AnswerLog.__tablename__} ({', '.join(_COLUMNS)}) "
               f"VALUES ({', '.join(':' + c for c in _COLUMNS)}) ON CONFLICT (id) DO NOTHING RETURNING id").bindparams(
    *(bindparam(c, type_=AnswerLog.__table__.c[c].type) for c in _COLUMNS)).columns(id=Integer)


def token_hash(token: str) -> str:
    """What the row keeps of its buttons' token: a keyed hash, so the token itself is stored nowhere."""
    return keys.keyed_digest(TOKEN_LABEL, token)


def day(moment: datetime) -> datetime:
    """The UTC day only: a time to the second would line a row up with the conversation's events."""
    return moment.astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)


def _random_id(session: Session) -> int:
    while True:
        candidate = secrets.randbelow(_MAX_ID) + 1
        if session.get(AnswerLog, candidate) is None:
            return candidate


def _insert_at_a_free_id(session: Session, values: dict[str, Any]) -> None:
    """Insert the row under a random id that no row has yet.

    On SQLite and PostgreSQL the INSERT itself tells a taken id (``ON CONFLICT (id) DO NOTHING``
    inserts no row; then a new id is drawn), instead of a SELECT for each id first: the answer log
    is written on every guide reply, by the action server's one thread after the reply (issue 18),
    and a taken id out of 2³¹ is rare. The statement is one ``text`` construct with the columns'
    own types on its parameters (the question is encrypted, the day made UTC as by the model), so
    SQLAlchemy compiles it once: the dialects' ``insert … on_conflict_do_nothing`` cannot be cached
    and was compiled again for every row (0.9 of the write's 1.4 ms of CPU; issue 14). Other
    databases look the id up first, as before."""
    name = session.get_bind().dialect.name
    if name not in _UPSERT_DIALECTS:
        session.add(AnswerLog(id=_random_id(session), **values))
        session.flush()
        return
    while True:
        # the row went in when the id comes back (the driver's rowcount may be -1)
        if session.execute(_UPSERT, {"id": secrets.randbelow(_MAX_ID) + 1, **values}).first() is not None:
            return


def new_token() -> str:
    """A token for the 👍/👎 buttons of one reply (made before its row is written: ``log_answer``)."""
    return secrets.token_urlsafe(12)


def log_answer(session: Session, question: str, decision: str, entry_id: str | None,
               token: str | None = None) -> str:
    """Store one guide reply; return the token its feedback buttons carry (``token`` when given)."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
    token = token or new_token()
    _insert_at_a_free_id(session, {"token_hash": token_hash(token), "asked_at": day(utcnow()),
                                   "question": mask_text(" ".join(question.split()))[:MAX_QUESTION_CHARS],
                                   "decision": decision, "entry_id": entry_id})
    return token


def record_vote(session: Session, token: str, vote: str) -> bool:
    """Set (or change) the vote on a logged answer; False when there is no such answer."""
    if vote not in VOTES:
        raise ValueError(f"vote must be one of {', '.join(VOTES)}, got {vote!r}")
    token = str(token)
    if not token or len(token) > MAX_TOKEN_CHARS:
        return False
    row = session.scalar(select(AnswerLog).where(AnswerLog.token_hash == token_hash(token)))
    if row is None:
        return False
    row.vote = vote
    row.voted_at = day(utcnow())
    session.flush()
    return True


def purge(session: Session, cutoff: datetime) -> int:
    """Delete the rows asked before ``cutoff`` (retention); returns how many."""
    from sqlalchemy import delete

    return rows_affected(session, delete(AnswerLog).where(AnswerLog.asked_at < cutoff))


@dataclass(frozen=True)
class EntryVotes:
    entry_id: str
    answers: int
    up: int
    down: int


def declined_questions(session: Session, since: datetime | None = None, limit: int = 20) -> list[tuple[str, int]]:
    """The questions the guide had no answer for, most often asked first (counted here, not in SQL:
    the questions are encrypted, so equal questions are different tokens in the database)."""
    stmt = select(AnswerLog.question).where(AnswerLog.decision == "none")
    if since is not None:
        stmt = stmt.where(AnswerLog.asked_at >= day(since))
    counts = Counter(session.scalars(stmt))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]


def votes_by_entry(session: Session, since: datetime | None = None, limit: int = 20) -> list[EntryVotes]:
    """Subsections by 👎 (then fewest 👍), with how often they were given as an answer."""
    stmt = (select(AnswerLog.entry_id, func.count(),
                   func.count().filter(AnswerLog.vote == "up"), func.count().filter(AnswerLog.vote == "down"))
            .where(AnswerLog.decision == "answer", AnswerLog.entry_id.is_not(None))
            .group_by(AnswerLog.entry_id))
    if since is not None:
        stmt = stmt.where(AnswerLog.asked_at >= day(since))
    rows = [EntryVotes(e, n, up, dn) for e, n, up, dn in session.execute(stmt)]
    rows.sort(key=lambda r: (-r.down, r.up, r.entry_id))
    return [r for r in rows if r.up or r.down][:limit]


def disliked_questions(session: Session, since: datetime | None = None, limit: int = 20) -> list[AnswerLog]:
    """Answers staff voted 👎, newest first, with the question that got them."""
    stmt = (select(AnswerLog).where(AnswerLog.vote == "down")
            .order_by(AnswerLog.voted_at.desc(), AnswerLog.id).limit(limit))
    if since is not None:
        stmt = stmt.where(AnswerLog.asked_at >= day(since))
    return list(session.scalars(stmt))
