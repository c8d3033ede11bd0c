"""The forms start from a memory snapshot of Python, and start the normal way when the snapshot
is missing, damaged or made by another Pyodide build: the form works all the same."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import wait_ready
from tests.browser.helpers import check_and_wait, draft_from_the_snapshot, fill_valid

FORM = "formulieren/gespreksverslag/"


def snapshot_bytes(built_site: Path) -> bytes:
    return next((built_site / "assets" / "py").glob("snapshot-*.bin")).read_bytes()


def other_build(data: bytes) -> bytes:
    """The same snapshot with another build id (bytes 16-47), as another Pyodide would make."""
    return data[:16] + bytes(b ^ 0x5A for b in data[16:48]) + data[48:]


def test_the_form_starts_from_the_snapshot(page: Page, site_url: str):
    draft_from_the_snapshot(page, site_url + FORM)


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


def worker_requests(page: Page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url) if r.url.endswith("/pyodide-worker.mjs") else None)
    return urls


def test_the_page_head_starts_the_one_worker_and_the_form_code_takes_it_over(page: Page, site_url: str):
    # Notes whether the head's script left a worker for the form code.
    page.add_init_script("""Object.defineProperty(window, 'kbPythonStart', {configurable: true,
        get() { return this.__kbStart; }, set(v) { this.__kbStart = v; this.__kbStarted = true; }});""")
    workers = worker_requests(page)
    page.goto(site_url + FORM)
    wait_ready(page)
    assert page.evaluate("() => window.__kbStarted === true")  # the head started it
    assert page.evaluate("() => !('kbPythonStart' in window)")  # the form code took it
    assert len(workers) == 1, workers  # and started no second one
    fill_valid(page)
    check_and_wait(page)
    expect(page.locator(".kb-draft-body h2")).to_have_text("Gespreksverslag preventief gesprek")


def without_head_starter(route):
    """The form page as a server whose policy blocks the inline script would leave it: not run."""
    response = route.fetch()
    html = re.sub(r"<script>[^<]*kbPythonStart[^<]*</script>", "", response.text())
    route.fulfill(response=response, body=html)


def test_without_the_head_script_the_form_code_starts_python_itself(page: Page, site_url: str):
    page.route(site_url + FORM, without_head_starter)
    workers = worker_requests(page)
    page.goto(site_url + FORM)
    wait_ready(page)
    assert len(workers) == 1, workers
    expect(page.locator(".kb-app")).to_have_attribute("data-python-from", "snapshot")
    fill_valid(page)
    check_and_wait(page)
    expect(page.locator(".kb-draft-body h2")).to_have_text("Gespreksverslag preventief gesprek")


def test_a_worker_that_fails_before_the_form_code_loads_is_still_reported(page: Page, site_url: str):
    # The head's worker fails at once; the form code, held back here, arrives after that.
    page.route("**/pyodide-worker.mjs", lambda route: route.fulfill(status=404, body="weg"))
    page.route("**/assets/js/form-app.mjs", lambda route: (page.wait_for_timeout(1500), route.continue_()))
    page.goto(site_url + FORM)
    page.fill("#f-situatie", "Dit blijft staan")
    expect(page.locator(".kb-status[data-state='failed']")).to_contain_text("De controle kon niet laden.", timeout=15_000)
    expect(page.locator("#f-situatie")).to_have_value("Dit blijft staan")
