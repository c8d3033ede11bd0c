"""The interventiematrix in a real browser: a group map and a matrix built with the keyboard
only, the repertoire, every view, sorting and filtering, the CSV, the file round trip, print."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import wait_ready
from tests.browser.helpers import axe_violations, check_and_wait, describe, keep_screenshot, more_formats, tab_to

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"
PAGE = "formulieren/interventiematrix/"


def wait_count(page: Page, name: str, n: int) -> None:
    page.locator(f".kb-app[data-{name}='{n}']").wait_for()


def no_axe_violations(page: Page) -> None:
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert (v := axe_violations(page)) == [], f"{scheme}: {describe(v)}"
    page.emulate_media(color_scheme="light")


def test_map_and_matrix_with_the_keyboard_only(page: Page, site_url: str, tmp_path: Path):
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(site_url + PAGE)
    wait_ready(page)
    kb = page.keyboard
    page.locator("#f-groep").focus()  # like a user tabbing in from the top of the form
    kb.type("Groep Winkelcentrum")
    kb.press("Tab")
    kb.type("Oosterbroek")
    kb.press("Tab")
    kb.type("15-01-2027")
    # The group map: two members, with position and role chosen from the lists.
    tab_to(page, "#f-leden-0-code")
    kb.type("J1")
    kb.press("Tab")
    kb.press("ArrowDown")  # Plus
    kb.press("Tab")
    kb.press("ArrowDown")  # Kopstuk
    tab_to(page, "button[data-add='leden']")
    kb.press("Enter")
    expect(page.locator("#f-leden-1-code")).to_be_focused()
    kb.type("J2")
    kb.press("Tab")
    for _ in range(3):
        kb.press("ArrowDown")  # Mee
    expect(page.locator("#f-leden-0-positie")).to_have_value("plus")
    expect(page.locator("#f-leden-1-positie")).to_have_value("mee")
    kb.press("Tab")  # leaving the field: the directions follow the map
    view = page.locator(".kb-view[data-view='richtingen']")
    expect(view).to_contain_text("Geef dit positieve kopstuk ruimte")
    expect(view).to_contain_text("Trek deze meeloper los van de groep")
    # A row from a direction, one from the repertoire, one typed.
    tab_to(page, "button[data-arg='stage|J1']", limit=40)
    kb.press("Enter")
    wait_count(page, "actions", 1)
    expect(page.locator("#f-acties-0-wat")).to_have_value("Stage of werk voor een positief kopstuk")
    expect(page.locator("#f-acties-0-gericht_op")).to_have_value("J1")
    page.locator("button[data-arg='ouders-bellen|J2']").focus()
    kb.press("Enter")
    wait_count(page, "actions", 2)
    tab_to(page, "button[data-arg='jeugdboas']", limit=80)
    kb.press("Enter")
    wait_count(page, "actions", 3)
    expect(page.locator("#f-acties-2-soort")).to_have_value("grenzen")
    tab_to(page, "button[data-add='acties']", limit=80, back=True)
    kb.press("Enter")
    expect(page.locator("#f-acties-3-wat")).to_be_focused()
    kb.type("Bewonersavond over de aanpak")
    kb.press("Tab")
    kb.press("Space")  # first goal: minder overlast
    expect(page.locator("#f-acties-3-doelen-overlast")).to_be_checked()
    tab_to(page, "#f-acties-3-spoor")
    kb.press("ArrowDown")
    kb.press("ArrowDown")
    kb.press("ArrowDown")  # Omgeving
    tab_to(page, "#f-acties-3-partner")
    kb.type("gemeente")
    # Reorder with the keyboard: the typed row moves up one place.
    tab_to(page, "button[aria-label='Actie 4 omhoog']", limit=40, back=False)
    kb.press("Enter")
    expect(page.locator("#f-acties-2-wat")).to_have_value("Bewonersavond over de aanpak")
    expect(page.locator("button[aria-label='Actie 3 omhoog']")).to_be_focused()
    expect(page.locator(".kb-announce")).to_have_text("Actie 4 staat nu op plaats 3.")
    no_axe_violations(page)
    SCREENSHOTS.mkdir(exist_ok=True)
    keep_screenshot(page.locator("[data-repeat='acties']"), SCREENSHOTS / "interventiematrix-kaarten.png")

    # The analysis and the partner list, filtered with the keyboard.
    page.locator(".kb-app[data-refreshes]").wait_for()
    analyse = page.locator(".kb-view[data-view='overzicht']")
    expect(analyse).to_contain_text("Doelen en sporen")
    expect(analyse.locator("caption")).to_have_text("Aantal acties per doel en spoor")
    tab_to(page, "#f-filter_partner", limit=80)
    kb.type("jongerenwerk")
    kb.press("Tab")
    partners = page.locator(".kb-view[data-view='partners']")
    expect(partners).to_contain_text("1 actie van 1 partner.")
    expect(partners).to_contain_text("Stage of werk voor een positief kopstuk")
    no_axe_violations(page)
    keep_screenshot(analyse, SCREENSHOTS / "interventiematrix-analyse.png")

    # The draft, the CSV, print (landscape), and the file round trip.
    tab_to(page, "button.kb-check", limit=40)
    kb.press("Enter")
    wait_count(page, "checks", 1)
    draft = page.locator(".kb-draft-body")
    expect(draft.locator("h2")).to_have_text("Interventiematrix: Groep Winkelcentrum")
    expect(draft.locator("caption").first).to_have_text("Groepsleden, alleen met een code")
    no_axe_violations(page)
    more_formats(page)
    with page.expect_download() as dl:
        page.click("button[data-action='download-csv']")
    text = Path(dl.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";"))
    assert rows[0][:4] == ["Nr.", "Wat", "Doelen", "Spoor"] and len(rows) == 5
    assert rows[3][1] == "Bewonersavond over de aanpak" and rows[3][3] == "Omgeving en openbare ruimte"
    page.emulate_media(media="print")
    keep_screenshot(page, SCREENSHOTS / "interventiematrix-print.png", full_page=True)
    # Every printed page is A4 landscape: no blank portrait page before the matrix.
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", page.pdf(prefer_css_page_size=True))
    assert boxes and all(float(w) > float(h) for w, h in boxes), boxes
    expect(page.locator("form.kb-form")).to_be_hidden()
    page.emulate_media(media="screen")
    with page.expect_download() as saved:
        page.click(".kb-file button[data-action='download-json']")
    path = tmp_path / "matrix.json"
    saved.value.save_as(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["formulier"] == "interventiematrix" and len(doc["gegevens"]["acties"]) == 4
    assert doc["gegevens"]["acties"][2]["doelen"] == ["overlast"]
    page.goto(site_url + PAGE)
    wait_ready(page)
    page.set_input_files("#kb-open", path)
    wait_count(page, "opens", 1)
    expect(page.locator("#f-acties-2-wat")).to_have_value("Bewonersavond over de aanpak")
    expect(page.locator("#f-acties-2-doelen-overlast")).to_be_checked()
    expect(page.locator("#f-leden-1-positie")).to_have_value("mee")


def test_sorting_the_table_by_partner_with_its_button(page: Page, site_url: str, tmp_path: Path):
    page.goto(site_url + PAGE)
    wait_ready(page)
    for arg in ("jeugdboas", "stage", "bewoners"):
        page.locator(f".kb-view[data-view='repertoire'] button[data-arg='{arg}']").click()
    wait_count(page, "actions", 3)
    page.select_option("#f-sorteer", "partner")
    page.click("button[data-actie='sorteer']")
    wait_count(page, "actions", 4)
    values = [page.locator(f"#f-acties-{i}-partner").input_value() for i in range(3)]
    assert values == sorted(values, key=str.casefold)
