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


def test_serve_sends_precompressed_copies_and_cache_lifetimes(built_site: Path):
    from urllib.request import Request

    server, url = serve_in_background(built_site, base="/jeugdgroepen/")
    wasm = next(built_site.glob("assets/pyodide/*/pyodide.asm.wasm"))
    try:
        def get(path: str, accept: str):
            with urlopen(Request(url + path, headers={"Accept-Encoding": accept})) as r:
                return r.headers, r.read()

        rel = wasm.relative_to(built_site).as_posix()
        h, body = get(rel, "gzip, deflate, br")
        assert (h["Content-Encoding"], h["Content-Type"], h["Vary"]) == ("br", "application/wasm", "Accept-Encoding")
        assert body == wasm.with_name(wasm.name + ".br").read_bytes() and len(body) < wasm.stat().st_size / 2
        assert h["Cache-Control"] == "public, max-age=31536000, immutable"
        h, body = get(rel, "gzip")
        assert h["Content-Encoding"] == "gzip"
        h, body = get(rel, "")
        assert h["Content-Encoding"] is None and body == wasm.read_bytes()
        h, _ = get("assets/py/manifest.json", "br")
        assert h["Cache-Control"] == "no-cache"
        h, _ = get("index.html", "br")
        assert h["Content-Encoding"] is None and h["Cache-Control"] is None
        # What every page loads is sent compressed too: the theme's style sheet and the search index.
        css = next(built_site.glob("assets/stylesheets/main.*.min.css"))
        for path, kind in ((css, "text/css"), (built_site / "search" / "search_index.json", "application/json")):
            h, body = get(path.relative_to(built_site).as_posix(), "br")
            assert (h["Content-Encoding"], h["Content-Type"]) == ("br", kind), path
            assert len(body) < path.stat().st_size / 3, path
    finally:
        server.shutdown()


def test_the_themes_hashed_files_are_kept_for_a_year_and_our_plain_named_files_are_checked(built_site: Path):
    from tools.sitebuild.csp import cache_control

    hashed = [p.relative_to(built_site).as_posix() for p in (
        next(built_site.glob("assets/javascripts/bundle.*.min.js")),
        next(built_site.glob("assets/javascripts/workers/search.*.min.js")),
        next(built_site.glob("assets/stylesheets/main.*.min.css")))]
    plain = ["assets/js/site.mjs", "assets/css/site.css", "assets/javascripts/lunr/min/lunr.nl.min.js",
             "search/search_index.json", "formulieren/gespreksverslag/index.html"]
    server, url = serve_in_background(built_site, base="/jeugdgroepen/")
    try:
        for path in hashed + plain:
            with urlopen(url + path) as r:
                expected = "public, max-age=31536000, immutable" if path in hashed else None
                assert r.headers["Cache-Control"] == expected, path
    finally:
        server.shutdown()
    assert all(cache_control("/jeugdgroepen/" + path) is None for path in plain)
    iis = (built_site / "beheer" / "web.config").read_text(encoding="utf-8")
    for path in [*hashed, "assets/pyodide", next(built_site.glob("assets/py/snapshot-*.bin")).relative_to(built_site).as_posix()]:
        assert f'<location path="{path}">' in iis, path
    assert "lunr" not in iis and "site.mjs" not in iis


def test_the_snapshot_and_the_bundle_are_named_by_what_they_were_made_from(built_site: Path):
    import json

    manifest = json.loads((built_site / "assets" / "py" / "manifest.json").read_text(encoding="utf-8"))
    version = manifest["pyodide"].split("/")[1]
    bundle_hash = manifest["bundle"].removeprefix("py/formlogic-").removesuffix(".zip")
    assert manifest["snapshot"] == f"py/snapshot-{bundle_hash}-{version}.bin"
    assert (built_site / "assets" / manifest["snapshot"]).stat().st_size > 10_000_000
    for name in ("nginx.conf", "apache.htaccess", "web.config", "headers.txt"):
        text = (built_site / "beheer" / name).read_text(encoding="utf-8")
        assert "immutable" in text, name
