"""Render a Draft to Markdown, HTML or plain text with Jinja2 in a sandbox.

The templates are ours and fixed; user text reaches them only as values, so `{{ 7*7 }}` typed
by a user prints as those characters. HTML output is autoescaped; Markdown output escapes the
characters that would turn text into markup. The sandbox is a second wall should a template
ever be given user-controlled objects.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Literal

from jinja2 import PackageLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from formlogic import tables
from formlogic.draft import Draft

Format = Literal["md", "html", "txt"]
FORMATS: tuple[Format, ...] = ("md", "html", "txt")

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])", re.MULTILINE)


def md_escape(text: str) -> str:
    """Backslash-escape what Markdown would read as markup; keep line breaks as hard breaks."""
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return "  \n".join(line.rstrip() for line in text.splitlines())


def md_cell(text: str) -> str:
    """Escaped text for one Markdown table cell (no line breaks inside a row)."""
    return md_escape(" / ".join(part.strip() for part in text.splitlines() if part.strip()))


def nl2br(text: str) -> Markup:
    """Escape, then turn line breaks into <br>."""
    if "\n" not in text and "\r" not in text:  # most cells: one line (a 500-row table has thousands)
        return escape(text)
    return Markup("<br>\n").join(escape(line) for line in text.splitlines())


@cache
def environment(html: bool) -> ImmutableSandboxedEnvironment:
    """The one template environment: sandboxed, strict, autoescaping when the output is HTML."""
    env = ImmutableSandboxedEnvironment(
        loader=PackageLoader("formlogic", "templates"),
        autoescape=html,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md_escape=md_escape, md_cell=md_cell, nl2br=nl2br, table_layout=tables.layout)
    return env


def render(draft: Draft, fmt: Format = "md", standalone: bool = False) -> str:
    """The draft as Markdown, HTML (a fragment, or a whole page when standalone) or text."""
    if fmt not in FORMATS:
        raise ValueError(f"onbekend formaat {fmt!r}; kies uit {', '.join(FORMATS)}")
    template = environment(html=fmt == "html").get_template(f"draft.{fmt}.j2")
    return template.render(draft=draft, standalone=standalone, landscape=tables.is_landscape(draft))


def render_view(draft: Draft) -> str:
    """A view (flip-overs, a grid) as an HTML fragment for the form page."""
    return environment(html=True).get_template("view.html.j2").render(draft=draft, landscape=False)
