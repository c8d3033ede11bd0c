"""Browser tests: Debian's Chromium driven by Playwright against the built site.

The site is served on 127.0.0.1 under a sub-path (/jeugdgroepen/), with the same security
headers as `make serve`. Every test fails when the page asks anything of another host.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import BrowserContext, Page

from tools.serve import serve_in_background

BASE = "/jeugdgroepen/"
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
# Flags that stop Chromium itself from calling Google services (the machine has no internet).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--lang=nl-NL",  # date fields in Dutch order (dd-mm-jjjj), as Dutch users see them
]


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    server, url = serve_in_background(built_site, base=BASE)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "accept_downloads": True, "locale": "nl-NL", "timezone_id": "Europe/Amsterdam"}


def guard(context: BrowserContext, site_url: str, seen: list[str]) -> BrowserContext:
    """Record every request to a host other than the test server (also from workers) in
    `seen`, and block it."""
    own = urlsplit(site_url).netloc

    def record(request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != own:
            seen.append(request.url)

    context.on("request", record)
    context.route(
        lambda url: urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own,
        lambda route: route.abort(),
    )
    return context


@pytest.fixture
def outside_requests(context: BrowserContext, site_url: str) -> list[str]:
    """Every request to a host other than the test server, from the test's own context."""
    seen: list[str] = []
    guard(context, site_url, seen)
    return seen


@pytest.fixture
def other_context(browser, browser_context_args: dict, site_url: str, outside_requests: list[str]):
    """Makes more browser contexts (another person's browser), with the same guard."""
    made: list[BrowserContext] = []

    def make() -> BrowserContext:
        ctx = guard(browser.new_context(**browser_context_args), site_url, outside_requests)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.close()


@pytest.fixture(autouse=True)
def _fail_on_outside_requests(request: pytest.FixtureRequest) -> Iterator[None]:
    if "page" not in request.fixturenames and "context" not in request.fixturenames:
        yield
        return
    seen = request.getfixturevalue("outside_requests")
    yield
    assert seen == [], f"requests to other hosts: {seen}"


@pytest.fixture
def form_page(page: Page, site_url: str) -> Page:
    """The gespreksverslag form, with the Python logic ready."""
    page.goto(site_url + "formulieren/gespreksverslag/")
    wait_ready(page)
    return page


def wait_ready(page: Page, timeout_s: float = 60) -> None:
    # Under the strict CSP, wait_for_function (which evaluates a string) is not allowed: poll.
    page.locator(".kb-app[data-ready='true']").wait_for(timeout=timeout_s * 1000)
