"""ORM tables for cases, their records, staff and the audit trail.

Enumerated values are stored as plain strings and validated in ``vocab`` and the writers
(``case_store``, ``case_records``) rather than as database enums, so adding a code to the contract
never needs an ALTER TYPE migration.
Every child of ``cases`` cascades on delete, in the ORM and in the database, because deleting a
case must leave nothing behind about the person.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Float, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from bot.storage.crypto import EncryptedJSON, EncryptedText

# Stable constraint names: Alembic batch mode on SQLite and autogenerate comparisons need them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

REF_PREFIX = "K-"
REF_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud over the phone
REF_LENGTH = 6
STAFF_CODE_PREFIX = "S-"
STAFF_CODE_LENGTH = 4


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_case_ref() -> str:
    """A random code with no link to the person (CONTRACTS.md §4: never a name)."""
    return REF_PREFIX + "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LENGTH))


def new_staff_code() -> str:
    return STAFF_CODE_PREFIX + "".join(secrets.choice(REF_ALPHABET) for _ in range(STAFF_CODE_LENGTH))


class UTCDateTime(TypeDecorator[datetime]):
    """Always timezone-aware UTC in Python, whatever the backend.

    SQLite keeps no offset and PostgreSQL answers in the session time zone; normalising here means
    no caller ever compares naive with aware datetimes or exports a local time by mistake.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[str]: JSON}


class Case(Base):
    """One person's contact with the shelter, known only by its opaque ``ref``."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # bot.keys.conversation_key(sender_id) of the chat that saved the case: lets erasure find the
    # conversation's tracker events without the case ever holding the chat id.
    conversation_key: Mapped[str | None] = mapped_column(String(64), index=True)

    triage: Mapped[TriageRecord | None] = relationship(
        back_populates="case", cascade="all, delete-orphan")
    safety: Mapped[SafetyRecord | None] = relationship(
        back_populates="case", cascade="all, delete-orphan")
    safety_versions: Mapped[list[SafetyVersion]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="SafetyVersion.id")
    journal_note: Mapped[JournalNote | None] = relationship(
        back_populates="case", cascade="all, delete-orphan")

    def touch(self) -> None:
        """Record a change to any part of the case (children do not update this row themselves)."""
        self.updated_at = utcnow()

    def __repr__(self) -> str:  # never include answers: reprs end up in logs
        return f"Case(ref={self.ref!r})"


class TriageRecord(Base):
    """First-contact answers: the §4 ``triage`` keys as columns, anything else in ``details``."""

    __tablename__ = "triage_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    contact_mode: Mapped[str | None] = mapped_column(String(32))
    acute_danger: Mapped[bool | None]
    interpreter_needed: Mapped[bool | None]
    language: Mapped[str | None] = mapped_column(EncryptedText)  # free text: encrypted at rest
    violence_forms: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    perpetrator_relation: Mapped[str | None] = mapped_column(String(32))
    children_count: Mapped[int | None] = mapped_column(Integer)
    children_with_perpetrator: Mapped[bool | None]
    help_needed: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    going_home: Mapped[bool | None]
    details: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)  # may hold free text

    case: Mapped[Case] = relationship(back_populates="triage")

    def __repr__(self) -> str:
        return f"TriageRecord(case_id={self.case_id!r})"


class SafetyRecord(Base):
    """Mapping of violence and threats: 13 true/false/null flags plus the two §4 lists."""

    __tablename__ = "safety_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    escalation: Mapped[bool | None]
    threats_to_kill: Mapped[bool | None]
    weapon_access: Mapped[bool | None]
    strangulation: Mapped[bool | None]
    sexual_violence: Mapped[bool | None]
    stalking_or_surveillance: Mapped[bool | None]
    breached_restraining_order: Mapped[bool | None]
    perpetrator_substance_use: Mapped[bool | None]
    perpetrator_mental_health: Mapped[bool | None]
    children_exposed: Mapped[bool | None]
    recent_separation: Mapped[bool | None]
    honour_related: Mapped[bool | None]
    feared_for_life: Mapped[bool | None]
    red_flags: Mapped[list[str]] = mapped_column(default=list)
    recommended: Mapped[list[str]] = mapped_column(default=list)
    # Answers beyond the 13 contract flags (several perpetrators, the honour branch …); codes only.
    details: Mapped[dict[str, Any] | None] = mapped_column(EncryptedJSON, default=dict)  # may hold free text

    case: Mapped[Case] = relationship(back_populates="safety")

    def __repr__(self) -> str:
        return f"SafetyRecord(case_id={self.case_id!r})"


class SafetyVersion(Base):
    """One completed safety mapping, kept as it was: the case's ``safety_history`` (CONTRACTS.md §4).

    ``record`` holds the ``safety`` keys and the mapping's details (which may hold free text);
    ``plan_text`` is the draft individual safety plan. Both are encrypted at rest.
    """

    __tablename__ = "safety_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    record: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)  # with the details: may hold text
    plan_text: Mapped[str | None] = mapped_column(EncryptedText)  # the safety plan: encrypted at rest

    case: Mapped[Case] = relationship(back_populates="safety_versions")

    def __repr__(self) -> str:
        return f"SafetyVersion(case_id={self.case_id!r}, id={self.id!r})"


class JournalNote(Base):
    """The note drafted for the shelter's own journal; one per case, replaced when redrafted."""

    __tablename__ = "journal_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    text: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    case: Mapped[Case] = relationship(back_populates="journal_note")

    def __repr__(self) -> str:
        return f"JournalNote(case_id={self.case_id!r})"


class StaffMember(Base):
    """Someone allowed to use the Telegram channel, known by a display code rather than a name."""

    __tablename__ = "staff_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    display_code: Mapped[str] = mapped_column(String(16), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="ansatt")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"StaffMember(display_code={self.display_code!r}, role={self.role!r})"


class AuditEvent(Base):
    """Who did what, when. ``detail`` holds codes and counts only (checked in ``vocab``).

    ``case_ref`` cascades so a deleted case takes its own trail with it; the deletion itself is
    logged afterwards without the ref.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(48))
    case_ref: Mapped[str | None] = mapped_column(
        ForeignKey("cases.ref", ondelete="CASCADE"), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)

    def __repr__(self) -> str:
        return f"AuditEvent(action={self.action!r}, case_ref={self.case_ref!r})"


class TriageDraft(Base):
    """A paused dialogue, so «fortsett» can pick up where «pause» left off – one per dialogue.

    ``owner`` is a hash of the chat's sender id (never the id itself); ``dialogue`` says which
    dialogue (``triage``, ``safety_mapping``). The answers are deleted when the dialogue is resumed,
    cancelled or saved. (The table keeps its first name so migrations stay simple.)
    """

    __tablename__ = "triage_drafts"
    __table_args__ = (UniqueConstraint("owner", "dialogue", name="uq_triage_drafts_owner_dialogue"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(64))
    dialogue: Mapped[str] = mapped_column(String(32), default="triage", server_default="triage")
    answers: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AnswerLog(Base):
    """One guide reply and, when staff pressed 👍/👎, their verdict: the list a centre improves the corpus from.

    Nothing here can be joined to a case or a conversation (README, «Tilbakemelding»): ``question``
    is masked and encrypted; the feedback buttons carry a random token and only its keyed hash
    (``token_hash``) is stored, while the stored conversation events keep neither (the tracker store
    masks button payloads); the id is random, not a sequence that lines up with the conversations'
    turns; ``asked_at`` and ``voted_at`` are the day only. Questions asked in the middle of a
    dialogue are not logged at all.
    """

    __tablename__ = "answer_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    asked_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    question: Mapped[str] = mapped_column(EncryptedText)
    decision: Mapped[str] = mapped_column(String(16))
    entry_id: Mapped[str | None] = mapped_column(String(200))
    vote: Mapped[str | None] = mapped_column(String(8))
    voted_at: Mapped[datetime | None]

    def __repr__(self) -> str:  # no question text: reprs end up in logs
        return f"AnswerLog(decision={self.decision!r}, vote={self.vote!r})"


class KeyCheck(Base):
    """One row written at set-up (``./botctl db upgrade``): a fixed text encrypted with the keys and
    its keyed hash (``bot.keys.check_values``). Servers and the bridge refuse to start when their keys
    do not open it (``bot.keys.verify_database``). ``fernet_check`` is an encrypted column like the
    case content, so ``keys rotate`` re-encrypts it with the rest."""

    __tablename__ = "key_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fernet_check: Mapped[str] = mapped_column(EncryptedText)  # bot.keys.CHECK_PLAINTEXT
    hash_check: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- staff invites (Telegram enrolment, issue 10) -------------------------------------------------

INVITE_HANDLE_PREFIX = "I-"
INVITE_CODE_GROUPS = 3  # 12 characters from a 31-letter alphabet: about 59 bits, and single use
INVITE_GROUP_LENGTH = 4


def new_invite_code() -> str:
    """A one-time enrolment code such as ``7K2Q-M9XD-4TRW`` (fits Telegram's /start parameter)."""
    return "-".join("".join(secrets.choice(REF_ALPHABET) for _ in range(INVITE_GROUP_LENGTH))
                    for _ in range(INVITE_CODE_GROUPS))


def new_invite_handle() -> str:
    return INVITE_HANDLE_PREFIX + "".join(secrets.choice(REF_ALPHABET) for _ in range(STAFF_CODE_LENGTH))


class StaffInvite(Base):
    """A one-time enrolment code for the Telegram channel.

    Only a hash of the code is stored, so a copy of the database cannot be used to enrol; the
    ``handle`` is a separate, harmless name for listing and revoking. Redeeming sets ``used_at``
    in one conditional UPDATE, so two accounts racing for the same code cannot both get in.
    """

    __tablename__ = "staff_invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handle: Mapped[str] = mapped_column(String(16), unique=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id", ondelete="SET NULL"))

    def __repr__(self) -> str:  # never the code or its hash
        return f"StaffInvite(handle={self.handle!r}, role={self.role!r})"


class TrackerEvent(Base):
    """Rasa's conversation events (``SQLTrackerStore``'s ``events`` table), declared here so Alembic
    creates it and erasure and purge can delete from it.

    Written only by the Rasa server through ``bot.rasa_plugins.tracker_store``: ``sender_id`` is a
    ``conversation_key`` (never the chat id) and ``data`` has its free text masked. The columns
    must stay exactly as Rasa 3.6 declares them.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sender_id: Mapped[str] = mapped_column(String(255), index=True)
    type_name: Mapped[str] = mapped_column(String(255))
    timestamp: Mapped[float | None] = mapped_column(Float)
    intent_name: Mapped[str | None] = mapped_column(String(255))
    action_name: Mapped[str | None] = mapped_column(String(255))
    data: Mapped[str | None] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"TrackerEvent(id={self.id!r}, type_name={self.type_name!r})"


# The web workspace's tables live in their own module; importing it here registers them on
# ``Base.metadata``, so Alembic and the schema tests see one complete schema.
from bot.storage import web_models  # noqa: E402,F401
