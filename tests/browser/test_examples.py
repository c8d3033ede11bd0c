"""The trainer's example on every form page: one button fills the form with the practice case's
invented data, the form passes its own checks, and the page and every output say 'voorbeeld'."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests import docx_text
from tests.browser.conftest import wait_ready
from tests.browser.helpers import axe_violations, check_and_wait, describe, docx_document, more_formats

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted(p.parent.name if p.name == "index.md" else p.stem for p in (DOCS / "formulieren").glob("*.md")
               if "render_form(" in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("form", PAGES)
def test_the_example_button_fills_a_form_that_passes_its_checks_and_says_it_is_an_example(page: Page, site_url: str, form: str):
    page.goto(site_url + f"formulieren/{form}/")
    wait_ready(page)
    button = page.locator("button[data-action='example']")
    expect(button).to_be_visible()
    case = json.loads(page.get_attribute(".kb-app", "data-example"))["voorbeeld"]
    button.click()
    page.locator(".kb-app[data-refreshes]").first.wait_for()
    expect(page.locator(".kb-example-mark")).to_be_visible()
    check_and_wait(page)
    expect(page.locator(".kb-error-summary")).to_be_hidden()
    expect(page.locator(".kb-draft-voorbeeld")).to_contain_text(f"Voorbeeld. Uit de oefencasus '{case}'.")
    assert (v := axe_violations(page)) == [], describe(v)
    more_formats(page)
    with page.expect_download() as md:
        page.click("button[data-action='download-md']")
    assert "> **VOORBEELD.**" in Path(md.value.path()).read_text(encoding="utf-8")
    assert f"VOORBEELD. Uit de oefencasus '{case}'" in docx_text.text(docx_document(page))
    page.once("dialog", lambda d: d.accept())
    page.click("button[data-action='clear'], button[data-host-action='new']")  # a werkmap begins a new one
    expect(page.locator(".kb-example-mark")).to_be_hidden()
