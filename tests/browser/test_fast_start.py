"""The forms start from a memory snapshot of Python, and start the normal way when the snapshot
is missing, damaged or made by another Pyodide build: the form works all the same."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import wait_ready
from tests.browser.helpers import check_and_wait, fill_valid

FORM = "formulieren/gespreksverslag/"


def snapshot_bytes(built_site: Path) -> bytes:
    return next((built_site / "assets" / "py").glob("snapshot-*.bin")).read_bytes()


def other_build(data: bytes) -> bytes:
    """The same snapshot with another build id (bytes 16-47), as another Pyodide would make."""
    return data[:16] + bytes(b ^ 0x5A for b in data[16:48]) + data[48:]


def test_the_form_starts_from_the_snapshot(page: Page, site_url: str):
    page.goto(site_url + FORM)
    wait_ready(page)
    expect(page.locator(".kb-app")).to_have_attribute("data-python-from", "snapshot")
    fill_valid(page)
    check_and_wait(page)
    expect(page.locator(".kb-draft-body h2")).to_have_text("Gespreksverslag preventief gesprek")


@pytest.mark.parametrize("case", ["missing", "truncated", "other-build", "junk"])
def test_without_a_usable_snapshot_the_form_starts_the_normal_way(page: Page, site_url: str, built_site: Path, case: str):
    data = snapshot_bytes(built_site)
    body = {"truncated": data[: len(data) // 3], "other-build": other_build(data), "junk": b"geen snapshot"}.get(case)
    page.route("**/assets/py/snapshot-*.bin",
               lambda route: route.fulfill(status=404, body="weg") if body is None
               else route.fulfill(status=200, body=body, content_type="application/octet-stream"))
    page.goto(site_url + FORM)
    wait_ready(page)
    expect(page.locator(".kb-app")).to_have_attribute("data-python-from", "start")
    fill_valid(page)
    check_and_wait(page)  # the draft needs jinja2 and formlogic's templates: imported the normal way
    expect(page.locator(".kb-draft-body h2")).to_have_text("Gespreksverslag preventief gesprek")


def test_a_missing_wasm_is_reported_at_once_and_the_text_stays(page: Page, site_url: str):
    page.route("**/pyodide.asm.wasm", lambda route: route.fulfill(status=404, body="weg"))
    page.goto(site_url + FORM)
    page.fill("#f-situatie", "Dit blijft staan")
    status = page.locator(".kb-status[data-state='failed']")
    expect(status).to_contain_text("De controle kon niet laden (pyodide.asm.wasm 404).", timeout=10_000)
    expect(page.locator("#f-situatie")).to_have_value("Dit blijft staan")
