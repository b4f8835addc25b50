"""``./botctl`` end to end (subprocess) and the command registry (in process)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.admin import cli
from bot.storage import audit_trail, case_export, case_records, case_store, db, migrate, staff_store
from tests.run_botctl import BOTCTL, botctl


def test_botctl_is_executable() -> None:
    assert os.access(BOTCTL, os.X_OK)
    assert BOTCTL.read_text().startswith("#!/usr/bin/env bash")


def test_export_via_botctl(db_url: str, example_triage: dict, tmp_path: Path) -> None:
    out = botctl("db", "upgrade", url=db_url)
    assert out.returncode == 0, out.stderr
    assert migrate.head_revision() in out.stdout
    with db.session_scope() as session:
        ref = case_store.create_case(session, example_triage).ref
        case_records.save_journal_note(session, ref, "Notat med æøå.")
        older = case_store.create_case(session, {"contact_mode": "oppmote"}).ref
    db.reset_engines()

    out = botctl("cases", "export", url=db_url, cwd=tmp_path)  # from any folder
    assert out.returncode == 0, out.stderr
    exported = json.loads(out.stdout)  # stdout is the JSON array and nothing else
    assert exported == case_export.export_cases()
    assert {c["ref"] for c in exported} == {ref, older}
    assert exported[0]["ref"] == older  # newest first
    assert next(c for c in exported if c["ref"] == ref)["journal_note"] == "Notat med æøå."
    with db.session_scope() as session:
        assert audit_trail.list_audit(session, limit=1)[0].action == "cases_exported"


def test_cases_commands(db_url: str, example_triage: dict) -> None:
    migrate.upgrade()
    with db.session_scope() as session:
        ref = case_store.create_case(session, example_triage).ref
    db.reset_engines()

    listed = botctl("cases", "list", url=db_url)
    assert listed.returncode == 0 and ref in listed.stdout and "1 sak" in listed.stdout

    shown = botctl("cases", "show", ref.lower(), url=db_url)
    assert shown.returncode == 0, shown.stderr
    assert f"Sak {ref}" in shown.stdout and "Voldsformer:" in shown.stdout and "arabisk" in shown.stdout
    as_json = botctl("cases", "show", ref, "--json", url=db_url)
    assert json.loads(as_json.stdout)["ref"] == ref

    refused = botctl("cases", "delete", ref, url=db_url)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert case_export.export_cases() != []

    deleted = botctl("cases", "delete", ref, "--yes", url=db_url)
    assert deleted.returncode == 0 and "slettet" in deleted.stdout
    db.reset_engines()
    assert case_export.export_cases() == []

    missing = botctl("cases", "show", ref, url=db_url)
    assert missing.returncode == 1 and "Fant ingen sak" in missing.stderr


def test_staff_commands(db_url: str) -> None:
    from bot.storage import invites

    assert botctl("db", "upgrade", url=db_url).returncode == 0
    created = botctl("staff", "invite", "--role", "leder", "--expires", "2h", url=db_url)
    assert created.returncode == 0, created.stderr
    code = created.stdout.strip().splitlines()[-1]  # CONTRACTS.md §1: the code alone on the last line
    assert invites.canonical_code(code) is not None and code not in created.stdout.splitlines()[0]
    handle = created.stdout.split()[1]
    listed = botctl("staff", "list", url=db_url)
    assert handle in listed.stdout and "åpen" in listed.stdout and code not in listed.stdout
    bad = botctl("staff", "invite", "--role", "sjef", url=db_url)
    assert bad.returncode == 2 and "ugyldig valg" in bad.stderr
    assert botctl("staff", "invite", "--role", "ansatt", "--expires", "lenge", url=db_url).returncode == 2

    with db.session_scope() as session:
        member = invites.redeem_invite(session, code, 987654321)
        assert member is not None and member.role == "leder"
        member_code = member.display_code
    db.reset_engines()
    listed = botctl("staff", "list", url=db_url)
    assert member_code in listed.stdout and "987654321" in listed.stdout and handle not in listed.stdout
    assert staff_store.is_enrolled(987654321)
    removed = botctl("staff", "revoke", member_code, url=db_url)
    assert removed.returncode == 0 and "deaktivert" in removed.stdout
    db.reset_engines()
    assert not staff_store.is_enrolled(987654321)
    assert "Ingen ansatte" in botctl("staff", "list", url=db_url).stdout
    assert botctl("staff", "revoke", member_code, url=db_url).returncode == 0  # idempotent
    assert botctl("staff", "revoke", "S-NONE", url=db_url).returncode == 1

    other = botctl("staff", "invite", "--role", "ansatt", url=db_url).stdout.split()[1]
    withdrawn = botctl("staff", "remove", other, url=db_url)  # «remove» is kept as another name
    assert withdrawn.returncode == 0 and "trukket tilbake" in withdrawn.stdout
    assert botctl("staff", "revoke", other, url=db_url).returncode == 1


def test_db_current_and_unmigrated_database(db_url: str) -> None:
    before = botctl("db", "current", url=db_url)
    assert before.returncode == 0 and "ikke satt opp" in before.stdout
    refused = botctl("cases", "export", url=db_url)
    assert refused.returncode == 1 and refused.stdout == "" and "./botctl db upgrade" in refused.stderr
    assert botctl("db", "upgrade", url=db_url).returncode == 0
    after = botctl("db", "current", url=db_url)
    assert f"{migrate.head_revision()} (nyeste)" in after.stdout


def test_password_is_not_printed(tmp_path: Path) -> None:
    out = botctl("db", "current", url="postgresql+psycopg://u:hemmelig@127.0.0.1:1/x")
    assert "hemmelig" not in out.stdout + out.stderr
    assert out.returncode == 1 and "Databasefeil" in out.stderr


def test_missing_venv_gives_norwegian_hint(tmp_path: Path) -> None:
    copy = tmp_path / "botctl"
    shutil.copy2(BOTCTL, copy)
    out = subprocess.run([str(copy), "cases", "list"], capture_output=True, text=True, timeout=30)
    assert out.returncode == 1
    assert "make setup" in out.stderr and "Fant ikke Python-miljøet" in out.stderr


def test_botctl_through_symlink(tmp_path: Path, db_url: str) -> None:
    link = tmp_path / "botctl"
    link.symlink_to(BOTCTL)
    out = subprocess.run([str(link), "db", "current"], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "DATABASE_URL": db_url})
    assert out.returncode == 0, out.stderr


def test_help_is_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "bruk: botctl" in text and "kommandogrupper" in text
    for group in ("cases", "staff", "db"):
        assert group in text
    assert cli.main([]) == 2
    assert cli.main(["cases", "nope"]) == 2
    assert "ugyldig valg" in capsys.readouterr().err


def test_registry_accepts_new_groups(capsys: pytest.CaptureFixture[str]) -> None:
    """Another module can add a group (e.g. ``search "question"``) just by registering it."""
    seen: list[str] = []

    def run(args: argparse.Namespace) -> int:
        seen.append(args.question)
        print("svar")
        return 0

    @cli.command_group("testsearch", "søk i veilederen (test)")
    def register(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("question")
        parser.set_defaults(handler=run)

    try:
        assert cli.main(["testsearch", "hva er besøksforbud?"]) == 0
        assert seen == ["hva er besøksforbud?"]
        assert capsys.readouterr().out == "svar\n"
        with pytest.raises(ValueError):
            cli.command_group("testsearch", "igjen")(lambda parser: None)
    finally:
        cli._GROUPS.pop("testsearch", None)


def test_cli_error_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    def fail(args: argparse.Namespace) -> int:
        raise cli.CliError("Noe gikk galt.", code=3)

    cli.command_group("testfail", "feiler")(lambda parser: parser.set_defaults(handler=fail))
    try:
        assert cli.main(["testfail"]) == 3
        assert capsys.readouterr().err == "Noe gikk galt.\n"
    finally:
        cli._GROUPS.pop("testfail", None)
