"""`make bench`, web: the workspace (``python -m bot.web``) in front of the same served bot, each figure
beside its baseline measured in the same run.

- Chat: each guide question asked once over REST and once through the workspace, alternately, in two
  conversations that grow alike. A web turn is what a browser without JavaScript does: the form POST
  (masking, Rasa, rendering the reply into the conversation) and the redirected GET of the chat page.
- Pages: /cases (1,000 cases in the database, the first 100 shown) and /handover (a leader's, since
  the start of the shift), beside /login (the same server rendering a page with no data) and the
  case-list query alone, in process.
- Memory: the workspace's resident set after all of the above, beside a bare Starlette app on uvicorn.
"""

from __future__ import annotations

import functools
import os
import re
import secrets
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import requests

from bench.latency import percentile
from bench.quality import DEV_SET, load_set
from bot.channels.rest_client import send
from bot.testing.served import free_port, served_workspace

QUESTIONS = 60
CASES = 1000
PAGE_RUNS = 40
PASSPHRASE = "benk med lang nok passfrase"
TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')
TRIAGE = {"contact_mode": "telefon", "acute_danger": False, "interpreter_needed": False,
          "violence_forms": ["fysisk", "psykisk"], "perpetrator_relation": "partner", "children_count": 1,
          "children_with_perpetrator": False, "help_needed": ["botilbud"], "going_home": False}


def seed(database_url: str, count: int = CASES) -> None:
    """``count`` cases over the last 30 days (retention), a third of them mapped, each with a note."""
    from bot.storage import case_records, case_store, db
    from bot.storage.models import utcnow

    now = utcnow()
    step = timedelta(days=30) / count
    with db.session_scope(database_url) as session:
        for i in range(count):
            case = case_store.create_case(session, TRIAGE)
            case.created_at = case.updated_at = now - step * i
            if i % 3 == 0:
                flags = ["weapon_access"] if i % 2 == 0 else []
                version = case_records.save_safety_mapping(session, case.ref, {
                    "weapon_access": bool(flags), "red_flags": flags, "recommended": ["sikkerhetsplan"]}, "Utkast.")
                version.created_at = case.created_at
            case_records.save_journal_note(session, case.ref, f"Første samtale med sak {case.ref}: telefon, partner.")


def _leader(base: str, database_url: str) -> tuple[requests.Session, str]:
    from bot.storage import db, invites

    with db.session_scope(database_url) as session:
        _, code = invites.create_invite(session, "leder")
    web = requests.Session()
    page = web.get(base + "/login")
    web.post(base + "/login", data={"csrf_token": _csrf_token(page.text), "code": code,
                                    "passphrase": PASSPHRASE, "passphrase_repeat": PASSPHRASE})
    chat = web.get(base + "/")
    return web, _csrf_token(chat.text)


def _csrf_token(html: str) -> str:
    match = TOKEN.search(html)
    if match is None:
        raise RuntimeError("arbeidsflaten sendte en side uten CSRF-felt")
    return match.group(1)


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def chat(rasa_url: str, base: str, web: requests.Session, token: str) -> None:
    questions = [q.q for q in load_set(DEV_SET) if q.id][:QUESTIONS]
    sender = "bench-web-rest-" + secrets.token_hex(4)

    def rest(question: str) -> None:
        send(sender, question, url=rasa_url)

    def through_web(question: str) -> None:
        response = web.post(base + "/", data={"csrf_token": token, "message": question})
        if response.status_code != 200 or "får ikke kontakt" in response.text:
            raise RuntimeError(f"the workspace answered {response.status_code}")

    for warm in ("hei", "hvordan bestiller jeg tolk?"):
        rest(warm)
        through_web(warm)
    rest_times, web_times = [], []
    for i, question in enumerate(questions):  # alternate which goes first: neither gains from going second
        if i % 2 == 0:
            rest_times.append(_timed(functools.partial(rest, question)))
            web_times.append(_timed(functools.partial(through_web, question)))
        else:
            web_times.append(_timed(functools.partial(through_web, question)))
            rest_times.append(_timed(functools.partial(rest, question)))
    print(f"Arbeidsflaten: chat (ms; {len(questions)} veiledersvar, hvert spurt over REST og gjennom arbeidsflaten "
          "vekselvis, samme kjøring; en nettlesertur = skjemaet + siden det sender videre til)")
    print(f"  {'':<6} {'REST':>8} {'nett':>8} {'forskjell':>10} {'forhold':>8}")
    for key, q in (("p50", 0.5), ("p95", 0.95)):
        r, w = percentile(rest_times, q), percentile(web_times, q)
        print(f"  {key:<6} {r:8.1f} {w:8.1f} {w - r:+10.1f} {w / r:7.2f}x"
              + ("   mål: nett p95 ≤ REST p95 + 30 ms" if key == "p95" else ""))
    paired = sorted(w - r for w, r in zip(web_times, rest_times, strict=True))
    print(f"  arbeidsflatens tillegg per spørsmål (nett − REST, samme spørsmål): median {percentile(paired, 0.5):+.1f}, "
          f"p95 {percentile(paired, 0.95):+.1f}")


def pages(base: str, web: requests.Session, database_url: str) -> None:
    from bot.storage import db, workspace

    def get(path: str) -> Callable[[], object]:
        def call() -> None:
            response = web.get(base + path)
            if response.status_code != 200:
                raise RuntimeError(f"{path}: HTTP {response.status_code}")
        return call

    def query() -> None:
        with db.session_scope(database_url) as session:
            workspace.case_rows(session)

    timings: dict[str, list[float]] = {name: [] for name in ("/cases", "/cases?flagg=ja", "/handover", "/login",
                                                              "query")}
    anonymous = requests.Session()
    for name in timings:  # warm each once
        (query if name == "query" else get(name) if name != "/login" else lambda: anonymous.get(base + "/login"))()
    for _ in range(PAGE_RUNS):  # interleaved, so a busy moment on the machine hits all alike
        timings["/cases"].append(_timed(get("/cases")))
        timings["/cases?flagg=ja"].append(_timed(get("/cases?flagg=ja")))
        timings["/handover"].append(_timed(get("/handover")))
        timings["/login"].append(_timed(lambda: anonymous.get(base + "/login")))
        timings["query"].append(_timed(query))
    print(f"Arbeidsflaten: sider (ms; {CASES} saker i databasen, {PAGE_RUNS} visninger hver, vekselvis)")
    print(f"  {'side':<34} {'p50':>7} {'p95':>7}")
    labels = {"/cases": "/cases (leder, 100 av 1000 vist)", "/cases?flagg=ja": "/cases?flagg=ja (filter)",
              "/handover": "/handover (leder, denne vakten)", "/login": "grunnlinje: /login (ingen data)",
              "query": "grunnlinje: sakslistens spørring alene"}
    for name, label in labels.items():
        values = timings[name]
        target = "   mål: p95 ≤ 150 ms" if name in ("/cases", "/handover") else ""
        print(f"  {label:<34} {percentile(values, 0.5):7.1f} {percentile(values, 0.95):7.1f}{target}")


def _memory_mb(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) of a process, in MB."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


BARE_APP = textwrap.dedent("""
    import sys, uvicorn
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse
    from starlette.routing import Route
    async def page(request):
        return HTMLResponse("<!doctype html><title>x</title><p>hei</p>")
    uvicorn.run(Starlette(routes=[Route("/login", page)]), host="127.0.0.1", port=int(sys.argv[1]),
                log_level="warning", ws="none")
""")


def bare_server_memory() -> tuple[float, float]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", BARE_APP, str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"http://127.0.0.1:{port}/login", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        for _ in range(200):
            requests.get(f"http://127.0.0.1:{port}/login", timeout=5)
        return _memory_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def web(rasa_url: str) -> None:
    """``rasa_url``: the served bot to compare against (the workspace is put in front of the same one)."""
    from bot.storage import db, migrate

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        database_url = f"sqlite:///{data / 'bench.sqlite3'}"
        migrate.upgrade(database_url)
        db.reset_engines()
        started = time.perf_counter()
        seed(database_url)
        seeded = time.perf_counter() - started
        env = dict(os.environ, DATABASE_URL=database_url, RASA_PORT=rasa_url.rsplit(":", 1)[1])
        with served_workspace(data / "web.log", env, timeout=180) as (base, proc):
            session, token = _leader(base, database_url)
            chat(rasa_url, base, session, token)
            print()
            pages(base, session, database_url)
            rss, peak = _memory_mb(proc.pid)
        bare_rss, bare_peak = bare_server_memory()
    print()
    print("Arbeidsflaten: minne (MB, etter chat og sider over)")
    print(f"  {'':<44} {'nå':>7} {'topp':>7}")
    print(f"  {'arbeidsflaten (python -m bot.web)':<44} {rss:7.1f} {peak:7.1f}   mål: ≤ 150 MB")
    print(f"  {'grunnlinje: tom Starlette-app på uvicorn':<44} {bare_rss:7.1f} {bare_peak:7.1f}")
    print(f"  ({CASES} saker lagt inn på {seeded:.0f} s før målingene)")


if __name__ == "__main__":
    from bot.testing.served import served_bot

    with tempfile.TemporaryDirectory() as _tmp, served_bot(Path(_tmp) / "serve.log") as _url:
        web(_url)
