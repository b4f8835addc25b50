"""Tables of the staff web workspace (issue 17): passphrases, sessions, and who did what in it.

Kept apart from ``models`` (which imports this module at its end so ``Base.metadata`` is complete
for Alembic and the schema tests). Nothing here holds case content or free text:

- ``staff_passphrases``: an argon2 hash per staff member who enrolled in the browser;
- ``web_sessions``: server-side sessions, stored only as a SHA-256 of the cookie's token, so a copy
  of the database cannot be used to sign in;
- ``staff_activity``: what the shift handover needs to show a staff member her own work without the
  case or the answer log knowing who she is – a keyed hash of her staff id beside a mapping version
  she saved or a keyed hash of a question the guide could not answer.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models import Base, utcnow


class StaffPassphrase(Base):
    """The argon2 hash (with its own salt and parameters) of a staff member's web passphrase."""

    __tablename__ = "staff_passphrases"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id", ondelete="CASCADE"), primary_key=True)
    hash: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:  # never the hash
        return f"StaffPassphrase(staff_id={self.staff_id!r})"


class WebSession(Base):
    """One signed-in browser. ``last_seen_at`` drives the idle timeout, ``created_at`` the absolute one."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:  # never the token hash
        return f"WebSession(id={self.id!r}, staff_id={self.staff_id!r})"


class StaffActivity(Base):
    """A link from a staff member (``staff_key``: a keyed hash of her id) to her own work, for the handover.

    ``kind`` is ``mapping`` (``version_id``: a safety mapping she completed in the workspace) or
    ``unanswered`` (``question_key``: a keyed hash of a question she asked that the guide could not
    answer; the question itself stays only in the answer log). Both links go with what they point to.
    """

    __tablename__ = "staff_activity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_key: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    version_id: Mapped[int | None] = mapped_column(ForeignKey("safety_versions.id", ondelete="CASCADE"))
    question_key: Mapped[str | None] = mapped_column(String(64))

    def __repr__(self) -> str:
        return f"StaffActivity(kind={self.kind!r}, id={self.id!r})"
