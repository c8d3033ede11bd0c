"""A request that never answers (a loop in Python, a stuck worker): after its time limit the page
says so in Dutch, keeps the text, replaces the worker and offers to try again (issue 17).

Nothing test-only ships: the test serves its own variants of two of the site's files with
Playwright's routing, made from the built files themselves. The worker variant loops forever on
one check (only the first worker gets it; the replacement is the real one); the client
variant has a 10-second limit instead of 30, so the test does not wait half a minute."""
from __future__ import annotations

import re
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


def open_with_a_worker_that_hangs(page: Page, site_url: str) -> list[str]:
    """Opens the form with a first worker that loops forever on any request holding MARK and a
    10-second limit; returns the list of worker requests (the second is the real worker)."""
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
    return workers


def test_a_request_that_never_answers_is_reported_the_worker_restarted_and_the_text_kept(page: Page, site_url: str):
    workers = open_with_a_worker_that_hangs(page, site_url)
    wait_ready(page)
    page.fill("#f-initialen", "R.T.")
    page.fill("#f-situatie", "Hing bij het winkelcentrum.")
    page.press("#f-situatie", "Tab")  # leaving the field: a live check, answered as usual
    expect(page.locator(".kb-app[data-live-checks]")).to_have_count(1)
    # The marker goes in without an edit event, so leaving the field starts no live check that
    # would hang first (that order has its own test below): the clicked check is the one that hangs.
    page.locator("#f-situatie").evaluate("(el, v) => { el.value = v; }", f"Hing bij het winkelcentrum. {MARK}")
    page.click("button.kb-check")  # this check never answers

    hung = page.locator(".kb-hung")
    expect(hung).to_be_visible(timeout=40_000)
    expect(page.locator(".kb-app")).not_to_have_attribute("data-checks", re.compile(r"."))  # the check is the one waiting
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
    hung.locator("button").click()
    expect(page.locator(".kb-app")).to_have_attribute("data-checks", "1", timeout=30_000)
    expect(hung).to_be_hidden()
    expect(page.locator(".kb-error-summary")).to_be_visible()  # the check's own outcome: what is missing
    expect(page.locator(".kb-error-summary")).to_contain_text("Vul de datum van het gesprek in.")


def test_when_the_live_check_hangs_the_clicked_check_is_answered_by_the_new_worker(page: Page, site_url: str):
    """The other order: leaving the field starts a live check that hangs; the check clicked after
    it waits behind it, goes to the new worker, and is answered there. Nothing is left to try again."""
    workers = open_with_a_worker_that_hangs(page, site_url)
    wait_ready(page)
    page.fill("#f-initialen", "R.T.")
    page.fill("#f-situatie", f"Hing bij het winkelcentrum. {MARK}")
    page.press("#f-situatie", "Tab")  # leaving the field: the live check, which hangs
    page.wait_for_timeout(2_000)  # the live check starts 250 ms after leaving; margin for a busy machine
    page.click("button.kb-check")  # waits behind it in the stuck worker

    hung = page.locator(".kb-hung")
    expect(hung).to_be_visible(timeout=40_000)
    expect(hung).to_contain_text("De controle gaf na 10 seconden nog geen antwoord")
    expect(page.locator(".kb-error-summary")).to_contain_text("Vul de datum van het gesprek in.", timeout=60_000)
    expect(page.locator(".kb-app")).to_have_attribute("data-checks", "1")
    expect(hung).to_be_hidden()  # the clicked check was answered: nothing left to try again
    assert len(workers) == 2
    expect(page.locator("#f-situatie")).to_have_value(f"Hing bij het winkelcentrum. {MARK}")
