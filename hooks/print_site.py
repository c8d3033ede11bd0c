"""MkDocs hook: make the printable handbook (mkdocs-print-site-plugin) whole and correct.

The plugin copies each page's HTML as it was *before* the hooks changed it, and turns every
link into an anchor inside its one long page. This hook, listed after the hooks that change
page HTML:

1. keeps the copy in step with the page the reader sees (checkbox labels from tasklists.py);
2. leaves the forms out of the copy: a form only works on the site (and would start Python
   on the handbook page), so a short note says where to fill it in; and opens every folded
   block (`<details>`), since paper cannot unfold;
3. after the build, repairs links the plugin points at anchors that do not exist: a link to
   a page left out of the handbook goes to that page on the site, a link to a spot the plugin
   did not rename goes to the start of that page in the handbook;
4. gives the theme the handbook's own base path: the plugin borrows the 404 page's settings,
   whose base is not the handbook's (search would look in the wrong folder);
5. writes the table of contents into the page at build time, from the plugin's own outline,
   instead of the plugin's script copying the side menu in the browser: that copy repeats the
   menu's named regions and its small links (axe-core), and needs JavaScript to print;
6. puts a 'Download als pdf' button above the cover: tools/sitebuild/pdf.py makes the PDF
   of this page after the build;
7. says a chapter's title once: where a menu section's first page has the section's own title
   (Formulieren, Oefencasussen), the plugin prints it twice, as chapter and as page; the page's
   copy goes, in the text and in the contents.
"""
from __future__ import annotations

import html
import re
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # hooks are loaded by path; make the macros package importable
    sys.path.insert(0, str(ROOT))

from macros.begrippen import afkortingen, html_met_afkortingen, load_begrippen  # noqa: E402

_pages: dict[str, str] = {}  # page key in the handbook -> the page's own URL
# A form (`div.kb-app`), or a page hosting forms (`div.kb-host`, the werkmap) as a whole.
_FORM_START = re.compile(r'<div class="kb-(?:app|host)"[^>]*\bdata-(?:formulier|host)="[^"]*"[^>]*>')
_DIV = re.compile(r"<div\b|</div>")
_HREF = re.compile(r"""href=(["'])#([^"']*)\1""")
_ID = re.compile(r"""\bid=(["'])([^"']+)\1""")
FORM_NOTE = ('<p class="kb-print-note"><strong>Formulier.</strong> Op de site staat hier het '
             "formulier {titel}. U vult het daar in; dit handboek geeft alleen de uitleg.</p>")


def page_key(url: str) -> str:
    """The id the plugin gives a page's section in the handbook ('stappen/stap-1/' ->
    'stappen-stap-1'); the plugin's own rule, so both always agree."""
    from mkdocs_print_site_plugin.urls import get_page_key

    return get_page_key(url)


def for_print(page_html: str) -> str:
    """The page as the handbook shows it: forms replaced by a note, folded blocks open."""
    return re.sub(r"<details(?![^>]*\bopen\b)", "<details open", strip_form_apps(page_html))


def strip_form_apps(page_html: str) -> str:
    """Each form (`div.kb-app[data-formulier]`, or a host of forms, `div.kb-host[data-host]`)
    replaced by a one-line note."""
    out, pos = [], 0
    while m := _FORM_START.search(page_html, pos):
        depth, end = 0, len(page_html)
        for tag in _DIV.finditer(page_html, m.start()):
            depth += 1 if tag.group() == "<div" else -1
            if depth == 0:
                end = tag.end()
                break
        titel = re.search(r'data-titel="([^"]*)"', page_html[m.start():end])  # a host's: its own form's
        naam = f"<em>{titel.group(1)}</em>" if titel else ""
        out += [page_html[pos:m.start()], FORM_NOTE.format(titel=naam)]
        pos = end
    return "".join(out) + page_html[pos:]


def repair_anchors(book_html: str, pages: dict[str, str], book_url: str = "handboek/") -> str:
    """Every `href="#..."` that names no id in the handbook: to the spot itself when the plugin
    kept its id unprefixed, to the page on the site when the handbook left that page out, else
    to the start of that page's section."""
    ids = {m.group(2) for m in _ID.finditer(book_html)}
    keys = sorted(pages, key=len, reverse=True)  # longest first: 'stappen' is a prefix of many

    def fix(m: re.Match) -> str:
        quote, target = m.group(1), html.unescape(m.group(2))
        if not target or target in ids:
            return m.group(0)
        key = next((k for k in keys if target == k or target.startswith(k + "-")), None)
        if key is None:
            return m.group(0)  # not a page link; the link test reports it
        anchor = target[len(key) + 1:]
        if anchor in ids:  # an id the plugin kept as written (the Begrippenlijst's terms)
            return f"href={quote}#{anchor}{quote}"
        if key in ids:
            return f"href={quote}#{key}{quote}"
        url = "../" * book_url.count("/") + pages[key] + (f"#{anchor}" if anchor else "")
        return f"href={quote}{html.escape(url)}{quote}"

    return _HREF.sub(fix, book_html)


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>|&para;", "", fragment)).split())


def _children(item) -> list:
    """An item's children, without a first child that repeats the item's title (its index
    page: the chapter's link already leads there); that child's own children take its place."""
    kids = list(item.children or [])
    if kids and _text(kids[0].title) == _text(item.title):
        kids[:1] = list(kids[0].children or [])
    return kids


def toc_html(items, afk: Mapping[str, str] | None = None) -> str:
    """Nested lists of links from MkDocs' table-of-contents items (title, id, children);
    abbreviations in a title get their tooltip, as everywhere on the site."""
    if not items:
        return ""
    return "<ul>" + "".join(
        f'<li><a href="#{html.escape(i.id)}">{html_met_afkortingen(i.title, afk or {})}</a>'
        f"{toc_html(_children(i), afk)}</li>" for i in items) + "</ul>"


# A menu section's chapter heading, then its first page's opening and heading (the plugin's markup).
_CHAPTER_THEN_PAGE = re.compile(
    r"""(<section class='print-page md-section' id='[^']+'[^>]*>\s*<h1>(?P<chapter>.*?)</h1>\s*"""
    r"""<section class="print-page" id="[^"]+"[^>]*>)\s*<h1 id="[^"]+">(?P<page>.*?)</h1>""", re.S)


def drop_repeated_titles(book_html: str) -> str:
    """A page's title left out where it only repeats the chapter heading right above it."""
    return _CHAPTER_THEN_PAGE.sub(
        lambda m: m.group(1) if _text(m["chapter"]) == _text(m["page"]) else m.group(0), book_html)


# The plugin's empty contents block (its renderer's `_toc`), and the script call that fills it.
_TOC_BLOCK = re.compile(r"<nav role='navigation' class='print-page-toc-nav'>\s*(<h1[^>]*>.*?</h1>)\s*</nav>", re.S)


def write_toc(book_html: str, toc, afk: Mapping[str, str] | None = None) -> str:
    """The outline into the plugin's empty contents block; its copying script call removed."""
    m = _TOC_BLOCK.search(book_html)
    if m is None:
        raise ValueError("print-site: het blok voor de inhoudsopgave is niet gevonden (andere versie?)")
    nav = (f'<nav class="print-page-toc-nav" aria-label="Inhoud van het handboek">{m.group(1)}'
           f"{toc_html(list(toc), afk)}</nav>")
    return (book_html[:m.start()] + nav + book_html[m.end():]).replace("generate_toc();", "", 1)


def on_page_content(html_text: str, page, config, files, **kwargs) -> str:
    if "print-site" in config["plugins"]:
        _pages[page_key(page.url)] = page.url
        if hasattr(page, "html"):  # the plugin's copy, taken before the hooks ran
            page.html = for_print(html_text)
    return html_text


def on_post_build(config, **kwargs) -> None:
    plugin = config["plugins"].get("print-site")
    if plugin is None or not plugin.config.get("enabled"):
        return
    basename = plugin.config.get("print_page_basename")
    book = Path(config["site_dir"]) / basename / "index.html"
    pages = {**_pages, page_key(f"{basename}/"): f"{basename}/"}  # a link to the handbook itself
    text = repair_anchors(book.read_text(encoding="utf-8"), pages, f"{basename}/")
    # In the theme's JSON settings block: the 404 page's base is "/" (MkDocs) or "." (relative to
    # the root it finds itself, hooks/niet_gevonden.py); the handbook's is one folder up.
    text = re.sub(r'"base": "[./]"', '"base": ".."', text, count=1)
    if plugin.config.get("add_table_of_contents"):
        afk = afkortingen(load_begrippen(ROOT / "data" / "begrippen.yml"))
        text = write_toc(text, plugin.print_page.toc, afk)
    text = drop_repeated_titles(text)
    text = add_pdf_button(text)
    book.write_text(text, encoding="utf-8")


PDF_NAME = "handboek.pdf"  # tools/sitebuild/pdf.py writes it next to the handbook page


def add_pdf_button(book_html: str) -> str:
    """The 'Download als pdf' button above the cover (tools/sitebuild/pdf.py makes the PDF)."""
    from hooks.pdf_knoppen import knop

    anchor = '<div id="print-site-page"'
    button = knop(PDF_NAME, "Download het handboek als pdf",
                  "Met paginanummers in de inhoudsopgave. Of kies Afdrukken in uw browser.")
    return book_html.replace(anchor, button + "\n" + anchor, 1)
