"""For trainers, in a real browser: the "Welke stap?" exercise by keyboard only, presenting
mode on and off, the one-page handouts and the printable handbook; axe-core finds nothing in
any of their states, light or dark."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import wait_ready
from tests.browser.helpers import axe_violations, describe, keep_screenshot, tab_to

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"
WELKE_STAP = "training/welke-stap/"
HANDOUTS = ["training/handout-7-stappen/", "training/handout-plus-min-mee/", "training/handout-privacy-per-stap/"]
TRAINING_PAGES = ["training/", "training/handleiding/", "training/oefencasussen/", "training/oefencasussen/plein/",
                  WELKE_STAP, *HANDOUTS]
# Presenting mode works on any page: a sample of the other kinds (test_every_page has them all
# with it off). The step overview is in test_presenting_mode_on_and_off.
OTHER_PAGES = ["", "stappen/stap-3-integraal-beeld/", "praktijk/hilversum/", "methodieken/interventiematrix/",
               "privacy-en-gegevensdeling/", "formulieren/circulair-vragen/", "begrippen/"]
PRESENTING_KEY = "jeugdgroepen-kennisbank:presenteren"


def no_axe_violations(page: Page, state: str) -> None:
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert (v := axe_violations(page)) == [], f"{state}, {scheme}: {describe(v)}"
    page.emulate_media(color_scheme="light")


def open_exercise(page: Page, site_url: str) -> None:
    page.goto(site_url + WELKE_STAP)
    page.locator(".kb-ws-check").first.wait_for()  # visible once the script runs


def storage(page: Page) -> dict:
    return page.evaluate("() => ({local: {...localStorage}, session: {...sessionStorage}})")


@pytest.fixture
def results() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


# -- "Welke stap?" ------------------------------------------------------------------------------

def test_welke_stap_by_keyboard_only_with_announced_feedback_and_nothing_kept(page: Page, site_url: str, results: Path):
    open_exercise(page, site_url)
    page.wait_for_load_state("networkidle")
    before = storage(page)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))

    first = page.locator("#situatie-1")
    tab_to(page, "#situatie-1 [data-vraag='stap'] input >> nth=0", limit=200)
    page.keyboard.press("ArrowDown")  # to step 2 ...
    page.keyboard.press("ArrowUp")  # ... and back: step 1 is chosen
    expect(first.locator("input[name='ws-speeltuin-stap'][value='1']")).to_be_checked()
    page.keyboard.press("Tab")  # into the methods
    page.keyboard.press("Space")
    expect(first.locator("input[value='methodieken/jeugdboas.md']")).to_be_checked()
    page.keyboard.press("Tab")
    expect(first.locator(".kb-ws-check")).to_be_focused()
    page.keyboard.press("Enter")
    feedback = first.locator(".kb-ws-feedback")
    assert feedback.get_attribute("aria-live") == "polite" and feedback.get_attribute("role") == "status"
    expect(feedback).to_contain_text("Goed: Stap 1: Signalen delen.")
    expect(feedback).to_contain_text("Werkvorm: goed, Jeugdboa's.")
    expect(feedback.get_by_role("link", name="Lees meer over stap 1")).to_have_attribute("href", "../../stappen/stap-1-signalen-delen/")

    second = page.locator("#situatie-2")
    tab_to(page, "#situatie-2 [data-vraag='stap'] input >> nth=0", limit=8)
    for _ in range(3):
        page.keyboard.press("ArrowDown")  # step 4: wrong
    page.keyboard.press("Tab")
    expect(second.locator(".kb-ws-check")).to_be_focused()
    page.keyboard.press("Space")
    expect(second.locator(".kb-ws-feedback")).to_contain_text("Nog niet. U koos stap 4: Adviseren en prioriteren. "
                                                              "Deze situatie hoort bij stap 1: Signalen delen.")
    expect(page.locator(".kb-ws-score")).to_contain_text("U heeft 1 van de 12 situaties goed.")
    keep_screenshot(page, results / "welke-stap-feedback.png")

    # A new choice clears the old verdict, so nobody reads a stale one.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("ArrowUp")
    expect(second.locator(".kb-ws-feedback")).to_be_empty()

    tab_to(page, ".kb-ws-opnieuw", limit=300)
    page.keyboard.press("Enter")
    expect(page.locator("#situatie-1 input[value='1']")).not_to_be_checked()
    expect(first.locator(".kb-ws-feedback")).to_be_empty()
    expect(page.locator(".kb-ws-eind")).to_be_hidden()
    expect(page.locator("#situatie-1 [data-vraag='stap'] input >> nth=0")).to_be_focused()

    assert storage(page) == before  # no score, no answer kept
    assert requests == []  # and nothing sent


def test_welke_stap_without_script_still_shows_each_answer(browser, browser_context_args, site_url: str):
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + WELKE_STAP)
        expect(page.locator(".kb-ws-check").first).to_be_hidden()  # nothing that would not work
        item = page.locator("#situatie-3")
        item.locator("summary").click()
        expect(item.locator(".kb-ws-antwoord")).to_contain_text("Stap 2: Informatie verzamelen.")
    finally:
        context.close()


def test_welke_stap_states_have_no_axe_violations(page: Page, site_url: str):
    open_exercise(page, site_url)
    no_axe_violations(page, "leeg")
    page.check("#situatie-1 input[value='1']")
    page.click("#situatie-1 .kb-ws-check")
    page.check("#situatie-2 input[value='5']")
    page.click("#situatie-2 .kb-ws-check")
    page.click("#situatie-4 .kb-ws-check")  # nothing chosen
    expect(page.locator("#situatie-4 .kb-ws-feedback")).to_contain_text("U koos nog geen stap.")
    page.check("#situatie-6 input[value='5']")  # also right: the plan works with the same map
    page.click("#situatie-6 .kb-ws-check")
    expect(page.locator("#situatie-6 .kb-ws-feedback")).to_contain_text(
        "Ook goed: Stap 5: Plan van aanpak. De situatie hoort vooral bij stap 3: Integraal beeld.")
    page.locator("#situatie-3 summary").click()
    no_axe_violations(page, "na controle")
    page.keyboard.press("Alt+Shift+B")
    expect(page.locator("html.kb-presenting")).to_have_count(1)
    no_axe_violations(page, "presenteren")


# -- presenting mode -------------------------------------------------------------------------

def test_presenting_mode_on_and_off(page: Page, site_url: str, results: Path):
    page.set_viewport_size({"width": 1280, "height": 720})  # a common projector
    page.goto(site_url + "stappen/")
    toggle = page.locator("button.kb-present-toggle")
    expect(toggle).to_have_text("Presenteren")
    assert toggle.get_attribute("aria-keyshortcuts") == "Alt+Shift+B"
    normal = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset p')).fontSize)")
    svg = page.locator("svg.stappenmodel-svg")
    assert svg.get_attribute("viewBox") == "0 0 460 750"

    toggle.focus()
    page.keyboard.press("Enter")
    expect(page.locator("html.kb-presenting")).to_have_count(1)
    expect(toggle).to_have_text("Stop presenteren")
    for hidden in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        expect(page.locator(hidden).first).to_be_hidden()
    big = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset p')).fontSize)")
    assert big >= 1.6 * normal, (normal, big)
    assert page.evaluate(f"sessionStorage.getItem('{PRESENTING_KEY}')") == "aan"

    # The diagram in two columns, the whole of it on one screen, its labels large.
    assert svg.get_attribute("viewBox") == "0 0 920 438"
    svg.scroll_into_view_if_needed()
    box = svg.bounding_box()
    assert box["height"] <= 720 and box["width"] >= 1000, box
    label = page.evaluate("""() => Math.min(...[...document.querySelectorAll('.stappenmodel-svg .sm-stap text')]
        .map(t => t.getBoundingClientRect().height))""")
    assert label >= 0.035 * 720, label  # about 1/28 of the screen: readable from the back of a room
    keep_screenshot(page, results / "presenteren-7-stappen.png")
    no_axe_violations(page, "presenteren")

    page.keyboard.press("Escape")
    expect(page.locator("html.kb-presenting")).to_have_count(0)
    expect(page.locator(".md-header")).to_be_visible()
    assert svg.get_attribute("viewBox") == "0 0 460 750"
    assert page.evaluate(f"sessionStorage.getItem('{PRESENTING_KEY}')") is None
    no_axe_violations(page, "gewoon")

    # Switched on, it stays on from page to page (a trainer follows the diagram's links) ...
    page.keyboard.press("Alt+Shift+B")
    expect(page.locator("html.kb-presenting")).to_have_count(1)
    page.locator("svg.stappenmodel-svg a.sm-stap").nth(2).click()
    expect(page).to_have_url(re.compile(r"stappen/stap-3-integraal-beeld/$"))
    expect(page.locator("html.kb-presenting")).to_have_count(1)
    expect(page.locator("button.kb-present-toggle")).to_have_text("Stop presenteren")
    # ... until the user switches it off.
    page.locator("button.kb-present-toggle").click()
    page.reload()
    expect(page.locator("button.kb-present-toggle")).to_have_text("Presenteren")
    expect(page.locator("html.kb-presenting")).to_have_count(0)


# Boxes of what a presenter's room reads, and of whatever stays on screen above it (the exit
# control, anything fixed or sticky): the second may not overlap the first.
OVERLAPS = """() => {
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
        && getComputedStyle(el).opacity !== '0';  // the theme's hidden 'copied' notice waits at opacity 0
    const article = document.querySelector('article.md-content__inner');
    const above = [document.querySelector('.kb-present-toggle'), ...[...document.querySelectorAll('body *')]
        .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position))].filter((el) => el && visible(el));
    const content = [...article.querySelectorAll('h1, h2, h3, p, li, th, td, figure, svg, .admonition, .grid > *')]
        .filter((el) => visible(el) && !above.some((a) => a.contains(el) || el.contains(a)));
    const hits = [];
    for (const a of above) {
        const r = a.getBoundingClientRect();
        for (const el of content) {
            const c = el.getBoundingClientRect();
            if (r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom) {
                hits.push(`${a.className || a.tagName} over ${el.tagName}: ${el.textContent.trim().slice(0, 40)}`);
            }
        }
    }
    return hits;
}"""


@pytest.mark.parametrize("path", ["stappen/stap-3-integraal-beeld/", "stappen/", "formulieren/gespreksverslag/"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280", "1920"])
def test_presenting_grows_tables_and_boxes_with_the_text_and_nothing_covers_content(page: Page, site_url: str,
                                                                                     path: str, size, results: Path):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(site_url + path)
    if path.startswith("formulieren/"):
        wait_ready(page)  # a form as a trainer shows it: filled in front of the room, not still starting
    page.locator("button.kb-present-toggle").wait_for()
    page.keyboard.press("Alt+Shift+B")
    expect(page.locator("html.kb-presenting")).to_have_count(1)
    sizes = page.evaluate("""() => {
        const px = (sel) => [...document.querySelectorAll(sel)].map((el) => parseFloat(getComputedStyle(el).fontSize));
        return {body: px('article > p'), tables: px('article table td, article table th'),
                boxes: px('article .admonition p, article details p')};
    }""")
    body = min(sizes["body"])
    assert body >= 0.018 * size[0], sizes["body"]  # about 23px on 1280 px: readable at the back
    assert min(sizes["tables"] or [body]) >= body and min(sizes["boxes"] or [body]) >= body, sizes
    # The title is as tall as its own text: no hidden line under it (the permalink wrapped there).
    title, text, line = page.evaluate("""() => { const h = document.querySelector('article h1'); const r = document.createRange();
        r.selectNodeContents(h.firstChild);
        return [h.getBoundingClientRect().height, r.getBoundingClientRect().height, parseFloat(getComputedStyle(h).lineHeight)]; }""")
    assert title - text < 0.5 * line, (title, text, line)
    if "stap-3" in path:
        table = page.locator("h2#wie-doet-wat ~ .md-typeset__scrollwrap table, h2#wie-doet-wat ~ table").first
        expect(table).to_contain_text("Uitvoeringscoördinator")
        assert table.evaluate("t => parseFloat(getComputedStyle(t.querySelector('td')).fontSize)") >= body
    height = page.evaluate("document.documentElement.scrollHeight")
    for y in range(0, height, size[1] // 2):
        page.evaluate(f"window.scrollTo(0, {y})")
        assert page.evaluate(OVERLAPS) == [], f"{path} at {y}px"
    page.evaluate("window.scrollTo(0, 0)")
    keep_screenshot(page, results / f"presenteren-{path.strip('/').replace('/', '-')}-{size[0]}.png")


@pytest.mark.parametrize("path", TRAINING_PAGES + OTHER_PAGES)
def test_pages_in_presenting_mode_have_no_axe_violations(page: Page, site_url: str, path: str):
    page.goto(site_url + path)
    page.locator("button.kb-present-toggle").wait_for()
    page.keyboard.press("Alt+Shift+B")
    expect(page.locator("html.kb-presenting")).to_have_count(1)
    no_axe_violations(page, f"{path} presenteren")


def test_trainer_part_is_folded_and_opens_with_the_keyboard(page: Page, site_url: str):
    page.goto(site_url + "training/oefencasussen/skatebaan/")
    details = page.locator("details.note", has_text="Bespreking voor de trainer")
    expect(details).not_to_have_attribute("open", "")
    expect(details.get_by_text("Veelgemaakte fouten")).to_be_hidden()
    details.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(details.get_by_text("Veelgemaakte fouten")).to_be_visible()


# -- print ---------------------------------------------------------------------------------

@pytest.mark.parametrize("path", HANDOUTS)
def test_handout_prints_on_one_a4(page: Page, site_url: str, path: str, results: Path):
    page.goto(site_url + path)
    page.emulate_media(media="print")
    expect(page.locator(".kb-handout")).to_be_visible()
    expect(page.locator(".md-content__inner > p").first).to_be_hidden()  # the screen-only hint
    expect(page.locator(".md-header")).to_be_hidden()
    pdf = page.pdf(format="A4", print_background=True)
    (results / f"{path.strip('/').split('/')[-1]}.pdf").write_bytes(pdf)
    assert pdf_pages(pdf) == 1


def test_handbook_prints_with_cover_and_contents_under_the_policy(page: Page, site_url: str, results: Path):
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(site_url + "handboek/")
    page.wait_for_load_state("networkidle")
    assert problems == []
    toc = page.locator("#print-page-toc a")
    assert toc.count() >= 40  # one link per page and section
    expect(page.locator("#print-site-cover-page")).to_contain_text("Het handboek om te printen")
    expect(page.locator(".kb-app")).to_have_count(0)  # no form, so no Python on this page
    no_axe_violations(page, "handboek")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    (results / "handboek.pdf").write_bytes(pdf)
    assert pdf_pages(pdf) > 100
