"""MkDocs hook: give every checklist checkbox an accessible name.

pymdownx.tasklist puts the item's text after the <label> that holds the checkbox, so screen
readers announce an unnamed checkbox (axe-core: "Form elements must have labels"). This adds
aria-label with the item's own text, at build time, so it works without JavaScript.
"""
from __future__ import annotations

import html
import re

_ITEM = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control"><input type="checkbox")'
    r"(?P<rest>[^>]*>.*?</label>)(?P<text>.*?)(?=</li>|<ul|<ol|<p>)",
    re.DOTALL,
)
_TAG = re.compile(r"<[^>]+>")


def label_checkboxes(page_html: str) -> str:
    def add_label(m: re.Match) -> str:
        text = " ".join(html.unescape(_TAG.sub("", m.group("text"))).split())
        label = html.escape(text or "Punt van de checklist", quote=True)
        return f'{m.group(1)} aria-label="{label}"{m.group("rest")}{m.group("text")}'

    return _ITEM.sub(add_label, page_html)


def on_page_content(html_text: str, page, config, files, **kwargs) -> str:
    return label_checkboxes(html_text)
