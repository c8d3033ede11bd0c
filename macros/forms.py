"""Form HTML for the pages, rendered from formlogic's form definitions."""
from __future__ import annotations


def render_form_html(formulier: str) -> str:
    from formlogic import get_form
    from formlogic.formhtml import render_form

    return render_form(get_form(formulier))
