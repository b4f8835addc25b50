"""Rendering a page: the template, the signed-in staff member, the CSRF token, one-time notices."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from bot.storage.web_access import SignedIn
from bot.web import flash


def render(request: Request, template: str, staff: SignedIn | None, status: int = 200, **context: Any) -> Response:
    values = {
        "staff": staff,
        "csrf_token": getattr(request.state, "csrf_token", ""),
        "notices": flash.take(request) if staff is not None else [],
        "path": request.url.path,
        **context,
    }
    return request.app.state.templates.TemplateResponse(request, template, values, status_code=status)
