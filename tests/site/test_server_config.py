"""The server settings shipped in beheer/ match what the site needs and what `make serve` sends."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.request import urlopen

from tools.serve import serve_in_background
from tools.sitebuild.csp import headers, inline_script_hashes


def test_every_inline_script_is_in_the_policy(built_site: Path):
    policy = (built_site / "beheer" / "headers.txt").read_text(encoding="utf-8")
    hashes = inline_script_hashes(built_site)
    assert hashes, "Material's inline scripts were expected"
    for h in hashes:
        assert h in policy
    assert "'unsafe-inline'" not in re.search(r"script-src[^;]*", policy).group(0)
    assert "'unsafe-eval'" not in policy


def test_server_snippets_carry_the_same_headers(built_site: Path):
    expected = headers(built_site)
    for name in ("nginx.conf", "apache.htaccess", "web.config"):
        text = (built_site / "beheer" / name).read_text(encoding="utf-8")
        for value in expected.values():
            assert value in text, (name, value)


def test_serve_sends_headers_and_exact_mime_types_under_a_sub_path(built_site: Path):
    server, url = serve_in_background(built_site, base="/jeugdgroepen/")
    try:
        with urlopen(url) as r:
            assert r.headers["Content-Security-Policy"] == headers(built_site)["Content-Security-Policy"]
            assert r.headers["X-Content-Type-Options"] == "nosniff"
        with urlopen(url + "assets/js/site.mjs") as r:
            assert r.headers["Content-Type"] == "text/javascript"
        wasm = next(built_site.glob("assets/pyodide/*/pyodide.asm.wasm")).relative_to(built_site).as_posix()
        with urlopen(url + wasm) as r:
            assert r.headers["Content-Type"] == "application/wasm"
        root = url.replace("/jeugdgroepen/", "/")
        try:
            urlopen(root + "index.html")
            raise AssertionError("files outside the sub-path must not be served")
        except OSError as e:
            assert getattr(e, "code", None) == 404
    finally:
        server.shutdown()
