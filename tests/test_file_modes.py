"""Private files (issue 15): the data directory 0700 and everything in it 0600 after set-up, and every
entry point (scripts, botctl, make, the systemd units) runs with umask 0077, so what the servers,
the bridge and botctl write later (database journals, logs, keys) is private too.

With the usual umask 0022 the data directory used to be 0755 and the SQLite file 0644: per-case
flags, staff Telegram ids and conversation events readable by every local account."""

from __future__ import annotations

import os
import re
import stat
import subprocess
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT

ENTRY_SCRIPTS = sorted(p for p in (PROJECT_ROOT / "scripts").iterdir() if p.is_file())
UNITS = sorted((PROJECT_ROOT / "deploy" / "systemd").glob("*.service"))


def _modes(root: Path) -> dict[str, str]:
    """Every path under ``root`` (and root itself) whose mode lets anyone but the owner in."""
    loose = {}
    for path in [root, *root.rglob("*")]:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            continue
        wanted = 0o700 if stat.S_ISDIR(info.st_mode) else 0o600
        if stat.S_IMODE(info.st_mode) != wanted:
            loose[str(path.relative_to(root))] = oct(stat.S_IMODE(info.st_mode))
    return loose


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "KRISE_DATA_DIR": str(data), "DATABASE_URL": f"sqlite:///{data / 'krise.sqlite3'}"}


def test_set_up_leaves_the_data_directory_private(tmp_path: Path) -> None:
    """``make db`` (the database step of ``make setup``, which ``make run`` runs) from a shell with
    the usual umask 0022, over a data directory an older version left readable."""
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True, mode=0o755)
    os.chmod(data, 0o755)
    old_log = data / "logs" / "rasa-5005.log"
    old_log.write_text("gammel logg\n")
    os.chmod(old_log, 0o644)
    # -o .venv/.stamp: the environments are make setup's first step and are built before the tests run;
    # this test is about the data step, and must never reinstall a shared environment.
    out = subprocess.run(["bash", "-c", "umask 022 && make -s -o .venv/.stamp db"], cwd=PROJECT_ROOT,
                         env=_env(data), capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    files = {str(p.relative_to(data)) for p in data.rglob("*") if p.is_file()}
    assert {"krise.sqlite3", "secrets/keys.json", "telegram_sender.key", "logs/rasa-5005.log"} <= files
    assert _modes(data) == {}
    # botctl writing later (a journal next to the database while it writes) keeps it that way
    out = subprocess.run(["bash", "-c", "umask 022 && ./botctl staff invite --role ansatt"], cwd=PROJECT_ROOT,
                         env=_env(data), capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert _modes(data) == {}


@pytest.mark.parametrize("script", ENTRY_SCRIPTS + [PROJECT_ROOT / "botctl"], ids=lambda p: p.name)
def test_every_entry_script_sets_a_private_umask_first(script: Path) -> None:
    lines = [line.strip() for line in script.read_text().splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    commands = [line for line in lines if not line.startswith("set -")]
    assert commands and re.match(r"umask 0?077(\s|$)", commands[0]), f"{script.name}: umask 077 must come first"


def test_make_recipes_run_with_a_private_umask() -> None:
    out = subprocess.run(["bash", "-c", 'umask 022 && make -s --eval "$(printf "show-umask:\\n\\t@umask")" show-umask'],
                         cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "0077"


@pytest.mark.parametrize("unit", UNITS, ids=lambda p: p.name)
def test_every_systemd_unit_sets_umask(unit: Path) -> None:
    assert re.search(r"^UMask=0077$", unit.read_text(), re.M), unit.name


def test_python_entry_points_set_the_umask(tmp_path: Path) -> None:
    """botctl's Python side and the bridge set it themselves too (they can be run without the scripts)."""
    probe = ("import os, sys; sys.argv = ['botctl', '--help'];\n"
             "from bot.admin import cli\n"
             "os.umask(0o022); cli.main(['--help']); print(oct(os.umask(0o022)))")
    out = subprocess.run([str(PROJECT_ROOT / ".venv" / "bin" / "python"), "-c", probe], cwd=PROJECT_ROOT,
                         env={**_env(tmp_path), "PYTHONPATH": str(PROJECT_ROOT)}, capture_output=True, text=True,
                         timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "0o77", out.stdout + out.stderr
