"""The versioned JSON document a user downloads and opens again later.

    {
      "formulier": "gespreksverslag",   # which form
      "versie": 1,                       # version of that form's data layout
      "opgeslagen": "2026-11-23T18:30:00",
      "gegevens": { ... }                # field name -> what was typed
    }

Older versions are upgraded with the form's migrations; a newer version, another form or a
broken file is refused with a Dutch message (DocumentError), and the page keeps its work.
`open_document` does the same for a document already parsed: a werkmap opens the documents it
holds with it, each through its own form's migrations (formlogic/container.py).
"""
from __future__ import annotations

import json
import re
import secrets
from datetime import datetime
from typing import Any

from formlogic._model import Data, FormDefinition, Message
from formlogic.validation import normalize

MAX_CHARS = 2_000_000  # a filled form is a few KB; a larger file is not one of ours
MAX_CHARS_HOLDING = 20_000_000  # a werkmap holds a group's documents: months of work, still far less
_FORM_KEY = re.compile(r'^\s*\{\s*"formulier"\s*:\s*"([a-z0-9-]{1,40})"')  # how dumps() starts a file
MAX_DEPTH = 20  # ours nest 3 deep; deep nesting overflows the browser's stack inside json.loads
HELP_OPEN = "Kies het .json-bestand dat u eerder met 'Download gegevens' bewaarde."


def nesting_depth(text: str) -> int:
    """The deepest nesting of [ and { in JSON text, outside strings (a linear scan)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


class DocumentError(ValueError):
    """A file that cannot be opened; the message is Dutch and meant for the user."""


def to_document(form: FormDefinition, data: dict[str, Any], saved: datetime | None = None) -> dict[str, Any]:
    return {
        "formulier": form.key,
        "versie": form.version,
        "opgeslagen": (saved or datetime.now()).replace(microsecond=0).isoformat(),
        "gegevens": normalize(form, data),
    }


def dumps(document: dict[str, Any]) -> str:
    """The document as the file a user saves: indented, readable in a text editor. The documents
    a werkmap holds stand one per line: Python's fast JSON writer cannot indent, and indenting
    a few hundred kB took a fifth of a second in the browser."""
    holds = _holds_field(document)
    if not holds:
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    token = f"kinderen-{secrets.token_hex(8)}"  # a placeholder no typed text can contain
    shell = {**document, "gegevens": {**document["gegevens"], holds: token}}
    kids = ",\n".join("      " + json.dumps(k, ensure_ascii=False) for k in document["gegevens"][holds])
    text = json.dumps(shell, ensure_ascii=False, indent=2)
    return text.replace(f'"{token}"', f"[\n{kids}\n    ]" if kids else "[]", 1) + "\n"


def _holds_field(document: dict[str, Any]) -> str:
    from formlogic.forms import FORMS  # the registry imports forms that import this module

    form = FORMS.get(document.get("formulier")) if isinstance(document.get("formulier"), str) else None
    holds = form.holds if form is not None else ""
    gegevens = document.get("gegevens")
    return holds if holds and isinstance(gegevens, dict) and isinstance(gegevens.get(holds), list) else ""


def load_document(text: str, expected_form: str | None = None) -> tuple[FormDefinition, Data, list[Message]]:
    """Parse, check and upgrade a document; returns its form, normalized data and notes."""
    if len(text) > MAX_CHARS and not (len(text) <= MAX_CHARS_HOLDING and _holds_documents(text)):
        raise DocumentError(f"Dit bestand is te groot voor een formulierbestand. {HELP_OPEN}")
    try:
        if nesting_depth(text) > MAX_DEPTH:
            raise json.JSONDecodeError("too deep", text, 0)
        doc = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise DocumentError(f"Dit bestand is geen formulierbestand: het is geen geldige JSON. {HELP_OPEN}") from None
    return open_document(doc, expected_form)


def _holds_documents(text: str) -> bool:
    """Whether a large file says, at its start, that it is a werkmap (checked before parsing:
    reading 20 MB of JSON only to refuse it would keep the browser busy for nothing)."""
    from formlogic.forms import UnknownForm, get_form  # the registry imports forms that import this module

    m = _FORM_KEY.match(text[:200])
    try:
        return m is not None and bool(get_form(m.group(1)).holds)
    except UnknownForm:
        return False


def open_document(doc: Any, expected_form: str | None = None) -> tuple[FormDefinition, Data, list[Message]]:
    """Check and upgrade a parsed document; returns its form, normalized data and notes."""
    from formlogic.forms import UnknownForm, get_form  # the registry imports forms that import this module

    if not isinstance(doc, dict) or "formulier" not in doc or "gegevens" not in doc:
        raise DocumentError(f"Dit bestand is geen formulierbestand van deze site. {HELP_OPEN}")
    try:
        form = get_form(str(doc["formulier"]))
    except UnknownForm as e:
        raise DocumentError(str(e)) from None
    if expected_form is not None and form.key != expected_form:
        raise DocumentError(
            f"Dit bestand hoort bij het formulier '{form.title}'. Open het op de pagina van dat formulier."
        )
    version = doc.get("versie")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DocumentError("Dit bestand heeft geen geldig versienummer ('versie'). Het kan niet worden geopend.")
    if version > form.version:
        raise DocumentError(
            f"Dit bestand is gemaakt met een nieuwere versie van het formulier (versie {version}). "
            f"Deze site kent versie {form.version}. Open het bestand op een nieuwere versie van de site."
        )
    data = doc["gegevens"]
    if not isinstance(data, dict):
        raise DocumentError(f"De gegevens in dit bestand hebben een onverwachte vorm. {HELP_OPEN}")
    for v in range(version, form.version):
        data = form.migrations[v](data)
        if not isinstance(data, dict):  # a migration that met a shape it does not know
            raise DocumentError(f"De gegevens in dit bestand hebben een onverwachte vorm. {HELP_OPEN}")
    notes: list[Message] = []
    known = {f.name for f in form.fields()}
    unknown = sorted(k for k in data if k not in known)
    if unknown:
        notes.append(Message("warning", "Deze onderdelen van het bestand kent het formulier niet; "
                                        f"ze zijn niet geopend: {', '.join(unknown)}."))
    return form, normalize(form, data), notes
