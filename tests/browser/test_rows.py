"""The row editor in a real browser. Every list of every form page can lose a row with the
keyboard alone, announced, with focus kept in the list; the lists are found from the form
definitions (a new list or form is covered without new test code)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from formlogic import get_form
from formlogic._model import Field
from tests.browser.helpers import tab_to

DOCS = Path(__file__).resolve().parents[2] / "docs"


def form_pages() -> list[tuple[str, str]]:
    """(page path under the site, form key) for every page that renders a form."""
    pages = []
    for md in sorted((DOCS / "formulieren").glob("*.md")):
        for key in re.findall(r"render_form\(\s*[\"']([\w-]+)[\"']", md.read_text(encoding="utf-8")):
            pages.append((f"formulieren/{md.stem}/", key))
    return pages


def lists() -> list[tuple[str, Field]]:
    """(page, field) for every repeating field a form page shows."""
    return [(page, f) for page, key in form_pages() for f in get_form(key).fields()
            if f.is_repeating and f.shown and not f.is_dynamic]


LISTS = lists()


def text_control(f: Field, row: int) -> str | None:
    """A control in row `row` to type into: the item itself, or a group's first text field."""
    if f.type == "list":
        return f"#f-{f.name}-{row}"
    c = next((c for c in f.item_fields if c.type in ("text", "textarea")), None)
    return f"#f-{f.name}-{row}-{c.name}" if c else None


def test_every_list_is_found():
    names = {(page, f.name) for page, f in LISTS}
    assert {("formulieren/gespreksverslag/", "afspraken"), ("formulieren/gespreksverslag/", "professionals"),
            ("formulieren/brief-burgemeester/", "organisaties"), ("formulieren/interventiematrix/", "acties")} <= names


@pytest.mark.parametrize(("page_path", "f"), LISTS, ids=[f"{p.split('/')[1]}-{f.name}" for p, f in LISTS])
def test_a_row_of_every_list_can_be_removed_with_the_keyboard(page: Page, site_url: str, page_path: str, f: Field):
    page.goto(site_url + page_path)
    page.locator(".kb-app[data-wired='true']").wait_for()
    container = page.locator(f"[data-repeat='{f.name}']")
    rows = container.locator(".kb-items > .kb-item")
    while rows.count() < 2:
        container.locator(f"button[data-add='{f.name}']").click()
    before = rows.count()
    first, second = text_control(f, 0), text_control(f, 1)
    if first:
        page.fill(first, "Eerste rij")
        page.fill(second, "Tweede rij")
        page.locator(first).focus()
    else:
        rows.first.locator("input:not([type=hidden]), select, textarea").first.focus()
    item = f.item_label or "Rij"
    remove = f"[data-repeat='{f.name}'] button[aria-label='Verwijder {item.lower()} 1']"
    tab_to(page, remove, limit=60)
    page.keyboard.press("Enter")
    expect(rows).to_have_count(before - 1)
    expect(page.locator(".kb-announce")).to_have_text(f"{item} 1 is verwijderd.")
    expect(page.locator(remove)).to_be_focused()  # the row that took its place: the user stays in the list
    if first:
        expect(page.locator(first)).to_have_value("Tweede rij")
