"""The row editor in a real browser. Every list of every form page can lose a row with the
keyboard alone, announced, with focus kept in the list; the lists are found from the form
definitions (a new list or form is covered without new test code). Wide rows (the matrix's
actions) are cards that fit a laptop and a phone without sideways or inner scrolling, under an
overview that follows them."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from formlogic import get_form
from formlogic._model import Field
from tests.browser.conftest import wait_ready
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


# -- Wide rows as cards: the interventiematrix -------------------------------------------------

MATRIX = "formulieren/interventiematrix/"
# Every control of one card, and every ancestor of it that could scroll on its own (not the page).
CARD_LAYOUT = """(card) => {
    const width = document.documentElement.clientWidth;
    const out = {outside: [], scrollers: new Set()};
    for (const el of card.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.left < 0 || box.right > width) out.outside.push(`${el.id || el.textContent}: ${box.left}-${box.right}`);
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            const s = getComputedStyle(a);
            if (/(auto|scroll)/.test(s.overflowX + s.overflowY)) out.scrollers.add(`${a.tagName}.${a.className}`);
        }
    }
    return {outside: out.outside, scrollers: [...out.scrollers]};
}"""


def matrix_file(tmp_path: Path, n: int) -> Path:
    acties = [{"id": f"a{i}", "wat": f"Actie nummer {i} met een wat langere omschrijving", "doelen": ["overlast"],
               "spoor": "groep", "gericht_op": "de groep", "partner": f"Partner {i}", "soort": "belonen",
               "start": "01-02-2027", "eind": "01-04-2027", "resultaat": "Minder meldingen", "status": "gepland",
               "monitoring": "Elke maand", "bron": "Signaal", "repertoire": ""} for i in range(1, n + 1)]
    doc = {"formulier": "interventiematrix", "versie": 1, "opgeslagen": "2027-01-01T10:00:00",
           "gegevens": {"groep": "Groep Test", "leden": [{"code": "J1", "positie": "mee", "rol": "meeloper", "notities": ""}],
                        "acties": acties}}
    path = tmp_path / "matrix.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [(1280, 800), (390, 844)], ids=["1280", "390"])
def test_every_field_of_every_action_fits_the_screen_without_an_inner_scroll_area(page: Page, site_url: str,
                                                                                   tmp_path: Path, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(site_url + MATRIX)
    wait_ready(page)
    page.set_input_files("#kb-open", matrix_file(tmp_path, 12))
    page.locator(".kb-app[data-opens='1']").wait_for()
    cards = page.locator("[data-repeat='acties'] .kb-items > .kb-card")
    expect(cards).to_have_count(12)
    for i in range(12):
        cards.nth(i).scroll_into_view_if_needed()
        layout = cards.nth(i).evaluate(CARD_LAYOUT)
        assert layout == {"outside": [], "scrollers": []}, f"actie {i + 1}: {layout}"
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    # The overview lists every action and is no scroll area of its own either.
    overview = page.locator("[data-repeat='acties'] .kb-overview")
    expect(overview.locator("tbody tr")).to_have_count(12)
    box = overview.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= size[0]
    assert overview.evaluate("el => el.scrollWidth <= el.clientWidth")


def test_the_overview_follows_the_cards_and_its_links_lead_into_them(page: Page, site_url: str, tmp_path: Path):
    page.goto(site_url + MATRIX)
    wait_ready(page)
    page.set_input_files("#kb-open", matrix_file(tmp_path, 3))
    page.locator(".kb-app[data-opens='1']").wait_for()
    overview = page.locator("[data-repeat='acties'] .kb-overview")
    expect(overview.locator("summary")).to_contain_text("(3)")
    expect(overview.locator("tbody tr").nth(2)).to_contain_text("Actie nummer 3")
    # A typed change shows when the user leaves the field; a choice at once, by its label.
    page.fill("#f-acties-1-wat", "Buurtgesprek")
    page.keyboard.press("Tab")
    expect(overview.locator("tbody tr").nth(1).locator("td[data-col='wat']")).to_have_text("Buurtgesprek")
    page.select_option("#f-acties-1-status", "lopend")
    expect(overview.locator("tbody tr").nth(1).locator("td[data-col='status']")).to_have_text("Loopt")
    # Moving a card moves its line; a new card gets a line.
    page.locator("button[aria-label='Actie 2 omhoog']").press("Enter")
    expect(overview.locator("tbody tr").first.locator("td[data-col='wat']")).to_have_text("Buurtgesprek")
    page.locator("button[data-add='acties']").press("Enter")
    expect(overview.locator("tbody tr")).to_have_count(4)
    expect(overview.locator("summary")).to_contain_text("(4)")
    # The link of a line puts the cursor in its card.
    overview.get_by_role("link", name="Actie 3").press("Enter")
    expect(page.locator("#f-acties-2-wat")).to_be_focused()
