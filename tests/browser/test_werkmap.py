"""The werkmap page (docs/formulieren/werkmap.md): one page, one worker, several forms. From empty
by keyboard alone; partners' answers files dropped in; beeld and matrix into the plan; the due
list; save and reopen without loss; save in place through the File System Access API and the
download elsewhere; the retention date; axe in every state, light and dark.

Save in place: headless Chromium has showSaveFilePicker, but a test cannot answer the picker's
dialog. An init script puts a stand-in in its place that returns a real FileSystemFileHandle from
the origin-private file system (navigator.storage.getDirectory()): the page's own code then
writes through handle.createWritable() exactly as with a file the user picked, and the test reads
the file back from that same private file system."""
from __future__ import annotations

import json
import re
from copy import deepcopy
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from formlogic import FORMS
from formlogic.document import dumps, to_document
from tests.browser.helpers import axe_violations, describe, tab_to
from tests.unit.circulair_case import antwoordbestand, sessie
from tests.unit.matrix_case import VOORBEELD as MATRIX

PAGE = "formulieren/werkmap/"
W = FORMS["werkmap"]
HOST = ".kb-host"

# A stand-in for the pickers: real handles from the origin-private file system; counts its calls.
PICKERS = """
window.kbPickerCalls = 0;
window.showSaveFilePicker = async (options = {}) => {
  window.kbPickerCalls += 1;
  const dir = await navigator.storage.getDirectory();
  return dir.getFileHandle(window.kbSaveAs || options.suggestedName || "werkmap.json", { create: true });
};
window.showOpenFilePicker = async () => {
  const dir = await navigator.storage.getDirectory();
  return [await dir.getFileHandle("bestaande-werkmap.json")];
};
"""
NO_PICKERS = """
Object.defineProperty(window, "showSaveFilePicker", { value: undefined });
Object.defineProperty(window, "showOpenFilePicker", { value: undefined });
"""
READ_OPFS = "async name => await (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text()"


def nl(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def doc(key: str, data: dict) -> dict:
    return to_document(FORMS[key], deepcopy(data))


def werkmap_file(tmp_path: Path, name: str = "werkmap.json", **data) -> Path:
    path = tmp_path / name
    path.write_text(dumps(to_document(W, {"groep": "Groep Winkelcentrum", "gemeente": "Testwijk", **data})),
                    encoding="utf-8")
    return path


# Python's answers wait behind the first requests of a page that just started: on a loaded machine
# (tests run beside others) an answer can take seconds, so waits on them are long.
def open_page(page: Page, site_url: str, script: str = NO_PICKERS) -> None:
    page.add_init_script(script)
    page.goto(site_url + PAGE)
    page.locator(f"{HOST}[data-host-wired='true'] .kb-app[data-ready='true']").wait_for(timeout=90_000)


def switches(page: Page) -> int:
    return int(page.locator(HOST).get_attribute("data-switches") or 0)


def wait_switch(page: Page, before: int) -> None:
    expect(page.locator(HOST)).to_have_attribute("data-switches", str(before + 1), timeout=30_000)


def open_file(page: Page, path: Path) -> None:
    """'Open een werkmap' where the browser has no picker: the page's own file input."""
    page.locator("input.kb-host-open").set_input_files(str(path))
    expect(page.locator(".kb-host-message")).to_contain_text(f"De werkmap {path.name} is geopend.", timeout=30_000)


def show(page: Page, label: str) -> None:
    before = switches(page)
    page.locator(".kb-host-nav button", has_text=label).first.click()
    wait_switch(page, before)


def stage_form(page: Page) -> str:
    return page.locator(".kb-host-stage > .kb-app").get_attribute("data-formulier")


def saved_download(page: Page) -> dict:
    with page.expect_download() as dl:
        page.click("button[data-host-action='save']")
    return json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))


def python_workers(page: Page) -> int:
    return sum("pyodide-worker" in w.url for w in page.workers)


def no_violations(page: Page, state: str) -> None:
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert (v := axe_violations(page)) == [], f"{state}, {scheme}: {describe(v)}"
    page.emulate_media(color_scheme="light")


def test_a_werkmap_from_empty_by_keyboard_only(page: Page, site_url: str):
    open_page(page, site_url, PICKERS)
    page.locator("#f-groep").focus()  # the first field of the overview; from here only keys
    page.keyboard.type("Groep Sporthal")
    page.keyboard.press("Tab")
    page.keyboard.type("Holtewaard")
    tab_to(page, "#f-leden-0-code", limit=6)
    page.keyboard.type("J1")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # position: the select's first choice
    tab_to(page, "#f-start", limit=20)
    page.keyboard.type(nl(date.today() - timedelta(days=30)))
    tab_to(page, ".kb-view[data-view='documenten'] button[data-arg='interventiematrix']", limit=120)
    before = switches(page)
    page.keyboard.press("Enter")
    wait_switch(page, before)
    expect(page.locator(".kb-host-title")).to_be_focused()  # the new document, announced by its heading
    assert stage_form(page) == "interventiematrix"
    expect(page.locator("#f-groep")).to_have_value("Groep Sporthal")  # filled from the werkmap
    expect(page.locator("#f-leden-0-code")).to_have_value("J1")
    tab_to(page, "#f-acties-0-wat", limit=60)
    page.keyboard.type("Gesprek met de ouders van J1")
    tab_to(page, ".kb-host-nav button[data-arg='']", limit=60, back=True)
    before = switches(page)
    page.keyboard.press("Enter")
    wait_switch(page, before)
    expect(page.locator(".kb-view[data-view='documenten']")).to_contain_text("Interventiematrix (Groep Sporthal")
    tab_to(page, "button[data-host-action='save']", limit=40, back=True)
    page.keyboard.press("Enter")
    expect(page.locator(".kb-host-message")).to_contain_text("De werkmap is opgeslagen in")
    saved = json.loads(page.evaluate(READ_OPFS, page.evaluate("window.kbLastSaved || 'werkmap-groep-sporthal-' "
                                                               "+ new Date().toISOString().slice(0, 10) + '.json'")))
    assert saved["formulier"] == "werkmap" and saved["gegevens"]["gemeente"] == "Holtewaard"
    [matrix] = [e["document"] for e in saved["gegevens"]["documenten"]]
    assert matrix["formulier"] == "interventiematrix" and matrix["versie"] == 1
    assert matrix["gegevens"]["acties"][0]["wat"] == "Gesprek met de ouders van J1"
    assert python_workers(page) == 1  # one page, one worker


def test_a_circulair_session_takes_three_answers_files_dropped_on_the_werkmap(page: Page, site_url: str, tmp_path: Path):
    open_page(page, site_url)
    open_file(page, werkmap_file(tmp_path, documenten=[{"id": "d1", "document": doc("circulair-vragen", sessie())}]))
    files = []
    for org in ("Politie", "Jongerenwerk", "School"):
        files.append(tmp_path / f"antwoorden-{org.lower()}.json")
        files[-1].write_text(antwoordbestand(org), encoding="utf-8")
    page.locator(".kb-view[data-view='documenten']").scroll_into_view_if_needed()
    page.locator("[data-dropzone] input[type='file']").set_input_files([str(f) for f in files])
    expect(page.locator("[data-dropzone] .kb-file-message")).to_contain_text("antwoorden-school.json")
    expect(page.locator(HOST)).to_have_attribute("data-unsaved", "true")
    show(page, "Circulair vragen")
    assert stage_form(page) == "circulair-vragen"
    received = page.locator(".kb-view[data-view='ontvangen']")
    for org in ("Politie", "Jongerenwerk", "School"):
        expect(received).to_contain_text(org)
    # and the same answers file again asks the session's own question, in the session's words
    show(page, "Overzicht")
    page.locator("[data-dropzone] input[type='file']").set_input_files(str(files[0]))
    expect(page.locator("dialog.kb-dialog")).to_be_visible()
    page.keyboard.press("Escape")


def test_the_plan_takes_beeld_and_matrix_inside_the_werkmap(page: Page, site_url: str, tmp_path: Path):
    open_page(page, site_url)
    session = sessie(antwoorden=[], rode_draden={"v1": "Een vaste kern zorgt 's avonds voor overlast."})
    open_file(page, werkmap_file(tmp_path, documenten=[{"id": "d1", "document": doc("circulair-vragen", session)},
                                                       {"id": "d2", "document": doc("interventiematrix", MATRIX)}]))
    before = switches(page)
    page.click(".kb-view[data-view='documenten'] button[data-arg='plan-van-aanpak']")
    wait_switch(page, before)
    assert stage_form(page) == "plan-van-aanpak"
    taken = page.locator(".kb-view[data-view='overgenomen']")
    expect(taken).to_contain_text("Integraal beeld uit Circulair vragen")
    expect(taken).to_contain_text(f"{len(MATRIX['acties'])} acties.")
    expect(page.locator("#f-duiding")).to_have_value("Wat zijn de drie belangrijkste kenmerken van de groep? "
                                                     "Een vaste kern zorgt 's avonds voor overlast.")
    expect(page.locator("#f-spoor_persoon")).to_have_value(re.compile("Stage bij de voetbalclub"))


def test_the_due_list_shows_an_unconfirmed_afspraak_with_its_date_and_an_overdue_action(page: Page, site_url: str,
                                                                                     tmp_path: Path):
    talk = date.today() - timedelta(days=1)
    verslag = {**FORMS["gespreksverslag"].example, "initialen": "J3", "gespreksdatum": nl(talk), "tweede_gesprek": ""}
    late = deepcopy(MATRIX)
    late["acties"][2]["eind"] = nl(date.today() - timedelta(days=2))  # 'Stage bij de voetbalclub', gepland
    open_page(page, site_url)
    open_file(page, werkmap_file(tmp_path, volgend_overleg=nl(date.today()), documenten=[
        {"id": "d1", "document": doc("gespreksverslag", verslag)}, {"id": "d2", "document": doc("interventiematrix", late)}]))
    due = page.locator(".kb-view[data-view='te-doen']")
    from formlogic.dutch import lange_datum

    expect(due).to_contain_text(f"Bevestig de afspraken met J3 (gesprek van {lange_datum(talk)}) uiterlijk "
                                f"{lange_datum(talk + timedelta(days=3), met_dag=True)}.")
    expect(due).to_contain_text("over de einddatum en niet uitgevoerd")
    expect(due).to_contain_text(f"Actie 3, Stage bij de voetbalclub (jongerenwerk en school): klaar op "
                                f"{lange_datum(date.today() - timedelta(days=2))}.")
    # its button makes the bevestiging from that gespreksverslag, and the item goes
    before = switches(page)
    due.locator("button", has_text="Maak de bevestiging voor J3").click()
    wait_switch(page, before)
    assert stage_form(page) == "bevestiging-afspraken"
    expect(page.locator("#f-jongere")).to_have_value("J3")
    show(page, "Overzicht")
    expect(due).not_to_contain_text("Bevestig de afspraken met J3")


def test_save_and_reopen_give_everything_back_exactly(page: Page, site_url: str, tmp_path: Path):
    open_page(page, site_url)
    page.on("dialog", lambda d: d.accept())
    page.click("button[data-action='example']")
    expect(page.locator(".kb-host-nav button")).to_have_count(7, timeout=30_000)
    show(page, "Interventiematrix")
    page.fill("#f-acties-1-monitoring", "Elke maand in het overleg")
    show(page, "Overzicht")
    first = saved_download(page)
    assert first["gegevens"]["documenten"][2]["document"]["gegevens"]["acties"][1]["monitoring"] == \
        "Elke maand in het overleg"
    path = tmp_path / "terug.json"
    path.write_text(json.dumps(first), encoding="utf-8")
    page.click("button[data-host-action='new']")
    expect(page.locator(".kb-host-nav button")).to_have_count(1, timeout=30_000)
    open_file(page, path)
    again = saved_download(page)
    assert again["gegevens"] == first["gegevens"]  # every basic and every document, exactly
    expect(page.locator(".kb-host-file-name")).to_contain_text("Gedownload als")


def test_opslaan_writes_back_into_the_opened_file_and_opslaan_als_makes_a_new_one(page: Page, site_url: str,
                                                                                  tmp_path: Path):
    open_page(page, site_url, PICKERS)
    start = dumps(to_document(W, {"groep": "Groep Bushokje", "gemeente": "Holtewaard"}))
    page.evaluate("""async text => {
        const handle = await (await navigator.storage.getDirectory()).getFileHandle("bestaande-werkmap.json", {create: true});
        const w = await handle.createWritable(); await w.write(text); await w.close();
    }""", start)
    page.click("button[data-host-action='open']")
    expect(page.locator(".kb-host-message")).to_contain_text("De werkmap bestaande-werkmap.json is geopend.", timeout=30_000)
    expect(page.locator("#f-groep")).to_have_value("Groep Bushokje", timeout=30_000)
    page.fill("#f-stuurt", "De driehoek")
    expect(page.locator(HOST)).to_have_attribute("data-unsaved", "true")
    page.click("button[data-host-action='save']")
    expect(page.locator(".kb-host-message")).to_have_text("De werkmap is opgeslagen in bestaande-werkmap.json.", timeout=30_000)
    assert page.evaluate("window.kbPickerCalls") == 0  # no picker: the file it was opened from
    assert json.loads(page.evaluate(READ_OPFS, "bestaande-werkmap.json"))["gegevens"]["stuurt"] == "De driehoek"
    expect(page.locator(HOST)).to_have_attribute("data-unsaved", "false")
    page.evaluate("window.kbSaveAs = 'kopie.json'")
    page.click("button[data-host-action='save-as']")
    expect(page.locator(".kb-host-message")).to_have_text("De werkmap is opgeslagen in kopie.json.", timeout=30_000)
    assert page.evaluate("window.kbPickerCalls") == 1
    page.fill("#f-gemeente", "Vennebrug")
    page.click("button[data-host-action='save']")  # now into the new file, not the first
    expect(page.locator(".kb-host-message")).to_have_text("De werkmap is opgeslagen in kopie.json.", timeout=30_000)
    expect(page.locator(HOST)).to_have_attribute("data-saves", "3", timeout=30_000)
    assert json.loads(page.evaluate(READ_OPFS, "kopie.json"))["gegevens"]["gemeente"] == "Vennebrug"
    assert json.loads(page.evaluate(READ_OPFS, "bestaande-werkmap.json"))["gegevens"]["gemeente"] == "Holtewaard"


def test_unsaved_work_is_guarded(page: Page, site_url: str):
    open_page(page, site_url)
    page.fill("#f-groep", "Groep Sporthal")
    asked = []
    page.on("dialog", lambda d: (asked.append(d.message), d.dismiss()))
    page.click("button[data-host-action='new']")
    expect(page.locator("#f-groep")).to_have_value("Groep Sporthal")  # said no: nothing lost
    assert asked and "nog niet zijn opgeslagen" in asked[0]


def test_autosave_keeps_the_werkmap_with_the_open_document_and_the_retention_date_wipes_it(page: Page, site_url: str,
                                                                                          tmp_path: Path):
    open_page(page, site_url)
    past = nl(date.today() - timedelta(days=1))
    open_file(page, werkmap_file(tmp_path, afgeschaald=nl(date.today() - timedelta(days=400)), bewaren_tot=past,
                                 geevalueerd=nl(date.today() - timedelta(days=390)),
                                 documenten=[{"id": "d1", "document": doc("interventiematrix", MATRIX)}]))
    page.check("#kb-host-autosave")
    show(page, "Interventiematrix")
    page.fill("#f-peildatum", "01-02-2027")  # typed in the document, not yet put back: kept all the same
    page.wait_for_timeout(1200)
    page.reload()
    page.locator(f"{HOST}[data-host-wired='true'] .kb-app[data-ready='true']").wait_for(timeout=90_000)
    expect(page.locator("#kb-host-autosave")).to_be_checked()
    show(page, "Interventiematrix")
    expect(page.locator("#f-peildatum")).to_have_value("01-02-2027")
    show(page, "Overzicht")
    destroy = page.locator(".kb-host-destroy")
    expect(destroy).to_be_visible()
    expect(destroy).to_contain_text("De afgesproken bewaartermijn is voorbij sinds")
    no_violations(page, "retention passed")
    page.on("dialog", lambda d: d.accept())
    destroy.locator("button").click()
    expect(page.locator(".kb-host-message")).to_contain_text("De werkmap is uit deze browser gewist.")
    assert page.evaluate("localStorage.getItem('jeugdgroepen-kennisbank:autosave:werkmap')") is None
    expect(page.locator("#f-groep")).to_have_value("")
    expect(page.locator(".kb-host-nav button")).to_have_count(1, timeout=30_000)


def test_switching_documents_keeps_one_python_and_every_state_passes_axe(page: Page, site_url: str):
    open_page(page, site_url)
    no_violations(page, "empty werkmap")
    page.click("button[data-action='example']")
    expect(page.locator(".kb-host-nav button")).to_have_count(7, timeout=30_000)
    no_violations(page, "example, overview")
    for label in ("Circulair vragen", "Concept plan van aanpak", "Interventiematrix", "Gespreksverslag preventief gesprek (J3",
                  "Bevestiging van afspraken", "Overzicht"):
        show(page, label)
        expect(page.locator(".kb-host-title")).to_contain_text(label.split(" (")[0])
        no_violations(page, f"showing {label}")
    page.click("button.kb-check")
    expect(page.locator(".kb-draft")).to_be_visible()
    expect(page.locator(".kb-draft-body")).to_contain_text("Dossieroverzicht: Groep Marktplein")
    no_violations(page, "dossieroverzicht")
    assert python_workers(page) == 1
    assert page.locator(".kb-app[data-restarts]").count() == 0  # Python never restarted
