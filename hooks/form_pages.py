"""MkDocs hook: a page that holds a form gives the form room and a short way in.

- The page uses the full content width: the right-hand table of contents is hidden (Material's
  `hide: [toc]`, set here so no form page can forget it). A form's cards and overview need the
  width more than a list of the page's few headings.
- Under the page title stands a link "Naar het formulier" to the first form on the page: from
  Material's "Ga naar inhoud" the first field is then two Tab stops and Enter away, instead of a
  Tab through every link in the introduction. site.mjs puts the cursor in the form's first
  field; without scripts the link still scrolls there.
"""
from __future__ import annotations

import re

FORM = re.compile(r'<form class="kb-form" id="(kb-form-[\w-]+)"')
TITLE_END = "</h1>"


def skip_link(form_id: str) -> str:
    return f'<p class="kb-to-form"><a href="#{form_id}" data-to-form>Naar het formulier</a></p>'


def add_skip_link(html: str) -> str:
    """The page's HTML with a link to its first form right after the title (when it has both)."""
    form = FORM.search(html)
    if form is None or TITLE_END not in html:
        return html
    return html.replace(TITLE_END, TITLE_END + "\n" + skip_link(form.group(1)), 1)


def on_page_content(html: str, page, **kwargs) -> str:
    if FORM.search(html) is None:
        return html
    hide = list(page.meta.get("hide") or [])
    if "toc" not in hide:
        page.meta["hide"] = [*hide, "toc"]
    return add_skip_link(html)
