"""Shared steps for the browser tests."""
from __future__ import annotations

import json
import zipfile
from functools import cache
from pathlib import Path

from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

VALID = {
    "#f-initialen": "R.T.",
    "#f-woonplaats": "Groningen",
    "#f-leeftijd": "15",
    "#f-gespreksdatum": "20-11-2026",
    "#f-professionals-0-naam": "Sanne de Vries",
    "#f-professionals-0-organisatie": "Halt",
    "#f-professionals-1-naam": "Yusuf Demir",
    "#f-professionals-1-organisatie": "Jongerenwerk",
    "#f-afspraken-0": "Om 22.00 uur thuis",
    "#f-afspraken-1": "Naar school blijven gaan",
    "#f-afspraken-2": "Niet meer bij het winkelcentrum hangen",
    "#f-monitoring_door": "Yusuf, jongerenwerk",
    "#f-tweede_gesprek": "11-12-2026",
    "#f-situatie": "Hing met de groep bij het winkelcentrum.\nHielp wel een buurvrouw.",
    "#f-houding_ouders": "Moeder wil meewerken.",
    "#f-toekomstbeeld": "Wil monteur worden.",
}


def fill(page: Page, values: dict[str, str]) -> None:
    for selector, value in values.items():
        page.fill(selector, value)


def fill_valid(page: Page) -> None:
    fill(page, VALID)
    page.check("#f-positie-mee")


def use_example(page: Page) -> None:
    """Fill the form with its practice example, as a trainer does, and wait until it is in."""
    page.click("button[data-action='example']")
    page.locator(".kb-example-mark").wait_for()


def more_formats(page: Page) -> None:
    """Open the draft's "Meer formaten" (Markdown, plain text, CSV, JSON), as a user does."""
    more = page.locator("details.kb-more-formats")
    if more.get_attribute("open") is None:
        more.locator("summary").click()
    expect(more.locator(".kb-more-formats-list")).to_be_visible()


def docx_document(page: Page) -> str:
    """Download the draft for Word and return its word/document.xml; fails when the file is not
    a .docx with the WordprocessingML parts Word needs."""
    with page.expect_download() as dl:
        page.click("button[data-action='download-docx']")
    assert dl.value.suggested_filename.endswith(".docx")
    with zipfile.ZipFile(dl.value.path()) as z:
        assert {"[Content_Types].xml", "word/document.xml", "word/styles.xml"} <= set(z.namelist())
        return z.read("word/document.xml").decode("utf-8")


def draft_from_the_snapshot(page: Page, form_url: str) -> None:
    """Open the gespreksverslag form, see its Python start from the snapshot, fill it and get
    the draft (here and on real servers: tests/servers)."""
    from tests.browser.conftest import wait_ready  # the fixtures' module imports this one

    page.goto(form_url)
    wait_ready(page)
    expect(page.locator(".kb-app")).to_have_attribute("data-python-from", "snapshot")
    fill_valid(page)
    check_and_wait(page)
    expect(page.locator(".kb-draft-body h2")).to_have_text("Gespreksverslag preventief gesprek")


def check_and_wait(page: Page) -> None:
    """Click the check button and wait until the page has shown the outcome."""
    done = int(page.get_attribute(".kb-app", "data-checks") or 0)
    page.click("button.kb-check")
    page.locator(f".kb-app[data-checks='{done + 1}']").wait_for()


@cache
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def axe_violations(page: Page) -> list[dict]:
    """axe-core's violations (WCAG 2.x A and AA rules) for the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
        # Colours measured halfway through a fade (Material's back-to-top button) are not real.
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    # Axe's target-size rule counts a button as too small when it happens to sit half under the
    # theme's sticky header at the current scroll position (e.g. the page's end, where focus on a
    # draft leaves it): a matter of where the test scrolled, not of the page. At the top of the
    # page nothing sits under the header; the position is restored afterwards.
    y = page.evaluate("() => { const y = window.scrollY; window.scrollTo(0, 0); return y; }")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
        }"""
    )
    page.evaluate(f"window.scrollTo(0, {y})")
    return result


def describe(violations: list[dict]) -> str:
    return json.dumps(violations, indent=2, ensure_ascii=False)


def tab_to(page: Page, selector: str, limit: int = 12, back: bool = False) -> None:
    """Press Tab (Shift+Tab when `back`) until `selector` has focus; fails when it is not
    reached within `limit` presses."""
    target = page.locator(selector)
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{selector} not reached with {limit} Tab presses")


def search_finds(page: Page, query: str, title: str) -> None:
    """Types `query` into the focused search field; a result titled `title` shows up."""
    page.locator(".md-search__input").press_sequentially(query, delay=10)
    titles = page.locator(".md-search-result__item > .md-search-result__link h1")
    # Results refresh while typing; the assertion retries until the final query's results show.
    expect(titles.filter(has_text=title)).not_to_have_count(0)


def keep_screenshot(target: Page | Locator, path: Path, **options) -> None:
    """Save a screenshot for people to look at (not an assertion). Under heavy load headless
    Chromium can stall one capture for 30 s with the page itself responsive (seen once in CI,
    after "fonts loaded"), so a stalled capture is tried once more after a pause."""
    try:
        target.screenshot(path=path, timeout=20_000, **options)
    except PlaywrightTimeout:
        page = target if isinstance(target, Page) else target.page
        page.wait_for_timeout(1_000)
        target.screenshot(path=path, timeout=45_000, **options)
