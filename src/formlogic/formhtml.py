"""Render a form definition as accessible HTML (at build time by the site's macros, and for
data-dependent fields also at run time in the browser's worker).

Follows the NL Design System form guidance: a label for every field, "(optioneel)" on optional
fields, no placeholders as labels, help and error text tied to the field with
aria-describedby, an error summary above the form whose links lead to the fields.
Repeating rows (lists, groups) come with a <template> the page script clones.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from formlogic._model import Data, Field, FormDefinition, field_id
from formlogic.render import environment, render_view
from formlogic.validation import check, concrete_fields

ROW = "__i__"  # placeholder for a row index in row templates
ROW_NUMBER = "__n__"  # placeholder for the row number people read (index + 1)


def map_items(f: Field) -> list[tuple[str, Field]]:
    """(path, field) for each item of a map field: one text per key, labelled by the key."""
    return [
        (f"{f.name}.{k.value}",
         Field(f.name, k.label, f.item_type, help=k.uitleg, rows=f.rows, mark_optional=False))
        for k in f.keys
    ]


def _template(name: str):
    env = environment(html=True)
    return env.get_template(name)


def _globals() -> dict[str, Any]:
    return {"field_id": field_id, "ROW": ROW, "ROW_NUMBER": ROW_NUMBER, "map_items": map_items}


def initial_data(form: FormDefinition) -> Data:
    """What a new, empty form holds: the fields' `initial` values."""
    out: Data = {}
    for f in form.fields():
        if f.initial is not None:
            out[f.name] = list(f.initial) if isinstance(f.initial, tuple) else f.initial
    return out


def _one_block(html: str) -> str:
    """No blank lines, so Markdown passes the HTML through as one block."""
    return re.sub(r"\n\s*\n+", "\n", html).strip() + "\n"


def render_form(form: FormDefinition, example: tuple[str, str] | None = None, hosted: bool = False) -> str:
    """The form's HTML as a new form shows it (initial values, views of the initial data).

    `hosted`: the form shows a document inside another one (a werkmap's page): the host saves
    and keeps everything, so the form has no autosave of its own and its file buttons save or
    open this one document alone.

    `example`: (case title, link to the case page) when a practice case is the form's example:
    the page then offers a button that fills the form with it, marked as an example."""
    start = initial_data(form)
    fields = {f.name: f for f in concrete_fields(form, start)}
    views = render_views(form, start)
    example_data = {**form.example, "voorbeeld": example[0]} if example and form.example else None
    html = _template("form.html.j2").render(
        form=form, fields=fields, initial=start, views=views, example=example, example_data=example_data,
        hosted=hosted, **_globals())
    return _one_block(html)


def render_host(form: FormDefinition, example: tuple[str, str] | None = None) -> str:
    """A page that hosts a form that holds documents and, one at a time, the forms of those
    documents (the werkmap): its bar (save, open), its contents, and the form itself."""
    from markupsafe import Markup

    html = render_form(form, example=example, hosted=True)
    return _one_block(_template("host.html.j2").render(form=form, form_html=Markup(html)))


def render_dynamic(form: FormDefinition, data: Mapping[str, Any]) -> dict[str, str]:
    """The HTML of every data-dependent field, for this data: {field name: html}."""
    template = _template("dynamic.html.j2")
    return {f.name: _one_block(template.render(f=f, **_globals()))
            for f in concrete_fields(form, data) if f.is_dynamic}


def render_views(form: FormDefinition, data: Mapping[str, Any], names: list[str] | None = None,
                 today=None) -> dict[str, str]:
    """The HTML of the form's views (all, or those named) for this data."""
    wanted = [v for v in form.views if names is None or v.name in names]
    if not wanted:
        return {}
    parsed = check(form, data, today=today).parsed
    return {v.name: _one_block(render_view(v.build(parsed))) for v in wanted}
