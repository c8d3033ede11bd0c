"""What a real nginx and a real Apache send with the shipped settings (beheer/): the headers of
headers.txt on every kind of file and on the 404 page, exact types, the precompressed copies a
browser asks for, cache lifetimes, and the site's own 404 page for an unknown path."""
from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message
from functools import cache
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest

from tests.servers.realservers import RealServer
from tools.sitebuild.csp import LONG
from tools.sitebuild.serverconfig import TYPES

BROWSER = "gzip, deflate, br, zstd"  # what Chromium sends


@dataclass
class Answer:
    status: int
    headers: Message
    body: bytes

    def type(self) -> str:
        return (self.headers["Content-Type"] or "").split(";")[0].strip()


def get(url: str, accept: str = "") -> Answer:
    req = Request(url, headers={"Accept-Encoding": accept} if accept else {})
    try:
        with urlopen(req, timeout=30) as r:
            return Answer(r.status, r.headers, r.read())
    except HTTPError as e:
        with e:
            return Answer(e.code, e.headers, e.read())


@cache
def shipped_headers(site: Path) -> dict[str, str]:
    """The headers of beheer/headers.txt, as the ICT team reads them."""
    lines = (site / "beheer" / "headers.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split(": ", 1) for line in lines if line and not line.startswith("#"))


def one(site: Path, pattern: str) -> str:
    return next(site.glob(pattern)).relative_to(site).as_posix()


@cache
def kinds(site: Path) -> dict[str, str]:
    """One file of every kind the site holds, by a name for the test id."""
    return {
        "page": "", "deep page": "formulieren/gespreksverslag/", "html file": "index.html",
        "mjs": "assets/js/site.mjs", "worker": "assets/js/pyodide-worker.mjs",
        "wasm": one(site, "assets/pyodide/*/pyodide.asm.wasm"),
        "pyodide mjs": one(site, "assets/pyodide/*/pyodide.mjs"),
        "stdlib zip": one(site, "assets/pyodide/*/python_stdlib.zip"),
        "bundle zip": one(site, "assets/py/formlogic-*.zip"),
        "snapshot bin": one(site, "assets/py/snapshot-*.bin"),
        "manifest": "assets/py/manifest.json", "search index": "search/search_index.json",
        "theme js": one(site, "assets/javascripts/bundle.*.min.js"),
        "theme css": one(site, "assets/stylesheets/main.*.min.css"),
        "own css": "assets/css/site.css", "svg": "assets/img/logo.svg",
        "lunr": "assets/javascripts/lunr/min/lunr.nl.min.js",
        "unknown path": "bestaat-niet/",
    }


KINDS = ["page", "deep page", "html file", "mjs", "worker", "wasm", "pyodide mjs", "stdlib zip",
         "bundle zip", "snapshot bin", "manifest", "search index", "theme js", "theme css",
         "own css", "svg", "lunr", "unknown path"]


@pytest.mark.parametrize("accept", ["", "gzip", BROWSER], ids=["plain", "gzip", "browser"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_file_carries_the_headers_of_headers_txt(server: RealServer, built_site: Path,
                                                                kind: str, accept: str):
    a = get(server.url + kinds(built_site)[kind], accept)
    assert a.status == (404 if kind == "unknown path" else 200)
    for name, value in shipped_headers(built_site).items():
        assert a.headers.get_all(name) == [value], (name, a.headers.get_all(name))


@pytest.mark.parametrize("suffix", sorted(TYPES))
def test_exact_types_also_for_the_compressed_copies(server: RealServer, built_site: Path, suffix: str):
    path = next(p for p in sorted(built_site.rglob("*" + suffix)) if "beheer" not in p.parts)
    for accept in ("", "gzip", "br", BROWSER):
        a = get(server.url + path.relative_to(built_site).as_posix(), accept)
        assert (a.status, a.type()) == (200, TYPES[suffix]), (path, accept)
        assert a.headers["Content-Language"] is None, (path, accept)


COMPRESSED = ["wasm", "pyodide mjs", "snapshot bin", "search index", "theme js", "theme css"]


@pytest.mark.parametrize("kind", COMPRESSED)
def test_the_precompressed_copy_the_browser_asks_for(server: RealServer, built_site: Path, kind: str):
    rel = kinds(built_site)[kind]
    original = (built_site / rel).read_bytes()
    for accept, encoding in (("br", "br"), ("gzip", "gzip"), (BROWSER, "br"), ("", None)):
        a = get(server.url + rel, accept)
        assert a.headers["Content-Encoding"] == encoding, (accept, a.headers["Content-Encoding"])
        copy = {"br": ".br", "gzip": ".gz", None: ""}[encoding]
        assert a.body == (built_site / (rel + copy)).read_bytes(), accept
        if encoding:
            assert len(a.body) < len(original) / 2
            assert "Accept-Encoding" in (a.headers["Vary"] or ""), accept


VERSIONED = ["wasm", "pyodide mjs", "stdlib zip", "bundle zip", "snapshot bin", "theme js", "theme css"]


@pytest.mark.parametrize("kind", VERSIONED)
def test_versioned_files_are_kept_for_a_year_in_every_encoding(server: RealServer, built_site: Path, kind: str):
    for accept in ("", "gzip", "br"):
        a = get(server.url + kinds(built_site)[kind], accept)
        assert a.headers.get_all("Cache-Control") == [LONG], (accept, a.headers.get_all("Cache-Control"))


@pytest.mark.parametrize("kind", ["page", "html file", "mjs", "worker", "own css", "lunr", "search index"])
def test_files_that_change_between_versions_are_not_kept(server: RealServer, built_site: Path, kind: str):
    a = get(server.url + kinds(built_site)[kind], BROWSER)
    assert "immutable" not in (a.headers["Cache-Control"] or "") and "max-age" not in (a.headers["Cache-Control"] or "")


def test_the_manifest_is_checked_every_time(server: RealServer):
    for accept in ("", "gzip", "br"):
        a = get(server.url + "assets/py/manifest.json", accept)
        assert a.headers.get_all("Cache-Control") == ["no-cache"], accept


@pytest.mark.parametrize("path", ["bestaat-niet/", "stappen/stap-9/", "assets/js/weg.mjs", "a/b/c/d.html"])
def test_an_unknown_path_gets_the_sites_404_page_with_status_404(server: RealServer, built_site: Path, path: str):
    a = get(server.url + path, BROWSER)
    assert a.status == 404 and a.type() == "text/html"
    assert a.body == (built_site / "404.html").read_bytes()


def test_the_404_pages_own_files_are_there_from_the_sites_root(server: RealServer, built_site: Path):
    """The page links relative to the site's root (it sets its <base> there): every file it
    needs is served from the base path."""
    page = (built_site / "404.html").read_text(encoding="utf-8")
    refs = sorted({r.removeprefix("./") for r in re.findall(r'(?:href|src)="((?!#|[a-z]+:|/)[^"#?]+)"', page)})
    assert any(r.startswith("assets/stylesheets/") for r in refs), refs
    for ref in refs:
        assert get(server.url + ref.removesuffix(".")).status == 200, ref
