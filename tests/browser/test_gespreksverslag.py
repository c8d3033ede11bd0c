"""The gespreksverslag form in a real browser: typing, checks, draft, files, keyboard."""
from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import wait_ready
from tests.browser.helpers import VALID, check_and_wait, fill, fill_valid, keep_screenshot, more_formats

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"


def test_typing_works_before_python_is_ready(page: Page, site_url: str):
    held = []
    page.route("**/assets/py/manifest.json", lambda route: held.append(route))  # Python waits
    page.goto(site_url + "formulieren/gespreksverslag/")
    expect(page.locator(".kb-status")).to_contain_text("De controle laadt op de achtergrond. U kunt al typen.")
    fill(page, {"#f-initialen": "R.T.", "#f-situatie": "Al getypt voordat Python er was."})
    page.locator(".kb-app[data-wired]").wait_for()
    page.click("button.kb-check")
    expect(page.locator(".kb-status")).to_contain_text("Even geduld: de controle laadt nog.")
    assert page.get_attribute(".kb-app", "data-ready") is None
    for _ in range(600):  # the worker may not have asked yet on a busy machine
        if held:
            break
        page.wait_for_timeout(50)
    assert page.get_attribute(".kb-app", "data-ready") is None
    held[0].continue_()
    wait_ready(page)
    page.locator(".kb-app[data-checks='1']").wait_for()  # the queued check ran
    expect(page.locator(".kb-status")).to_have_text("De controle is klaar. Wat u invult, blijft in deze browser.")
    expect(page.locator("#f-situatie")).to_have_value("Al getypt voordat Python er was.")
    expect(page.locator(".kb-error-summary")).to_be_visible()


def test_filled_form_gives_the_draft(form_page: Page):
    page = form_page
    fill_valid(page)
    check_and_wait(page)
    expect(page.locator(".kb-error-summary")).to_be_hidden()
    draft = page.locator(".kb-draft-body")
    expect(draft.locator("h2")).to_have_text("Gespreksverslag preventief gesprek")
    expect(draft.locator("tr", has_text="Positie in de groep")).to_contain_text("Mee: Laat zich meetrekken")
    expect(draft.locator("ol > li")).to_have_text(
        ["Om 22.00 uur thuis", "Naar school blijven gaan", "Niet meer bij het winkelcentrum hangen"])
    expect(page.locator(".kb-notices")).to_contain_text(
        "Bevestig de afspraken uiterlijk maandag 23 november 2026 schriftelijk")
    expect(page.locator("#kb-draft-title")).to_be_focused()
    SCREENSHOTS.mkdir(exist_ok=True)
    keep_screenshot(page, SCREENSHOTS / "gespreksverslag-concept.png", full_page=True)


def test_error_summary_links_to_the_fields(form_page: Page):
    page = form_page
    page.fill("#f-tweede_gesprek", "1-11-2026")
    page.fill("#f-gespreksdatum", "20-11-2026")
    check_and_wait(page)
    summary = page.locator(".kb-error-summary")
    expect(summary).to_be_focused()
    expect(summary.locator("a")).to_have_text([
        "Vul de initialen of een schuilnaam van de jongere in.",
        "Vul de leeftijd of de geboortedatum van de jongere in.",
        "Vul minstens één aanwezige professional in.",
        "Vul minstens één afspraak in.",
        "Het tweede gesprek moet na het eerste gesprek zijn (20-11-2026). Kies een latere datum.",
    ])
    expect(page.locator("#f-initialen-error")).to_have_text("Fout: Vul de initialen of een schuilnaam van de jongere in.")
    expect(page.locator("#f-initialen")).to_have_attribute("aria-invalid", "true")
    summary.locator("a", has_text="afspraak").click()
    expect(page.locator("#f-afspraken-0")).to_be_focused()
    expect(page.locator(".kb-draft")).to_be_hidden()
    # Fixing the fields clears the errors and brings the draft.
    fill_valid(page)
    check_and_wait(page)
    expect(summary).to_be_hidden()
    expect(page.locator("#f-initialen")).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator(".kb-draft")).to_be_visible()


def test_privacy_and_age_warnings_appear_when_leaving_the_field(form_page: Page):
    page = form_page
    page.fill("#f-situatie", "Moeder: 06-12345678, BSN 123456782")
    page.fill("#f-leeftijd", "25")
    page.locator("#f-leeftijd").blur()
    note = page.locator("#f-situatie-note")
    expect(note).to_contain_text("lijkt een burgerservicenummer (BSN) te bevatten")
    expect(note).to_contain_text("lijkt een telefoonnummer te bevatten")
    expect(page.locator("#f-leeftijd-note")).to_contain_text("De jongere is 25 jaar. Halt noemt voor zijn aanpak van jeugdgroepen jongeren van 8 tot 23 jaar.")
    expect(page.locator(".kb-error-summary")).to_be_hidden()  # no errors before an explicit check


def test_more_than_three_afspraken_gets_a_hint(form_page: Page):
    page = form_page
    fill_valid(page)
    page.click("button[data-add='afspraken']")
    expect(page.locator("#f-afspraken-3")).to_be_focused()
    expect(page.locator("label[for='f-afspraken-3']")).to_have_text("Afspraak 4")
    page.fill("#f-afspraken-3", "Niet meer blowen")
    check_and_wait(page)
    expect(page.locator("#f-afspraken-note")).to_contain_text("U heeft 4 afspraken. Richt u op ongeveer drie")
    expect(page.locator(".kb-draft-body ol > li")).to_have_count(4)


def test_hostile_input_is_shown_literally(form_page: Page):
    page = form_page
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    fill_valid(page)
    hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> {{ 7*7 }} {% for %} 👍🏽 \u202eعربى\u202c"
    page.fill("#f-analyse", hostile)
    check_and_wait(page)
    body = page.locator(".kb-draft-body")
    expect(body.locator("section", has_text="Analyse van het gesprek").locator("p")).to_have_text(hostile)
    assert body.locator("script, img").count() == 0
    assert dialogs == []


def test_save_and_open_again_loses_nothing(form_page: Page, tmp_path: Path, site_url: str):
    page = form_page
    fill_valid(page)
    page.click("button[data-add='afspraken']")
    page.fill("#f-afspraken-3", "Vierde afspraak, met emoji 🎉")
    page.fill("#f-overige", "Twee\nregels")
    with page.expect_download() as info:
        page.click(".kb-file button[data-action='download-json']")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    doc = json.loads(saved.read_text(encoding="utf-8"))
    assert doc["formulier"] == "gespreksverslag" and doc["versie"] == 1
    assert doc["gegevens"]["afspraken"][3] == "Vierde afspraak, met emoji 🎉"
    expect(page.locator(".kb-file > .kb-file-message")).to_contain_text(f"Uw gegevens staan in het bestand {saved.name}.")

    page.goto(site_url + "formulieren/gespreksverslag/")  # a fresh, empty form
    wait_ready(page)
    expect(page.locator("#f-initialen")).to_have_value("")
    page.set_input_files("#kb-open", saved)
    expect(page.locator(".kb-file > .kb-file-message")).to_contain_text(f"Het bestand {saved.name} is geopend.")
    for selector, value in VALID.items():
        expect(page.locator(selector)).to_have_value(value)
    expect(page.locator("#f-afspraken-3")).to_have_value("Vierde afspraak, met emoji 🎉")
    expect(page.locator("#f-overige")).to_have_value("Twee\nregels")
    expect(page.locator("#f-positie-mee")).to_be_checked()


def test_a_bad_file_gets_a_message_and_the_work_stays(form_page: Page, tmp_path: Path):
    page = form_page
    page.fill("#f-initialen", "R.T.")
    page.fill("#f-situatie", "Wat ik al typte")
    cases = {
        "kapot.json": ("{ dit is geen json", "Dit bestand is geen formulierbestand: het is geen geldige JSON."),
        "ander.json": ('{"formulier": "pizza", "versie": 1, "gegevens": {}}', "Onbekend formulier 'pizza'."),
        "nieuw.json": ('{"formulier": "gespreksverslag", "versie": 7, "gegevens": {}}',
                       "Dit bestand is gemaakt met een nieuwere versie van het formulier (versie 7)."),
        "diep.json": ("[" * 50_000 + "]" * 50_000, "Dit bestand is geen formulierbestand"),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        page.set_input_files("#kb-open", path)
        expect(page.locator(".kb-file > .kb-file-message")).to_contain_text(message)
        expect(page.locator(".kb-file > .kb-file-message")).to_contain_text("Uw formulier is niet veranderd.")
        expect(page.locator("#f-situatie")).to_have_value("Wat ik al typte")
    # The worker survived all of them.
    fill_valid(page)
    check_and_wait(page)
    expect(page.locator(".kb-draft")).to_be_visible()


def test_the_draft_offers_word_first_and_the_other_formats_under_meer_formaten(form_page: Page):
    page = form_page
    fill_valid(page)
    check_and_wait(page)
    shown = page.locator(".kb-draft-actions > button")
    expect(shown).to_have_text(["Download voor Word (.docx)", "Afdrukken of opslaan als pdf", "Kopieer als opgemaakte tekst"])
    expect(shown.first).to_have_class(re.compile("md-button--primary"))
    more = page.locator(".kb-more-formats-list button")
    expect(more.first).to_be_hidden()
    page.locator("details.kb-more-formats > summary").focus()  # a native disclosure: Enter opens it
    page.keyboard.press("Enter")
    expect(more).to_have_text(["Tekst met opmaak (Markdown)", "Tekst zonder opmaak (.txt)",
                               "Bestand om later verder te werken (.json)"])
    with page.expect_download() as saved:
        more.last.click()
    assert saved.value.suggested_filename.endswith(".json")
    expect(page.locator(".kb-draft-actions > .kb-file-message")).to_contain_text(
        f"Uw gegevens staan in het bestand {saved.value.suggested_filename}.")


def test_download_draft_as_markdown_and_text(form_page: Page):
    page = form_page
    fill_valid(page)
    check_and_wait(page)
    more_formats(page)
    with page.expect_download() as md:
        page.click("button[data-action='download-md']")
    assert md.value.suggested_filename.endswith(".md")
    text = Path(md.value.path()).read_text(encoding="utf-8")
    assert text.startswith("# Gespreksverslag preventief gesprek\n")
    assert "1. Om 22.00 uur thuis" in text
    with page.expect_download() as txt:
        page.click("button[data-action='download-txt']")
    assert Path(txt.value.path()).read_text(encoding="utf-8").startswith("GESPREKSVERSLAG PREVENTIEF GESPREK")


def test_print_shows_only_the_draft(form_page: Page):
    page = form_page
    fill_valid(page)
    check_and_wait(page)
    page.emulate_media(media="print")
    expect(page.locator(".kb-draft-body")).to_be_visible()
    for hidden in (".md-header", ".md-sidebar--primary", "form.kb-form", ".kb-file", ".kb-draft-actions", "h1"):
        expect(page.locator(hidden).first).to_be_hidden()


def test_clear_asks_first_and_then_empties_everything(form_page: Page):
    page = form_page
    fill_valid(page)
    page.click("button[data-add='afspraken']")
    page.once("dialog", lambda d: d.dismiss())
    page.click("button[data-action='clear']")
    expect(page.locator("#f-initialen")).to_have_value("R.T.")
    page.once("dialog", lambda d: d.accept())
    page.click("button[data-action='clear']")
    expect(page.locator("#f-initialen")).to_have_value("")
    expect(page.locator("#f-afspraken-3")).to_have_count(0)
    expect(page.locator("#f-positie-leeg")).to_be_checked()


def test_when_python_cannot_load_the_page_says_so_and_keeps_the_text(page: Page, site_url: str):
    page.route("**/assets/py/manifest.json", lambda route: route.fulfill(status=404, body="weg"))
    page.goto(site_url + "formulieren/gespreksverslag/")
    page.fill("#f-situatie", "Dit mag niet verloren gaan")
    status = page.locator(".kb-status[data-state='failed']")
    expect(status).to_contain_text("De controle kon niet laden (manifest 404). Uw tekst blijft staan.")
    page.click("button.kb-check")
    expect(page.locator("#f-situatie")).to_have_value("Dit mag niet verloren gaan")
    expect(page.locator(".kb-notices")).to_contain_text("De controle kon niet laden")


def test_autosave_is_off_by_default_and_keeps_work_only_when_switched_on(form_page: Page, site_url: str):
    page = form_page
    toggle = page.locator("#kb-autosave")
    expect(toggle).not_to_be_checked()
    page.fill("#f-initialen", "R.T.")
    page.reload()
    wait_ready(page)
    expect(page.locator("#f-initialen")).to_have_value("")  # nothing kept without consent
    assert page.evaluate("Object.keys(localStorage).filter(k => k.includes('autosave'))") == []

    toggle.check()
    page.fill("#f-initialen", "R.T.")
    page.click("button[data-add='afspraken']")
    page.fill("#f-afspraken-3", "Vierde")
    page.wait_for_timeout(600)  # the save is debounced
    page.reload()
    wait_ready(page)
    expect(page.locator("#f-initialen")).to_have_value("R.T.")
    expect(page.locator("#f-afspraken-3")).to_have_value("Vierde")
    expect(page.locator(".kb-file > .kb-file-message")).to_contain_text("is teruggezet uit deze browser")
    expect(toggle).to_be_checked()

    page.once("dialog", lambda d: d.accept())
    page.click("button[data-action='clear']")
    expect(toggle).not_to_be_checked()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.includes('autosave'))") == []
    page.reload()
    wait_ready(page)
    expect(page.locator("#f-initialen")).to_have_value("")


def test_text_typed_before_python_is_ready_gets_its_warnings_when_python_arrives(page: Page, site_url: str):
    held = []
    page.route("**/assets/py/manifest.json", lambda route: held.append(route))  # Python waits
    page.goto(site_url + "formulieren/gespreksverslag/")
    page.fill("#f-situatie", "Zijn BSN is 123456782.")
    page.locator("#f-initialen").focus()  # leaving the field: the moment warnings normally come
    for _ in range(600):
        if held:
            break
        page.wait_for_timeout(50)
    expect(page.locator("#f-situatie-note")).to_be_hidden()
    held[0].continue_()
    wait_ready(page)
    expect(page.locator("#f-situatie-note")).to_contain_text("lijkt een burgerservicenummer (BSN) te bevatten")
    expect(page.locator(".kb-error-summary")).to_be_hidden()  # warnings only, no errors yet
