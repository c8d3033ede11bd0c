"""Every form page, found from docs/ (a new form is covered without new test code), in every
state a user meets: empty, with errors, filled (the practice example) with its views and its
draft, and each view on the projector. axe-core finds nothing in the light and the dark scheme,
and every field, button and the file picker are reached with the Tab key alone."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import wait_ready
from tests.browser.helpers import axe_violations, check_and_wait, describe, use_example

DOCS = Path(__file__).resolve().parents[2] / "docs"
FORMS = sorted(p.parent.name if p.name == "index.md" else p.stem for p in (DOCS / "formulieren").glob("*.md")
               if "render_form(" in p.read_text(encoding="utf-8"))


def no_violations(page: Page, state: str) -> None:
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert (v := axe_violations(page)) == [], f"{state}, {scheme}: {describe(v)}"
    page.emulate_media(color_scheme="light")


def test_every_form_page_is_found():
    assert len(FORMS) >= 10 and "plan-van-aanpak" in FORMS


@pytest.mark.parametrize("form", FORMS)
def test_every_state_of_the_form_has_no_axe_violations(page: Page, site_url: str, form: str):
    page.goto(site_url + f"formulieren/{form}/")
    wait_ready(page)
    check_and_wait(page)  # empty: the errors, if the form requires anything
    if page.locator(".kb-error-summary").is_visible():
        expect(page.locator(".kb-error-summary")).to_be_focused()  # announced and reachable at once
        no_violations(page, "errors")
    page.on("dialog", lambda d: d.accept())  # 'replace what is there by the example?'
    use_example(page)
    check_and_wait(page)
    expect(page.locator(".kb-draft")).to_be_visible()
    no_violations(page, "draft")
    for button in page.locator("button[data-present]").all():
        button.click()
        dialog = page.locator("dialog.kb-present")
        expect(dialog).to_be_visible()
        no_violations(page, f"presenting {button.get_attribute('data-present')}")
        page.keyboard.press("Escape")
        expect(dialog).to_be_hidden()


@pytest.mark.parametrize("form", FORMS)
def test_the_keyboard_reaches_every_control_of_the_form(page: Page, site_url: str, form: str):
    page.goto(site_url + f"formulieren/{form}/")
    wait_ready(page)
    wanted = set(page.evaluate("""() => {
        const app = document.querySelector('.kb-app');
        const seen = new Set();
        return [...app.querySelectorAll('input, textarea, select, button')].filter(el => {
            if (el.disabled || el.closest('[hidden], dialog') || el.getClientRects().length === 0 && el.type !== 'file') return false;
            if (el.type === 'radio') {  // one stop per group: the arrows move within it
                if (seen.has(el.name)) return false;
                seen.add(el.name);
            }
            return true;
        }).map(el => el.type === 'radio' ? 'radio:' + el.name : (el.id || el.dataset.action || el.textContent.trim()));
    }"""))
    page.locator(".kb-app").first.evaluate("el => el.querySelector('input, textarea, select').focus()")
    reached: set[str] = set()
    for _ in range(len(wanted) * 3 + 40):
        key = page.evaluate("""() => {
            const el = document.activeElement;
            if (!el || !el.closest('.kb-app')) return null;
            return el.type === 'radio' ? 'radio:' + el.name : (el.id || el.dataset.action || el.textContent.trim());
        }""")
        if key:
            reached.add(key)
        if wanted <= reached:
            break
        page.keyboard.press("Tab")
    assert wanted - reached == set()
