"""MkDocs hook: the glossary on every page.

The single source is data/begrippen.yml (the Begrippenlijst page renders from it too).
1. Each entry with a `voluit` (full form) becomes a Markdown abbreviation definition appended to
   every page, so Material's `content.tooltips` shows it wherever the abbreviation stands.
2. The first use of each term on a page links to its entry on the Begrippenlijst
   (macros/begrippen_links.py), except on the Begrippenlijst itself and on the page the
   entry points to for more.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # hooks are loaded by path; make the macros package importable
    sys.path.insert(0, str(ROOT))

from macros.begrippen import Begrip, abbreviation_lines, load_begrippen  # noqa: E402
from macros.begrippen_links import link_terms  # noqa: E402

GLOSSARY_PAGE = "begrippen.md"
_lines: str = ""
_begrippen: list[Begrip] = []


def on_config(config, **kwargs):
    global _lines, _begrippen
    _begrippen = load_begrippen(ROOT / "data" / "begrippen.yml")
    _lines = abbreviation_lines(_begrippen)
    return config


def on_page_markdown(markdown: str, page, config, files, **kwargs) -> str:
    return f"{markdown}\n\n{_lines}\n"


def on_page_content(html: str, page, config, files, **kwargs) -> str:
    src = page.file.src_uri
    glossary = files.get_file_from_path(GLOSSARY_PAGE)
    if src == GLOSSARY_PAGE or glossary is None:
        return html
    href = get_relative_url(glossary.url, page.url)
    begrippen = [b for b in _begrippen if b.meer.split("#")[0] != src]
    return link_terms(html, begrippen, lambda b: f"{href}#{b.anker}")
