"""Circulair vragen in a real browser: a regisseur prepares a session, partners answer on
their own devices, the regisseur takes their files in, shows the flip-overs on a 'projector'
with the keyboard only, and makes the integraal beeld."""
from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import wait_ready
from tests.browser.helpers import axe_violations, check_and_wait, describe, keep_screenshot, more_formats

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"
SESSIE = "formulieren/circulair-vragen/"
PARTNER = "formulieren/circulair-vragen-antwoorden/"
ORGS = ["Politie", "Jongerenwerk", "School", "Halt"]
ANSWERS = {  # per organisation, per question (in the order the session shows them)
    "Politie": ["Overlast bij het winkelcentrum\nVier vaste kopstukken", "Messen gezien bij twee jongens\nDe harde kern dealt",
                "Voetbalclub", "J1 en J2 trekken de groep", "Moeder van J3"],
    "Jongerenwerk": ["overlast rond het Winkelcentrum\nGroep van twaalf jongens", "Harde kern trekt meelopers mee",
                     "Sport in het buurthuis", "J1 is de leider", "De voetbaltrainer"],
    "School": ["Veel verzuim", "Messen op het schoolplein\nRuzies via Snapchat", "De mentor heeft goed contact", "", "Mentor"],
}


def wait_count(page: Page, name: str, n: int) -> None:
    page.locator(f".kb-app[data-{name}='{n}']").wait_for()


def prepare(page: Page, site_url: str, tmp_path: Path) -> Path:
    """The regisseur's preparation; returns the question file."""
    page.goto(site_url + SESSIE)
    wait_ready(page)
    page.fill("#f-groep", "Groep Winkelcentrum")
    page.fill("#f-gemeente", "Oosterbroek")
    page.fill("#f-datum", "01-12-2026")
    page.click("button[data-add='organisaties']")
    for i, org in enumerate(ORGS):
        page.fill(f"#f-organisaties-{i}", org)
    with page.expect_download() as dl:
        page.click("button[data-export='vragenbestand']")
    path = tmp_path / dl.value.suggested_filename
    dl.value.save_as(path)
    return path


def answer_as(context, site_url: str, questions: Path, org: str, tmp_path: Path) -> Path:
    """A partner on their own device: open the question file, answer, download the answers."""
    page = context.new_page()
    page.goto(site_url + PARTNER)
    wait_ready(page)
    page.set_input_files("#f-sessie", questions)
    wait_count(page, "opens", 1)
    expect(page.locator(".kb-view[data-view='sessie']")).to_contain_text("Groep Winkelcentrum")
    expect(page.locator(".kb-dynamic[data-dynamic='antwoorden'] textarea")).to_have_count(5)
    page.check(f"#f-organisatie-{org}")
    for textarea, text in zip(page.locator(".kb-dynamic[data-dynamic='antwoorden'] textarea").all(), ANSWERS[org]):
        textarea.fill(text)
    with page.expect_download() as dl:
        page.click("button[data-export='antwoordbestand']")
    path = tmp_path / f"{org.lower()}-{dl.value.suggested_filename}"
    dl.value.save_as(path)
    page.close()
    return path


def test_a_session_from_preparation_to_integraal_beeld(page: Page, site_url: str, other_context, tmp_path: Path):
    questions = prepare(page, site_url, tmp_path)
    session_id = json.loads(questions.read_text(encoding="utf-8"))["gegevens"]["sessie"]["id"]
    assert session_id and page.locator("input[name='sessie_id']").input_value() == session_id

    files = [answer_as(other_context(), site_url, questions, org, tmp_path) for org in ANSWERS]
    conflicting = tmp_path / "politie-nogmaals.json"
    doc = json.loads(files[0].read_text(encoding="utf-8"))
    doc["gegevens"]["antwoorden"] = {k: "Nieuw: overlast bij het station" if i == 0 else "" for i, k in enumerate(doc["gegevens"]["antwoorden"])}
    conflicting.write_text(json.dumps(doc), encoding="utf-8")
    foreign = tmp_path / "andere-sessie.json"
    doc["gegevens"]["sessie"]["id"] = "een-andere-sessie"
    foreign.write_text(json.dumps(doc), encoding="utf-8")

    # All five files at once: the conflict is asked in a dialog, answered with the keyboard.
    page.set_input_files("#f-antwoorden", [*files, conflicting, foreign])
    dialog = page.locator("dialog.kb-dialog[open]")
    expect(dialog).to_contain_text("Van Politie staan al antwoorden in de sessie")
    assert axe_violations(page) == [], describe(axe_violations(page))
    expect(dialog.locator("input[value='behoud']")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # samen
    expect(dialog.locator("input[value='samen']")).to_be_checked()
    dialog.locator("button[value='ok']").focus()
    page.keyboard.press("Enter")
    wait_count(page, "opens", 1)
    status = page.locator("[data-dropzone] .kb-file-message")
    expect(status.locator("li")).to_have_text([
        f"{files[0].name}: de antwoorden van Politie zijn toegevoegd (7 antwoorden bij 5 vragen).",
        f"{files[1].name}: de antwoorden van Jongerenwerk zijn toegevoegd (6 antwoorden bij 5 vragen).",
        f"{files[2].name}: de antwoorden van School zijn toegevoegd (5 antwoorden bij 4 vragen).",
        "politie-nogmaals.json: de antwoorden van Politie zijn samengevoegd (1 nieuw antwoord).",
        "andere-sessie.json: Dit antwoordbestand hoort bij een andere sessie (Groep Winkelcentrum 01-12-2026). Het is niet toegevoegd.",
    ])

    # The flip-overs: every answer with its organisation, who did not answer, the suggestions.
    flap = page.locator("#flap-v1")
    expect(flap.locator("th")).to_have_text(["Politie", "Jongerenwerk", "School"])
    expect(flap.locator("tr", has_text="Politie")).to_contain_text("Nieuw: overlast bij het station")
    expect(flap).to_contain_text("Geen antwoord van: Halt.")
    expect(flap.locator("li").filter(has_text="overlast:").first).to_have_text("overlast: Politie, Jongerenwerk")
    expect(page.locator("#flap-v2 li", has_text="messen")).to_have_text("messen: Politie, School")
    expect(page.locator(".kb-view[data-view='ontvangen']")).to_contain_text("Nog niet binnen: Halt.")
    assert axe_violations(page) == [], describe(axe_violations(page))
    SCREENSHOTS.mkdir(exist_ok=True)
    keep_screenshot(page.locator(".kb-view[data-view='flapovers']"), SCREENSHOTS / "circulair-flapovers.png")

    # Presentation mode, by keyboard only: one question per screen (a big screen: no scrolling).
    page.set_viewport_size({"width": 1920, "height": 1600})
    page.locator("button[data-present='flapovers']").focus()
    page.keyboard.press("Enter")
    present = page.locator("dialog.kb-present[open]")
    count = present.locator(".kb-present-count")
    expect(count).to_have_text("Flap-overs: 1 van 5")
    expect(present.locator("h3")).to_have_text("Vraag 1: Wat zijn de drie belangrijkste kenmerken van de groep?")
    assert axe_violations(page) == [], describe(axe_violations(page))
    keep_screenshot(page, SCREENSHOTS / "circulair-presentatie.png")
    for key, expected in [("ArrowRight", 2), ("PageDown", 3), (" ", 4), ("PageUp", 3), ("ArrowLeft", 2),
                          ("End", 5), ("ArrowDown", 5), ("Home", 1), ("ArrowUp", 1)]:
        page.keyboard.press(key)
        expect(count).to_have_text(f"Flap-overs: {expected} van 5")
    page.keyboard.press("End")
    expect(present.locator("h3")).to_contain_text("Vraag 5")
    expect(present).to_contain_text("De voetbaltrainer")
    # On a small screen a long flip-over scrolls first: Page Down shows its end, then the next.
    page.set_viewport_size({"width": 800, "height": 500})
    page.keyboard.press("Home")
    slide = present.locator(".kb-present-slide")
    page.keyboard.press("PageDown")
    expect(count).to_have_text("Flap-overs: 1 van 5")
    # No string waits under the CSP: poll the scroll position.
    for _ in range(50):
        if slide.evaluate("el => el.scrollTop") > 0:
            break
        page.wait_for_timeout(50)
    assert slide.evaluate("el => el.scrollTop") > 0
    for _ in range(20):
        page.keyboard.press("PageDown")
        if count.inner_text() == "Flap-overs: 2 van 5":
            break
    expect(count).to_have_text("Flap-overs: 2 van 5")
    assert slide.evaluate("el => el.scrollTop") == 0
    page.set_viewport_size({"width": 1280, "height": 720})
    page.keyboard.press("Escape")
    expect(page.locator("dialog.kb-present[open]")).to_have_count(0)
    expect(page.locator("button[data-present='flapovers']")).to_be_focused()

    # The room's rode draad, then the integraal beeld.
    page.fill("#f-rode_draden-v1", "Overlast rond het winkelcentrum door een vaste kern")
    page.fill("#f-deelnemers-0", "Politie, wijkagent")
    check_and_wait(page)
    draft = page.locator(".kb-draft-body")
    expect(draft.locator("h2")).to_have_text("Integraal beeld: Groep Winkelcentrum")
    expect(draft).to_contain_text("Rode draad: Overlast rond het winkelcentrum door een vaste kern")
    expect(draft.locator("section", has_text="Vraag 2").locator("p").first).to_have_text(
        "Voor deze vraag is nog geen rode draad vastgesteld.")
    assert axe_violations(page) == [], describe(axe_violations(page))
    with page.expect_download() as dl:
        page.click(".kb-draft-actions button[data-export='integraal-beeld']")
    beeld = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    assert beeld["formulier"] == "integraal-beeld" and beeld["versie"] == 1
    assert beeld["gegevens"]["vragen"][0]["rode_draad"] == "Overlast rond het winkelcentrum door een vaste kern"
    assert beeld["gegevens"]["geen_antwoord"] == ["Halt"]
    more_formats(page)
    with page.expect_download() as md:
        page.click("button[data-action='download-md']")
    assert Path(md.value.path()).read_text(encoding="utf-8").startswith("# Integraal beeld: Groep Winkelcentrum\n")

    # The session file round trip: a fresh page gets everything back, answers included.
    with page.expect_download() as saved:
        page.click(".kb-file button[data-action='download-json']")
    session_file = tmp_path / "sessie.json"
    saved.value.save_as(session_file)
    page.goto(site_url + SESSIE)
    wait_ready(page)
    page.set_input_files("#kb-open", session_file)
    wait_count(page, "opens", 1)
    expect(page.locator("#f-groep")).to_have_value("Groep Winkelcentrum")
    expect(page.locator("#f-rode_draden-v1")).to_have_value("Overlast rond het winkelcentrum door een vaste kern")
    expect(page.locator("input[name='sessie_id']")).to_have_value(session_id)
    expect(page.locator("#flap-v2 tr", has_text="School")).to_contain_text("Ruzies via Snapchat")


def test_questions_move_with_the_keyboard_and_keep_their_fields(page: Page, site_url: str):
    page.goto(site_url + SESSIE)
    wait_ready(page)
    page.fill("#f-rode_draden-v5", "Rode draad bij de laatste vraag")
    ids = page.locator("input[name^='vragen.'][name$='.id']")
    assert [i.input_value() for i in ids.all()] == ["v1", "v2", "v3", "v4", "v5"]
    page.locator("button[aria-label='Vraag 5 omhoog']").focus()
    page.keyboard.press("Enter")
    expect(page.locator("button[aria-label='Vraag 4 omhoog']")).to_be_focused()
    expect(page.locator("#f-vragen-3-tekst")).to_have_value(
        "Wie zijn de belangrijkste sleutelfiguren buiten de groep? Noem een rol, geen naam.")
    expect(page.locator(".kb-announce")).to_have_text("Vraag 5 staat nu op plaats 4.")
    assert page.locator("input[name='vragen.3.id']").input_value() == "v5"
    page.locator(".kb-app[data-refreshes='2']").wait_for()  # the question fields follow the new order
    labels = page.locator(".kb-dynamic[data-dynamic='rode_draden'] label")
    expect(labels.nth(3)).to_have_text("Vraag 4: Wie zijn de belangrijkste sleutelfiguren buiten de groep? Noem een rol, geen naam.")
    expect(page.locator("#f-rode_draden-v5")).to_have_value("Rode draad bij de laatste vraag")
    # A copy is a new question with its own id; removing asks nothing but is announced.
    page.locator("button[aria-label='Dupliceer vraag 1']").click()
    copy_id = page.locator("input[name='vragen.1.id']").input_value()
    assert copy_id not in ("v1", "v2", "v3", "v4", "v5") and len(copy_id) >= 6
    page.locator("button[aria-label='Verwijder vraag 2']").click()
    expect(page.locator(".kb-announce")).to_have_text("Vraag 2 is verwijderd.")
    expect(page.locator("input[name^='vragen.'][name$='.id']")).to_have_count(5)


def test_answers_typed_in_by_the_regisseur_can_be_changed_and_removed(page: Page, site_url: str):
    page.goto(site_url + SESSIE)
    wait_ready(page)
    page.fill("#f-invoer_organisatie", "Wijkteam")
    page.fill("#f-invoer-v2", "Ouders hebben weinig zicht\nGeldzorgen thuis")
    page.click("button[data-actie='invoer-toevoegen']")
    wait_count(page, "actions", 1)
    view = page.locator(".kb-view[data-view='ontvangen']")
    expect(view).to_contain_text("Wijkteam")
    expect(view).to_contain_text("1 van 5 vragen, 2 antwoorden")
    expect(page.locator("#f-invoer-v2")).to_have_value("")
    # Change: back into the typing fields.
    view.locator("button", has_text="Pas de antwoorden van Wijkteam aan").click()
    wait_count(page, "actions", 2)
    expect(page.locator("#f-invoer_organisatie")).to_have_value("Wijkteam")
    expect(page.locator("#f-invoer-v2")).to_have_value("Ouders hebben weinig zicht\nGeldzorgen thuis")
    page.click("button[data-actie='invoer-toevoegen']")
    wait_count(page, "actions", 3)
    # Remove: asks first; 'Annuleer' keeps them.
    view.locator("button", has_text="Haal de antwoorden van Wijkteam weg").click()
    dialog = page.locator("dialog.kb-dialog[open]")
    expect(dialog).to_contain_text("Wilt u de antwoorden van Wijkteam uit de sessie halen?")
    dialog.locator("button[value='cancel']").click()
    expect(view).to_contain_text("Wijkteam")
    view.locator("button", has_text="Haal de antwoorden van Wijkteam weg").click()
    dialog.locator("input[value='ja']").check()
    dialog.locator("button[value='ok']").click()
    wait_count(page, "actions", 5)
    expect(view).to_contain_text("Er zijn nog geen antwoorden.")


def test_the_partner_page_refuses_what_is_not_a_question_file(page: Page, site_url: str, tmp_path: Path):
    page.goto(site_url + PARTNER)
    wait_ready(page)
    wrong = tmp_path / "verslag.json"
    wrong.write_text('{"formulier": "gespreksverslag", "versie": 1, "gegevens": {}}', encoding="utf-8")
    page.set_input_files("#f-sessie", wrong)
    wait_count(page, "opens", 1)
    expect(page.locator("[data-dropzone] .kb-file-message")).to_contain_text(
        "Dit bestand hoort bij het formulier 'Gespreksverslag preventief gesprek'.")
    expect(page.locator("[data-dropzone] .kb-file-message")).to_contain_text("Uw formulier is niet veranderd.")
    expect(page.locator(".kb-dynamic[data-dynamic='antwoorden']")).to_contain_text("Open eerst het vragenbestand")
    page.emulate_media(color_scheme="dark")
    assert axe_violations(page) == [], describe(axe_violations(page))


def test_hostile_answers_are_shown_literally_everywhere(page: Page, site_url: str):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site_url + SESSIE)
    wait_ready(page)
    page.fill("#f-groep", "<b>Groep</b> {{ 7*7 }}")
    page.fill("#f-organisaties-0", "Politie")
    hostile = "<img src=x onerror=alert(1)> {{ 7*7 }} {% raw %} [link](https://example.org) =HYPERLINK(\"x\") 👍🏽"
    page.fill("#f-invoer_organisatie", "<script>alert(2)</script>")
    page.fill("#f-invoer-v1", hostile)
    page.click("button[data-actie='invoer-toevoegen']")
    wait_count(page, "actions", 1)
    flap = page.locator("#flap-v1")
    expect(flap.locator("th")).to_have_text(["<script>alert(2)</script>"])
    expect(flap.locator("td")).to_have_text([hostile])
    page.fill("#f-rode_draden-v1", hostile)
    check_and_wait(page)
    draft = page.locator(".kb-draft-body")
    expect(draft.locator("h2")).to_have_text("Integraal beeld: <b>Groep</b> {{ 7*7 }}")
    expect(draft).to_contain_text(f"Rode draad: {hostile}")
    assert page.locator(".kb-app img, .kb-app script, .kb-view b, .kb-draft-body b").count() == 0
    assert "49" not in draft.inner_text()
    assert dialogs == []
