"""Who is asking, and may they: the one place every route's access is decided.

Every route is wrapped in ``page(level)``. Before the route's own code runs it

1. looks up the session cookie in the database (a revoked or expired session is refused there),
2. checks the role the route needs (``LEADER`` pages answer 403 to ``ansatt``),
3. checks the CSRF token of every POST.

It fails closed: any error while deciding who someone is or what they may do (the database is down
or locked, the key file is unreadable, a bug) refuses the request with 503 and no content, and is
logged without anything the person sent. Nothing a route returns is built before the decision.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response

from bot import access, errors
from bot.storage import db, web_access
from bot.storage.web_access import SignedIn
from bot.web import csrf, texts

log = logging.getLogger(__name__)

SESSION_COOKIE = "krise_session"
ANY, LEADER = "ansatt", "leder"  # what a route needs: any signed-in staff member, or a leader
# Forms are short: a chat message, a few filters. 64 KB leaves room and refuses a flood.
MAX_FORM_FIELDS = 50
MAX_FORM_PART = 64 * 1024

Handler = Callable[[Request, SignedIn, FormData | None], Response]


@dataclass(frozen=True)
class Decision:
    """Who is asking, or the response that refuses the request (never both)."""

    staff: SignedIn | None
    refusal: Response | None = None


def wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def identify(request: Request) -> tuple[SignedIn | None, str]:
    """The signed-in staff member behind the session cookie, read afresh from the database."""
    settings = request.app.state.settings
    with db.session_scope() as session:
        return web_access.find_session(session, request.cookies.get(SESSION_COOKIE),
                                       idle=settings.idle_timeout, absolute=settings.session_lifetime)


# A route's level is one of the permissions every channel shares (``bot.access``): the web decides
# roles from the same table as the Telegram bridge, so a role means the same everywhere.
_PERMISSION = {ANY: access.USE, LEADER: access.VIEW_CASES}


def may(staff: SignedIn, level: str) -> bool:
    """Whether ``staff`` may use a route that needs ``level``; anything unknown is a no."""
    permission = _PERMISSION.get(level)
    return permission is not None and permission in access.ROLE_PERMISSIONS.get(staff.role, frozenset())


def decide(request: Request, level: str) -> Decision:
    try:
        staff, reason = identify(request)
        if staff is None:
            return Decision(None, not_signed_in(request, reason))
        if not may(staff, level):
            log.info("refused: %s (%s) on a %s page", staff.code, staff.role, level)
            return Decision(None, forbidden(request))
        return Decision(staff)
    except Exception as exc:  # noqa: BLE001 - fail closed, whatever went wrong
        log.error(errors.log_line("access check (request refused)", exc, errors.classify(exc)))
        return Decision(None, unavailable(request))


def not_signed_in(request: Request, reason: str = web_access.NONE) -> Response:
    """CONTRACTS.md §6: a redirect to /login (303), or 401 to a request that asks for JSON."""
    if wants_json(request):
        response: Response = JSONResponse({"feil": texts.NOT_SIGNED_IN}, status_code=401)
    else:
        target = "/login" + {web_access.EXPIRED: "?grunn=utlopt", web_access.REVOKED: "?grunn=fjernet",
                             web_access.ENDED: "?grunn=avsluttet"}.get(reason, "")
        response = RedirectResponse(target, status_code=303)
    if request.cookies.get(SESSION_COOKIE):
        clear_session_cookie(request, response)
    return response


def forbidden(request: Request, message: str = texts.LEADERS_ONLY) -> Response:
    return refusal(request, 403, message)


def unavailable(request: Request) -> Response:
    return refusal(request, 503, texts.ACCESS_UNAVAILABLE)


def refusal(request: Request, status: int, message: str) -> Response:
    """A short page (or JSON) that says why, with no content of the route."""
    if wants_json(request):
        return JSONResponse({"feil": message}, status_code=status)
    try:
        return request.app.state.templates.TemplateResponse(
            request, "refused.html", {"message": message, "status": status, "staff": None, "notices": [],
                                      "csrf_token": "", "path": request.url.path}, status_code=status)
    except Exception:  # noqa: BLE001 - the refusal itself must never fail
        return PlainTextResponse(message, status_code=status)


def secure_cookies(request: Request) -> bool:
    setting = request.app.state.settings.secure_cookies
    return setting == "1" or (setting == "auto" and request.url.scheme == "https")


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    """HttpOnly (no script can read it), SameSite=Strict (no other site can send it), Secure behind
    TLS; no Max-Age: it dies with the browser, and the server ends it earlier (idle, absolute)."""
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", secure=secure_cookies(request),
                        path="/")


def clear_session_cookie(request: Request, response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict",
                           secure=secure_cookies(request))


def session_binding(request: Request) -> str | None:
    token = request.cookies.get(SESSION_COOKIE)
    return "session:" + token if token else None


async def read_form(request: Request) -> FormData:
    return await request.form(max_files=0, max_fields=MAX_FORM_FIELDS, max_part_size=MAX_FORM_PART)


def submitted_csrf(request: Request, form: FormData | None) -> object:
    return (form.get(csrf.FIELD) if form is not None else None) or request.headers.get(csrf.HEADER)


def page(level: str = ANY) -> Callable[[Handler], Callable[[Request], Any]]:
    """Wrap a route: the access decision, then the CSRF check on POST, then the route (in a worker
    thread: it talks to the database and to Rasa). An error in the route is a 500 page, no trace."""

    def wrap(handler: Handler) -> Callable[[Request], Any]:
        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            decision = await run_in_threadpool(decide, request, level)
            if decision.refusal is not None:
                return decision.refusal
            staff = decision.staff
            assert staff is not None
            request.state.csrf_token = csrf.token_for(session_binding(request) or "")
            form = None
            if request.method == "POST":
                try:
                    form = await read_form(request)
                except Exception:  # noqa: BLE001 - malformed or oversized body
                    return refusal(request, 400, texts.BAD_FORM)
                if not csrf.valid(submitted_csrf(request, form), session_binding(request)):
                    log.warning("refused: POST without a valid CSRF token (%s)", staff.code)
                    return refusal(request, 403, texts.CSRF_FAILED)
            try:
                return await run_in_threadpool(handler, request, staff, form)
            except Exception as exc:  # noqa: BLE001 - no stack trace reaches a user
                log.error(errors.log_line(f"route {handler.__name__}", exc, errors.classify(exc)))
                return refusal(request, 500, texts.INTERNAL_ERROR)

        endpoint.level = level  # type: ignore[attr-defined]  # the route table test reads it
        return endpoint

    return wrap
