"""The printable handbook (mkdocs-print-site-plugin plus hooks/print_site.py).

The built page holds every page of the nav in order (bar the ones left out on purpose), with
a cover and a table of contents; no form (a note in its place); every folded block open; links
that stay inside the handbook or go to a page of the site; the theme's base path right for a
sub-path. The hook's two repairs are tested on small inputs too.
"""
from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import pytest
from sitehtml import ROOT, site_pages

from hooks.print_site import FORM_NOTE, drop_repeated_titles, for_print, repair_anchors, strip_form_apps, write_toc

BOOK = "handboek/index.html"
LEFT_OUT = ("training/welke-stap.md", "training/handout-", "over/beheer.md")  # the last: for ICT, not the handbook


def _book(built_site: Path) -> str:
    return (built_site / BOOK).read_text(encoding="utf-8")


def _docs_pages() -> list[str]:
    docs = ROOT / "docs"
    return sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))


def test_the_plugin_is_pinned_where_the_project_pins() -> None:
    pinned = f"mkdocs-print-site-plugin=={version('mkdocs-print-site-plugin')}"
    assert pinned in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    assert f'"{pinned}"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_book_has_a_cover_a_table_of_contents_and_every_page(built_site: Path) -> None:
    html = _book(built_site)
    assert 'id="print-site-cover-page"' in html and "kb-voorblad" in html
    toc = re.search(r'<div id="print-page-toc".*?</nav>', html, re.S).group(0)
    assert "Inhoud" in toc and "generate_toc();" not in html  # written at build time, no script
    sections = re.findall(r'<section class="print-page" id="([^"]+)"', html)
    listed = set(re.findall(r'<a href="#([^"]+)">', toc))
    # A chapter's first page that only repeats the chapter's title is reached by the chapter's entry.
    opening = dict(re.findall(r"<section class='print-page md-section' id='([^']+)'[^>]*>\s*<h1>.*?</h1>\s*"
                              r'<section class="print-page" id="([^"]+)"', html, re.S))
    for section in set(sections) - listed:
        assert any(page == section and chapter in listed for chapter, page in opening.items()), section
    for page in _docs_pages():
        key = re.sub(r"(^|/)index$", "", page.removesuffix(".md")).replace("/", "-") or "index"
        if page.startswith(LEFT_OUT):
            assert key not in sections, page
        else:
            assert key in sections, page
    assert sections.index("stappen") < sections.index("stappen-stap-7-afronden-evalueren") < sections.index("training")


def test_book_has_no_form_and_no_folded_block(built_site: Path) -> None:
    html = _book(built_site)
    assert "kb-app" not in html and "data-formulier" not in html and "kb-host" not in html
    assert html.count('class="kb-print-note"') >= 4  # one per form page
    assert re.findall(r"<details(?![^>]*\bopen\b)[^>]*>", html) == []
    assert '"base": ".."' in html and '"base": "/"' not in html


def test_links_to_pages_the_book_leaves_out_go_to_the_site(built_site: Path) -> None:
    page = site_pages(built_site)[BOOK]
    outside = {link.url for link in page.links if link.tag == "a" and link.url.startswith("../")
               and not link.url.startswith(("../assets/", "../js/", "../css/"))}
    # Only the pages the handbook leaves out, and the theme's header and menu, link out of it.
    content_links = {u for u in outside if "welke-stap" in u or "handout" in u}
    assert content_links, "de links naar weggelaten pagina's moeten naar de site gaan"


# -- the hook's repairs ---------------------------------------------------------------------

def test_strip_form_apps_removes_the_whole_form_even_with_nested_divs() -> None:
    html = ('<p>Voor</p><div class="kb-app" data-formulier="x" data-titel="Een formulier">'
            '<div><div>veld</div></div><div>knop</div></div><p>Na</p>')
    out = strip_form_apps(html)
    assert out.startswith("<p>Voor</p>") and out.endswith("<p>Na</p>")
    assert "veld" not in out and "knop" not in out and "<em>Een formulier</em>" in out
    assert strip_form_apps("<div class='andere'>x</div>") == "<div class='andere'>x</div>"


def test_strip_form_apps_removes_a_page_hosting_forms_whole() -> None:
    # The werkmap: a bar of its own around its form; a left-over bar broke the handbook's scripts.
    html = ('<p>Voor</p><div class="kb-host" data-host="werkmap" data-holds="documenten">'
            '<div class="kb-host-bar"><button>Opslaan</button></div><div class="kb-host-stage">'
            '<div class="kb-app" data-formulier="werkmap" data-titel="Werkmap"><div>veld</div></div>'
            '</div></div><p>Na</p>')
    out = strip_form_apps(html)
    assert out == "<p>Voor</p>" + FORM_NOTE.format(titel="<em>Werkmap</em>") + "<p>Na</p>"


def test_for_print_opens_folded_blocks() -> None:
    assert for_print('<details class="note"><summary>s</summary></details>') == \
        '<details open class="note"><summary>s</summary></details>'
    assert for_print("<details open>x</details>") == "<details open>x</details>"


@pytest.mark.parametrize(("href", "fixed"), [
    ("#stappen-stap-1", "#stappen-stap-1"),  # an id in the book: left alone
    ("#stappen-stap-1-nergens", "#stappen-stap-1"),  # an anchor the plugin did not rename
    ("#training-welke-stap", "../training/welke-stap/"),  # a page the book leaves out
    ("#training-welke-stap-situatie-2", "../training/welke-stap/#situatie-2"),
    ("#iets-anders", "#iets-anders"),  # not a page: the link test reports it
])
def test_repair_anchors(href: str, fixed: str) -> None:
    pages = {"stappen": "stappen/", "stappen-stap-1": "stappen/stap-1/", "training-welke-stap": "training/welke-stap/"}
    book = '<section id="stappen"></section><section id="stappen-stap-1"></section><a href="{}">x</a>'
    assert repair_anchors(book.format(href), pages, "handboek/") == book.format(fixed)


def test_write_toc_fills_the_plugins_block_and_drops_its_script_call() -> None:
    from mkdocs.structure.toc import AnchorLink

    stap = AnchorLink("Stap 1 & 2", "stappen-stap-1", 1)
    sectie = AnchorLink("7-stappenmodel", "section-2", 0)
    sectie.children = [stap]
    book = ("<script>remove_material_navigation();generate_toc();</script>"
            "<div id=\"print-page-toc\"><nav role='navigation' class='print-page-toc-nav'>\n"
            "  <h1 class='print-page-toc-title'>Inhoud</h1>\n  </nav></div>")
    out = write_toc(book, [sectie])
    assert "generate_toc" not in out and "remove_material_navigation();" in out
    assert ('<nav class="print-page-toc-nav" aria-label="Inhoud van het handboek">'
            "<h1 class='print-page-toc-title'>Inhoud</h1>"
            '<ul><li><a href="#section-2">7-stappenmodel</a>'
            '<ul><li><a href="#stappen-stap-1">Stap 1 &amp; 2</a></li></ul></li></ul></nav>') in out
    with pytest.raises(ValueError, match="inhoudsopgave"):
        write_toc("<p>geen blok</p>", [])


CHAPTER = ("<section class='print-page md-section' id='section-9' heading-number='9'>\n"
           "  <h1>{chapter}<a class='headerlink' href='#section-9' title='Permanent link'></a>\n  </h1>\n"
           '  <section class="print-page" id="formulieren" heading-number="9.1">'
           '<h1 id="formulieren-formulieren">{page}<a class="headerlink" href="#formulieren-formulieren">&para;</a></h1>'
           "<p>Tekst.</p></section></section>")


def test_a_chapter_title_is_said_once_where_its_first_page_repeats_it() -> None:
    same = CHAPTER.format(chapter="Formulieren", page="Formulieren")
    out = drop_repeated_titles(same)
    assert out.count("Formulieren") == 1 and "<h1>Formulieren" in out and 'id="formulieren"' in out
    assert "<p>Tekst.</p>" in out
    other = CHAPTER.format(chapter="Training", page="Voor trainers")
    assert drop_repeated_titles(other) == other


def test_the_contents_list_a_chapter_once_where_its_first_page_repeats_it() -> None:
    from mkdocs.structure.toc import AnchorLink

    sectie = AnchorLink("Oefencasussen", "section-10-3", 0)
    index, casus = AnchorLink("Oefencasussen", "training-oefencasussen", 1), AnchorLink("Casus 1", "c1", 1)
    sectie.children = [index, casus]
    book = "<nav role='navigation' class='print-page-toc-nav'><h1>Inhoud</h1></nav>"
    out = write_toc(book, [sectie])
    assert out.count(">Oefencasussen<") == 1 and '<a href="#c1">Casus 1</a>' in out


def test_the_built_book_says_no_chapter_title_twice(built_site: Path) -> None:
    book = _book(built_site)
    for title in ("Formulieren", "Oefencasussen"):
        headings = re.findall(rf"<h1[^>]*>\s*{title}\s*<a", book)
        assert len(headings) == 1, (title, headings)
    nav = book[book.find('class="print-page-toc-nav"'):]
    nav = nav[:nav.find("</nav>")]
    assert nav.count(">Oefencasussen</a>") == 1 and nav.count(">Formulieren</a>") == 1
