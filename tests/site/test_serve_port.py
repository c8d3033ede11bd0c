"""`make serve`: a port that is taken gets a clear message in Dutch and English, no traceback;
the server's root leads to the address the site was built for."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.request import HTTPRedirectHandler, build_opener

from tools.serve import built_base, serve_in_background


def test_a_taken_port_gets_a_message_instead_of_a_traceback(built_site: Path):
    server, url = serve_in_background(built_site)
    port = server.server_address[1]
    try:
        run = subprocess.run([sys.executable, "-m", "tools.serve", "--dir", str(built_site), "--port", str(port)],
                             capture_output=True, text=True, timeout=30, cwd=Path(__file__).resolve().parents[2])
    finally:
        server.shutdown()
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert f"Poort {port} op 127.0.0.1 is al in gebruik" in run.stderr
    assert f"Port {port} on 127.0.0.1 is already in use" in run.stderr
    assert "PORT=" in run.stderr


def test_the_root_leads_to_the_built_base(built_site: Path):
    base = built_base(built_site)
    assert base == "/jeugdgroepen/"

    class NoFollow(HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    server, url = serve_in_background(built_site, base=base)
    try:
        root = url.removesuffix(base) + "/"
        try:
            build_opener(NoFollow).open(root)
            raise AssertionError("no redirect")
        except OSError as e:
            assert e.code == 302 and e.headers["Location"] == base
    finally:
        server.shutdown()
