"""Render a form definition as accessible HTML (used at build time by the site's macros).

Follows the NL Design System form guidance: a label for every field, "(optioneel)" on optional
fields, no placeholders as labels, help and error text tied to the field with
aria-describedby, an error summary above the form whose links lead to the fields.
Repeating rows (lists, groups) come with a <template> the page script clones.
"""
from __future__ import annotations

import re

from formlogic._model import FormDefinition, field_id
from formlogic.render import environment

ROW = "__i__"  # placeholder for a row index in row templates
ROW_NUMBER = "__n__"  # placeholder for the row number people read (index + 1)


def render_form(form: FormDefinition) -> str:
    """The form's HTML: one block without blank lines, so Markdown passes it through as is."""
    template = environment(html=True).get_template("form.html.j2")
    html = template.render(form=form, field_id=field_id, ROW=ROW, ROW_NUMBER=ROW_NUMBER)
    return re.sub(r"\n\s*\n+", "\n", html).strip() + "\n"
