"""``python -m bot.web``: serve the workspace with uvicorn on 127.0.0.1:$WEB_PORT until SIGINT/SIGTERM.

Checks the database schema first, and prints a one-time leader code when no leader exists yet
(``bootstrap``). Behind a TLS proxy on this machine, uvicorn trusts its X-Forwarded-For and
X-Forwarded-Proto (``KRISE_WEB_TRUSTED_PROXIES``, default 127.0.0.1): the real client address for the
sign-in limits and the audit log, and https for the Secure cookie.
"""

from __future__ import annotations

import logging
import sys


def _return_large_blocks() -> None:
    """Hand large freed blocks (argon2's 19 MiB per sign-in) back to the system at once.

    glibc raises its mmap threshold after the first large free, so later argon2 buffers come from the
    heap and stay resident (~20 MB more per worker thread's arena; measured with bench/web.py). A fixed
    threshold keeps blocks of 1 MiB and more in mmap. Not glibc: nothing to do.
    """
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(-3, 1024 * 1024)  # M_MMAP_THRESHOLD
    except (OSError, AttributeError):
        pass


def main() -> int:
    from bot.setup import private_umask

    private_umask()  # sessions, logs and anything else it writes: owner only (issue 15)
    _return_large_blocks()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("alembic", "httpx"):  # a line per migration step or Rasa request says nothing useful
        logging.getLogger(noisy).setLevel(logging.WARNING)
    from bot.keys import KeysUnavailable
    from bot.storage import migrate
    from bot.web.settings import SettingsError, WebSettings

    try:
        settings = WebSettings.from_env()
    except SettingsError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if not migrate.is_up_to_date():
        print("Databasen er ikke satt opp eller ikke oppdatert. Kjør: ./botctl db upgrade", file=sys.stderr)
        return 1
    import uvicorn

    from bot import keys
    from bot.storage import db
    from bot.web.app import create_app
    from bot.web.bootstrap import LEADER_CODE_LIFETIME, leader_code_if_needed

    try:
        keys.verify_database(db.get_engine())  # refuse to start on missing or wrong keys (issue 15)
        code = leader_code_if_needed()
    except KeysUnavailable as exc:
        print(str(exc), file=sys.stderr)
        return 1
    address = f"http://{settings.host}:{settings.port}"
    if code is not None:
        hours = int(LEADER_CODE_LIFETIME.total_seconds() // 3600)
        print("=" * 72)
        print("Ingen leder er registrert ennå. Engangskode for den første lederen")
        print(f"(gyldig i {hours} timer, virker én gang). Åpne {address}/login og registrer deg med koden")
        print("under «Første gang? Registrer deg». Koden vises bare her.")
        print(code)
        print("=" * 72, flush=True)
    if settings.host not in ("127.0.0.1", "::1", "localhost"):
        print(f"Advarsel: arbeidsflaten lytter på {settings.host}, ikke bare på denne maskinen. Sett den bak "
              "TLS (deploy/nginx/krise-web.conf).", file=sys.stderr)
    print(f"==> Arbeidsflaten: {address}/ (Ctrl-C stopper)", flush=True)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, proxy_headers=True,
                forwarded_allow_ips=settings.trusted_proxies, access_log=False, log_level="warning",
                server_header=False, ws="none")  # no websockets (and the locked websockets is too old for uvicorn's)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
