"""How a centre runs the workspace: ``make web`` (CONTRACTS.md §1) with the servers already answering on
RASA_PORT, the one-time leader code on a fresh install, a clean stop on Ctrl-C; and the nginx TLS site
from deploy/ in front of it (Secure cookie, HSTS, http only redirecting)."""

from __future__ import annotations

import datetime
import ipaddress
import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
import requests

from bot.config import PROJECT_ROOT
from bot.storage import db, migrate
from bot.testing.served import free_port
from tests.e2e.web import LEADER_CODE, PASSPHRASE
from tests.services import start_nginx_site, stop_nginx

pytestmark = pytest.mark.e2e
TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')


def _enrol(session: requests.Session, base: str, code: str, **kwargs) -> requests.Response:
    page = session.get(base + "/login", **kwargs)
    return session.post(base + "/login", data={"csrf_token": TOKEN.search(page.text).group(1), "code": code,
                                               "passphrase": PASSPHRASE, "passphrase_repeat": PASSPHRASE},
                        allow_redirects=False, **kwargs)


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_make_web_on_a_fresh_install(tmp_path: Path, served_sqlite) -> None:
    data = tmp_path / "data"
    url = f"sqlite:///{data / 'krise.sqlite3'}"
    port = free_port()
    env = dict(os.environ, DATABASE_URL=url, KRISE_DATA_DIR=str(data), RASA_PORT=str(served_sqlite.rasa_port),
               ACTIONS_PORT=str(served_sqlite.actions_port), WEB_PORT=str(port))
    log = tmp_path / "make-web.log"
    with open(log, "w") as out:
        make = subprocess.Popen(["make", "--no-print-directory", "web"], cwd=PROJECT_ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while not _port_open(port) or requests.get(base + "/login", timeout=5).status_code != 200:
            assert make.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.3)
        printed = log.read_text()
        assert "Bruker Rasa-serveren som allerede svarer" in printed  # no second Rasa started
        codes = LEADER_CODE.findall(printed)
        assert len(codes) == 1, printed
        session = requests.Session()
        assert _enrol(session, base, codes[0]).status_code == 303
        chat = session.get(base + "/")
        assert "leder" in chat.text and 'href="/cases"' in chat.text
        token = TOKEN.search(chat.text).group(1)
        answer = session.post(base + "/", data={"csrf_token": token, "message": "hvordan bestiller jeg tolk?"})
        assert 'href="https://bufdir.no/' in answer.text  # the running Rasa answered through the workspace
        assert _enrol(requests.Session(), base, codes[0]).status_code == 400  # the code worked once
    finally:
        os.killpg(make.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
        make.wait(timeout=120)
    assert not _port_open(port)
    assert requests.get(served_sqlite.url + "/", timeout=5).status_code == 200  # not stopped: not started by it
    assert "Traceback" not in log.read_text()
    db.reset_engines()
    # a second start finds the leader and prints no code
    migrate.upgrade(url)
    second = subprocess.run([str(PROJECT_ROOT / ".venv" / "bin" / "python"), "-c",
                             "from bot.web.bootstrap import leader_code_if_needed; print(leader_code_if_needed())"],
                            cwd=PROJECT_ROOT, env=dict(env, PYTHONPATH=str(PROJECT_ROOT)), capture_output=True,
                            text=True, timeout=120)
    assert second.stdout.strip() == "None", second.stderr


def _certificate(directory: Path) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for 127.0.0.1 (the centre uses its own)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "krise-test")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "fullchain.pem", directory / "privkey.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return cert_path, key_path


def test_the_nginx_tls_site_from_deploy(tmp_path: Path, web_url: str, e2e_database_url: str) -> None:
    from tests.e2e.web import invite

    cert, key = _certificate(tmp_path)
    https_port, http_port = free_port(), free_port()
    site = (PROJECT_ROOT / "deploy" / "nginx" / "krise-web.conf").read_text()
    for old, new in {"server 127.0.0.1:8080;": f"server 127.0.0.1:{web_url.rsplit(':', 1)[1]};",
                     "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
                     "listen 80;": f"listen 127.0.0.1:{http_port};",
                     "/etc/ssl/krise/fullchain.pem": str(cert), "/etc/ssl/krise/privkey.pem": str(key)}.items():
        assert old in site, old
        site = site.replace(old, new)
    site = "\n".join(line for line in site.splitlines() if "listen [::]" not in line)  # no IPv6 in the sandbox
    proc, base = start_nginx_site(site, https_port)
    try:
        https = f"https://127.0.0.1:{https_port}"
        plain = requests.get(f"http://127.0.0.1:{http_port}/login", allow_redirects=False, timeout=10)
        assert plain.status_code == 301 and plain.headers["location"].startswith("https://")
        login = requests.get(https + "/login", verify=str(cert), timeout=10)
        assert login.status_code == 200
        assert login.headers["strict-transport-security"].startswith("max-age=")  # the workspace saw https
        assert "frame-ancestors 'none'" in login.headers["content-security-policy"]
        assert "server" not in login.headers or "nginx/" not in login.headers["server"]
        session = requests.Session()
        enrolled = _enrol(session, https, invite("ansatt", e2e_database_url), verify=str(cert), timeout=10)
        assert enrolled.status_code == 303
        cookie = enrolled.headers["set-cookie"]
        assert "krise_session=" in cookie and "secure" in cookie.lower() and "httponly" in cookie.lower()
        assert session.get(https + "/handover", verify=str(cert), timeout=10).status_code == 200
        big = session.post(https + "/", data={"message": "x" * 70_000}, verify=str(cert), timeout=10)
        assert big.status_code == 413
    finally:
        stop_nginx(proc, base)
