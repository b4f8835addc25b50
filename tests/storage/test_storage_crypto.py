"""Encryption at rest: the key file, the column types, the migration of old rows, rotation."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from bot import keys
from bot.storage import audit_trail, case_export, case_records, case_store, crypto, db, migrate, rotation
from bot.storage.models import JournalNote, TriageDraft, TriageRecord

NOTE = "Beboeren har avtalt samtale med helsesøster torsdag klokka ni."
LANGUAGE = "tigrinja-dialekt-x"
DETAIL = "hos mormor i Vadsø"


def _stored_case(session) -> str:
    ref = case_store.create_case(session, {"interpreter_needed": True, "language": LANGUAGE,
                                           "children_location": DETAIL}).ref
    case_records.save_journal_note(session, ref, NOTE)
    from bot.storage.drafts import save_draft

    save_draft(session, "chat-1", {"language": LANGUAGE})
    return ref


def _raw_bytes(backend: str, db_url: str, request: pytest.FixtureRequest) -> bytes:
    """What someone who copies the database (file or dump) gets."""
    db.reset_engines()
    if backend == "sqlite":
        path = Path(db_url.removeprefix("sqlite:///"))
        return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    return request.getfixturevalue("pg_cluster").dump(db_url)


def test_key_file_is_created_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import setup

    monkeypatch.setenv("KRISE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(keys.KEYS_ENV, raising=False)
    setup.ensure_keys()  # set-up makes it (tests/storage/test_storage_keys_setup.py: nothing else does)
    ring = keys.load_keyring()
    path = keys.keys_path()
    assert ring.source == str(path) and len(ring.fernet_keys) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert keys.load_keyring() == ring  # stable: read again, not re-created
    assert keys.conversation_key("chat-1") == keys.conversation_key("chat-1") != keys.conversation_key("chat-2")


def test_keys_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRISE_DATA_DIR", str(tmp_path / "data"))
    new, old = keys.new_fernet_key(), keys.new_fernet_key()
    monkeypatch.setenv(keys.KEYS_ENV, f"{new},{old}")
    monkeypatch.setenv(keys.HASH_KEY_ENV, "x" * 40)
    ring = keys.load_keyring()
    assert ring.from_env and ring.fernet_keys == (new, old)
    assert not keys.keys_path().exists()  # nothing written when the environment holds the keys
    monkeypatch.setenv(keys.HASH_KEY_ENV, "short")
    with pytest.raises(keys.KeysUnavailable, match=keys.HASH_KEY_ENV):
        keys.load_keyring()
    monkeypatch.setenv(keys.KEYS_ENV, "not-a-key")
    with pytest.raises(keys.KeysUnavailable, match="Fernet"):
        keys.load_keyring()


def test_content_is_encrypted_in_the_database(engine: Engine, backend: str, db_url: str,
                                              request: pytest.FixtureRequest) -> None:
    with db.session_scope() as session:
        ref = _stored_case(session)
    with engine.connect() as conn:  # the columns hold Fernet tokens, not the text
        for column, table in (("text", "journal_notes"), ("language", "triage_records"),
                              ("details", "triage_records"), ("answers", "triage_drafts")):
            raw = conn.execute(text(f"SELECT {column} FROM {table}")).scalar_one()
            assert raw.startswith("gAAAAA"), (table, column)
    exported = case_export.export_cases()[0]  # and the application reads them back
    assert exported["ref"] == ref and exported["journal_note"] == NOTE
    assert exported["triage"]["language"] == LANGUAGE and exported["triage"]["children_location"] == DETAIL
    dump = _raw_bytes(backend, db_url, request)
    assert ref.encode() in dump  # the dump is real and readable: the opaque ref is stored in clear
    for secret in (NOTE, "helsesøster", LANGUAGE, "Vadsø"):
        assert secret.encode() not in dump, secret


def test_wrong_key_is_a_clear_error(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.session_scope() as session:
        _stored_case(session)
    monkeypatch.setenv(keys.KEYS_ENV, keys.new_fernet_key())
    monkeypatch.setenv(keys.HASH_KEY_ENV, "y" * 40)
    with pytest.raises(crypto.UndecryptableValue, match="nøkkel"):
        case_export.export_cases()


def test_migration_encrypts_existing_rows(db_url: str) -> None:
    """Rows written before 0006 (plain text and JSON) are encrypted in place, and decrypted on downgrade."""
    migrate.upgrade(revision="0002")
    engine = db.make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO cases (id, ref, created_at, updated_at) VALUES "
                          "(1, 'K-2345AB', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        conn.execute(text("INSERT INTO triage_records (case_id, language, details) VALUES "
                          "(1, :lang, :details)"), {"lang": LANGUAGE, "details": json.dumps({"x": DETAIL})})
        conn.execute(text("INSERT INTO journal_notes (case_id, text, created_at) VALUES (1, :note, CURRENT_TIMESTAMP)"),
                     {"note": NOTE})
        conn.execute(text("INSERT INTO triage_drafts (owner, answers, updated_at) VALUES "
                          "('o', :answers, CURRENT_TIMESTAMP)"), {"answers": json.dumps({"language": LANGUAGE})})
    engine.dispose()
    migrate.upgrade()
    with db.session_scope() as session:
        assert session.scalar(select(JournalNote.text)) == NOTE
        assert session.scalar(select(TriageRecord.details)) == {"x": DETAIL}
        assert session.scalar(select(TriageRecord.language)) == LANGUAGE
        assert session.scalar(select(TriageDraft.answers)) == {"language": LANGUAGE}
        assert NOTE not in session.scalar(text("SELECT text FROM journal_notes"))
    db.reset_engines()
    migrate.downgrade(revision="0002")
    engine = db.make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT text FROM journal_notes")).scalar_one() == NOTE
        assert conn.execute(text("SELECT language FROM triage_records")).scalar_one() == LANGUAGE
    engine.dispose()


def test_rotation_reencrypts_everything_and_retires_the_old_key(engine: Engine) -> None:
    with db.session_scope() as session:
        ref = _stored_case(session)
    old_ring = keys.load_keyring()
    with engine.connect() as conn:
        before = conn.execute(text("SELECT text FROM journal_notes")).scalar_one()
    result, created = rotation.rotate(db.session_scope)
    assert created and result.values == 4 and result.columns >= 4
    new_ring = keys.load_keyring()
    assert len(new_ring.fernet_keys) == 1 and new_ring.fernet_keys[0] not in old_ring.fernet_keys
    assert new_ring.hash_key == old_ring.hash_key  # conversation links survive rotation
    assert stat.S_IMODE(keys.keys_path().stat().st_mode) == 0o600
    with engine.connect() as conn:
        after = conn.execute(text("SELECT text FROM journal_notes")).scalar_one()
    assert after != before
    from cryptography.fernet import Fernet, InvalidToken

    with pytest.raises(InvalidToken):  # the old key no longer opens what is stored
        Fernet(old_ring.fernet_keys[0]).decrypt(after.encode())
    assert case_export.export_cases()[0]["journal_note"] == NOTE
    assert case_export.export_cases()[0]["ref"] == ref


def test_every_content_column_is_encrypted() -> None:
    """A guard for new columns: text that can hold what a person said must use an encrypted type."""
    names = {(t.name, c.name) for t, c in rotation.encrypted_columns()}
    assert {("journal_notes", "text"), ("triage_records", "language"), ("triage_records", "details"),
            ("triage_drafts", "answers")} <= names


def test_keys_rotate_via_botctl(db_url: str) -> None:
    from tests.run_botctl import botctl

    assert botctl("db", "upgrade", url=db_url).returncode == 0
    assert stat.S_IMODE(keys.keys_path().stat().st_mode) == 0o600
    with db.session_scope() as session:
        _stored_case(session)
    db.reset_engines()
    refused = botctl("keys", "rotate", url=db_url)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = botctl("keys", "rotate", "--yes", url=db_url)
    assert done.returncode == 0, done.stderr
    assert "5 felt" in done.stdout  # the four case values and the key check value
    status = botctl("keys", "status", url=db_url)
    assert "0600" in status.stdout and "1 (" in status.stdout
    assert case_export.export_cases()[0]["journal_note"] == NOTE
    with db.session_scope() as session:
        assert audit_trail.list_audit(session, action="keys_rotated")[0].actor.startswith("cli:")
    assert os.environ["KRISE_DATA_DIR"] in str(keys.keys_path())
