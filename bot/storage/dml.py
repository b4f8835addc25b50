"""Row counts of UPDATE and DELETE statements, typed.

``Session.execute`` is typed as returning a plain ``Result``; for DML it is a ``CursorResult``,
which alone carries ``rowcount``. One place asserts that, so callers get an ``int``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CursorResult
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Delete, Update


def rows_affected(session: Session, statement: Delete | Update, **kwargs: Any) -> int:
    """Execute an UPDATE or DELETE and return how many rows it touched."""
    result = session.execute(statement, **kwargs)
    assert isinstance(result, CursorResult)
    return result.rowcount
