"""The leader's other pages: feedback on the guide's answers, staff (invite, list, revoke), the audit log."""

from __future__ import annotations

from datetime import timedelta

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.storage import audit_trail, db, feedback, invites, staff_store, vocab, web_access, workspace
from bot.storage.models import INVITE_HANDLE_PREFIX, utcnow
from bot.storage.web_access import SignedIn
from bot.web import auth, flash, texts
from bot.web.pages import render

PERIODS = {"7": 7, "30": 30, "90": 90, "alt": None}  # days; the feedback page's choices
DEFAULT_PERIOD = "30"
FEEDBACK_ROWS = 20
INVITE_LIFETIMES = {"1h": timedelta(hours=1), "24h": timedelta(hours=24), "7d": timedelta(days=7)}
AUDIT_ROWS = 200


@auth.page(auth.LEADER)
def feedback_page(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    period = request.query_params.get("periode", DEFAULT_PERIOD)
    if period not in PERIODS:
        period = DEFAULT_PERIOD
    days = PERIODS[period]
    since = utcnow() - timedelta(days=days) if days else None
    corpus = request.app.state.corpus()
    with db.session_scope() as session:
        declined = feedback.declined_questions(session, since, FEEDBACK_ROWS)
        votes = feedback.votes_by_entry(session, since, FEEDBACK_ROWS)
        disliked = feedback.disliked_questions(session, since, FEEDBACK_ROWS)
        disliked_rows = [(row.voted_at or row.asked_at, row.question, row.entry_id) for row in disliked]
        asked = workspace.answers_by_entry(session, since)
    partial = []
    for entry_id, count in asked:
        entry = corpus.entry(entry_id) if corpus else None
        if entry is not None and entry.coverage == "delvis":
            partial.append((entry, count))
    entries = {e.id: e for e in corpus.entries} if corpus else {}
    return render(request, "feedback.html", staff, period=period, periods=PERIODS, declined=declined, votes=votes,
                  disliked=disliked_rows, partial=partial[:FEEDBACK_ROWS], entries=entries)


def _staff_page(request: Request, staff: SignedIn, status: int = 200, **extra: object) -> Response:
    show_all = request.query_params.get("alle") == "1"
    with db.session_scope() as session:
        members = staff_store.list_staff(session, include_inactive=show_all)
        web_ids = web_access.staff_with_passphrase(session)
        pending = invites.list_invites(session, include_closed=False)
        members_view = [(m.display_code, m.role, m.active, m.id in web_ids, m.telegram_user_id is not None,
                         m.created_at) for m in members]
        invites_view = [(i.handle, i.role, invites.status(i), i.expires_at) for i in pending]
    return render(request, "staff.html", staff, status, members=members_view, invites=invites_view,
                  show_all=show_all, lifetimes=INVITE_LIFETIMES, **extra)


@auth.page(auth.LEADER)
def staff_page(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    return _staff_page(request, staff)


@auth.page(auth.LEADER)
def invite(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    """The code is shown once, in this response (never stored, never in a URL)."""
    assert form is not None
    role = str(form.get("role") or "")
    lifetime = INVITE_LIFETIMES.get(str(form.get("varighet") or ""), INVITE_LIFETIMES["24h"])
    if role not in invites.INVITE_ROLES:
        return _staff_page(request, staff, 400, error="Velg rolle: ansatt eller leder.")
    with db.session_scope() as session:
        created, code = invites.create_invite(session, role, lifetime, actor=staff.code)
        handle, expires = created.handle, created.expires_at
    return _staff_page(request, staff, new_code=code, new_handle=handle, new_role=role, new_expires=expires)


@auth.page(auth.LEADER)
def revoke(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    assert form is not None
    code = str(form.get("kode") or "").strip().upper()
    try:
        with db.session_scope() as session:
            if code.startswith(INVITE_HANDLE_PREFIX):
                invites.revoke_invite(session, code, actor=staff.code)
                message = texts.INVITE_REVOKED.format(handle=code)
            elif vocab.normalise_staff_code(code) == staff.code:
                return _staff_page(request, staff, 400, error=texts.CANNOT_REVOKE_SELF)
            elif form.get("bekreft") != "ja":
                return _staff_page(request, staff, confirm=vocab.normalise_staff_code(code))
            else:
                member = staff_store.deactivate_staff(session, code, actor=staff.code)
                web_access.end_all_sessions(session, member.id)
                request.app.state.chat.store.forget(member.display_code)
                message = texts.STAFF_REVOKED.format(code=member.display_code)
    except (ValueError, invites.InviteNotFound, staff_store.StaffNotFound):
        return _staff_page(request, staff, 404, error=texts.NO_SUCH_STAFF.format(code=code[:16]))
    flash.put(request, message)
    return RedirectResponse("/staff", status_code=303)


@auth.page(auth.LEADER)
def audit_page(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    params = request.query_params
    actor = (params.get("hvem") or "").strip()
    action = (params.get("hva") or "").strip()
    case_ref = (params.get("sak") or "").strip().upper()
    try:
        actor_filter = vocab.check_actor(actor) if actor else None
    except ValueError:
        actor_filter = None
    action_filter = action if action and vocab.CODE_RE.match(action) else None
    with db.session_scope() as session:
        events = audit_trail.list_audit(session, case_ref or None, AUDIT_ROWS, actor=actor_filter, action=action_filter)
        rows = [(e.at, e.actor, e.action, e.case_ref, e.detail) for e in events]
    return render(request, "audit.html", staff, rows=rows, filters={"hvem": actor, "hva": action, "sak": case_ref},
                  actions=texts.AUDIT_ACTIONS, limit=AUDIT_ROWS)
