"""Every page of the site, found from docs/ (new pages are covered without new test code):
the strict security policy blocks nothing, nothing goes to another host, and axe-core finds
no violations in the light and the dark scheme. Form pages also start their Python logic."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import wait_ready
from tests.browser.helpers import axe_violations, describe

DOCS = Path(__file__).resolve().parents[2] / "docs"


def page_paths() -> list[str]:
    """The site-relative URL of every Markdown page (MkDocs' directory URLs)."""
    paths = []
    for md in sorted(DOCS.rglob("*.md")):
        rel = md.relative_to(DOCS).with_suffix("")
        parts = list(rel.parts[:-1]) if rel.name == "index" else list(rel.parts)
        paths.append("".join(f"{p}/" for p in parts))
    return paths


# Recorded by the page itself, before any of its scripts run.
CSP_WATCH = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
    e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.mark.parametrize("path", page_paths())
def test_page_is_allowed_everything_it_needs_and_has_no_axe_violations(page: Page, site_url: str, path: str):
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.add_init_script(CSP_WATCH)
    response = page.goto(site_url + path)
    assert response.ok and "content-security-policy" in response.headers
    if page.locator(".kb-app[data-formulier]").count():
        wait_ready(page)  # the worker, Pyodide and the bundle all came in under the policy
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__cspViolations") == []
    assert problems == []
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert (v := axe_violations(page)) == [], f"{scheme}: {describe(v)}"


def test_a_wide_table_is_a_named_region_the_keyboard_reaches_and_scrolls(page: Page, site_url: str):
    page.set_viewport_size({"width": 600, "height": 800})
    page.goto(site_url + "methodieken/interventiematrix/")
    page.wait_for_load_state("load")
    region = page.locator(".md-typeset__scrollwrap[role='region']").first
    assert region.get_attribute("tabindex") == "0"
    assert region.get_attribute("aria-label").startswith("Tabel: ")
    region.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert region.evaluate("el => el.scrollLeft") > 0
    assert (v := axe_violations(page)) == [], describe(v)
