"""The first thing a user meets: every form, checked while empty, says what to do, and every
link in its error summary lands on something the user can see and use. The partner page says,
before its question file is open, that the file comes first."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from formlogic.bridge import respond
from formlogic.forms.circulair import voorbeeld
from tests.browser.conftest import wait_ready
from tests.browser.helpers import check_and_wait
from tests.browser.test_every_form import FORMS

PARTNER = "formulieren/circulair-vragen-antwoorden/"

# Where focus is, and whether a user sees it: the focused element itself, or (for the file
# input, which is drawn as its label) its label, inside the window and not covered by the
# page's sticky header.
FOCUS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return {ok: false, what: 'body'};
    if (el.closest('.kb-error-summary')) return {ok: false, what: 'the link itself'};
    const header = document.querySelector('.md-header')?.getBoundingClientRect().bottom || 0;
    const seen = (e) => {
        const r = e.getBoundingClientRect(), s = getComputedStyle(e);
        return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.opacity !== '0'
            && r.top >= header - 1 && r.bottom <= innerHeight + 1;
    };
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const usable = el.matches('input:not([type=hidden]), textarea, select, button, a[href], [tabindex]') && !el.disabled;
    return {ok: usable && (seen(el) || (label !== null && seen(label))), what: el.tagName + '#' + el.id};
}"""


@pytest.mark.parametrize("form", FORMS)
def test_every_error_summary_link_of_the_empty_form_lands_on_a_visible_control(page: Page, site_url: str, form: str):
    page.goto(site_url + f"formulieren/{form}/")
    wait_ready(page)
    check_and_wait(page)
    links = page.locator(".kb-error-summary a")
    assert links.count() > 0, "an empty form that asks nothing"
    for i in range(links.count()):
        link = links.nth(i)
        target = link.get_attribute("href")
        link.click()  # the mouse
        focus = page.evaluate(FOCUS)
        assert focus["ok"], f"{link.inner_text()} ({target}) -> {focus['what']}"
        link.focus()  # the keyboard
        page.keyboard.press("Enter")
        focus = page.evaluate(FOCUS)
        assert focus["ok"], f"{link.inner_text()} ({target}), Enter -> {focus['what']}"


def question_file(tmp_path: Path) -> Path:
    reply = respond({"type": "export", "formulier": "circulair-vragen", "document": "vragenbestand",
                     "gegevens": voorbeeld.SESSIE, "vandaag": "01-12-2026"})
    path = tmp_path / reply["bestandsnaam"]
    path.write_text(reply["tekst"], encoding="utf-8")
    return path


def test_the_partner_page_asks_for_the_question_file_first(page: Page, site_url: str, tmp_path: Path):
    page.goto(site_url + PARTNER)
    wait_ready(page)
    top = page.locator(".kb-section").first
    expect(top).to_contain_text("Begin hier: open het vragenbestand")
    expect(top.locator("label[for='f-sessie']")).to_have_text("Open het vragenbestand")

    check_and_wait(page)
    summary = page.locator(".kb-error-summary")
    expect(summary).to_be_focused()
    expect(summary.locator("a")).to_have_count(1)
    expect(summary.locator("a")).to_have_text(
        "Open eerst het vragenbestand van de procesregisseur. Dan kunt u uw organisatie kiezen en de vragen beantwoorden.")
    expect(page.locator("#f-sessie-error")).to_contain_text("Open eerst het vragenbestand")  # beside the button
    expect(page.locator(".kb-app")).not_to_contain_text("Kies uw organisatie.")
    expect(page.locator(".kb-notices")).to_be_hidden()  # nothing below the check button any more
    summary.locator("a").click()
    expect(page.locator("#f-sessie")).to_be_focused()

    # With the file open, the organisation is the question, and its link lands on the first option.
    page.set_input_files("#f-sessie", question_file(tmp_path))
    page.locator(".kb-app[data-opens='1']").wait_for()
    expect(page.locator(".kb-view[data-view='sessie']")).to_contain_text(voorbeeld.SESSIE["groep"])
    check_and_wait(page)
    link = summary.locator("a", has_text="Kies uw organisatie.")
    link.click()
    expect(page.locator("input[name='organisatie']").first).to_be_focused()
