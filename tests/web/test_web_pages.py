"""The leader's pages and the handover over HTTP, in process: what they show, what they audit, and
that case content stays out of URLs and logs."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
from datetime import timedelta

import pytest

from bot.config import PROJECT_ROOT
from bot.storage import audit_trail, case_records, case_store, db, drafts, feedback, workspace
from bot.storage.models import SafetyVersion, utcnow
from bot.web.identity import sender_id, staff_key
from tests.web.conftest import csrf_token, enrol, make_client

NOTE = "Journalnotat <script>alert(1)</script> med <b>fet</b> tekst og en lang nok setning til å kjenne igjen."
PLAN_1 = "Utkast 1: ha telefonen ladet og en avtalt nødplan."
PLAN_2 = "Utkast 2: vurder voldsalarm sammen med politiet."
TRIAGE = {"contact_mode": "telefon", "acute_danger": False, "interpreter_needed": False, "violence_forms": ["fysisk"],
          "perpetrator_relation": "partner", "children_count": 0, "help_needed": ["botilbud"], "going_home": False}


def _flags(true: list[str]) -> dict:
    return {**{flag: flag in true for flag in ("escalation", "threats_to_kill", "weapon_access")},
            "red_flags": true, "recommended": ["kontakt_politiet"] if true else ["sikkerhetsplan"]}


def make_cases(owner_key: str | None = None) -> tuple[str, str]:
    """(mapped, plain): a case with two mapping versions and a note, and one with a first contact only."""
    with db.session_scope() as session:
        mapped = case_store.create_case(session, TRIAGE, conversation_key=owner_key).ref
        case_records.save_journal_note(session, mapped, NOTE)
        case_records.save_safety_mapping(session, mapped, _flags(["weapon_access"]), PLAN_1)
        case_records.save_safety_mapping(session, mapped, _flags(["threats_to_kill"]), PLAN_2)
        plain = case_store.create_case(session, {**TRIAGE, "acute_danger": True}).ref
    return mapped, plain


def audited(action: str, actor: str) -> list:
    with db.session_scope() as session:
        return [e.detail | {"case_ref": e.case_ref} for e in audit_trail.list_audit(session, action=action, actor=actor)]


# --- cases ---------------------------------------------------------------------------------------

def test_case_list_shows_cases_with_filters_and_is_audited(leader) -> None:
    mapped, plain = make_cases()
    page = leader.page("/cases")
    assert mapped in page and plain in page and "2 saker" in page
    assert audited("cases_listed", leader.code)[0]["count"] == 2
    flagged = leader.page("/cases?flagg=ja")
    assert mapped in flagged and plain not in flagged
    unmapped = leader.page("/cases?kartlagt=nei")
    assert plain in unmapped and mapped not in unmapped
    assert "Ingen saker med disse filtrene" in leader.page("/cases?fra=2999-01-01")
    assert mapped in leader.page("/cases?fra=2000-01-01&til=2999-12-31")
    assert "1 sak," in leader.page("/cases?flagg=nei&kartlagt=nei")


def test_case_list_pages_through_many_cases(leader) -> None:
    with db.session_scope() as session:
        refs = [case_store.create_case(session, TRIAGE).ref for _ in range(105)]
    first, second = leader.page("/cases"), leader.page("/cases?side=2")
    assert "side 1 av 2" in first and "Neste side" in first
    shown = set(re.findall(r'href="/cases/(K-\w{6})"', first)) | set(re.findall(r'href="/cases/(K-\w{6})"', second))
    assert shown == set(refs)


def test_case_page_shows_versions_side_by_side_with_what_changed(leader) -> None:
    mapped, _ = make_cases()
    page = leader.page(f"/cases/{mapped}")
    assert f"Sak {mapped}" in page and "Versjon 1" in page and "Versjon 2" in page
    assert page.count('class="changed"') == 3  # threats to kill, weapon access and the red flags changed
    assert "Hva endret seg i versjon 2" in page
    changes = page[page.index("Hva endret seg i versjon 2"):]
    assert "nei → ja" in changes and "ja → nei" in changes
    # the note is shown as text inside a textarea, never as markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page and "<b>fet</b>" not in page
    assert 'data-copy="journal-note"' in page
    assert audited("case_viewed", leader.code) == [{"channel": "web", "view": "case", "case_ref": mapped}]


def test_print_view_shows_the_draft_plan_of_each_version(leader) -> None:
    mapped, plain = make_cases()
    latest = leader.page(f"/cases/{mapped}/plan")
    assert PLAN_2 in latest and PLAN_1 not in latest and "kartlegging 2 av 2" in latest
    assert 'class="print-view"' in latest and "@media print" in leader.client.get("/static/app.css").text
    assert PLAN_1 in leader.page(f"/cases/{mapped}/plan?versjon=1")
    assert "Ingen sikkerhetsplan" in leader.page(f"/cases/{plain}/plan")
    views = audited("case_viewed", leader.code)
    assert {"channel": "web", "view": "safety_plan", "version": 1, "case_ref": mapped} in views


def _botctl_export() -> list[dict]:
    out = subprocess.run([str(PROJECT_ROOT / "botctl"), "cases", "export"], cwd=PROJECT_ROOT, capture_output=True,
                         text=True, env=dict(os.environ), timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_export_is_the_cli_format_and_audited(leader) -> None:
    mapped, plain = make_cases()
    one = leader.post(f"/cases/{mapped}/export", from_page=f"/cases/{mapped}")
    assert one.status_code == 200 and "attachment" in one.headers["content-disposition"]
    cli = _botctl_export()
    assert one.json() == [case for case in cli if case["ref"] == mapped]
    everything = leader.post("/cases/export", from_page="/cases")
    assert everything.json() == cli
    assert audited("case_exported", leader.code) == [{"channel": "web", "case_ref": mapped}]
    assert audited("cases_exported", leader.code)[0]["count"] == 2


def test_export_is_post_only(leader) -> None:
    mapped, _ = make_cases()
    assert leader.client.get(f"/cases/{mapped}/export").status_code == 405


def test_delete_asks_first_then_deletes_and_audits(leader) -> None:
    mapped, plain = make_cases()
    confirm = leader.page(f"/cases/{mapped}/delete")
    assert "kan ikke angres" in confirm and 'name="bekreft"' in confirm
    refused = leader.post(f"/cases/{mapped}/delete", from_page=f"/cases/{mapped}/delete")
    assert refused.status_code == 400 and "ikke slettet" in refused.text
    with db.session_scope() as session:
        assert case_store.get_case(session, mapped) is not None
    done = leader.post(f"/cases/{mapped}/delete", {"bekreft": "ja"}, from_page=f"/cases/{mapped}/delete")
    assert done.status_code == 303 and done.headers["location"] == "/cases"  # the ref never goes in a URL
    after = leader.page("/cases")
    assert f"Sak {mapped} er slettet" in after and f'href="/cases/{mapped}"' not in after
    with db.session_scope() as session:
        assert case_store.get_case(session, mapped) is None
    deleted = audited("case_deleted", leader.code)
    assert len(deleted) == 1 and deleted[0]["case_ref"] is None
    assert leader.client.get(f"/cases/{mapped}").status_code == 404


def test_unknown_case_is_404_without_content(leader) -> None:
    response = leader.client.get("/cases/K-ZZZZZZ")
    assert response.status_code == 404 and "Fant ingen sak" in response.text


def test_no_case_content_in_logs(leader, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    mapped, _ = make_cases()
    leader.page(f"/cases/{mapped}")
    leader.page(f"/cases/{mapped}/plan")
    leader.post(f"/cases/{mapped}/export", from_page=f"/cases/{mapped}")
    leader.post(f"/cases/{mapped}/delete", {"bekreft": "ja"}, from_page=f"/cases/{mapped}/delete")
    for secret in ("Journalnotat", "Utkast 1", "Utkast 2", "voldsalarm"):
        assert secret not in caplog.text


# --- the shift handover --------------------------------------------------------------------------

def test_handover_for_a_leader_shows_everyones_work(leader) -> None:
    mapped, plain = make_cases()
    with db.session_scope() as session:
        drafts.save_draft(session, "someone-else", {"tr_contact_mode": "telefon"}, "triage")
        feedback.log_answer(session, "hvor er nøkkelen til bod 7", "none", None)
    page = leader.page("/handover")
    assert "Vaktrapport" in page and "Hele senteret" in page and "(starten av denne vakten)" in page
    assert mapped in page and plain in page and "akutt fare" in page
    assert "Saker lagret (2)" in page and "Kartlegginger gjort (2)" in page
    assert "Pausede dialoger som ikke er fullført (1)" in page and "Første henvendelse" in page
    assert "hvor er nøkkelen til bod 7" in page
    assert "Våpen" in page or "våpen" in page  # the red flag by its label, not its code
    assert audited("handover_viewed", leader.code)[0]["cases"] == 2


def test_handover_for_ansatt_shows_only_her_own_work(database) -> None:
    with make_client() as client:
        her = enrol(client, "ansatt")
        key = staff_key(her.code)
        own, _ = make_cases(owner_key=key)
        theirs, _ = make_cases()
        with db.session_scope() as session:
            drafts.save_draft(session, sender_id(her.code), {"tr_contact_mode": "telefon"}, "safety_mapping")
            drafts.save_draft(session, "web-someone-else", {"tr_contact_mode": "telefon"}, "triage")
            feedback.log_answer(session, "hvem har vakt i påsken", "none", None)
            feedback.log_answer(session, "et annet spørsmål ingen har stilt her", "none", None)
            workspace.link_unanswered(session, key, "hvem  har vakt i påsken")  # as typed: spaces collapse
            version_ids = [v.id for v in case_store.get_case(session, theirs).safety_versions]
        with db.session_scope() as session:  # she completed the second mapping of another case, in one turn
            first, second = (session.get(SafetyVersion, v) for v in version_ids)
            first.created_at = utcnow() - timedelta(minutes=20)  # the first mapping: another shift
            session.flush()
            assert workspace.link_mappings(session, key, [theirs], second.created_at, utcnow()) == 1
            assert workspace.link_mappings(session, key, [theirs], second.created_at, utcnow()) == 0  # once
        page = her.page("/handover")
    assert "Ditt eget arbeid" in page
    saved = page[page.index("Saker lagret"):page.index("Kartlegginger gjort")]
    assert own in saved and theirs not in saved
    mappings = page[page.index("Kartlegginger gjort"):page.index("Pausede dialoger")]
    assert "Kartlegginger gjort (1)" in mappings and theirs in mappings and "versjon 2" in mappings
    assert "Pausede dialoger som ikke er fullført (1)" in page and "Kartlegging av vold og trusler" in page
    assert "hvem har vakt i påsken" in page and "et annet spørsmål" not in page
    assert f'href="/cases/{own}"' not in page  # an ansatt has no case pages to link to


def test_handover_since_a_chosen_time(leader) -> None:
    make_cases()
    assert "Saker lagret (0)" in leader.page("/handover?fra=2999-01-01T00:00")
    assert "Saker lagret (2)" in leader.page("/handover?fra=2000-01-01T00:00")
    assert "Saker lagret (0)" in leader.page("/handover?bare=mine")


# --- the leader's other pages --------------------------------------------------------------------

def test_feedback_page_lists_declined_disliked_and_partial_entries(leader) -> None:
    from bot.guide.corpus import load_corpus

    partial = next(e for e in load_corpus().entries if e.coverage == "delvis")
    with db.session_scope() as session:
        for _ in range(3):
            feedback.log_answer(session, "finnes det en app for dette", "none", None)
        ref = feedback.log_answer(session, "hvordan bestiller jeg tolk", "answer", partial.id)
        feedback.record_vote(session, ref, "down")
    page = leader.page("/feedback")
    assert "3×" in page and "finnes det en app for dette" in page
    assert "hvordan bestiller jeg tolk" in page and partial.title in page and partial.url in page
    delvis = page[page.index("Delvis dekkede punkter"):]
    assert partial.title in delvis


def test_staff_page_invites_shows_the_code_once_and_it_enrols(leader) -> None:
    response = leader.post("/staff/invite", {"role": "ansatt", "varighet": "1h"}, from_page="/staff")
    assert response.status_code == 200
    code = re.search(r'<p class="code">([0-9A-Z-]{14})</p>', response.text).group(1)
    assert code not in leader.page("/staff")  # shown once
    with make_client() as newcomer:
        person = enrol_with(newcomer, code)
        assert person
    page = leader.page("/staff")
    assert "nettleser" in page
    assert audited("invite_created", leader.code)


def enrol_with(client, code: str) -> bool:
    passphrase = "en passfrase som er lang nok"
    response = client.post("/login", data={"csrf_token": csrf_token(client.get("/login").text), "code": code,
                                           "passphrase": passphrase, "passphrase_repeat": passphrase})
    return response.status_code == 303


def test_staff_page_revokes_after_confirming_and_never_oneself(database) -> None:
    with make_client() as boss_client, make_client() as worker_client:
        boss = enrol(boss_client, "leder")
        worker = enrol(worker_client, "ansatt")
        ask = boss.post("/staff/revoke", {"kode": worker.code}, from_page="/staff")
        assert ask.status_code == 200 and f"Fjerne tilgangen til {worker.code}?" in ask.text
        assert worker_client.get("/").status_code == 200  # not yet
        done = boss.post("/staff/revoke", {"kode": worker.code, "bekreft": "ja"}, from_page="/staff")
        assert done.status_code == 303
        assert f"Ansatt {worker.code} er deaktivert" in boss.page("/staff")
        assert worker_client.get("/").headers["location"].startswith("/login")  # thrown out at once
        myself = boss.post("/staff/revoke", {"kode": boss.code, "bekreft": "ja"}, from_page="/staff")
        assert myself.status_code == 400 and "din egen tilgang" in myself.text
        assert boss_client.get("/").status_code == 200


def test_audit_page_lists_and_filters(leader) -> None:
    mapped, _ = make_cases()
    leader.page(f"/cases/{mapped}")
    page = leader.page("/audit")
    assert "sak vist" in page and leader.code in page and mapped in page
    only = leader.page(f"/audit?hva=case_viewed&hvem={leader.code}")
    assert "sak vist" in only and "sak opprettet" not in only.split("<tbody>")[1]
    by_case = leader.page(f"/audit?sak={mapped.lower()}")
    assert "sak opprettet" in by_case.split("<tbody>")[1]


@pytest.mark.parametrize("path", ["/cases/K-ABC%3Cscript%3E", "/audit?hvem=%3Cscript%3E&sak=%3Cb%3E"])
def test_hostile_parameters_are_shown_as_text(leader, path: str) -> None:
    response = leader.client.get(path)
    assert response.status_code in (200, 404)
    assert "<script>" not in response.text and "<b>" not in response.text
