"""The leader's case pages: the list with filters, a case with every mapping version side by side, the
draft safety plan to print, the journal note to copy, export (the CLI format) and deletion.

Every view, export and deletion is audited with the staff id (``record_audit``), as ``./botctl``
does with the operating-system login. The URL carries only the opaque case ref and the filters.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.dialogue.labels import record_labels, section, value_text
from bot.dialogue.outcome import UNCLEAR_GUIDE
from bot.storage import audit_trail, case_export, case_store, db, vocab, workspace
from bot.storage.web_access import SignedIn
from bot.web import auth, flash, texts
from bot.web.pages import render
from bot.web.timefmt import parse_local_date

PAGE_SIZE = 100  # a screenful to scroll on a phone; the filters narrow a longer list
_SKIP = ("created_at", "safety_plan")


def _choice(value: str | None) -> bool | None:
    return {"ja": True, "nei": False}.get(value or "")


def _page_number(value: str | None) -> int:
    return int(value) if value and value.isdigit() and 0 < int(value) < 100_000 else 1


@auth.page(auth.LEADER)
def case_list(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    params = request.query_params
    zone = request.app.state.settings.timezone
    since = parse_local_date(params.get("fra"), zone)
    until = parse_local_date(params.get("til"), zone)
    flags, mapped, page = _choice(params.get("flagg")), _choice(params.get("kartlagt")), _page_number(params.get("side"))
    with db.session_scope() as session:
        shown, total = workspace.case_rows(session, since=since, until=until + timedelta(days=1) if until else None,
                                           red_flags=flags, has_mapping=mapped, offset=(page - 1) * PAGE_SIZE,
                                           limit=PAGE_SIZE)
        audit_trail.record_audit(session, "cases_listed", actor=staff.code,
                                detail={"count": len(shown), "channel": "web"})
    pages = max(1, -(-total // PAGE_SIZE))
    filters = {k: params.get(k, "") for k in ("fra", "til", "flagg", "kartlagt")}
    _, safety_labels, codes = record_labels()
    return render(request, "cases.html", staff, rows=shown, total=total, page=page, pages=pages, filters=filters,
                  query=_query(filters), safety_labels=safety_labels, codes=codes)


def _query(filters: dict[str, str]) -> str:
    from urllib.parse import urlencode

    return urlencode({k: v for k, v in filters.items() if v})


@dataclass
class Cell:
    text: str
    changed: bool


@dataclass
class VersionRow:
    label: str
    cells: list[Cell]


def compare_versions(history: list[dict[str, Any]]) -> tuple[list[VersionRow], list[list[str]]]:
    """Every mapping version side by side: one row per key (flags, then other answers, then the two
    lists), each cell marked when it differs from the version before; and per version, what changed."""
    _, labels, _ = record_labels()
    keys: list[str] = list(vocab.SAFETY_FLAGS)
    for version in history:
        keys.extend(k for k in version if k not in keys and k not in _SKIP and k not in vocab.SAFETY_LISTS)
    keys.extend(vocab.SAFETY_LISTS)
    rows: list[VersionRow] = []
    changes: list[list[str]] = [[] for _ in history]
    for key in keys:
        label = labels.get(key, key.replace("_", " "))
        cells = []
        for i, version in enumerate(history):
            value = version.get(key)
            text = value_text(key, value, set(version.get("unresolved") or []))
            changed = i > 0 and value != history[i - 1].get(key)
            if changed:
                before = history[i - 1]
                was = value_text(key, before.get(key), set(before.get("unresolved") or []))
                changes[i].append(f"{label}: {was} → {text}")
            cells.append(Cell(text, changed))
        rows.append(VersionRow(label, cells))
    return rows, changes


def _find(session: Any, ref: str) -> Any:
    try:
        return case_store.get_case(session, ref)
    except ValueError:
        return None


def _not_found(request: Request, ref: str) -> Response:
    return auth.refusal(request, 404, texts.CASE_NOT_FOUND.format(ref=ref.upper()[:16]))


@auth.page(auth.LEADER)
def case_page(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    ref = request.path_params["ref"]
    with db.session_scope() as session:
        case = _find(session, ref)
        if case is None:
            return _not_found(request, ref)
        record = case_export.case_dict(case)
        audit_trail.record_audit(session, "case_viewed", actor=staff.code, case_ref=case.ref,
                                detail={"channel": "web", "view": "case"})
    triage_labels, safety_labels, _ = record_labels()
    triage, triage_unclear, _ = section(record["triage"], triage_labels)
    _, safety_unclear, picture_unclear = section(record["safety"], safety_labels)
    rows, changes = compare_versions(record["safety_history"])
    return render(request, "case.html", staff, record=record, triage=triage, triage_unclear=triage_unclear,
                  safety_unclear=safety_unclear if record["safety_history"] else [],
                  picture_unclear=picture_unclear, unclear_guide=UNCLEAR_GUIDE,
                  versions=record["safety_history"], version_rows=rows, changes=changes)


@auth.page(auth.LEADER)
def plan_page(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    """The draft individual safety plan on a page of its own, for the browser to print (or save as PDF)."""
    ref = request.path_params["ref"]
    with db.session_scope() as session:
        case = _find(session, ref)
        if case is None:
            return _not_found(request, ref)
        history = case_export.case_dict(case)["safety_history"]
        wanted = request.query_params.get("versjon", "")
        number = int(wanted) if wanted.isdigit() and 1 <= int(wanted) <= len(history) else len(history)
        audit_trail.record_audit(session, "case_viewed", actor=staff.code, case_ref=case.ref,
                                detail={"channel": "web", "view": "safety_plan", "version": number})
        ref = case.ref
    version = history[number - 1] if history else None
    return render(request, "plan.html", staff, ref=ref, version=version, number=number, count=len(history))


def _download(data: Any, filename: str) -> Response:
    body = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return Response(body, media_type="application/json; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@auth.page(auth.LEADER)
def export_case(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    """One case as ``./botctl cases export`` prints it (a JSON array, CONTRACTS.md §4). POST only: it
    is audited, and no other site or image tag can make a browser fetch it."""
    ref = request.path_params["ref"]
    with db.session_scope() as session:
        case = _find(session, ref)
        if case is None:
            return _not_found(request, ref)
        data = [case_export.case_dict(case)]
        audit_trail.record_audit(session, "case_exported", actor=staff.code, case_ref=case.ref,
                                detail={"channel": "web"})
    return _download(data, f"sak-{data[0]['ref']}.json")


@auth.page(auth.LEADER)
def export_all(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    with db.session_scope() as session:
        data = case_export.export_cases(session)
        audit_trail.record_audit(session, "cases_exported", actor=staff.code,
                                detail={"count": len(data), "channel": "web"})
    return _download(data, "saker.json")


@auth.page(auth.LEADER)
def delete_case(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    ref = request.path_params["ref"]
    with db.session_scope() as session:
        case = _find(session, ref)
        if case is None:
            return _not_found(request, ref)
        ref = case.ref
        if form is not None and form.get("bekreft") == "ja":
            case_store.delete_case(session, ref, actor=staff.code)
            deleted = True
        else:
            deleted = False
    if deleted:
        flash.put(request, texts.CASE_DELETED.format(ref=ref))
        return RedirectResponse("/cases", status_code=303)
    error = texts.DELETE_NOT_CONFIRMED if form is not None else None
    return render(request, "delete.html", staff, 400 if error else 200, ref=ref, error=error)
