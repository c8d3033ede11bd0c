"""Finding the way (issue 21): the search finds the answer to a situation and explains a role
before a form asks for it; its Dutch reads right; breadcrumbs lead back up from a deep page;
the Dutch 404 page works at any depth of unknown address under the base path.

The query goes into the search field in one go, then one key is released (the theme searches
on keyup): the results on screen belong to the whole query, not to a half-typed word.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from macros.kennisbank import load_kruisverwijzingen
from tests.browser.helpers import axe_violations, describe
from macros.situaties import load_situaties
from macros.welke_stap import load_situaties as load_oefening

ROOT = Path(__file__).resolve().parents[2]
KV = load_kruisverwijzingen(ROOT / "data" / "kruisverwijzingen.yml")
OEFENING = {s.id: s for s in load_oefening(ROOT / "data" / "welke-stap.yml")}
SITUATIES = load_situaties(ROOT / "data" / "situaties.yml", KV, OEFENING).situaties
RESULTS = ".md-search-result__list > li"
EXPLANATION = re.compile(r"/jeugdgroepen/(methodieken|stappen|rollen|begrippen|wat-doe-ik-als|privacy-en-gegevensdeling)/")


def search(page: Page, site_url: str | None, query: str) -> None:
    if site_url:
        page.goto(site_url)
        page.locator(".md-search__input").click()
    field = page.locator(".md-search__input")
    field.fill(query)
    field.press("End")  # a keyup with the whole query in the field


@pytest.mark.parametrize("situatie", SITUATIES, ids=[s.id for s in SITUATIES])
def test_a_situations_key_words_put_its_answer_in_the_top_three(page: Page, site_url: str, situatie):
    search(page, site_url, situatie.zoekwoorden)
    # The answer itself, not folded away under "Nog # treffers", in one of the first three results.
    answer = page.locator(f"{RESULTS}:nth-child(-n+3) > a[href*='/wat-doe-ik-als/'][href$='#{situatie.id}']")
    expect(answer).to_have_count(1)
    expect(answer).to_contain_text(situatie.vraag)


@pytest.mark.parametrize(("query", "situatie"), [
    ("wat doe ik als een jongere niet komt opdagen", "jongere-komt-niet"),  # the issue's own sentence
    ("Wat moet ik doen als ouders een huisbezoek weigeren?", "ouders-weigeren-huisbezoek"),
    ("wat te doen als de groep weer rustig is", "groep-is-rustig"),
])
def test_a_situation_asked_as_a_question_shows_its_answer_unfolded(page: Page, site_url: str, query: str,
                                                                   situatie: str):
    # The frame "wat doe ik als" is not searched for (hooks/stopwoorden.py): its "doe" matched the
    # page title "Wat doe ik als…" so strongly that the answer itself was folded away.
    search(page, site_url, query)
    answer = page.locator(f"{RESULTS}:nth-child(-n+3) > a[href*='/wat-doe-ik-als/'][href$='#{situatie}']")
    expect(answer).to_have_count(1)


def test_a_role_word_finds_an_explanation_before_a_form(page: Page, site_url: str):
    search(page, site_url, "jongerenwerker")
    first = page.locator(RESULTS).first.locator("> a").first
    expect(first).to_have_attribute("href", EXPLANATION)


def test_the_search_speaks_dutch(page: Page, site_url: str):
    search(page, site_url, "wat doe ik als een jongere niet komt opdagen")
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"^\d+ pagina's gevonden$"))
    missing = page.locator(".md-search-result__terms").first
    expect(missing).to_contain_text("Niet gevonden:")
    assert "line-through" not in missing.locator("del").first.evaluate("e => getComputedStyle(e).textDecorationLine")
    # Stop words are not in the index: no result lacks them (hooks/stopwoorden.py), so the answer
    # page, which has every other word, shows no "Niet gevonden" line at all.
    first = page.locator(RESULTS).first.locator("> a").first
    expect(first).to_have_attribute("href", re.compile(r"/wat-doe-ik-als/"))
    expect(first.locator(".md-search-result__terms")).to_have_count(0)
    listed = {w.strip().lower() for w in page.locator(".md-search-result__terms del").all_inner_texts()}
    assert listed and not listed & {"wat", "ik", "als", "een", "niet"}, listed
    search(page, None, "zzzqqq")
    expect(page.locator(".md-search-result__meta")).to_have_text("Niets gevonden")


def test_breadcrumbs_lead_back_up_from_a_deep_page(page: Page, site_url: str):
    page.goto(site_url + "training/oefencasussen/skatebaan/")
    crumbs = page.locator("nav.md-path[aria-label='Kruimelpad'] a")
    expect(crumbs).to_have_text(["Home", "Training", "Oefencasussen"])
    crumbs.nth(1).click()
    expect(page).to_have_url(site_url + "training/")
    page.goto(site_url + "stappen/stap-3-integraal-beeld/")
    expect(page.locator("nav.md-path a")).to_have_text(["Home", "7-stappenmodel"])


@pytest.mark.parametrize("path", ["weg", "stappen/stap-9/", "a/b/c/d/"])
def test_the_404_page_works_at_any_depth_under_the_base(page: Page, site_url: str, path: str):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    response = page.goto(site_url + path)
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Deze pagina bestaat niet")
    expect(page.locator(".kb-present-toggle")).to_be_hidden()  # nothing to show on a projector
    # The theme's style sheets came from the site's root, whatever the depth of the address.
    sheets = page.evaluate("[...document.styleSheets].map(s => s.href).filter(Boolean)")
    assert sheets and all(s.startswith(site_url + "assets/") for s in sheets)
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    # The button opens the search, which finds pages under the root.
    page.locator("label.md-button[for='__search']").focus()
    page.keyboard.press("Enter")
    page.keyboard.type("groepsscan")
    expect(page.locator(f"{RESULTS} > a[href^='{site_url}methodieken/groepsscan/']")).not_to_have_count(0)
    page.keyboard.press("Escape")
    with page.expect_navigation():
        page.locator(".kb-404-links a", has_text="Wat doe ik als").click()
    assert page.url == site_url + "wat-doe-ik-als/"
    assert errors == []


def test_the_404_page_has_no_axe_violations(page: Page, site_url: str):
    page.goto(site_url + "x/y/")
    page.wait_for_load_state("networkidle")
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert (v := axe_violations(page)) == [], f"{scheme}: {describe(v)}"


def test_the_report_link_under_a_page_and_in_the_footer_explains_whom_to_ask(page: Page, site_url: str):
    page.goto(site_url + "methodieken/plus-min-mee/")
    line = page.locator("aside.kb-paginadatum")
    expect(line).to_contain_text("Laatst gewijzigd:")
    expect(line).to_contain_text("Gecontroleerd aan de bronnen:")
    # Runs of text, not the theme's inline-flex with gaps ("4 december 2026 ." with a space).
    assert line.locator(".kb-gewijzigd").evaluate("e => getComputedStyle(e).display") not in ("flex", "inline-flex")
    assert re.search(r"Laatst gewijzigd: \d{1,2} [a-z]+ \d{4}\.", line.inner_text())
    expect(page.locator(".md-footer .kb-footer-versie").first).to_contain_text("werkproces van 2016")
    links = page.locator("a.kb-melden")
    expect(links).to_have_count(2)  # under the page and in the footer
    links.first.click()
    expect(page).to_have_url(site_url + "over/melden/")
    expect(page.locator("h1")).to_have_text(re.compile(r"^Meld een fout of stel een vraag"))
    page.locator(".md-footer a.kb-melden").click()
    expect(page).to_have_url(site_url + "over/melden/")
