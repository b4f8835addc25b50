"""Throwaway Redis and nginx for the multi-instance test, like ``pg_cluster`` for PostgreSQL.

Started only when a test asks. Without the Debian binaries the tests are skipped, unless
``KRISE_REQUIRE_SERVICES=1`` (CI, where ``.ci/run`` installs them): there a skip would hide the
very set-up the test exists to prove.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _missing(what: str) -> None:
    if os.environ.get("KRISE_REQUIRE_SERVICES", "") == "1":
        pytest.fail(f"{what} required (KRISE_REQUIRE_SERVICES=1) but not installed", pytrace=False)
    pytest.skip(f"{what} not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_port(port: int, proc: subprocess.Popen, log: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"port {port} did not open:\n{log.read_text(errors='replace')}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def _binary(name: str, debian_dir: str) -> str:
    """``name`` on PATH or where Debian's package puts it (sbin is often not on a user's PATH)."""
    found = shutil.which(name) or (str(Path(debian_dir) / name) if (Path(debian_dir) / name).exists() else None)
    if found is None:
        _missing(name)
    return found


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A private redis-server on loopback, nothing persisted; yields its redis:// URL."""
    binary = _binary("redis-server", "/usr/bin")
    base = Path(tempfile.mkdtemp(prefix="krise-redis-"))
    port = _free_port()
    log = base / "redis.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                 "--dir", str(base), "--protected-mode", "yes"], stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
    try:
        _wait_port(port, proc, log)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        _stop(proc)
        shutil.rmtree(base, ignore_errors=True)


NGINX_CONF = """
{user}
daemon off;
worker_processes 1;
pid {base}/nginx.pid;
error_log {base}/error.log warn;
events {{ worker_connections 512; }}
http {{
    access_log off;
    client_body_temp_path {base}/body;
    proxy_temp_path {base}/proxy;
    fastcgi_temp_path {base}/fastcgi;
    uwsgi_temp_path {base}/uwsgi;
    scgi_temp_path {base}/scgi;
{upstream}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://krise_rasa;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_read_timeout 300s;
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
"""


def render_upstream(ports: list[int], indent: str = "    ") -> str:
    servers = "".join(f"{indent}    server 127.0.0.1:{port};\n" for port in ports)
    return f"{indent}upstream krise_rasa {{\n{servers}{indent}    keepalive 16;\n{indent}}}"


def start_nginx(upstream_ports: list[int]) -> tuple[subprocess.Popen, str, Path]:
    """nginx from Debian as a round-robin proxy in front of the Rasa servers; (process, URL, base)."""
    binary = _binary("nginx", "/usr/sbin")
    base = Path(tempfile.mkdtemp(prefix="krise-nginx-"))
    port = _free_port()
    conf = base / "nginx.conf"
    conf.write_text(NGINX_CONF.format(base=base, port=port, upstream=render_upstream(upstream_ports),
                                      user="user root;" if os.geteuid() == 0 else ""))
    return _run_nginx(binary, conf, base, port), f"http://127.0.0.1:{port}", base


SITE_CONF = """
{user}
daemon off;
worker_processes 1;
pid {base}/nginx.pid;
error_log {base}/error.log warn;
events {{ worker_connections 512; }}
http {{
    client_body_temp_path {base}/body;
    proxy_temp_path {base}/proxy;
    fastcgi_temp_path {base}/fastcgi;
    uwsgi_temp_path {base}/uwsgi;
    scgi_temp_path {base}/scgi;
    include {site};
}}
"""


def start_nginx_site(site: str, port: int) -> tuple[subprocess.Popen, Path]:
    """nginx from Debian serving one site file (``site``: its text), ready once ``port`` answers."""
    binary = _binary("nginx", "/usr/sbin")
    base = Path(tempfile.mkdtemp(prefix="krise-nginx-"))
    (base / "site.conf").write_text(site)
    conf = base / "nginx.conf"
    conf.write_text(SITE_CONF.format(base=base, site=base / "site.conf", user="user root;" if os.geteuid() == 0 else ""))
    return _run_nginx(binary, conf, base, port), base


def _run_nginx(binary: str, conf: Path, base: Path, port: int) -> subprocess.Popen:
    log = base / "stdout.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([binary, "-c", str(conf), "-p", str(base)], stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
    try:
        _wait_port(port, proc, base / "error.log")
    except RuntimeError:
        _stop(proc)
        raise
    return proc


def stop_nginx(proc: subprocess.Popen, base: Path) -> None:
    _stop(proc)
    shutil.rmtree(base, ignore_errors=True)
