"""Access to the workspace over HTTP, in process: every route without a session, roles, cookies,
CSRF, security headers, sign-in limits, revocation mid-session, timeouts, and failing closed."""

from __future__ import annotations

import logging
import re
import subprocess
from datetime import timedelta

import pytest
from sqlalchemy import select, update
from starlette.routing import Mount, Route

from bot.config import PROJECT_ROOT
from bot.storage import audit_trail, db, staff_store, web_access
from bot.storage.models import utcnow
from bot.storage.web_models import WebSession
from bot.web import auth
from bot.web.app import routes
from tests.web.conftest import PASSPHRASE, csrf_token, enrol, make_client, new_invite, sign_in

REF = "K-2345AB"
LEADER_PAGES = ["/cases", f"/cases/{REF}", f"/cases/{REF}/plan", f"/cases/{REF}/delete", "/feedback", "/staff",
                "/audit"]
LEADER_POSTS = ["/cases/export", f"/cases/{REF}/export", f"/cases/{REF}/delete", "/staff/invite", "/staff/revoke"]


def _route_calls() -> list[tuple[str, str]]:
    calls = []
    for route in routes():
        if isinstance(route, Route):
            for method in sorted(route.methods - {"HEAD"}):
                calls.append((method, route.path.replace("{ref}", REF)))
    return calls


ALL_CALLS = _route_calls()


# --- without a session ---------------------------------------------------------------------------

def test_every_route_but_login_and_static_is_behind_the_access_decision() -> None:
    for route in routes():
        if isinstance(route, Mount):
            assert route.path == "/static"
        elif route.path != "/login":
            assert getattr(route.endpoint, "level", None) in (auth.ANY, auth.LEADER), route.path


@pytest.mark.parametrize(("method", "path"), [c for c in ALL_CALLS if c[1] != "/login"] + [
    ("GET", "/finnes-ikke"), ("POST", "/finnes-ikke"), ("GET", "/logout"), ("DELETE", "/")])
def test_without_a_session_every_path_redirects_to_login(client, method: str, path: str) -> None:
    response = client.request(method, path)
    assert response.status_code in (302, 303)
    assert response.headers["location"].startswith("/login")
    assert "Saker" not in response.text and "csrf_token" not in response.text


@pytest.mark.parametrize(("method", "path"), [c for c in ALL_CALLS if c[1] != "/login"])
def test_without_a_session_a_json_request_gets_401(client, method: str, path: str) -> None:
    response = client.request(method, path, headers={"Accept": "application/json"})
    assert response.status_code == 401
    assert response.json() == {"feil": "Du er ikke logget inn."}


def test_login_and_static_files_answer_without_a_session(client) -> None:
    assert client.get("/login").status_code == 200
    css = client.get("/static/app.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]
    assert client.get("/static/app.js").status_code == 200


def test_an_unknown_cookie_is_no_session(client) -> None:
    client.cookies.set(auth.SESSION_COOKIE, "x" * 43)
    response = client.get("/handover")
    assert response.status_code == 303 and response.headers["location"] == "/login?grunn=avsluttet"


# --- roles ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", LEADER_PAGES)
def test_ansatt_gets_403_on_leader_pages(ansatt, path: str) -> None:
    response = ansatt.client.get(path)
    assert response.status_code == 403
    assert "bare for ledere" in response.text
    assert REF not in response.text


@pytest.mark.parametrize("path", LEADER_POSTS)
def test_ansatt_gets_403_on_leader_actions_even_with_a_valid_token(ansatt, path: str) -> None:
    response = ansatt.post(path, {"kode": "S-ABCD", "bekreft": "ja", "role": "leder"})
    assert response.status_code == 403
    with db.session_scope() as session:  # nothing happened: no invite made by the ansatt
        assert audit_trail.list_audit(session, action="invite_created", actor=ansatt.code) == []


def test_a_refusal_is_a_page_of_the_workspace(ansatt) -> None:
    response = ansatt.client.get("/cases")
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>Ingen tilgang</h1>" in response.text and 'href="/static/app.css"' in response.text


def test_ansatt_is_refused_with_json_too(ansatt) -> None:
    response = ansatt.client.get("/cases", headers={"Accept": "application/json"})
    assert response.status_code == 403 and "feil" in response.json()


@pytest.mark.parametrize("path", ["/", "/handover", "/passfrase"])
def test_ansatt_may_use_the_chat_and_the_handover(ansatt, path: str) -> None:
    assert ansatt.client.get(path).status_code == 200


def test_ansatt_sees_no_leader_links(ansatt) -> None:
    page = ansatt.page("/")
    assert 'href="/cases"' not in page and 'href="/staff"' not in page and 'href="/handover"' in page


@pytest.mark.parametrize("path", ["/", "/handover", *[p for p in LEADER_PAGES if REF not in p]])
def test_leader_may_use_every_page(leader, path: str) -> None:
    assert leader.client.get(path).status_code == 200


def test_unknown_role_may_nothing() -> None:
    strange = web_access.SignedIn(1, 1, "S-ABCD", "gjest", utcnow())
    assert not auth.may(strange, auth.ANY) and not auth.may(strange, auth.LEADER)
    assert not auth.may(web_access.SignedIn(1, 1, "S-ABCD", "ansatt", utcnow()), "noe annet")


# --- cookies and headers -------------------------------------------------------------------------

def test_session_cookie_is_httponly_and_samesite_strict_and_not_secure_over_http(client) -> None:
    login = client.get("/login")
    pre = login.headers["set-cookie"]
    assert "HttpOnly" in pre and "SameSite=strict" in pre.replace("Strict", "strict")
    response = client.post("/login", data={"csrf_token": csrf_token(login.text), "code": new_invite("ansatt"),
                                           "passphrase": PASSPHRASE, "passphrase_repeat": PASSPHRASE})
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(auth.SESSION_COOKIE + "=")
    assert "HttpOnly" in cookie and "samesite=strict" in cookie.lower() and "Path=/" in cookie
    assert "secure" not in cookie.lower() and "max-age" not in cookie.lower()


def test_session_cookie_is_secure_over_https(database) -> None:
    with make_client("https://testserver") as https:
        person = enrol(https)
        response = sign_in(https, person.code)
    assert response.status_code == 303
    assert "; secure" in response.headers["set-cookie"].lower()
    assert response.headers["strict-transport-security"].startswith("max-age=")


def test_only_a_hash_of_the_session_token_is_stored(client, ansatt) -> None:
    token = client.cookies.get(auth.SESSION_COOKIE)
    with db.session_scope() as session:
        stored = session.scalars(select(WebSession.token_hash)).all()
    assert token and token not in stored and web_access.token_hash(token) in stored


@pytest.mark.parametrize("path", ["/login", "/", "/handover", "/cases", "/static/app.css", "/finnes-ikke"])
def test_every_response_carries_a_strict_content_security_policy(leader, path: str) -> None:
    response = leader.client.get(path)
    csp = response.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert "'unsafe-inline'" not in directives.get("script-src", directives["default-src"])
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert directives["frame-ancestors"] == "'none'"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_pages_are_not_cached_but_static_files_are(leader) -> None:
    assert leader.client.get("/").headers["cache-control"] == "no-store"
    assert "max-age" in leader.client.get("/static/app.css").headers["cache-control"]


def test_no_page_has_inline_script_or_style(leader) -> None:
    for path in ("/login", "/", "/handover", "/cases", "/feedback", "/staff", "/audit", "/passfrase"):
        page = leader.client.get(path).text
        assert "<script>" not in page and " style=" not in page and "<style" not in page and "onclick" not in page
        assert "http://" not in page and "cdn" not in page.lower()


def test_a_huge_body_is_refused_before_it_is_read(leader) -> None:
    response = leader.client.post("/", content=b"message=" + b"a" * 70_000,
                                  headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413


# --- CSRF ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("method", "path"), [c for c in ALL_CALLS if c[0] == "POST" and c[1] != "/login"])
def test_a_post_without_its_csrf_token_is_refused_with_403(leader, method: str, path: str) -> None:
    assert leader.client.post(path, data={"message": "hei", "bekreft": "ja", "role": "ansatt"}).status_code == 403
    assert leader.client.post(path, data={"csrf_token": "0" * 64, "message": "hei"}).status_code == 403


def test_login_post_without_its_token_or_cookie_is_refused(client) -> None:
    data = {"code": new_invite("ansatt"), "passphrase": PASSPHRASE, "passphrase_repeat": PASSPHRASE}
    assert client.post("/login", data=data).status_code == 403  # no pre-session cookie at all
    token = csrf_token(client.get("/login").text)
    assert client.post("/login", data=data).status_code == 403  # cookie, no token
    client.cookies.delete("krise_csrf")
    assert client.post("/login", data={**data, "csrf_token": token}).status_code == 403  # token, no cookie


def test_a_token_from_another_session_is_refused(database) -> None:
    with make_client() as first, make_client() as second:
        enrol(first)
        enrol(second)
        stolen = csrf_token(first.get("/").text)
        assert second.post("/", data={"csrf_token": stolen, "message": "hei"}).status_code == 403
        assert first.post("/", data={"csrf_token": stolen, "message": "hei"}).status_code == 303


def test_the_token_may_come_in_a_header(ansatt) -> None:
    token = csrf_token(ansatt.page())
    response = ansatt.client.post("/", data={"message": "hei"}, headers={"X-CSRF-Token": token})
    assert response.status_code == 303


# --- enrolment and sign-in -----------------------------------------------------------------------

def test_an_invite_code_enrols_once(client) -> None:
    code = new_invite("ansatt")
    data = {"code": code, "passphrase": PASSPHRASE, "passphrase_repeat": PASSPHRASE}
    first = client.post("/login", data={**data, "csrf_token": csrf_token(client.get("/login").text)})
    assert first.status_code == 303
    client.cookies.delete(auth.SESSION_COOKIE)
    again = client.post("/login", data={**data, "csrf_token": csrf_token(client.get("/login").text)})
    assert again.status_code == 400 and "allerede brukt" in again.text


@pytest.mark.parametrize(("passphrase", "repeat", "message"), [
    ("for kort", "for kort", "minst 12 tegn"),
    (PASSPHRASE, PASSPHRASE + "!", "ikke like"),
    (" " * 14, " " * 14, "mellomrom"),
])
def test_a_rejected_passphrase_does_not_use_up_the_code(client, passphrase, repeat, message) -> None:
    code = new_invite("ansatt")
    response = client.post("/login", data={"csrf_token": csrf_token(client.get("/login").text), "code": code,
                                           "passphrase": passphrase, "passphrase_repeat": repeat})
    assert response.status_code == 400 and message in response.text
    ok = client.post("/login", data={"csrf_token": csrf_token(client.get("/login").text), "code": code,
                                     "passphrase": PASSPHRASE, "passphrase_repeat": PASSPHRASE})
    assert ok.status_code == 303


def test_sign_in_with_staff_id_and_passphrase(client) -> None:
    person = enrol(client)
    client.cookies.delete(auth.SESSION_COOKIE)
    assert client.get("/").status_code == 303
    assert sign_in(client, person.code.lower()).status_code == 303  # typed in lower case
    assert client.get("/").status_code == 200
    assert client.get("/login").status_code == 303  # signed in: the login page sends her on


def test_sign_out_ends_the_session_and_sign_out_everywhere_ends_all(database) -> None:
    with make_client() as phone, make_client() as pc:
        person = enrol(phone)
        assert sign_in(pc, person.code).status_code == 303
        old_cookie = phone.cookies.get(auth.SESSION_COOKIE)
        response = phone.post("/logout", data={"csrf_token": csrf_token(phone.get("/").text)})
        assert response.headers["location"] == "/login?grunn=ut"
        phone.cookies.set(auth.SESSION_COOKIE, old_cookie)
        assert phone.get("/").status_code == 303  # the old cookie is worthless now
        assert pc.get("/").status_code == 200
        assert sign_in(phone, person.code).status_code == 303
        phone.post("/logout", data={"csrf_token": csrf_token(phone.get("/").text), "overalt": "1"})
        assert pc.get("/").status_code == 303
    with db.session_scope() as session:
        assert session.scalars(select(WebSession)).all() == []


def test_changing_the_passphrase_signs_out_other_browsers(database) -> None:
    new = "et helt annet og langt passord"
    with make_client() as phone, make_client() as pc:
        person = enrol(phone)
        sign_in(pc, person.code)
        token = csrf_token(phone.get("/passfrase").text)
        wrong = phone.post("/passfrase", data={"csrf_token": token, "current": "feil feil feil", "passphrase": new,
                                               "passphrase_repeat": new})
        assert wrong.status_code == 400 and "feil" in wrong.text
        ok = phone.post("/passfrase", data={"csrf_token": token, "current": PASSPHRASE, "passphrase": new,
                                            "passphrase_repeat": new})
        assert ok.status_code == 303
        assert phone.get("/").status_code == 200 and pc.get("/").status_code == 303
        assert sign_in(pc, person.code, PASSPHRASE).status_code == 401
        assert sign_in(pc, person.code, new).status_code == 303


# --- failed sign-ins -----------------------------------------------------------------------------

def test_failed_sign_ins_are_limited_per_account_logged_and_audited_without_the_passphrase(client, caplog) -> None:
    person = enrol(client)
    client.cookies.delete(auth.SESSION_COOKIE)
    caplog.set_level(logging.INFO)
    secret_guess = "gjetting-nummer"
    for i in range(5):
        response = sign_in(client, person.code, f"{secret_guess}-{i}")
        assert response.status_code == 401 and "Feil ansattkode eller passfrase" in response.text
    blocked = sign_in(client, person.code, PASSPHRASE)  # even the right one, while blocked
    assert blocked.status_code == 429 and "For mange mislykkede forsøk" in blocked.text
    assert "set-cookie" not in blocked.headers or auth.SESSION_COOKIE not in blocked.headers["set-cookie"]
    with make_client() as colleague:  # another account from the same address still gets in
        other = enrol(colleague)
        colleague.cookies.delete(auth.SESSION_COOKIE)
        assert sign_in(colleague, other.code).status_code == 303
    logged = caplog.text
    assert "sign-in failed" in logged and person.code in logged
    assert secret_guess not in logged and PASSPHRASE not in logged
    with db.session_scope() as session:
        failures = audit_trail.list_audit(session, action="sign_in_failed")
        details = [e.detail for e in failures]
    assert len(failures) == 5 and all(d["staff"] == person.code for d in details)
    assert all(secret_guess not in str(d) for d in details)


def test_failed_sign_ins_are_limited_per_address(database) -> None:
    with make_client(address_failures=3) as client:
        for i in range(3):
            assert sign_in(client, f"S-AB{i}C", "feil passfrase her").status_code == 401
        person_code = "S-ZZZZ"
        assert sign_in(client, person_code, "feil passfrase her").status_code == 429


def test_wrong_invite_codes_are_limited_per_address(database) -> None:
    with make_client(address_failures=2) as client:
        for _ in range(2):
            response = client.post("/login", data={"csrf_token": csrf_token(client.get("/login").text),
                                                   "code": "AAAA-BBBB-CCCC", "passphrase": PASSPHRASE,
                                                   "passphrase_repeat": PASSPHRASE})
            assert response.status_code == 400
        response = client.post("/login", data={"csrf_token": csrf_token(client.get("/login").text),
                                               "code": new_invite("ansatt"), "passphrase": PASSPHRASE,
                                               "passphrase_repeat": PASSPHRASE})
        assert response.status_code == 429


# --- revocation and timeouts ---------------------------------------------------------------------

def test_botctl_staff_revoke_throws_her_out_mid_session(ansatt) -> None:
    client = ansatt.client
    token = csrf_token(ansatt.page())
    assert client.post("/", data={"csrf_token": token, "command": "ny"}).status_code == 303  # a dialogue begun
    out = subprocess.run([str(PROJECT_ROOT / "botctl"), "staff", "revoke", ansatt.code], cwd=PROJECT_ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    with db.session_scope() as session:  # signed out everywhere at once, not only on her next request
        assert session.scalars(select(WebSession)).all() == []
    response = client.post("/", data={"csrf_token": token, "message": "ja"})
    assert response.status_code == 303 and response.headers["location"] == "/login?grunn=avsluttet"
    assert auth.SESSION_COOKIE in response.headers["set-cookie"]  # the browser forgets it
    page = client.get("/login?grunn=avsluttet").text
    assert "Økten din er avsluttet" in page
    assert sign_in(client, ansatt.code).status_code == 401


def test_a_revoked_member_loses_her_sessions_on_the_next_request(ansatt) -> None:
    """Revoked by any other path than botctl (the session rows are still there): refused all the same."""
    with db.session_scope() as session:
        staff_store.deactivate_staff(session, ansatt.code)
    response = ansatt.client.get("/handover")
    assert response.headers["location"] == "/login?grunn=fjernet"
    with db.session_scope() as session:
        assert session.scalars(select(WebSession)).all() == []


@pytest.mark.parametrize(("column", "age"), [("last_seen_at", timedelta(minutes=31)),
                                             ("created_at", timedelta(hours=12, minutes=1))])
def test_idle_and_absolute_timeouts(ansatt, column: str, age: timedelta) -> None:
    with db.session_scope() as session:
        session.execute(update(WebSession).values({column: utcnow() - age}))
    response = ansatt.client.get("/")
    assert response.status_code == 303 and response.headers["location"] == "/login?grunn=utlopt"
    assert "Økten din er utløpt" in ansatt.client.get("/login?grunn=utlopt").text


def test_activity_keeps_a_session_alive(ansatt) -> None:
    with db.session_scope() as session:
        session.execute(update(WebSession).values(last_seen_at=utcnow() - timedelta(minutes=29)))
    assert ansatt.client.get("/").status_code == 200
    with db.session_scope() as session:
        seen = session.scalar(select(WebSession.last_seen_at))
    assert utcnow() - seen < timedelta(minutes=1)


# --- failing closed ------------------------------------------------------------------------------

def _boom(*args, **kwargs):
    from sqlalchemy.exc import OperationalError

    raise OperationalError("SELECT …", {}, Exception("database is locked"))


@pytest.mark.parametrize("path", ["/", "/handover", "/cases", f"/cases/{REF}", "/audit", "/finnes-ikke"])
def test_an_error_in_the_session_look_up_refuses_the_request(leader, monkeypatch, path: str) -> None:
    monkeypatch.setattr(web_access, "find_session", _boom)
    response = leader.client.get(path)
    assert response.status_code == 503
    assert "Tilgangen kan ikke kontrolleres" in response.text
    assert "csrf_token" not in response.text and "Saker" not in response.text


def test_an_error_in_the_database_refuses_posts_too(leader, monkeypatch) -> None:
    token = csrf_token(leader.page())
    monkeypatch.setattr(db, "session_scope", _boom)
    response = leader.client.post("/staff/invite", data={"csrf_token": token, "role": "leder"})
    assert response.status_code == 503
    json = leader.client.get("/cases", headers={"Accept": "application/json"})
    assert json.status_code == 503 and "feil" in json.json()


def test_an_error_in_the_role_check_refuses(leader, monkeypatch) -> None:
    def broken_may(staff, level):
        raise RuntimeError("bug")

    monkeypatch.setattr(auth, "may", broken_may)
    assert leader.client.get("/cases").status_code == 503
    assert leader.client.get("/").status_code == 503


def test_an_error_while_signing_in_signs_nobody_in(client, monkeypatch) -> None:
    person = enrol(client)
    client.cookies.delete(auth.SESSION_COOKIE)
    monkeypatch.setattr(web_access, "verify", _boom)
    response = sign_in(client, person.code)
    assert response.status_code == 503
    assert auth.SESSION_COOKIE not in response.headers.get("set-cookie", "")


def test_after_a_failed_enrolment_its_form_comes_first_with_the_code_kept(client) -> None:
    code = new_invite("ansatt")
    response = client.post("/login", data={"csrf_token": csrf_token(client.get("/login").text), "code": code,
                                           "passphrase": PASSPHRASE, "passphrase_repeat": PASSPHRASE + "x"})
    page = response.text
    assert page.index('id="registrer"') < page.index('id="logg-inn"')
    assert f'value="{code}"' in page and 'id="new-passphrase" name="passphrase"' in page
    assert re.search(r'id="new-passphrase"[^>]*autofocus', page)


def test_an_error_on_the_login_page_is_a_short_page_without_a_trace(client, monkeypatch) -> None:
    from bot.web import login

    def broken(*args, **kwargs):
        raise RuntimeError("SELECT secret_value FROM somewhere")

    monkeypatch.setattr(login, "_login_page", broken)
    response = client.get("/login")
    assert response.status_code == 500 and "Noe gikk galt" in response.text
    assert "Traceback" not in response.text and "secret_value" not in response.text
