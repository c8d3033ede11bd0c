"""A document that holds documents (the werkmap): each child is another form's document, kept
whole and exactly as that form saves it, so it can be saved out alone and opened by its own page
and by the command line.

The container form names the field that holds them (`FormDefinition.holds`); its value is a list:

    [{"id": "d1",                                  # stays the same while the child is in the container
      "document": {"formulier": "gespreksverslag", "versie": 1,
                   "opgeslagen": "2026-11-23T18:30:00", "gegevens": {...}}}]

Opening the container opens every child through its own form (formlogic/document.py): older
versions are upgraded with that form's migrations, the data normalized. A child this site cannot
open (made by a newer version of a form, an unknown form, a broken part) is kept exactly as it
came and named in the container's checks: a container never loses a document. A container
inside a container is such a child too.

The forms module imports this module while the form registry is still being built, so the
functions that need the registry import it when they run.
"""
from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from formlogic._model import Data, Field, FormDefinition, Incoming

MAX_CHILDREN = 200
MAX_ID = 40


@dataclass(frozen=True)
class Child:
    """One document in a container, as opened: its form and normalized data, or why not."""

    id: str
    document: dict[str, Any]  # as stored in the container
    form: FormDefinition | None  # None: this site cannot open it
    problem: str = ""  # Dutch, when form is None

    @property
    def data(self) -> Data:
        return self.document["gegevens"] if self.form is not None else {}

    @property
    def saved(self) -> str:
        value = self.document.get("opgeslagen")
        return value if isinstance(value, str) else ""


def _open(doc: Any) -> dict[str, Any]:
    """The child's document upgraded and normalized; DocumentError when it cannot be opened."""
    from formlogic.document import DocumentError, open_document

    form, data, _ = open_document(doc)
    if form.holds:
        raise DocumentError(f"Een {form.title.lower()} kan niet in een andere worden bewaard.")
    saved = doc.get("opgeslagen")
    return {"formulier": form.key, "versie": form.version,
            "opgeslagen": saved[:40] if isinstance(saved, str) else "", "gegevens": data}


# Opening the same child again (every request carries the whole werkmap) costs only two passes of
# the C JSON codec: {document as sent: document opened}, both as text, so no caller ever shares
# (and could change) another's objects. Bounded: a werkmap holds at most MAX_CHILDREN documents.
_OPENED: OrderedDict[str, str] = OrderedDict()
_OPENED_MAX = 2 * MAX_CHILDREN


def _open_cached(doc: Any) -> dict[str, Any]:
    try:
        key = json.dumps(doc, ensure_ascii=False)
    except (TypeError, ValueError):  # not JSON data: open it the slow way, which refuses it
        return _open(doc)
    if (hit := _OPENED.get(key)) is not None:
        _OPENED.move_to_end(key)
        return json.loads(hit)
    opened = _open(doc)
    _OPENED[key] = json.dumps(opened, ensure_ascii=False)
    if len(_OPENED) > _OPENED_MAX:
        _OPENED.popitem(last=False)
    return opened


def _unique(value: Any, place: int, seen: set[str]) -> str:
    cid = value.strip()[:MAX_ID] if isinstance(value, str) and value.strip() else f"d{place + 1}"
    while cid in seen:
        cid += "x"
    seen.add(cid)
    return cid


def normalize_children(value: Any) -> list[dict[str, Any]]:
    """The holding field's value in shape; never raises. Entries without a document are no
    entry; a child that cannot be opened stays as it came (see the module's docstring)."""
    from formlogic.document import DocumentError

    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, entry in enumerate(value[:MAX_CHILDREN] if isinstance(value, list) else []):
        if not isinstance(entry, dict) or not isinstance(entry.get("document"), dict):
            continue
        try:
            document = _open_cached(entry["document"])
        except (DocumentError, ValueError, TypeError, KeyError, AttributeError):
            document = entry["document"]
        out.append({"id": _unique(entry.get("id"), i, seen), "document": document})
    return out


def documents_field(name: str, label: str) -> Field:
    """The field of a container form that holds the documents."""
    return Field(name, label, "data", normalize_data=normalize_children, texts=child_texts)


def _strings(value: Any) -> Iterator[str]:
    """Every string in a document's data, ids aside (no one reads them)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            if k != "id":
                yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def child_texts(value: Any, data: Data) -> Iterator[tuple[str, str]]:
    """(where, text) of every text in the documents held, for the privacy scan: all of it, as
    for anything a form keeps whole (formlogic/validation.py), named by document and field."""
    from formlogic.messages import at_field

    for child in children(value or []):
        if child.form is None:
            continue
        fields = {f.name: f for f in child.form.fields()}
        named = describe(child)  # once per document: it reads several fields
        for name, v in child.data.items():
            where = f"in {named} {at_field(fields[name])}" if name in fields else f"in {named}"
            for text in _strings(v):
                if text.strip():
                    yield where, text


def children(entries: list[dict[str, Any]]) -> list[Child]:
    """The children of normalized entries, each with its form (or why it cannot be opened)."""
    from formlogic.document import DocumentError
    from formlogic.forms import FORMS

    out = []
    for e in entries:
        doc = e["document"]
        form = FORMS.get(doc.get("formulier")) if isinstance(doc.get("formulier"), str) else None
        if form is not None and doc.get("versie") == form.version and not form.holds \
                and isinstance(doc.get("gegevens"), dict):
            out.append(Child(e["id"], doc, form))
            continue
        try:
            _open(doc)
            problem = "Dit document kon niet worden geopend."  # not reached for normalized entries
        except DocumentError as err:
            problem = str(err)
        except (ValueError, TypeError, KeyError, AttributeError):
            problem = "De gegevens van dit document hebben een onverwachte vorm."
        out.append(Child(e["id"], doc, None, problem))
    return out


def new_id(entries: list[dict[str, Any]]) -> str:
    """An id no entry has: d1, d2, ... after the highest in use."""
    used = {e["id"] for e in entries}
    n = len(entries) + 1
    while f"d{n}" in used:
        n += 1
    return f"d{n}"


def entry(cid: str, form: FormDefinition, data: Data, saved: datetime | None = None) -> dict[str, Any]:
    """A container entry for a child's data, stored as its form saves it."""
    from formlogic.document import to_document

    return {"id": cid, "document": to_document(form, data, saved)}


def find(entries: list[dict[str, Any]], cid: str) -> int | None:
    return next((i for i, e in enumerate(entries) if e["id"] == cid), None)


def sources(kids: list[Child], key: str, today=None, only: str = "") -> Iterator[Incoming]:
    """Documents of form `key` the container can give another child: its children of that form,
    and what its children's exports make of that form (a session's integraal beeld, say).
    `only`: the id of the one child to take them from. Exports that need valid data are made
    only from children without errors, as on the page."""
    from formlogic.validation import check

    for child in kids:
        if child.form is None or (only and child.id != only):
            continue
        name = describe(child)
        if child.form.key == key:
            yield Incoming(name, key, child.data)
        for export in child.form.exports.values():
            result = None
            if export.needs_valid:
                result = check(child.form, child.data, today=today)
                if not result.ok:
                    continue
            parsed = (result or check(child.form, child.data, today=today)).parsed
            made, data = export.build(parsed)
            if made == key:
                yield Incoming(name, key, data)


# Fields that say which document this is, in order of preference: a young person's code or
# initials, an organisation, a group. The first that is filled names the document.
_WHO = ("initialen", "jongere", "groep")
_WHEN = ("gespreksdatum", "datum", "peildatum")


def describe(child: Child) -> str:
    """A short Dutch name for a child: its form and what says which one it is."""
    if child.form is None:
        return f"Document {child.id}"
    data = child.data
    who = next((str(data[k]).strip() for k in _WHO if isinstance(data.get(k), str) and data[k].strip()), "")
    if child.form.key == "circulair-antwoorden":
        from formlogic.forms.circulair.common import naam_van

        who = naam_van(data) or "organisatie onbekend"
    when = next((str(data[k]).strip() for k in _WHEN if isinstance(data.get(k), str) and data[k].strip()), "")
    detail = ", ".join(x for x in (who[:60], when[:20]) if x)
    return f"{child.form.title} ({detail})" if detail else child.form.title
