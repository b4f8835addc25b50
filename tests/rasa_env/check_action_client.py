"""Run by ``tests/test_rasa_plugins.py`` with ``.venv-rasa/bin/python``: Rasa's action calls over
kept-alive connections (``bot.rasa_plugins.action_client``) against a real HTTP server.

The same request reaches the server and the same JSON comes back as with Rasa's own
``EndpointConfig.request``; calls share one connection; an error status, a refused connection and
a server that went away raise what they raised before; ``close_all`` closes the session.
Prints one line per check; exits non-zero (an AssertionError) on the first failure.
"""

from __future__ import annotations

import asyncio
import socket
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402
from rasa.core.actions.action import RemoteAction  # noqa: E402
from rasa.shared.exceptions import RasaException  # noqa: E402
from rasa.utils.endpoints import ClientResponseError, EndpointConfig  # noqa: E402

from bot.rasa_plugins import action_client  # noqa: E402

RASA_REQUEST = EndpointConfig.request
seen: list[dict] = []


async def webhook(request: web.Request) -> web.Response:
    body = await request.json()
    peer = request.transport.get_extra_info("peername") if request.transport else None
    seen.append({"body": body, "content_type": request.headers.get("Content-Type"), "peer": peer,
                 "token": request.query.get("token"), "header": request.headers.get("X-Test")})
    if body.get("fail"):
        return web.json_response({"action_name": "x", "error": "nope"}, status=400)
    return web.json_response({"events": [], "responses": [{"text": f"svar på {body['next_action']}"}]})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def serve(port: int) -> web.AppRunner:
    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


async def main() -> None:
    port = free_port()
    runner = await serve(port)
    endpoint = EndpointConfig(url=f"http://127.0.0.1:{port}/webhook", headers={"X-Test": "h"}, token="t")
    body = {"next_action": "action_answer_guide", "sender_id": "s", "tracker": {"events": [{"event": "user"}]}}

    before = await RASA_REQUEST(endpoint, json=body, method="post", timeout=300)
    action_client.register()
    action_client.register()  # twice: installed once
    assert EndpointConfig.request is action_client.request
    after = [await endpoint.request(json=body, method="post", timeout=300) for _ in range(3)]
    assert after == [before] * 3, (before, after)
    assert all({k: v for k, v in s.items() if k != "peer"} == {k: v for k, v in seen[0].items() if k != "peer"}
               for s in seen), seen
    print("ok: the same request reaches the server and the same JSON comes back")
    assert len({s["peer"] for s in seen[1:]}) == 1, [s["peer"] for s in seen]
    print("ok: the calls share one kept-alive connection")

    try:
        await endpoint.request(json={**body, "fail": True}, method="post", timeout=300)
        raise AssertionError("a 400 answer did not raise")
    except ClientResponseError as e:
        assert e.status == 400 and b"nope" in e.text, e
    # Rasa's RemoteAction turns it into an ActionExecutionRejection as before; a good call still works after it
    assert await endpoint.request(json=body, method="post", timeout=300) == before
    print("ok: an error status raises Rasa's ClientResponseError with the body, and the next call works")

    await runner.cleanup()  # the action server goes away with the connection open
    for _ in range(2):
        try:
            await endpoint.request(json=body, method="post", timeout=300)
            raise AssertionError("a call to a stopped server did not fail")
        except aiohttp.ClientConnectionError:
            pass
    try:
        await RemoteAction("action_answer_guide", endpoint).run(None, None, _Tracker(), _Domain())  # type: ignore[arg-type]
        raise AssertionError("RemoteAction did not fail")
    except RasaException as e:
        assert "Couldn't connect" in str(e) or "Failed to execute" in str(e), e
    print("ok: a server that is gone or refuses raises aiohttp.ClientConnectionError, a RasaException in Rasa")

    runner = await serve(port)  # started again: the next call connects anew
    assert await endpoint.request(json=body, method="post", timeout=300) == before
    print("ok: a restarted server is reached again")

    kept = list(action_client._made)
    assert kept, "no session was kept"
    await action_client.close_all()
    assert all(session.closed for session in kept) and not action_client._made
    await runner.cleanup()
    print("ok: close_all closes the kept sessions")


class _Tracker:
    sender_id = "s"

    def current_state(self, *_: object) -> dict:
        return {"events": []}


class _Domain:
    def does_custom_action_explicitly_need_domain(self, _: str) -> bool:
        return False

    def as_dict(self) -> dict:
        return {}


asyncio.run(main())
