"""Glossary links (issue 8, B1): the first use of a glossary term on a page links to its entry on
the Begrippenlijst. Rules of the linker on small HTML, then the built site."""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest
from sitehtml import ROOT, site_pages

from macros.begrippen import load_begrippen
from macros.begrippen_links import link_terms

BEGRIPPEN = load_begrippen(ROOT / "data" / "begrippen.yml")
ANCHORS = {b.anker for b in BEGRIPPEN}
GLOSSARY = "begrippen/index.html"
HANDBOOK = "handboek/index.html"
LINK = re.compile(r'<a class="kb-begrip" href="([^"]+)" title="([^"]*)">')


def _link(html: str) -> str:
    return link_terms(html, BEGRIPPEN, lambda b: f"../begrippen/#{b.anker}")


def test_only_the_first_use_is_linked_also_at_a_sentence_start():
    out = _link("<p>Driehoek een. De driehoek twee.</p>")
    assert out.count('href="../begrippen/#driehoek"') == 1
    assert out.startswith('<p><a class="kb-begrip" href="../begrippen/#driehoek" title="')
    assert out.endswith(">Driehoek</a> een. De driehoek twee.</p>")


@pytest.mark.parametrize("html", [
    "<h2>De grondslag</h2>", '<a href="x">grondslag</a>', "<code>grondslag</code>",
    '<p class="admonition-title">grondslag</p>', "<label>grondslag</label>", "<summary>grondslag</summary>",
    '<div class="kb-app"><p>grondslag</p></div>', "<button>grondslag</button>",
])
def test_headings_links_code_titles_and_forms_are_left_alone(html: str):
    assert _link(html) == html


def test_a_term_in_a_heading_is_linked_in_the_text_that_follows():
    out = _link("<h2>Grondslag</h2><p>Een grondslag is nodig.</p>")
    assert out.startswith("<h2>Grondslag</h2><p>Een <a class=\"kb-begrip\" href=\"../begrippen/#grondslag\"")


def test_the_longest_term_wins_and_a_part_of_a_word_is_no_term():
    out = _link("<p>Het driehoek-plus overleg en de Halt-medewerker en de driehoeken.</p>")
    assert 'href="../begrippen/#driehoek-plus"' in out
    assert 'href="../begrippen/#driehoek"' not in out  # not inside driehoek-plus nor driehoeken
    assert 'href="../begrippen/#halt"' not in out  # Halt-medewerker is no use of Halt


def test_an_abbreviation_keeps_its_tooltip_inside_the_link():
    out = _link('<p>Het <abbr title="burgemeester en wethouders">B&amp;W</abbr> en weer <abbr title="burgemeester en wethouders">B&amp;W</abbr>.</p>')
    assert out.count("kb-begrip") == 1
    assert '"><abbr title="burgemeester en wethouders">B&amp;W</abbr></a> en weer <abbr' in out


def test_names_match_only_as_written():
    assert "kb-begrip" not in _link("<p>Even halt houden.</p>")  # the word, not the organisation Halt


def test_markup_and_entities_pass_through_unchanged():
    html = '<p>A &amp; B &#233; <!-- x --><img src="a.png" alt=""><br>tekst</p><script>if (a < b) {}</script>'
    assert _link(html) == html


@pytest.fixture(scope="module")
def pages(built_site: Path):
    return {rel: p for rel, p in site_pages(built_site).items() if p.main}


def test_every_glossary_link_points_at_an_entry_and_each_term_once_per_page(pages):
    glossary_ids = pages[GLOSSARY].ids
    linked = 0
    for rel, page in pages.items():
        if rel == HANDBOOK:
            continue  # one long page: its links are anchors inside it (next test)
        html = page.path.read_text(encoding="utf-8")
        seen: list[str] = []
        for href, title in LINK.findall(html):
            target, _, anchor = href.partition("#")
            assert posixpath.normpath(posixpath.join(posixpath.dirname(rel), target)) + "/index.html" == GLOSSARY, (rel, href)
            assert anchor in glossary_ids and anchor in ANCHORS, (rel, href)
            assert title, (rel, href)  # the short explanation shows as a tooltip
            seen.append(anchor)
        assert len(seen) == len(set(seen)), (rel, [a for a in seen if seen.count(a) > 1])
        linked += len(seen)
    assert linked > 200  # the whole site, not one page
    assert not LINK.search(pages[GLOSSARY].path.read_text(encoding="utf-8"))  # not on the list itself


def test_in_the_handbook_a_glossary_link_goes_to_the_term_in_the_handbook(pages):
    page = pages[HANDBOOK]
    hrefs = [href for href, _ in LINK.findall(page.path.read_text(encoding="utf-8"))]
    assert len(hrefs) > 50
    for href in hrefs:
        assert href.startswith("#") and href[1:] in ANCHORS and href[1:] in page.ids, href


@pytest.mark.parametrize("rel, anchor", [
    ("stappen/stap-2-informatie-verzamelen/index.html", "grondslag"),
    ("stappen/stap-4-adviseren-prioriteren/index.html", "driehoek"),
    ("methodieken/groepsscan/index.html", "gebiedsofficier"),
    ("preventie-met-gezag/index.html", "startkwalificatie"),
])
def test_terms_the_issue_names_are_linked_where_they_stand(pages, rel, anchor):
    html = pages[rel].path.read_text(encoding="utf-8")
    assert any(a.endswith(f"#{anchor}") for a, _ in LINK.findall(html)), (rel, anchor)


def test_no_glossary_link_in_a_heading(pages):
    for rel, page in pages.items():
        html = page.path.read_text(encoding="utf-8")
        for heading in re.findall(r"<h[1-6][^>]*>.*?</h[1-6]>", html, re.S):
            assert "kb-begrip" not in heading, (rel, heading[:120])
