"""The Dutch 404 page (issue 21): built from overrides/404.html, relative to the site's root,
and sent by tools/serve.py with status 404 for every unknown address under the base path."""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sitehtml import site_pages

from tools.serve import serve_in_background

BASE = "/jeugdgroepen/"


@pytest.fixture(scope="module")
def page_404(built_site: Path) -> str:
    return (built_site / "404.html").read_text(encoding="utf-8")


def test_the_404_page_is_dutch_and_points_the_way(page_404: str, built_site: Path):
    assert '<html lang="nl"' in page_404
    assert "<title>Pagina niet gevonden" in page_404 and "Deze pagina bestaat niet" in page_404
    assert "Not found" not in page_404 and "404 -" not in page_404
    assert 'for="__search"' in page_404  # opens the search
    links = {link.url for link in site_pages(built_site)["404.html"].links}
    for entry in ("./stappen/", "./wat-doe-ik-als/", "./methodieken/", "./rollen/", "./formulieren/", "./training/"):
        assert entry in links


def test_the_404_page_finds_its_root_before_any_relative_url(page_404: str):
    head = page_404.split("</head>", 1)[0]
    first_script = head.index("<script>")
    first_url = min(m.start() for m in re.finditer(r'\s(?:href|src)="', head))
    assert first_script < first_url
    assert 'XMLHttpRequest' in head and 'createElement("base")' in head
    assert not re.search(r'\s(?:href|src)="/', page_404), "root-absolute links break under a sub-path"


def _get(url: str, method: str = "GET", accept: str = "text/html,*/*") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, method=method, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


@pytest.fixture(scope="module")
def server(built_site: Path) -> Iterator[str]:
    srv, url = serve_in_background(built_site, base=BASE)
    yield url
    srv.shutdown()


@pytest.mark.parametrize("path", ["bestaat-niet", "stappen/stap-9/", "a/b/c/d/e", "assets/", "stappen/stap-1-signalen-delen/weg.html"])
def test_serve_sends_the_404_page_with_status_404_under_the_base(server: str, page_404: str, path: str):
    status, headers, body = _get(server + path)
    assert status == 404
    assert body.decode("utf-8") == page_404
    assert headers["content-type"].startswith("text/html")
    assert "content-security-policy" in headers and "x-content-type-options" in headers
    status, _, body = _get(server + path, method="HEAD")
    assert (status, body) == (404, b"")


def test_serve_keeps_the_page_for_pages_and_sends_files_a_short_404(server: str):
    status, headers, body = _get(server + "a/b/assets/stylesheets/x.css", accept="text/css,*/*;q=0.1")
    assert status == 404 and headers["content-type"].startswith("text/plain") and len(body) < 100


def test_serve_leaves_addresses_outside_the_base_alone(server: str):
    status, _, body = _get(server.replace(BASE, "/anders/"))
    assert status == 404 and b"Deze pagina bestaat niet" not in body


def test_the_404_page_itself_and_real_pages_are_200(server: str):
    assert _get(server + "404.html")[0] == 200
    assert _get(server)[0] == 200
    assert _get(server + "stappen/")[0] == 200
