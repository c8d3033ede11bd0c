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


def test_a_later_visit_starts_from_the_copy_this_browser_kept(page: Page, site_url: str):
    page.goto(site_url + FORM)
    wait_ready(page)
    expect(page.locator(".kb-app")).to_have_attribute("data-python-from", "snapshot")
    for _ in range(100):  # the copy is stored after the start, in the background
        if page.evaluate("async () => (await indexedDB.databases()).some(d => d.name.startsWith('jeugdgroepen-kennisbank:'))"):
            break
        page.wait_for_timeout(100)
    page.reload()
    wait_ready(page)
    expect(page.locator(".kb-app")).to_have_attribute("data-python-from", "bewaard")
    fill_valid(page)
    check_and_wait(page)
    expect(page.locator(".kb-draft-body h2")).to_have_text("Gespreksverslag preventief gesprek")


def test_a_damaged_kept_copy_means_a_normal_start_and_is_forgotten(page: Page, site_url: str):
    page.goto(site_url + FORM)
    wait_ready(page)
    page.evaluate("""async () => {
        const db = await new Promise(r => { const q = indexedDB.open('jeugdgroepen-kennisbank:programma', 1);
            q.onupgradeneeded = () => q.result.createObjectStore('snapshots'); q.onsuccess = () => r(q.result); });
        const name = (await (await fetch('../../assets/py/manifest.json')).json()).snapshot;
        await new Promise(r => { const tx = db.transaction('snapshots', 'readwrite');
            tx.objectStore('snapshots').put(new Blob(['kapot']), name); tx.oncomplete = r; });
        db.close();
    }""")
    page.reload()
    wait_ready(page)
    expect(page.locator(".kb-app")).to_have_attribute("data-python-from", "start")
    fill_valid(page)
    check_and_wait(page)
    expect(page.locator(".kb-draft-body h2")).to_have_text("Gespreksverslag preventief gesprek")
