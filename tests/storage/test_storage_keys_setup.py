"""Keys fail closed (issue 15): only set-up (``./botctl db upgrade``) creates them; everything else
refuses, with a clear Norwegian message, when the key file is missing or does not open the check
value stored in the database – instead of making new keys and writing under them."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot import keys, setup
from bot.config import PROJECT_ROOT
from bot.storage import crypto, db, migrate
from bot.telegram.settings import SENDER_KEY_FILE
from tests.run_botctl import botctl


@pytest.fixture
def empty_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("KRISE_DATA_DIR", str(data))
    monkeypatch.delenv(keys.KEYS_ENV, raising=False)
    monkeypatch.delenv(keys.HASH_KEY_ENV, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{data / 'krise.sqlite3'}")
    db.reset_engines()
    yield data
    db.reset_engines()


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_nothing_but_set_up_creates_keys(empty_data_dir: Path) -> None:
    for use in (keys.load_keyring, lambda: crypto.encrypt("x"), lambda: keys.conversation_key("chat-1")):
        with pytest.raises(keys.KeysUnavailable, match="botctl db upgrade"):
            use()
    assert not keys.keys_path().exists()
    assert _files(empty_data_dir) == []


def test_set_up_creates_the_keys_once_and_privately(empty_data_dir: Path) -> None:
    created = setup.ensure_keys()
    assert set(created) == {keys.keys_path(), empty_data_dir / SENDER_KEY_FILE}
    for path in created:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.keys_path().parent.stat().st_mode) == 0o700
    ring = keys.load_keyring()
    before = {p: p.read_bytes() for p in created}
    assert setup.ensure_keys() == []  # the second time: nothing new, nothing replaced
    assert {p: p.read_bytes() for p in created} == before and keys.load_keyring() == ring


def test_botctl_db_upgrade_creates_keys_and_the_check_value(empty_data_dir: Path) -> None:
    url = os.environ["DATABASE_URL"]
    out = botctl("db", "upgrade", url=url)
    assert out.returncode == 0, out.stderr
    assert "Nøkkelfil" in out.stdout and keys.keys_path().exists()
    keys.verify_database(db.get_engine())  # the servers' start-up check passes


def _replace_key_file() -> None:
    """What a server used to do when keys.json was gone: new random keys in its place."""
    path = keys.keys_path()
    path.write_text(json.dumps({"fernet": [keys.new_fernet_key()], "hash_key": "h" * 44}))


def test_a_replaced_or_missing_key_file_is_refused(empty_data_dir: Path) -> None:
    setup.run()
    engine = db.get_engine()
    keys.verify_database(engine)
    original = keys.keys_path().read_bytes()
    _replace_key_file()
    with pytest.raises(keys.KeysUnavailable, match="passer ikke"):
        keys.verify_database(engine)
    keys.keys_path().write_bytes(original)
    keys.verify_database(engine)
    keys.keys_path().unlink()
    with pytest.raises(keys.KeysUnavailable, match="finnes ikke"):
        keys.verify_database(engine)


def test_a_new_hash_key_is_refused_too(empty_data_dir: Path) -> None:
    """Conversations are found by a keyed hash: another hash key would orphan every case's link."""
    setup.run()
    data = json.loads(keys.keys_path().read_text())
    data["hash_key"] = "x" * 44
    keys.keys_path().write_text(json.dumps(data))
    with pytest.raises(keys.KeysUnavailable, match="passer ikke"):
        keys.verify_database(db.get_engine())


def test_a_database_without_the_check_value_is_refused(empty_data_dir: Path) -> None:
    setup.ensure_keys()
    migrate.upgrade(revision="0006")  # before the check value existed
    with pytest.raises(keys.KeysUnavailable, match="botctl db upgrade"):
        keys.verify_database(db.get_engine())


def test_rotation_keeps_the_check_value_readable(empty_data_dir: Path) -> None:
    from bot.storage import rotation

    setup.run()
    rotation.rotate(db.session_scope)
    keys.verify_database(db.get_engine())


def _env(data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (keys.KEYS_ENV, keys.HASH_KEY_ENV)}
    return {**env, "KRISE_DATA_DIR": str(data), "DATABASE_URL": f"sqlite:///{data / 'krise.sqlite3'}",
            "PYTHONPATH": str(PROJECT_ROOT), **extra}


def test_the_bridge_refuses_to_start(empty_data_dir: Path) -> None:
    setup.run()
    db.reset_engines()
    env = _env(empty_data_dir, TELEGRAM_BOT_TOKEN="1:offline", TELEGRAM_API_URL="http://127.0.0.1:9")
    _replace_key_file()
    out = subprocess.run([sys.executable, "-m", "bot.telegram"], env=env, capture_output=True, text=True,
                         timeout=120, cwd=PROJECT_ROOT)
    assert out.returncode == 2 and "passer ikke" in out.stderr, out.stderr
    keys.keys_path().unlink()
    out = subprocess.run([sys.executable, "-m", "bot.telegram"], env=env, capture_output=True, text=True,
                         timeout=120, cwd=PROJECT_ROOT)
    assert out.returncode == 2 and "botctl db upgrade" in out.stderr, out.stderr
    assert not keys.keys_path().exists()


def test_the_bridge_needs_its_sender_key_from_set_up(empty_data_dir: Path) -> None:
    setup.run()
    db.reset_engines()
    (empty_data_dir / SENDER_KEY_FILE).unlink()
    env = _env(empty_data_dir, TELEGRAM_BOT_TOKEN="1:offline", TELEGRAM_API_URL="http://127.0.0.1:9")
    out = subprocess.run([sys.executable, "-m", "bot.telegram"], env=env, capture_output=True, text=True,
                         timeout=120, cwd=PROJECT_ROOT)
    assert out.returncode == 2 and "botctl db upgrade" in out.stderr, out.stderr
    assert not (empty_data_dir / SENDER_KEY_FILE).exists()


def test_the_action_server_refuses_to_start(empty_data_dir: Path) -> None:
    """``python -m actions`` (how serve.sh starts it) checks the keys first; with a key file that
    does not fit the database it stops there, before serving anything."""
    setup.run()
    db.reset_engines()
    _replace_key_file()
    from bot.testing.served import free_port

    out = subprocess.run([str(PROJECT_ROOT / ".venv" / "bin" / "python"), "-m", "actions", "--port", str(free_port())],
                         env=_env(empty_data_dir), capture_output=True, text=True, timeout=300, cwd=PROJECT_ROOT)
    assert out.returncode != 0
    assert "passer ikke" in out.stdout + out.stderr


def test_set_up_does_not_replace_lost_keys_for_existing_data(empty_data_dir: Path) -> None:
    """A lost key file is restored from the backup; set-up does not paper over it with new keys."""
    url = os.environ["DATABASE_URL"]
    assert botctl("db", "upgrade", url=url).returncode == 0
    keys.keys_path().unlink()
    again = botctl("db", "upgrade", url=url)
    assert again.returncode == 1 and "sikkerhetskopien" in again.stderr
    assert not keys.keys_path().exists()
