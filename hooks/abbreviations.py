"""MkDocs hook: give every abbreviation a tooltip on every page.

The single source is data/begrippen.yml. Each entry with a `voluit` (full form) becomes a
Markdown abbreviation definition appended to every page, so Material's `content.tooltips`
shows it wherever the abbreviation stands. The Begrippenlijst page renders from the same file.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # hooks are loaded by path; make the macros package importable
    sys.path.insert(0, str(ROOT))

from macros.begrippen import abbreviation_lines, load_begrippen  # noqa: E402

_lines: str = ""


def on_config(config, **kwargs):
    global _lines
    _lines = abbreviation_lines(load_begrippen(ROOT / "data" / "begrippen.yml"))
    return config


def on_page_markdown(markdown: str, page, config, files, **kwargs) -> str:
    return f"{markdown}\n\n{_lines}\n"
