"""Form HTML for the pages, rendered from formlogic's form definitions, with the trainer's
example button when a practice case (data/oefencasussen.yml) is the form's example."""
from __future__ import annotations

from collections.abc import Iterable


def example_case(formulier: str, casussen: Iterable) -> tuple[str, str] | None:
    """(title, docs page) of the practice case the form's built-in example is drawn from."""
    return next(((c.titel, c.pagina) for c in casussen if formulier in c.voorbeelden), None)


def render_form_html(formulier: str, casussen: Iterable = (), current: str = "") -> str:
    from formlogic import get_form
    from formlogic.formhtml import render_form, render_host

    import posixpath

    form = get_form(formulier)
    draw = render_host if form.holds else render_form  # a werkmap: a page that hosts its documents' forms
    case = example_case(formulier, casussen) if form.example is not None else None
    if case is None:
        return draw(form)
    title, page = case
    link = ""
    if current:  # raw HTML: relative to the page's own URL (directory URLs), not its source file
        here = posixpath.dirname(current) if current.endswith("index.md") else current.removesuffix(".md")
        link = posixpath.relpath(page.removesuffix(".md"), here) + "/"
    return draw(form, example=(title, link))
