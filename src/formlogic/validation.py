"""Check a form's data against its definition: shape, required fields, types, privacy, rules.

`check()` is what the browser calls on every "Controleer": it never raises on user input, it
returns Dutch messages. Parsed values (dates, numbers, lists without empty rows) go to the
form's cross-checks and draft builder.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from formlogic import messages as m
from formlogic import privacy
from formlogic._model import Data, Field, FormDefinition, Message, Parsed, concrete
from formlogic.dutch import parse_date, zonder_jaar


@dataclass
class CheckResult:
    messages: list[Message]
    parsed: Parsed
    derived: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(m.level == "error" for m in self.messages)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, (list, dict)):
        return ""
    return str(value)


def _filled(value: Any) -> bool:
    return bool(value.strip()) if isinstance(value, str) else bool(value)


def is_filled_row(f: Field, row: Mapping[str, Any]) -> bool:
    """A row counts as an entry when a shown column holds something (ids alone do not count)."""
    return any(_filled(row.get(c.name, "")) for c in f.item_fields if c.shown)


def normalize_value(f: Field, value: Any) -> Any:
    """One field's value in its field's shape, as typed (no stripping: saving loses nothing)."""
    if f.type == "list":
        items = value if isinstance(value, list) else ([] if value in (None, "") else [value])
        return [_as_text(v) for v in items][: f.max_items]
    if f.type == "group":
        rows = value if isinstance(value, list) else []
        return [
            {c.name: normalize_value(c, r.get(c.name)) for c in f.item_fields}
            for r in rows
            if isinstance(r, Mapping)
        ][: f.max_items]
    if f.type == "choices":
        items = value if isinstance(value, list) else ([] if value in (None, "") else [value])
        return list(dict.fromkeys(_as_text(v) for v in items if _as_text(v)))
    if f.type == "map":
        given = value if isinstance(value, Mapping) else {}
        return {k.value: _as_text(given.get(k.value)) for k in f.keys}
    if f.type == "data":
        return f.normalize_data(value) if f.normalize_data else None
    return _as_text(value)


def concrete_fields(form: FormDefinition, data: Mapping[str, Any]) -> list[Field]:
    """The form's fields for this data: dynamic fields resolved from the values of the fields
    they depend on (only those are normalized here: a werkmap's documents are opened once)."""
    fields = list(form.fields())
    needed = {name for f in fields if f.is_dynamic for name in f.depends_on}
    static = {f.name: normalize_value(f, data.get(f.name)) for f in fields if f.name in needed and not f.is_dynamic}
    return [concrete(f, static) for f in fields]


def normalize(form: FormDefinition, data: Mapping[str, Any]) -> Data:
    """Every field present, each value of its field's shape; unknown keys dropped (a data field
    that normalizes to None, such as an unset example mark, is left out)."""
    out = {f.name: normalize_value(f, data.get(f.name)) for f in concrete_fields(form, data)}
    return {k: v for k, v in out.items() if not (v is None and k in _data_names(form))}


def _data_names(form: FormDefinition) -> set[str]:
    return {f.name for f in form.fields() if f.type == "data"}


def _check_choices(f: Field, where: str, path: str, values: list[str], msgs: list[Message]) -> list[str]:
    known = {o.value for o in f.options}
    if any(v not in known for v in values):
        msgs.append(Message("error", m.not_options(where, [o.label for o in f.options]), path))
    return [o.value for o in f.options if o.value in values]  # in the options' order


def _check_scalar(form: FormDefinition, f: Field, where: str, path: str, raw: Any, msgs: list[Message]) -> Any:
    """Parse one value; append messages; return the parsed value or None when empty/invalid.
    `where` names the place in a sentence ("bij 'Leeftijd'", "bij afspraak 2")."""
    if f.type == "choices":
        return _check_choices(f, where, path, raw, msgs)
    text = raw.strip()
    if not text:
        return None
    if f.type == "date":
        d = parse_date(text)
        if d is None and (dag_maand := zonder_jaar(text)):
            # The year is all that is missing: say so (the example uses this year).
            msgs.append(Message("error", m.date_without_year(where, dag_maand, date.today().year), path))
        elif d is None:
            msgs.append(Message("error", m.not_a_date(where), path))
        elif d.year < 1900:
            msgs.append(Message("error", m.year_too_early(where), path))
            return None
        return d
    if f.type == "number":
        digits = text.removesuffix("jaar").strip()
        if not digits.isdigit():
            msgs.append(Message("error", m.not_a_number(where), path))
            return None
        n = int(digits)
        if (f.minimum is not None and n < f.minimum) or (f.maximum is not None and n > f.maximum):
            msgs.append(Message("error", m.out_of_range(where, f.minimum, f.maximum), path))
            return None
        return n
    if f.type == "choice":
        if text not in {o.value for o in f.options}:
            msgs.append(Message("error", m.not_an_option(where, [o.label for o in f.options]), path))
            return None
        return text
    limit = f.max_length or form.default_max_length
    if len(text) > limit:
        msgs.append(Message("error", m.too_long(where, len(text), limit), path))
    return text


def _text_places(fields: list[Field], norm: Mapping[str, Any]) -> Iterator[tuple[Field, str, str, str]]:
    """(field, path, where, text) for every text the privacy scan looks at: typed text in a
    field that asks for it, and the texts a data field took in from files."""
    for f in fields:
        value = norm.get(f.name)
        if f.type == "data":
            if f.texts is not None and value is not None:
                for where, text in f.texts(value, norm):
                    yield f, f.name, where, text
        elif f.type == "group":
            for i, row in enumerate(value):
                for c in f.item_fields:
                    if c.privacy_scan:
                        yield c, f"{f.name}.{i}.{c.name}", m.at_cell(f, i, c), row[c.name]
        elif not f.privacy_scan:
            continue
        elif f.type == "list":
            for i, text in enumerate(value):
                yield f, f"{f.name}.{i}", m.at_item(f, i), text
        elif f.type == "map":
            for k in f.keys:
                yield f, f"{f.name}.{k.value}", m.at_key(f, k.label), value[k.value]
        elif f.type in ("text", "textarea"):
            yield f, f.name, m.at_field(f), value


def privacy_warnings(form: FormDefinition, data: Mapping[str, Any]) -> list[Message]:
    """The privacy warnings for this data: the same for typed text and for text taken in."""
    fields = concrete_fields(form, data)
    norm = {f.name: normalize_value(f, data.get(f.name)) for f in fields}
    return _privacy(form, fields, norm)


def _privacy(form: FormDefinition, fields: list[Field], norm: Mapping[str, Any]) -> list[Message]:
    out = []
    for f, path, where, text in _text_places(fields, norm):
        advice = f.privacy_advice or form.privacy_advice
        out.extend(Message("warning", m.looks_private(where, v.omschrijving, advice), path) for v in privacy.scan(text))
    return out


def parse(form: FormDefinition, data: Mapping[str, Any]) -> tuple[dict[str, Any], list[Message], Data]:
    """Field-level checks; returns parsed values (None for empty), messages, and the
    normalized data they were parsed from."""
    fields = concrete_fields(form, data)
    norm = {f.name: normalize_value(f, data.get(f.name)) for f in fields}
    parsed: dict[str, Any] = {}
    msgs: list[Message] = []
    for f in fields:
        value = norm[f.name]
        if f.type == "list":
            items = []
            for i, v in enumerate(value):
                item = Field(f.name, f.label, "text", max_length=f.max_length, privacy_scan=f.privacy_scan)
                if (p := _check_scalar(form, item, m.at_item(f, i), f"{f.name}.{i}", v, msgs)) is not None:
                    items.append(p)
            parsed[f.name] = items
            if f.required and not parsed[f.name]:
                msgs.append(Message("error", m.required_message(f), f"{f.name}.0"))
        elif f.type == "group":
            rows = []
            for i, row in enumerate(value):
                if not is_filled_row(f, row):
                    continue  # an empty row is not an entry
                parsed_row = {}
                for c in f.item_fields:
                    path = f"{f.name}.{i}.{c.name}"
                    parsed_row[c.name] = _check_scalar(form, c, m.at_cell(f, i, c), path, row[c.name], msgs)
                    if c.required and not _filled(row[c.name]):
                        msgs.append(Message("error", m.required_message(c, m.row_name(f, i)), path))
                rows.append(parsed_row)
            parsed[f.name] = rows
            if f.required and not rows:
                first = next(c for c in f.item_fields if c.shown)
                msgs.append(Message("error", m.required_message(f), f"{f.name}.0.{first.name}"))
        elif f.type == "map":
            texts = {}
            for k in f.keys:
                # "bij vraag 4 in 'Rode draad per vraag'" reads better than the whole question twice.
                item = Field(f.name, f.label, f.item_type, max_length=f.max_length, privacy_scan=f.privacy_scan)
                texts[k.value] = _check_scalar(form, item, m.at_key(f, k.label), f"{f.name}.{k.value}",
                                               value[k.value], msgs)
            parsed[f.name] = texts
        elif f.type == "data":
            parsed[f.name] = value
        else:
            parsed[f.name] = _check_scalar(form, f, m.at_field(f), f.name, value, msgs)
            if f.required and not _filled(value):
                msgs.append(Message("error", m.required_message(f), f.name))
    msgs.extend(_privacy(form, fields, norm))
    return parsed, msgs, norm


def check(form: FormDefinition, data: Mapping[str, Any], today: date | None = None) -> CheckResult:
    """All checks: fields first, then the form's own rules (only on fields that parsed)."""
    values, msgs, norm = parse(form, data)
    invalid = frozenset((m.field or "").split(".")[0] for m in msgs if m.level == "error")
    parsed = Parsed(values, invalid, today or date.today(), norm)
    for rule in form.cross_checks:
        msgs.extend(rule(parsed))
    derived = form.derive(parsed) if form.derive else {}
    order = {f.name: i for i, f in enumerate(form.fields())}  # same names as the concrete fields
    # Errors in the summary follow the order of the form, so the list reads top to bottom.
    msgs.sort(key=lambda m: order.get((m.field or "").split(".")[0], len(order)))
    return CheckResult(msgs, parsed, derived)


def build_draft(form: FormDefinition, result: CheckResult):
    """The draft for checked data; None while errors remain. An example says so."""
    if not result.ok or form.build_draft is None:
        return None
    draft = form.build_draft(result.parsed)
    if mark := result.parsed.values.get("voorbeeld"):
        draft = replace(draft, voorbeeld=f"Uit de oefencasus '{mark}'. Dit zijn verzonnen gegevens.")
    return draft
