"""On a form page the theme's search index waits for Python (hooks/form_start.js), and search
still works: it loads at once when the reader goes to the search field, and after Python is
ready or has failed. Text pages load it as always."""
from __future__ import annotations

from playwright.sync_api import Page, Route, expect

from tests.browser.conftest import wait_ready
from tests.browser.helpers import search_finds

FORM = "formulieren/gespreksverslag/"
INDEX = "search_index.json"


def index_requests(page: Page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url) if request.url.endswith(INDEX) else None)
    return seen


class HeldPython:
    """Python's wasm is held back (its HEAD check and its download) until let_through()."""

    def __init__(self, page: Page) -> None:
        self.held: list[Route] = []
        self.free = False
        page.route("**/pyodide.asm.wasm", self.route)

    def route(self, route: Route) -> None:
        if self.free:
            route.continue_()
        else:
            self.held.append(route)

    def let_through(self) -> None:
        self.free = True
        for route in self.held:
            route.continue_()


def eventually(page: Page, condition, what: str, seconds: float = 10) -> None:
    for _ in range(int(seconds * 10)):
        if condition():
            return
        page.wait_for_timeout(100)
    raise AssertionError(what)


def test_a_form_page_asks_for_the_index_once_python_is_ready(page: Page, site_url: str):
    requests = index_requests(page)
    python = HeldPython(page)
    page.goto(site_url + FORM)
    eventually(page, lambda: python.held, "the worker never asked for pyodide.asm.wasm")
    page.wait_for_timeout(1500)  # without the hold, the theme asks within a few tenths of a second
    assert requests == [], "the search index was fetched while Python was starting"
    python.let_through()
    wait_ready(page)
    eventually(page, lambda: len(requests) == 1, "no search index after Python was ready")


def test_going_to_search_loads_the_index_at_once_and_search_works(page: Page, site_url: str):
    requests = index_requests(page)
    python = HeldPython(page)
    page.goto(site_url + FORM)
    eventually(page, lambda: python.held, "the worker never asked for pyodide.asm.wasm")
    page.keyboard.press("/")  # the theme's shortcut to the search field: keyboard only
    expect(page.locator(".md-search__input")).to_be_focused()
    search_finds(page, "huisbezoeken", "Aanschrijfactie")  # while Python still waits
    assert len(requests) == 1
    python.let_through()
    wait_ready(page)


def test_when_python_fails_the_index_loads_all_the_same(page: Page, site_url: str):
    requests = index_requests(page)
    page.route("**/pyodide.asm.wasm", lambda route: route.fulfill(status=404, body="weg"))
    page.goto(site_url + FORM)
    expect(page.locator(".kb-status[data-state='failed']")).to_be_visible(timeout=10_000)
    eventually(page, lambda: len(requests) == 1, "no search index after Python failed")
    page.locator(".md-search__input").click()
    search_finds(page, "jeugdboa", "Jeugdboa")


def test_a_text_page_loads_the_index_without_waiting(page: Page, site_url: str):
    requests = index_requests(page)
    page.goto(site_url + "methodieken/")
    eventually(page, lambda: len(requests) == 1, "a text page did not load its search index", seconds=5)
