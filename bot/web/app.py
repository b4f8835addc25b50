"""The workspace as an ASGI app (Starlette): routes, templates, security headers, background cleanup.

Every route but /login and /static is wrapped in ``auth.page``; the route table test checks that.
Unknown paths and wrong methods answer like any other route: a redirect to /login without a
session (CONTRACTS.md §6: never content), a short page with one.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from bot import config, errors
from bot.background import running
from bot.storage import db, web_access, workspace
from bot.storage.models import utcnow
from bot.web import auth, cases, chat_page, handover, leader, login, texts
from bot.web.chat import Chat, ChatStore
from bot.web.flash import Notices
from bot.web.headers import SecurityHeaders
from bot.web.rasa import RasaClient
from bot.web.ratelimit import FailureLimiter
from bot.web.settings import (
    CLEANUP_INTERVAL_SECONDS,
    MAX_MESSAGE_CHARS,
    RASA_TIMEOUT_SECONDS,
    TRANSCRIPT_TURNS,
    WebSettings,
)
from bot.web.timefmt import local

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent


class Limits:
    """Failed sign-ins per account and per address (settings say how many)."""

    def __init__(self, settings: WebSettings) -> None:
        window = settings.failure_window.total_seconds()
        self.account = FailureLimiter(settings.account_failures, window)
        self.address = FailureLimiter(settings.address_failures, window)

    def _limiter(self, key: str) -> FailureLimiter:
        return self.account if key.startswith("account:") else self.address

    def blocked_for(self, key: str) -> float:
        return self._limiter(key).blocked_for(key)

    def fail(self, key: str) -> None:
        self._limiter(key).fail(key)

    def reset(self, key: str) -> None:
        self._limiter(key).reset(key)


def routes() -> list[Route | Mount]:
    return [
        Route("/login", login.login_page, methods=["GET"]),
        Route("/login", login.login_submit, methods=["POST"]),
        Route("/logout", login.logout, methods=["POST"]),
        Route("/passfrase", login.passphrase_page, methods=["GET", "POST"]),
        Route("/", chat_page.chat, methods=["GET", "POST"]),
        Route("/handover", handover.handover, methods=["GET"]),
        Route("/cases", cases.case_list, methods=["GET"]),
        Route("/cases/export", cases.export_all, methods=["POST"]),
        Route("/cases/{ref}", cases.case_page, methods=["GET"]),
        Route("/cases/{ref}/plan", cases.plan_page, methods=["GET"]),
        Route("/cases/{ref}/export", cases.export_case, methods=["POST"]),
        Route("/cases/{ref}/delete", cases.delete_case, methods=["GET", "POST"]),
        Route("/feedback", leader.feedback_page, methods=["GET"]),
        Route("/staff", leader.staff_page, methods=["GET"]),
        Route("/staff/invite", leader.invite, methods=["POST"]),
        Route("/staff/revoke", leader.revoke, methods=["POST"]),
        Route("/audit", leader.audit_page, methods=["GET"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]


async def _no_route(request: Request, exc: Exception) -> Response:
    """404/405: without a session the same redirect as every other path; with one, a short page."""
    decision = await run_in_threadpool(auth.decide, request, auth.ANY)
    if decision.refusal is not None:
        return decision.refusal
    status = exc.status_code if isinstance(exc, HTTPException) else 404
    return auth.refusal(request, status, texts.NOT_FOUND if status == 404 else "Det går ikke an her.")


def _cleanup(app: Starlette) -> None:
    """Sessions past their time, activity links past retention, screens of people signed out."""
    settings: WebSettings = app.state.settings
    now = utcnow()
    with db.session_scope() as session:
        web_access.purge_sessions(session, idle=settings.idle_timeout, absolute=settings.session_lifetime, now=now)
        workspace.purge_activity(session, now - config.retention())
        signed_in = web_access.signed_in_codes(session)
    app.state.chat.store.retain(signed_in)


@contextlib.asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    async def every_hour() -> None:
        while True:
            try:
                await run_in_threadpool(_cleanup, app)
            except Exception as exc:  # noqa: BLE001 - try again next time
                log.warning(errors.log_line("cleanup", exc, errors.classify(exc)))
            await asyncio.sleep(CLEANUP_INTERVAL_SECONDS)

    try:
        async with running(every_hour()):
            yield
    finally:
        app.state.chat.rasa.close()


def _corpus_loader() -> Any:
    """The guide corpus, loaded on first use (the feedback page names entries and their coverage)."""

    @functools.lru_cache(maxsize=1)
    def load() -> Any:
        from bot.guide.corpus import load_corpus

        try:
            return load_corpus()
        except Exception as exc:  # noqa: BLE001 - the page shows ids instead of titles
            log.warning(errors.log_line("loading the corpus", exc, errors.classify(exc)))
            return None

    return load


def templates(settings: WebSettings) -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["local"] = lambda value, with_date=True: local(value, settings.timezone, with_date)
    # The export's ISO strings (case_dict) shown in local time.
    env.filters["local_iso"] = lambda value: local(datetime.fromisoformat(value), settings.timezone) if value else "–"
    return Jinja2Templates(env=env)


def create_app(settings: WebSettings | None = None) -> Starlette:
    settings = settings or WebSettings.from_env()
    app = Starlette(routes=routes(), middleware=[Middleware(SecurityHeaders)],
                    exception_handlers={404: _no_route, 405: _no_route}, lifespan=_lifespan)
    app.state.settings = settings
    app.state.templates = templates(settings)
    app.state.limits = Limits(settings)
    app.state.notices = Notices()
    app.state.chat = Chat(RasaClient(settings.rasa_url, RASA_TIMEOUT_SECONDS), ChatStore(TRANSCRIPT_TURNS),
                          MAX_MESSAGE_CHARS)
    app.state.corpus = _corpus_loader()
    return app
