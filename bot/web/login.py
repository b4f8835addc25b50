"""/login (enrolment with an invite code, and sign-in), sign-out, and changing one's passphrase.

The login page is the one page without a session, so it has its own CSRF binding: a random
pre-session cookie. Failed attempts are counted per account and per address (``FailureLimiter``),
logged and audited with the staff id and address – never the passphrase or the code.
"""

from __future__ import annotations

import logging
import math

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot import errors
from bot.storage import audit_trail, db, vocab, web_access
from bot.storage.web_access import SignedIn
from bot.web import auth, csrf, flash, texts
from bot.web.pages import render

log = logging.getLogger(__name__)


def _address(request: Request) -> str:
    """The client's address (behind nginx: the real one, from X-Forwarded-For via uvicorn's proxy headers)."""
    return request.client.host if request.client else "unknown"


def _pre_session(request: Request) -> tuple[str, bool]:
    value = request.cookies.get(csrf.PRE_SESSION_COOKIE)
    if value and 20 <= len(value) <= 100:
        return value, False
    return csrf.new_pre_session_value(), True


def _login_page(request: Request, status: int = 200, *, error: str | None = None, enrol_error: str | None = None,
                staff_value: str = "", code_value: str = "") -> Response:
    value, new = _pre_session(request)
    reason = texts.LOGIN_REASONS.get(request.query_params.get("grunn", ""))
    response = render(request, "login.html", None, status,
                      csrf_token=csrf.token_for("anon:" + value), reason=reason, error=error,
                      enrol_error=enrol_error, staff_value=staff_value, code_value=code_value,
                      min_chars=web_access.PASSPHRASE_MIN_CHARS, max_chars=web_access.PASSPHRASE_MAX_CHARS)
    if new:
        response.set_cookie(csrf.PRE_SESSION_COOKIE, value, httponly=True, samesite="strict",
                            secure=auth.secure_cookies(request), path="/")
    return response


async def login_page(request: Request) -> Response:
    decision = await run_in_threadpool(auth.decide, request, auth.ANY)
    if decision.staff is not None:
        return RedirectResponse("/", status_code=303)
    try:
        return _login_page(request)
    except Exception as exc:  # noqa: BLE001 - a short page, no trace, and a log line without values
        log.error(errors.log_line("login page", exc, errors.classify(exc)))
        return auth.refusal(request, 500, texts.INTERNAL_ERROR)


async def login_submit(request: Request) -> Response:
    try:
        form = await auth.read_form(request)
    except Exception:  # noqa: BLE001 - malformed or oversized body
        return auth.refusal(request, 400, texts.BAD_FORM)
    pre_session = request.cookies.get(csrf.PRE_SESSION_COOKIE)
    if not csrf.valid(form.get(csrf.FIELD), "anon:" + pre_session if pre_session else None):
        log.warning("refused: sign-in form without a valid CSRF token (address %s)", _address(request))
        return auth.refusal(request, 403, texts.CSRF_FAILED)
    try:
        if "code" in form:
            return await run_in_threadpool(_enrol, request, form)
        return await run_in_threadpool(_sign_in, request, form)
    except Exception as exc:  # noqa: BLE001 - fail closed: nobody is signed in by an error
        log.error(errors.log_line("sign-in", exc, errors.classify(exc)))
        return auth.unavailable(request)


def _blocked(request: Request, *keys: str) -> Response | None:
    limits = request.app.state.limits
    wait = max(limits.blocked_for(key) for key in keys)
    if wait <= 0:
        return None
    return _login_page(request, 429, error=texts.RATE_LIMITED.format(minutes=max(1, math.ceil(wait / 60))))


def _audit_failure(action: str, staff: str | None, address: str, reason: str) -> None:
    detail = {"reason": reason, "address": address[:64]}
    if staff:
        detail["staff"] = staff
    with db.session_scope() as session:
        audit_trail.record_audit(session, action, detail=detail)


def _sign_in(request: Request, form: FormData) -> Response:
    raw_code = str(form.get("staff") or "").strip().upper()
    passphrase = str(form.get("passphrase") or "")
    address = _address(request)
    try:
        code = vocab.normalise_staff_code(raw_code)
    except ValueError:
        code = None
    limits = request.app.state.limits
    account_key, address_key = "account:" + (code or "?"), "address:" + address
    refused = _blocked(request, account_key, address_key)
    if refused is not None:
        log.warning("sign-in refused: too many failures (staff %s, address %s)", code or "invalid", address)
        _audit_failure("sign_in_blocked", code, address, "rate_limited")
        return refused
    with db.session_scope() as session:
        member = web_access.verify(session, code or "", passphrase)
        token = web_access.start_session(session, member) if member else None
        if member is not None:
            audit_trail.record_audit(session, "signed_in", actor=member.display_code, detail={"channel": "web"})
    if member is None or token is None:
        limits.fail(account_key)
        limits.fail(address_key)
        log.warning("sign-in failed (staff %s, address %s)", code or "invalid", address)
        _audit_failure("sign_in_failed", code, address, "wrong_staff_or_passphrase")
        return _login_page(request, 401, error=texts.SIGN_IN_FAILED, staff_value=code or "")
    limits.reset(account_key)
    log.info("signed in: %s", member.display_code)
    response = RedirectResponse("/", status_code=303)
    auth.set_session_cookie(request, response, token)
    return response


def _enrol(request: Request, form: FormData) -> Response:
    code = str(form.get("code") or "")
    passphrase = str(form.get("passphrase") or "")
    repeated = str(form.get("passphrase_repeat") or "")
    address = _address(request)
    address_key = "address:" + address
    refused = _blocked(request, address_key)
    if refused is not None:
        log.warning("enrolment refused: too many failures (address %s)", address)
        _audit_failure("sign_in_blocked", None, address, "rate_limited")
        return refused
    try:
        web_access.check_new_passphrase(passphrase, repeated)
    except web_access.PassphraseRejected as exc:  # the code is not used up by a typo in the passphrase
        return _login_page(request, 400, enrol_error=str(exc), code_value=code.strip()[:20])
    with db.session_scope() as session:
        member = web_access.enrol(session, code, passphrase)
        token = web_access.start_session(session, member) if member else None
        if member is not None:
            audit_trail.record_audit(session, "signed_in", actor=member.display_code, detail={"channel": "web"})
            welcome = texts.WELCOME.format(role=member.role, code=member.display_code)
    if member is None or token is None:
        request.app.state.limits.fail(address_key)
        log.warning("enrolment failed: invalid invite code (address %s)", address)
        _audit_failure("enrol_failed", None, address, "invalid_code")
        return _login_page(request, 400, enrol_error=texts.INVITE_FAILED)
    log.info("staff member %s enrolled in the web workspace", member.display_code)
    response = RedirectResponse("/", status_code=303)
    auth.set_session_cookie(request, response, token)
    flash.put_for_token(request.app, token, welcome)
    return response


@auth.page()
def logout(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    everywhere = form is not None and form.get("overalt") == "1"
    with db.session_scope() as session:
        if everywhere:
            web_access.end_all_sessions(session, staff.staff_id)
        else:
            web_access.end_session(session, request.cookies.get(auth.SESSION_COOKIE))
        audit_trail.record_audit(session, "signed_out_everywhere" if everywhere else "signed_out", actor=staff.code,
                                detail={"channel": "web"})
    request.app.state.chat.store.forget(staff.code)
    response = RedirectResponse("/login?grunn=" + ("overalt" if everywhere else "ut"), status_code=303)
    auth.clear_session_cookie(request, response)
    return response


@auth.page()
def passphrase_page(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    error = None
    if form is not None:
        current = str(form.get("current") or "")
        new, repeated = str(form.get("passphrase") or ""), str(form.get("passphrase_repeat") or "")
        try:
            web_access.check_new_passphrase(new, repeated)
        except web_access.PassphraseRejected as exc:
            error = str(exc)
        else:
            account_key = "account:" + staff.code
            refused = _blocked(request, account_key)
            if refused is not None:
                return refused
            with db.session_scope() as session:
                member = web_access.verify(session, staff.code, current)
                if member is None:
                    request.app.state.limits.fail(account_key)
                    error = texts.WRONG_PASSPHRASE
                else:
                    web_access.set_passphrase(session, staff.staff_id, new)
                    web_access.end_all_sessions(session, staff.staff_id)
                    token = web_access.start_session(session, member)
                    audit_trail.record_audit(session, "passphrase_changed", actor=staff.code,
                                            detail={"channel": "web"})
            if error is None:
                response = RedirectResponse("/", status_code=303)
                auth.set_session_cookie(request, response, token)
                flash.put_for_token(request.app, token, texts.PASSPHRASE_CHANGED)
                return response
    return render(request, "passphrase.html", staff, 400 if error else 200, error=error,
                  min_chars=web_access.PASSPHRASE_MIN_CHARS, max_chars=web_access.PASSPHRASE_MAX_CHARS)
