"""MkDocs hook: how much each kind of page weighs in the site's search (Material's search boost).

A reader who types a role or a situation ("jongerenwerker", "ouders weigeren huisbezoek")
should first find the page that explains it, not a form or an exercise that merely uses the
word. One table says it for the whole site; a page's own front matter (`search: boost:`) still
wins. The forms' fields are left out of the index by their template (data-search-exclude), so
a form page is found by its title and explanation only. The forms' own interface (the concept,
the views, the dialog, the werkmap's bar) has headings with ids for the screen reader; the theme
makes an index entry of every heading with an id, even inside an excluded block, so after the
build those entries (their ids start with "kb-") leave the index.
"""
from __future__ import annotations

import json
from pathlib import Path

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


INTERFACE = "#kb-"  # the start of an anchor of the forms' own interface (formlogic/templates)


def zonder_interface(index: dict) -> dict:
    """The search index without the entries of the forms' interface."""
    return {**index, "docs": [d for d in index["docs"] if INTERFACE not in d["location"]]}


def on_post_build(config, **kwargs) -> None:
    # After the search plugin wrote the index (plugins run before hooks), before
    # pyodide_assets.py compresses it (listed after this hook in mkdocs.yml).
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if path.exists():
        index = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(zonder_interface(index), ensure_ascii=False, separators=(",", ":")),
                        encoding="utf-8")
