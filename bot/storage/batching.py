"""One flush for a group of writes instead of one per row (issue 18: the save turn).

The storage functions flush after each write so that a fault shows where it happened and later
queries in the same session see the rows. A dialogue's save (``bot.dialogue.store``) writes a case,
its records, two or three audit rows and drops the draft in one transaction: SQLAlchemy's unit of
work cost about 1 ms per flush there (4–5 flushes, ~40 % of the submit action, profiled). Inside
``one_flush(session)`` the storage functions leave their rows pending (``flush`` below); the next
query's autoflush or the commit writes them, in the order they were added (the unit of work keeps
the insertion order within a table and puts a parent row before rows that reference it through a
``relationship``). A row that only references another by a plain foreign key (an audit row's
``case_ref``) must find that row flushed already: ``create_case`` still flushes the new case itself.
The transaction stays one: the rows are stored together or not at all, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

_KEY = "krise_one_flush"


@contextmanager
def one_flush(session: Session) -> Iterator[Session]:
    """Storage writes inside the block are flushed together (at the next query or the commit)."""
    session.info[_KEY] = session.info.get(_KEY, 0) + 1
    try:
        yield session
    finally:
        session.info[_KEY] -= 1


def flush(session: Session) -> None:
    """``session.flush()``, unless inside ``one_flush``: then the rows wait for the group's flush."""
    if not session.info.get(_KEY):
        session.flush()
