"""Form pages use the full content width and lead from their title to the form (hooks/form_pages.py)."""
from __future__ import annotations

import re
from pathlib import Path

from hooks.form_pages import add_skip_link

TOC_HIDDEN = re.compile(r'<div class="md-sidebar md-sidebar--secondary"[^>]*\shidden[\s>]')


def test_the_link_goes_after_the_title_to_the_first_form():
    html = '<h1 id="t">Titel</h1><p>Uitleg</p><form class="kb-form" id="kb-form-a" novalidate></form>'
    assert add_skip_link(html) == ('<h1 id="t">Titel</h1>\n<p class="kb-to-form"><a href="#kb-form-a" data-to-form>'
                                   'Naar het formulier</a></p><p>Uitleg</p><form class="kb-form" id="kb-form-a" novalidate></form>')
    assert add_skip_link("<h1>Titel</h1><p>Geen formulier</p>") == "<h1>Titel</h1><p>Geen formulier</p>"


def test_every_form_page_hides_the_table_of_contents_and_links_to_its_form(built_site: Path):
    pages = sorted((built_site / "formulieren").glob("*/index.html"))
    form_pages = [p for p in pages if 'class="kb-form"' in p.read_text(encoding="utf-8")]
    assert len(form_pages) >= 10
    for page in form_pages:
        html = page.read_text(encoding="utf-8")
        assert TOC_HIDDEN.search(html), f"{page}: the table of contents takes the form's room"
        link = re.search(r'<a href="#(kb-form-[\w-]+)" data-to-form>', html)
        assert link and f'id="{link.group(1)}"' in html, page
        assert html.index("data-to-form") < html.index('class="kb-form"'), page
    other = (built_site / "stappen" / "index.html").read_text(encoding="utf-8")
    assert "data-to-form" not in other and not TOC_HIDDEN.search(other)
