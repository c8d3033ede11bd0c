"""A request that never answers (a loop in Python, a stuck worker): after its time limit the page
says so in Dutch, keeps the text, replaces the worker and offers to try again (issue 17).

Nothing test-only ships: the test serves its own variants of two of the site's files with
Playwright's routing, made from the built files themselves. The worker variant loops forever on
one check (only the first worker gets it; the replacement is the real one); the client
variant has a 10-second limit instead of 30, so the test does not wait half a minute."""
from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, Route, expect

from tests.browser.conftest import wait_ready
from tests.browser.helpers import axe_violations, describe

FORM = "formulieren/gespreksverslag/"
MARK = "LOOPT-VAST"


def variant(route: Route, old: str, new: str) -> None:
    """The site's own response for this file, with `old` replaced by `new` (headers kept)."""
    response = route.fetch()
    body = response.text()
    assert old in body, f"{old!r} is no longer in {route.request.url}: update the test"
    route.fulfill(response=response, body=body.replace(old, new, 1))


def test_a_request_that_never_answers_is_reported_the_worker_restarted_and_the_text_kept(page: Page, site_url: str):
    workers: list[str] = []

    def worker(route: Route) -> None:
        workers.append(route.request.url)
        if len(workers) > 1:
            return route.continue_()  # the replacement: the real worker
        variant(route, "function respond(req) {",
                f"function respond(req) {{ if (JSON.stringify(req).includes('{MARK}')) for (;;) {{}}")

    page.route("**/assets/js/pyodide-worker.mjs*", worker)
    page.route("**/assets/js/worker-client.mjs*",
               lambda route: variant(route, "other: 30_000", "other: 10_000"))
    page.goto(site_url + FORM)
    wait_ready(page)
    page.fill("#f-initialen", "R.T.")
    page.fill("#f-situatie", f"Hing bij het winkelcentrum. {MARK}")
    page.click("button.kb-check")  # this check never answers

    hung = page.locator(".kb-hung")
    expect(hung).to_be_visible(timeout=40_000)
    expect(hung).to_contain_text("De controle gaf na 10 seconden nog geen antwoord en is opnieuw gestart. "
                                 "Uw tekst blijft staan.")
    expect(hung.locator("button")).to_have_text("Probeer opnieuw")
    expect(hung.locator("button")).to_be_focused()  # the user had just clicked a button
    expect(page.locator(".kb-app")).to_have_attribute("data-restarts", "1")
    expect(page.locator(".kb-status[data-state='ready']")).to_contain_text("De controle is klaar", timeout=60_000)
    assert len(workers) == 2  # the hung worker was replaced
    expect(page.locator("#f-initialen")).to_have_value("R.T.")  # the text stays
    expect(page.locator("#f-situatie")).to_have_value(f"Hing bij het winkelcentrum. {MARK}")
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert (v := axe_violations(page)) == [], f"{scheme}: {describe(v)}"

    # Trying again asks the new worker the same question, and the answer arrives as usual.
    checks = int(page.get_attribute(".kb-app", "data-checks") or 0)
    hung.locator("button").click()
    page.locator(f".kb-app[data-checks='{checks + 1}']").wait_for(timeout=30_000)
    expect(hung).to_be_hidden()
    expect(page.locator(".kb-error-summary")).to_be_visible()  # the check's own outcome: what is missing
    expect(page.locator(".kb-error-summary")).to_contain_text("Vul de datum van het gesprek in.")
