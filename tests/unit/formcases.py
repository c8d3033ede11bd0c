"""Test cases generated from the form definitions, so a new form is covered without new test
code: every place a user can type (field, list item, group column, per-question box), a
corpus of hostile text, and hypothesis strategies for whole forms."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from copy import deepcopy
from typing import Any

from formlogic import FORMS
from formlogic._model import Field, FormDefinition
from formlogic.validation import concrete_fields, normalize

# Every form a user fills in on a page (integraal-beeld is only ever made by another form).
PAGE_FORMS = sorted(k for k, f in FORMS.items() if f.example is not None)

HOSTILE = {
    "script": "<script>alert(1)</script>",
    "img": "<img src=x onerror=alert(1)>",
    "template": "{{ 7*7 }}",
    "raw": "{% raw %}{% endraw %}{% for x in y %}",
    "md-link": "[klik hier](javascript:alert(1))",
    "md-image": "![beeld](https://example.org/x.png)",
    "csv-formula": '=HYPERLINK("https://example.org","klik")',
    "csv-plus": "+31 6 0000",
    "csv-minus": "-1+1",
    "csv-at": "@SUM(A1:A2)",
    "word-field": '{ MERGEFIELD naam } { INCLUDETEXT "c:\\\\x" } { DDE "cmd" }',
    "control": "a\x00b\x07c\x1bd\x7fe",
    "rtl": "\u202egnp.exe\u202c \u200f",
    "combining": "e\u0301\u0308\u0323 Z\u0351\u0352\u0353",
    "emoji": "👍🏽 👨‍👩‍👧 🏳️‍🌈",
    "long-word": "x" * 5000,
    "megabyte": "Lange tekst. " * 80_000,  # about 1 MB
}


def _setter(path: tuple) -> Callable[[dict, str], None]:
    def put(data: dict, value: str) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return put


def places(form: FormDefinition, data: dict) -> Iterator[tuple[str, Callable[[dict, str], None]]]:
    """(path, setter) for every kind of place a user can type text in this data's form."""
    data = normalize(form, data)
    for f in concrete_fields(form, data):
        value = data.get(f.name)
        # Rows share their code: the first row of a list or group stands for all of them.
        if f.type == "list":
            yield f"{f.name}.0", _setter((f.name, 0))
        elif f.type == "group":
            for c in f.item_fields:
                yield f"{f.name}.0.{c.name}", _setter((f.name, 0, c.name))
        elif f.type == "map":
            for k in f.keys:
                yield f"{f.name}.{k.value}", _setter((f.name, k.value))
        elif f.type != "data":
            yield f.name, _setter((f.name,))


def with_value(form: FormDefinition, put: Callable[[dict, str], None], value: str) -> dict:
    """The form's example with one place set to `value` (rows added where needed)."""
    data = normalize(form, deepcopy(form.example))
    for f in form.fields():  # an empty list or group gets one row to type into
        if f.type == "list" and not data[f.name]:
            data[f.name] = [""]
        elif f.type == "group" and not data[f.name]:
            data[f.name] = [{c.name: "" for c in f.item_fields}]
    put(data, value)
    return data


def strategy(form: FormDefinition):
    """A hypothesis strategy for whole data of `form`: any text in every place a user types."""
    from hypothesis import strategies as st

    text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)  # browsers cannot send lone surrogates

    def for_field(f: Field):
        if f.type == "list":
            return st.lists(text, max_size=min(4, f.max_items))
        if f.type == "group":
            return st.lists(st.fixed_dictionaries({c.name: text for c in f.item_fields}), max_size=min(3, f.max_items))
        if f.type == "choice" and f.options:
            return st.one_of(st.sampled_from([o.value for o in f.options]), text)
        return text

    # Structured data (answers taken in from files) keeps the example's; per-question boxes
    # keep the example's questions: the strategy varies what is typed in them.
    base = normalize(form, form.example)
    return st.fixed_dictionaries({
        f.name: st.just(base.get(f.name)) if f.type == "data"
        else st.fixed_dictionaries({k.value: text for k in f.keys}) if f.type == "map"
        else for_field(f)
        for f in concrete_fields(form, base)
    })
