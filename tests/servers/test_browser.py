"""The browser tests that matter most, against a real nginx and Apache with the shipped
settings: every page under the real server's Content-Security-Policy with no violation (form
pages start Python), a form's Python from the snapshot, a draft, a .docx download, and the
404 page as a browser shows it. Helpers and fixtures are those of tests/browser."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import guard, wait_ready
from tests.browser.helpers import docx_document, draft_from_the_snapshot
from tests.browser.test_every_page import CSP_WATCH, page_paths

FORM = "formulieren/gespreksverslag/"


def watch(page: Page) -> list[str]:
    """CSP violations and script errors, from the console and the page itself."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.add_init_script(CSP_WATCH)
    return problems


@pytest.fixture(scope="module")
def one_browser(browser, browser_context_args: dict, site_url: str) -> Iterator[tuple[Page, list[str], list[str]]]:
    """One browser for every page on this server, as a reader has: the cache and the stored
    snapshot make later form pages quick (a fresh browser is tested below)."""
    outside: list[str] = []
    context = guard(browser.new_context(**browser_context_args), site_url, outside)
    page = context.new_page()
    yield page, watch(page), outside
    context.close()


@pytest.mark.parametrize("path", page_paths())
def test_every_page_under_the_servers_policy(one_browser, site_url: str, path: str):
    page, problems, outside = one_browser
    problems.clear()
    response = page.goto(site_url + path)
    assert response.ok and "content-security-policy" in response.headers
    if page.locator(".kb-app[data-formulier]").count():
        wait_ready(page)  # the worker, Pyodide, the snapshot and the bundle came in under the policy
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__cspViolations") == []
    assert problems == [] and outside == []


def test_a_form_starts_from_the_snapshot_and_gives_a_draft_and_a_docx(page: Page, site_url: str):
    problems = watch(page)
    draft_from_the_snapshot(page, site_url + FORM)
    assert "R.T." in docx_document(page)
    assert page.evaluate("window.__cspViolations") == [] and problems == []


def test_the_404_page_shows_styled_with_working_links(page: Page, site_url: str):
    problems = watch(page)
    response = page.goto(site_url + "stappen/bestaat-niet/ook-niet/")
    assert response.status == 404
    page.wait_for_load_state("networkidle")
    # The theme's style sheet came (a styled header), and the logo link leads to the home page.
    assert page.locator("header.md-header").evaluate("e => getComputedStyle(e).position") != "static"
    page.locator("a.md-header__button.md-logo").click()
    page.wait_for_load_state("load")
    assert page.url == site_url
    assert page.evaluate("window.__cspViolations") == [] and problems == []
