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


# One table (tools/sitebuild/serverconfig.rules) for every server. nginx and Apache are run
# against it in tests/servers; IIS cannot run here, so its web.config is read against it.
def _iis(built_site: Path):
    import xml.etree.ElementTree as ET

    return ET.parse(built_site / "beheer" / "web.config").getroot()


def test_web_config_carries_every_header_type_and_error_page_of_the_table(built_site: Path):
    from tools.sitebuild.serverconfig import rules

    r = rules(built_site)
    web = _iis(built_site).find("system.webServer")
    sent = {h.get("name"): h.get("value") for h in web.iterfind("httpProtocol/customHeaders/add")}
    assert sent == r.headers
    static = list(web.find("staticContent"))
    maps = {m.get("fileExtension"): m.get("mimeType") for m in static if m.tag == "mimeMap"}
    assert maps == r.types
    removed = [m.get("fileExtension") for m in static if m.tag == "remove"]
    assert removed == list(r.types), "IIS refuses a mimeMap its own table already has, unless removed first"
    errors = web.find("httpErrors")
    assert errors.get("existingResponse") == "Replace" and errors.get("errorMode") == "Custom"
    page = errors.find("error[@statusCode='404']")
    assert (page.get("path"), page.get("responseMode")) == (r.error_url, "ExecuteURL")
    assert web.find("urlCompression").get("doStaticCompression") == "true"


def test_web_config_keeps_every_versioned_file_for_a_year_and_checks_the_manifest(built_site: Path):
    from tools.sitebuild.serverconfig import rules

    r = rules(built_site)
    cache = {loc.get("path"): loc.find("system.webServer/staticContent/clientCache")
             for loc in _iis(built_site).iterfind("location")}
    versioned = {path for path, c in cache.items() if c.get("cacheControlMode") == "UseMaxAge"}
    assert versioned == set(r.immutable_paths)
    for path in versioned:
        assert (cache[path].get("cacheControlMaxAge"), cache[path].get("cacheControlCustom")) == (
            "365.00:00:00", "public, immutable")
    assert cache[r.no_cache].get("cacheControlMode") == "DisableCache"
    # Every file the pattern of nginx and Apache matches has its location (or its folder's).
    import re

    for f in built_site.rglob("*"):
        url = "/jeugdgroepen/" + f.relative_to(built_site).as_posix()
        if f.is_file() and f.suffix not in (".br", ".gz") and re.search(r.immutable_pattern, url):
            rel = f.relative_to(built_site).as_posix()
            assert any(rel == p or rel.startswith(p + "/") for p in versioned), rel


def test_nginx_and_apache_name_every_row_of_the_table(built_site: Path):
    from tools.sitebuild.serverconfig import NGINX_LACKS, rules

    r = rules(built_site)
    nginx = (built_site / "beheer" / "nginx.conf").read_text(encoding="utf-8")
    apache = (built_site / "beheer" / "apache.htaccess").read_text(encoding="utf-8")
    for k, v in r.headers.items():
        assert f'add_header {k} "{v}" always;' in nginx and f'Header always set {k} "{v}"' in apache
    for ext, mime in r.types.items():
        assert f"AddType {mime} {ext}" in apache
    assert all(f"{r.types[ext]} {ext[1:]};" in nginx for ext in NGINX_LACKS)
    assert f"error_page 404 {r.error_url};" in nginx and f"ErrorDocument 404 {r.error_url}" in apache
    assert f'location ~* "{r.immutable_pattern}"' in nginx and f"m#{r.immutable_pattern}#" in apache
    assert "manifest\\.json$" in nginx and "manifest\\.json$#" in apache


def test_the_settings_name_the_404_page_at_the_address_of_versie_json(built_site: Path):
    import json

    info = json.loads((built_site / "beheer" / "versie.json").read_text(encoding="utf-8"))
    assert info["basispad"] == "/jeugdgroepen/"
    page = info["basispad"] + "404.html"
    beheer = built_site / "beheer"
    assert f"error_page 404 {page};" in (beheer / "nginx.conf").read_text(encoding="utf-8")
    assert f"ErrorDocument 404 {page}" in (beheer / "apache.htaccess").read_text(encoding="utf-8")
    assert f"RewriteBase {info['basispad']}" in (beheer / "apache.htaccess").read_text(encoding="utf-8")
    assert f'path="{page}"' in (beheer / "web.config").read_text(encoding="utf-8")
    # The page itself links relative to the site's root (hooks/niet_gevonden.py): any address.
    text = (built_site / "404.html").read_text(encoding="utf-8")
    assert 'href="/' not in text.replace('href="//', "") and 'src="/' not in text
