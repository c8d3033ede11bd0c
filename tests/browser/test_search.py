"""Material's search works offline, in Dutch, from the site's own index.

Material appends a wildcard to the word being typed and leaves lunr's stemmer out on purpose
(with it, whole words stop matching: tried, "gesprekken" then found nothing). So a shorter
form finds its longer inflections ("groepsscan" finds "groepsscans"), not the other way round.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.helpers import search_finds


@pytest.mark.parametrize("query, expected_title", [
    ("huisbezoeken", "Aanschrijfactie"),
    ("jeugdboa", "Jeugdboa"),            # finds "jeugdboa's" too
    ("procesregisseur", "Praktijkverhalen"),
    ("bijzondere persoonsgegevens", "Privacy en gegevensdeling"),
])
def test_search_finds_dutch_words(page: Page, site_url: str, query: str, expected_title: str):
    page.goto(site_url)
    page.locator(".md-search__input").click()
    search_finds(page, query, expected_title)
