"""MkDocs hook: a 'Download als pdf' button on the pages that get a PDF of their own: each
handout (training/handout-*.md, the button under its title) and the printable handbook
(handboek/, the button above the cover). tools/sitebuild/pdf.py makes the PDFs after the
build (`make site`); the names here and there come from the same rule, pdf_name()."""
from __future__ import annotations

import html
from fnmatch import fnmatch
from pathlib import PurePosixPath

HANDOUTS = "training/handout-*.md"
KNOP = ('<p class="kb-pdf-knop"><a class="md-button md-button--primary" href="{href}" download>'
        "{label}</a> {uitleg}</p>")


def pdf_name(src_uri: str) -> str:
    """The PDF next to a handout page: training/handout-x.md -> handout-x.pdf (in its folder)."""
    return f"{PurePosixPath(src_uri).stem}.pdf"


def knop(href: str, label: str, uitleg: str) -> str:
    return KNOP.format(href=html.escape(href), label=html.escape(label), uitleg=html.escape(uitleg))


def on_page_content(html_text: str, page, config, files, **kwargs) -> str:
    if not fnmatch(page.file.src_uri, HANDOUTS):
        return html_text
    button = knop(pdf_name(page.file.src_uri), "Download als pdf",
                  "Eén A4, klaar om te printen en uit te delen.")
    end = html_text.find("</h1>")
    return html_text[:end + 5] + "\n" + button + html_text[end + 5:] if end >= 0 else button + html_text
