"""Every link in the built site works offline, under any sub-path.

- Every relative href/src (and srcset, xlink:href ...) in every built HTML page points to a
  file of the built site, and its #anchor is an id in the target page (same-page anchors too).
- No page links to another host: the site runs on intranets without internet. An outside
  link is listed and fails, whatever the reason (a theme footer counts too).
- No page uses root-absolute paths (`/assets/...`): they break when the site is hosted under
  a sub-path such as `https://intranet.example/jeugdgroepen/`.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sitehtml import ROOT, Page, site_pages

# Links to other hosts that are allowed anyway. Keep it empty: the site must work without
# internet, and a source belongs in the Bron section as plain text.
EXTERNAL_ALLOWLIST: frozenset[str] = frozenset()

# Schemes that make no request and leave the site: fine.
HARMLESS_SCHEMES = frozenset({"mailto", "tel", "data"})
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")

# None: even 404.html, which the server sends for every depth of URL, links relative to the
# site's root and sets its own <base> there (overrides/404.html, hooks/niet_gevonden.py).
ROOT_ABSOLUTE_OK: frozenset[str] = frozenset()


def _site_prefix() -> str:
    """The path of site_url in mkdocs.yml ('/' when unset): root-absolute links start with it."""
    match = re.search(r"^site_url:\s*['\"]?([^'\"\s#]+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    path = urlsplit(match.group(1)).path if match else "/"
    return path if path.endswith("/") else path + "/"


def _target(site: Path, page: Page, path: str) -> str | None:
    """The built file (site-relative) that `path` (relative or root-absolute) names, or None."""
    if path.startswith("/"):
        prefix = _site_prefix()
        if not path.startswith(prefix):
            return None
        rel = path[len(prefix):]
    else:
        rel = posixpath.join(posixpath.dirname(page.rel), path)
    rel = posixpath.normpath(rel) if rel else "."
    if rel == ".." or rel.startswith("../"):
        return None  # outside the site
    candidate = site / rel if rel != "." else site
    if candidate.is_dir():
        candidate = candidate / "index.html"
    if not candidate.is_file():
        return None
    return candidate.relative_to(site).as_posix()


def _classify(url: str) -> str:
    if url.startswith("//"):
        return "external"
    m = SCHEME.match(url)
    if m:
        scheme = m.group(1).lower()
        if scheme in ("http", "https"):
            return "external"
        return "harmless" if scheme in HARMLESS_SCHEMES else "bad-scheme"
    if url.startswith("/"):
        return "root-absolute"
    return "relative"


def test_site_has_pages(built_site: Path) -> None:
    pages = site_pages(built_site)
    assert "index.html" in pages and "stappen/index.html" in pages
    assert all(p.links for p in pages.values()), "een pagina zonder links: is de parser stuk?"


def test_internal_links_and_anchors_resolve(built_site: Path) -> None:
    pages = site_pages(built_site)
    broken: list[str] = []
    for page in pages.values():
        for link in page.links:
            kind = _classify(link.url)
            if kind not in ("relative", "root-absolute"):
                continue
            parts = urlsplit(link.url)
            path, fragment = unquote(parts.path), unquote(parts.fragment)
            if path:
                target = _target(built_site, page, path)
                if target is None:
                    broken.append(f"{page.rel}:{link.line}: <{link.tag} {link.attr}={link.url!r}>: bestand bestaat niet")
                    continue
            else:
                target = page.rel  # "#anchor" or "?query" on the same page
            if fragment and target.endswith(".html") and fragment not in pages[target].ids:
                broken.append(f"{page.rel}:{link.line}: <{link.tag} {link.attr}={link.url!r}>: "
                              f"geen id {fragment!r} in {target}")
    assert not broken, f"{len(broken)} kapotte link(s):\n" + "\n".join(broken)


def test_no_links_to_other_hosts(built_site: Path) -> None:
    found: dict[str, set[str]] = {}
    for page in site_pages(built_site).values():
        for link in page.links:
            kind = _classify(link.url)
            if kind == "external" and urlsplit(link.url).netloc.lower() not in EXTERNAL_ALLOWLIST:
                found.setdefault(link.url, set()).add(page.rel)
            elif kind == "bad-scheme":
                found.setdefault(link.url, set()).add(page.rel)
    report = [f"{url} (op {len(rels)} pagina's, bijv. {sorted(rels)[0]})" for url, rels in sorted(found.items())]
    assert not found, "links naar een andere host of met een onveilig schema:\n" + "\n".join(report)


def test_no_root_absolute_links(built_site: Path) -> None:
    found = [
        f"{page.rel}:{link.line}: <{link.tag} {link.attr}={link.url!r}>"
        for page in site_pages(built_site).values()
        if page.rel not in ROOT_ABSOLUTE_OK
        for link in page.links
        if _classify(link.url) == "root-absolute"
    ]
    assert not found, "root-absolute links werken niet onder een sub-pad:\n" + "\n".join(found)


# -- the checks above must be able to fail: feed them a small broken site -----------------

def _mini_site(tmp_path: Path) -> Path:
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<html><body><article class="md-content__inner"><h1 id="top">T</h1>'
        '<a href="a/">ok</a><a href="a/#sectie">ok</a><a href="#top">ok</a>'
        '<a href="a/#weg">kapot anker</a><a href="b/">kapot pad</a><a href="#nergens">kapot</a>'
        '<img src="../buiten.png"><a href="https://example.org/x">extern</a>'
        '<svg><a href="a/"><title>t</title></a></svg><a href="mailto:x@example.org">mail</a>'
        '</article></body></html>', encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text(
        '<html><body><h2 id="sectie">S</h2><a href="../index.html#top">terug</a>'
        '<link href="/assets/x.css"></body></html>', encoding="utf-8")
    return tmp_path


def test_checks_catch_broken_links(tmp_path: Path) -> None:
    import pytest

    site = _mini_site(tmp_path)
    with pytest.raises(AssertionError) as broken:
        test_internal_links_and_anchors_resolve(site)
    message = str(broken.value)
    for bad in ("a/#weg", "b/", "#nergens", "../buiten.png", "/assets/x.css"):
        assert repr(bad) in message
    assert message.startswith("5 kapotte link(s)")
    with pytest.raises(AssertionError, match="https://example.org/x"):
        test_no_links_to_other_hosts(site)
    with pytest.raises(AssertionError, match="/assets/x.css"):
        test_no_root_absolute_links(site)
