"""The documents of issue 10 in the browser: files made by one form taken in by another (a
gespreksverslag into the bevestiging; an integraal beeld and an interventiematrix into the plan
van aanpak; a matrix's open actions into the evaluatie), the draft as a Word file, and the
draft copied as formatted text (clipboard, and the fallback where the clipboard is refused)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests import docx_text
from tests.browser.conftest import wait_ready
from tests.browser.helpers import axe_violations, check_and_wait, describe, docx_document, fill_valid, use_example


def _example_file(page: Page, site_url: str, form: str, tmp_path: Path, export: str | None = None) -> Path:
    """Fill a form page with its practice example and download a file of it, as a user would."""
    page.goto(site_url + f"formulieren/{form}/")
    wait_ready(page)
    use_example(page)
    if export:
        check_and_wait(page)
        button = f".kb-draft-actions button[data-export='{export}']"
    else:
        button = ".kb-file button[data-action='download-json']"
    with page.expect_download() as dl:
        page.click(button)
    path = tmp_path / dl.value.suggested_filename
    dl.value.save_as(path)
    return path


def test_the_plan_takes_in_an_integraal_beeld_and_a_matrix_made_in_the_browser(page: Page, site_url: str, tmp_path: Path):
    beeld = _example_file(page, site_url, "circulair-vragen", tmp_path, export="integraal-beeld")
    matrix = _example_file(page, site_url, "interventiematrix", tmp_path)
    beeld_data = json.loads(beeld.read_text(encoding="utf-8"))["gegevens"]
    matrix_data = json.loads(matrix.read_text(encoding="utf-8"))["gegevens"]
    rode_draad = next(v["rode_draad"] for v in beeld_data["vragen"] if v.get("rode_draad"))
    actie = next(a for a in matrix_data["acties"] if a["spoor"] == "persoon" and a["wat"])

    page.goto(site_url + "formulieren/plan-van-aanpak/")
    wait_ready(page)
    page.fill("#f-strategie", "Eerst de kopstukken, dan de meelopers.")  # typed before: must stay
    page.locator(".kb-dropzone input[type=file]").first.set_input_files([beeld, matrix])
    status = page.locator(".kb-dropzone .kb-file-message").first
    expect(status).to_contain_text("het integraal beeld is overgenomen")
    expect(page.locator("#f-duiding")).to_have_value(re.compile(re.escape(rode_draad)))
    expect(page.locator("#f-spoor_persoon")).to_have_value(re.compile(re.escape(actie["wat"])))
    expect(page.locator("#f-strategie")).to_have_value("Eerst de kopstukken, dan de meelopers.")
    expect(page.locator("[data-view='overgenomen']")).to_contain_text(f"{matrix.name}{len(matrix_data['acties'])} acties.")
    expect(page.locator("[data-view='overgenomen']")).to_contain_text(rode_draad)
    assert (v := axe_violations(page)) == [], describe(v)

    # A second integraal beeld asks before it replaces the first; 'no' keeps the first.
    page.locator(".kb-dropzone input[type=file]").first.set_input_files([beeld])
    dialog = page.locator("dialog.kb-dialog")
    expect(dialog).to_be_visible()
    dialog.get_by_label("Nee, houd het integraal beeld dat er al staat").check()
    dialog.locator("button[value='ok']").click()
    expect(status).to_contain_text("Het integraal beeld dat er al stond, is gebleven.")

    page.fill("#f-datum", "10-12-2026")  # what no file brings: the date and the costs
    page.fill("#f-kosten", "Jongerenwerk 8 uur per week.")
    check_and_wait(page)
    expect(page.locator(".kb-error-summary")).to_be_hidden()
    draft = page.locator(".kb-draft-body")
    expect(draft).to_contain_text(actie["wat"])
    document = docx_text.text(docx_document(page))
    assert actie["wat"] in document
    assert "Concept plan van aanpak: Groep Marktplein" in document


def test_the_evaluatie_takes_in_the_open_actions_of_a_matrix(page: Page, site_url: str, tmp_path: Path):
    matrix = _example_file(page, site_url, "interventiematrix", tmp_path)
    acties = json.loads(matrix.read_text(encoding="utf-8"))["gegevens"]["acties"]
    open_acties = [a["wat"] for a in acties if a["status"] != "uitgevoerd" and a["wat"]]
    assert open_acties, "the example matrix has open actions"
    page.goto(site_url + "formulieren/evaluatie/")
    wait_ready(page)
    page.locator(".kb-dropzone input[type=file]").first.set_input_files([matrix])
    expect(page.locator(".kb-dropzone .kb-file-message").first).to_contain_text(
        f"{len(open_acties)} acties die nog niet zijn uitgevoerd, staan nu bij de resterende acties.")
    values = page.locator(".kb-app").evaluate("el => [...el.querySelectorAll('input, textarea')].map(i => i.value)")
    for wat in open_acties:
        assert wat in values


def test_the_bevestiging_takes_in_the_afspraken_of_a_gespreksverslag(page: Page, site_url: str, tmp_path: Path):
    page.goto(site_url + "formulieren/gespreksverslag/")
    wait_ready(page)
    fill_valid(page)
    with page.expect_download() as dl:
        page.click(".kb-file button[data-action='download-json']")
    verslag = tmp_path / dl.value.suggested_filename
    dl.value.save_as(verslag)

    page.goto(site_url + "formulieren/bevestiging-afspraken/")
    wait_ready(page)
    page.locator(".kb-dropzone input[type=file]").first.set_input_files([verslag])
    expect(page.locator(".kb-dropzone .kb-file-message").first).to_contain_text(
        "de afspraken en het vervolg staan nu in de brief. De rest van het verslag gaat niet mee.")
    for afspraak in ("Om 22.00 uur thuis", "Naar school blijven gaan", "Niet meer bij het winkelcentrum hangen"):
        assert afspraak in page.locator(".kb-app").evaluate(
            "el => [...el.querySelectorAll('input, textarea')].map(i => i.value).join('\\n')")
    # Only the afspraken come over, not what the professionals saw at home.
    values = page.locator(".kb-app").evaluate("el => [...el.querySelectorAll('input, textarea')].map(i => i.value).join('\\n')")
    assert "Hing met de groep bij het winkelcentrum" not in values


def test_copy_puts_the_draft_on_the_clipboard_with_its_formatting(page: Page, site_url: str):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + "formulieren/brief-burgemeester/")
    wait_ready(page)
    use_example(page)
    check_and_wait(page)
    page.click("button[data-action='copy']")
    expect(page.locator(".kb-draft-actions .kb-file-message")).to_contain_text("Het concept staat op het klembord")
    assert page.get_attribute(".kb-draft", "data-copied") == "clipboard"
    html, text = page.evaluate("""async () => {
        const [item] = await navigator.clipboard.read();
        return [await (await item.getType('text/html')).text(), await (await item.getType('text/plain')).text()];
    }""")
    # A letter stays a letter when pasted into Word or an e-mail: the address block beside the
    # sender block (a layout table with its own inline styles: the site's style sheet does not go
    # along), the subject line in bold, the placeholders to fill in.
    assert re.search(r'<table class="kb-brief-kop" role="presentation" style="[^"]*width: 100%', html)
    assert "<strong>Onderwerp:</strong>" in html and "<strong>Gemeente Kwakelhaven</strong>" in html
    assert "Uit de oefencasus" in text and "[straat en huisnummer]" in text


def test_copy_falls_back_to_the_selection_where_the_clipboard_is_refused(page: Page, site_url: str):
    # On an intranet served over plain http, navigator.clipboard is missing.
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page.goto(site_url + "formulieren/afsluitbrief/")
    wait_ready(page)
    use_example(page)
    check_and_wait(page)
    page.focus("button[data-action='copy']")  # the copy button works from the keyboard too
    page.keyboard.press("Enter")
    expect(page.locator(".kb-draft-actions .kb-file-message")).to_contain_text("Het concept staat op het klembord")
    assert page.get_attribute(".kb-draft", "data-copied") == "selection"
