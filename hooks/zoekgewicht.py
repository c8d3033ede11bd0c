"""MkDocs hook: how much each kind of page weighs in the site's search (Material's search boost).

A reader who types a role or a situation ("jongerenwerker", "ouders weigeren huisbezoek")
should first find the page that explains it, not a form or an exercise that merely uses the
word. One table says it for the whole site; a page's own front matter (`search: boost:`) still
wins. The forms' fields are left out of the index by their template (data-search-exclude), so
a form page is found by its title and explanation only.
"""
from __future__ import annotations

# (docs path or folder, boost): the first entry that matches a page counts; 1 is the default.
ZOEKGEWICHT: tuple[tuple[str, float], ...] = (
    ("wat-doe-ik-als.md", 2.0),   # the answers to situations
    ("rollen.md", 2.0),           # who does what: role words
    ("begrippen.md", 1.5),        # the glossary explains every term once
    ("praktijk/", 0.8),           # one municipality's story: an example, not the explanation
    ("formulieren/", 0.7),        # a form asks for what other pages explain
    ("training/", 0.4),           # exercises and cases use the words, they do not explain them
)


def zoekgewicht(src_uri: str) -> float | None:
    """The boost for a docs page, or None for the default."""
    for prefix, boost in ZOEKGEWICHT:
        if src_uri == prefix or (prefix.endswith("/") and src_uri.startswith(prefix)):
            return boost
    return None


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    boost = zoekgewicht(page.file.src_uri)
    if boost is not None:
        search = page.meta.get("search") or {}
        search.setdefault("boost", boost)
        page.meta["search"] = search
    return markdown
