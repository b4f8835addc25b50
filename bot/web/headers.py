"""Security headers on every response, and a cap on request bodies (pure ASGI, so nothing escapes it).

The Content-Security-Policy allows only this origin's own files: no inline script or style, no
framing (``frame-ancestors 'none'``), forms only to this origin. Pages are never cached (they show
case data and must not come back with the back button after signing out); static files are.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
# A chat message is at most 1,500 characters; the largest form is well under this.
MAX_BODY_BYTES = 64 * 1024
# Two years, the value browsers' preload lists ask for; sent only over https.
HSTS = "max-age=63072000; includeSubDomains"

_COMMON = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",  # the guide's pages never learn the workspace's addresses
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY_BYTES):
            await _too_large(send)
            return
        static = scope.get("path", "").startswith("/static/")
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _COMMON.items():
                    headers[name] = value
                headers["Cache-Control"] = "public, max-age=3600" if static else "no-store"
                if https:
                    headers["Strict-Transport-Security"] = HSTS
            await send(message)

        received = 0

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY_BYTES:  # a chunked body past the cap: read as a disconnect
                    return {"type": "http.disconnect"}
            return message

        await self.app(scope, capped_receive, send_with_headers)


async def _too_large(send: Send) -> None:
    body = "For stor forespørsel.".encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
               *((k.lower().encode(), v.encode()) for k, v in _COMMON.items()), (b"cache-control", b"no-store")]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
