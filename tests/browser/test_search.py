"""Material's search works offline, in Dutch, from the site's own index.

Material appends a wildcard to the word being typed and leaves lunr's stemmer out on purpose
(with it, whole words stop matching: tried, "gesprekken" then found nothing). So a shorter
form finds its longer inflections ("groepsscan" finds "groepsscans"), not the other way round.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect


@pytest.mark.parametrize("query, expected_title", [
    ("huisbezoeken", "Aanschrijfactie"),
    ("jeugdboa", "Jeugdboa"),            # finds "jeugdboa's" too
    ("procesregisseur", "Praktijkverhalen"),
    ("bijzondere persoonsgegevens", "Privacy en gegevensdeling"),
])
def test_search_finds_dutch_words(page: Page, site_url: str, query: str, expected_title: str):
    page.goto(site_url)
    box = page.locator(".md-search__input")
    box.click()
    box.press_sequentially(query, delay=10)
    titles = page.locator(".md-search-result__item > .md-search-result__link h1")
    # Results refresh while typing; the assertion retries until the final query's results show.
    expect(titles.filter(has_text=expected_title)).not_to_have_count(0)
