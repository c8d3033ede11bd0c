"""When Python never arrives or dies halfway (issue 12, item 3): the user is told in Dutch within
seconds, keeps what they typed, can still take it home as a file the form opens later, and a
worker that dies after it was ready is replaced with the typed data intact."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, expect

from tests.browser.conftest import wait_ready
from tests.browser.helpers import check_and_wait, fill_valid

FORM = "formulieren/gespreksverslag/"
# Keeps a reference to every Python worker the page makes (not the theme's search worker), so a test can kill one as a crash would.
KEEP_WORKERS = """
  window.__workers = [];
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url, ...rest) { super(url, ...rest); if (String(url).includes("pyodide-worker")) window.__workers.push(this); }
  };
"""


def without_wasm_in_csp(route: Route) -> None:
    """The site's own response, under a security policy that forbids WebAssembly: what a server
    sends when its administrator copied the headers without 'wasm-unsafe-eval'."""
    response = route.fetch()
    headers = dict(response.headers)
    csp = headers.get("content-security-policy", "")
    assert "'wasm-unsafe-eval'" in csp  # the site's policy allows it: the test removes it
    headers["content-security-policy"] = csp.replace(" 'wasm-unsafe-eval'", "")
    route.fulfill(response=response, headers=headers)


@pytest.mark.parametrize("cause", ["wasm-404", "csp-blocks-wasm"])
def test_without_python_the_user_is_told_at_once_and_takes_the_work_home(page: Page, site_url: str, cause: str, tmp_path: Path):
    if cause == "wasm-404":
        page.route("**/pyodide.asm.wasm", lambda route: route.fulfill(status=404, body="weg"))
    else:
        page.route(lambda url: url.startswith(site_url), without_wasm_in_csp)
    page.goto(site_url + FORM)
    fill_valid(page)
    status = page.locator(".kb-status[data-state='failed']")
    expect(status).to_contain_text("De controle kon niet laden", timeout=10_000)
    expect(status).to_contain_text("Uw tekst blijft staan.")
    if cause == "csp-blocks-wasm":  # says what the administrator has to change
        expect(status).to_contain_text("'wasm-unsafe-eval' ontbreekt in de Content-Security-Policy")
    expect(page.locator("#f-initialen")).to_have_value("R.T.")

    with page.expect_download() as dl:
        page.click(".kb-file button[data-action='download-json']")
    saved = tmp_path / dl.value.suggested_filename
    dl.value.save_as(saved)
    expect(page.locator(".kb-file > .kb-file-message")).to_contain_text("niet gecontroleerd")
    doc = json.loads(saved.read_text(encoding="utf-8"))
    assert doc["formulier"] == "gespreksverslag" and doc["versie"] == 1
    assert doc["gegevens"]["initialen"] == "R.T."

    # Later, with a working site: the file opens and the form is whole again.
    page.unroute_all()
    page.goto(site_url + FORM)
    wait_ready(page)
    page.set_input_files("#kb-open", str(saved))
    expect(page.locator(".kb-file > .kb-file-message")).to_contain_text(f"Het bestand {saved.name} is geopend.")
    expect(page.locator("#f-initialen")).to_have_value("R.T.")
    expect(page.locator("#f-afspraken-2")).to_have_value("Niet meer bij het winkelcentrum hangen")
    check_and_wait(page)
    expect(page.locator(".kb-draft-body h2")).to_have_text("Gespreksverslag preventief gesprek")


def test_a_worker_that_dies_is_replaced_and_the_request_goes_through(page: Page, site_url: str):
    page.add_init_script(KEEP_WORKERS)
    page.goto(site_url + FORM)
    wait_ready(page)
    fill_valid(page)
    # The worker dies as a browser reports it: gone, with an error event.
    page.evaluate("() => { const w = window.__workers[0]; w.terminate(); w.dispatchEvent(new Event('error')); }")
    expect(page.locator(".kb-status")).to_contain_text("De controle liep vast en start opnieuw. Uw tekst blijft staan")
    assert page.get_attribute(".kb-app", "data-restarts") == "1"
    check_and_wait(page)  # asked while the new worker starts: answered once it is ready
    expect(page.locator(".kb-draft-body h2")).to_have_text("Gespreksverslag preventief gesprek")
    expect(page.locator(".kb-status[data-state='ready']")).to_be_visible()
    expect(page.locator("#f-initialen")).to_have_value("R.T.")
    assert page.evaluate("window.__workers.length") == 2


def test_a_request_that_breaks_python_is_asked_again_on_a_fresh_worker(page: Page, site_url: str):
    # Python's runtime breaks on the next request (as a wasm trap would): the page restarts the
    # worker, asks again, and the user gets the answer.
    page.add_init_script(KEEP_WORKERS)
    page.goto(site_url + FORM)
    wait_ready(page)
    fill_valid(page)
    page.evaluate("""() => {
        const w = window.__workers[0];
        const post = w.postMessage.bind(w);
        w.postMessage = (msg) => {  // this worker answers the next request as a broken runtime does
            w.dispatchEvent(new MessageEvent('message', {data: {type: 'crashed', id: msg.id,
                tekst: 'De controle gaf geen antwoord (RuntimeError: unreachable). Uw tekst blijft staan.'}}));
        };
    }""")
    check_and_wait(page)
    expect(page.locator(".kb-draft-body h2")).to_have_text("Gespreksverslag preventief gesprek")
    assert page.get_attribute(".kb-app", "data-restarts") == "1"
    expect(page.locator("#f-initialen")).to_have_value("R.T.")
