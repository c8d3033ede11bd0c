"""Site-wide promises: no other host is ever asked anything; keyboard and axe-core accessibility."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import BASE, wait_ready
from tests.browser.helpers import axe_violations, check_and_wait, describe, fill_valid, tab_to


@pytest.mark.parametrize("form", ["gespreksverslag", "brief-burgemeester"])
def test_before_the_form_code_is_there_a_click_on_check_sends_nothing(page: Page, site_url: str, form: str):
    # A slow connection: the page is there, its form code not yet. A form that could be
    # submitted would now put what was typed in a URL to the server.
    requests: list[str] = []
    page.route("**/assets/js/form-app.mjs", lambda route: route.abort())
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site_url + f"formulieren/{form}/")
    page.locator("form.kb-form input[type=text]").first.fill("Geheim7731")
    url = page.url
    page.click("button.kb-check")
    page.keyboard.press("Enter")  # Enter in a text field submits nothing either
    page.wait_for_timeout(500)
    assert page.url == url
    assert not [r for r in requests if "Geheim7731" in r]
    expect(page.locator("form.kb-form input[type=text]").first).to_have_value("Geheim7731")
    expect(page.locator(".kb-status")).to_contain_text("De formulierfuncties konden niet laden. Uw tekst blijft staan.")


def test_form_loads_python_from_this_site_only_and_sends_nothing(page: Page, site_url: str, outside_requests: list[str]):
    requests = []
    page.context.on("request", lambda r: requests.append((r.method, r.url, r.post_data)))
    page.goto(site_url + "formulieren/gespreksverslag/")
    wait_ready(page)
    fill_valid(page)
    check_and_wait(page)
    with page.expect_download():
        page.click(".kb-file button[data-action='download-json']")
    own = urlsplit(site_url).netloc
    assert outside_requests == []
    assert {urlsplit(u).netloc for _, u, _ in requests if u.startswith("http")} == {own}
    # Everything comes from under the sub-path, Pyodide and the Python bundle included.
    paths = [urlsplit(u).path for _, u, _ in requests if u.startswith("http")]
    assert all(p.startswith(BASE) for p in paths), paths
    assert any(p.endswith("/pyodide.asm.wasm") for p in paths)
    assert any("/assets/py/formlogic-" in p for p in paths)
    # Only GETs (and one HEAD: is the wasm there?): nothing typed is posted anywhere.
    assert {m for m, u, _ in requests if u.startswith("http")} == {"GET", "HEAD"}
    assert [urlsplit(u).path.rsplit("/", 1)[1] for m, u, _ in requests if m == "HEAD"] == ["pyodide.asm.wasm"]
    assert all(body is None for _, _, body in requests)


@pytest.mark.parametrize("path", ["", "stappen/", "methodieken/informatiematrix/", "begrippen/"])
def test_pages_without_a_form_load_no_python(page: Page, site_url: str, path: str):
    urls = []
    page.on("request", lambda r: urls.append(r.url))
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    assert not [u for u in urls if "pyodide" in u or "/assets/py/" in u]




def test_keyboard_only(form_page: Page):
    """Fill the required fields, choose a radio, add a row and submit without a mouse."""
    page = form_page
    kb = page.keyboard
    page.locator("#f-initialen").focus()  # like a user tabbing from the top of the form
    kb.type("R.T.")
    tab_to(page, "#f-leeftijd")
    kb.type("15")
    tab_to(page, "#f-positie-leeg")  # Tab enters a radio group at its checked option
    kb.press("ArrowUp")
    kb.press("ArrowUp")
    expect(page.locator("#f-positie-mee")).to_be_checked()
    tab_to(page, "#f-gespreksdatum")
    kb.type("20-11-2026")
    tab_to(page, "#f-professionals-0-naam")
    kb.type("Sanne")
    kb.press("Tab")
    kb.type("Halt")
    tab_to(page, "#f-afspraken-0")
    kb.type("Naar school")
    tab_to(page, "button[data-add='afspraken']")
    kb.press("Enter")
    expect(page.locator("#f-afspraken-3")).to_be_focused()
    kb.type("Om tien uur thuis")
    tab_to(page, "button.kb-check", limit=40)
    kb.press("Enter")
    page.locator(".kb-app[data-checks='1']").wait_for()
    expect(page.locator("#kb-draft-title")).to_be_focused()
    expect(page.locator(".kb-draft-body")).to_contain_text("Om tien uur thuis")


def test_keyboard_reaches_the_error_summary_links(form_page: Page):
    page = form_page
    page.locator("button.kb-check").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".kb-error-summary")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator(".kb-error-summary a").first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#f-initialen")).to_be_focused()


def test_form_has_no_axe_violations_in_any_state(form_page: Page):
    page = form_page
    assert (v := axe_violations(page)) == [], describe(v)
    check_and_wait(page)  # errors shown
    assert (v := axe_violations(page)) == [], describe(v)
    page.fill("#f-situatie", "BSN 123456782")
    fill_valid(page)
    check_and_wait(page)  # warnings and the draft shown
    assert (v := axe_violations(page)) == [], describe(v)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_form_in_dark_and_light_scheme_has_no_axe_violations(page: Page, site_url: str, scheme: str):
    page.emulate_media(color_scheme=scheme)  # Material follows the system's colour scheme
    page.goto(site_url + "formulieren/gespreksverslag/")
    wait_ready(page)
    expected = {"light": "default", "dark": "slate"}[scheme]
    assert page.get_attribute("body", "data-md-color-scheme") == expected
    page.fill("#f-situatie", "06-12345678")
    check_and_wait(page)  # errors, a warning and all buttons on screen
    page.mouse.move(0, 0)
    assert (v := axe_violations(page)) == [], describe(v)


@pytest.mark.parametrize("path", ["", "stappen/", "praktijk/hilversum/", "formulieren/gespreksverslag/"])
def test_strict_security_policy_blocks_nothing_the_site_needs(page: Page, site_url: str, path: str):
    """The server sends the CSP from beheer/headers.txt; the theme's inline scripts are hashed in it."""
    problems = []
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    response = page.goto(site_url + path)
    assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-" in response.headers["content-security-policy"]
    if path.startswith("formulieren"):
        wait_ready(page)
        check_and_wait(page)
    page.wait_for_load_state("networkidle")
    assert problems == []
