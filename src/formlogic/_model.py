"""The form-definition model: the single source for a form's HTML, validation and document.

A form is a tuple of sections (rendered as fieldsets); a section holds fields. Field values in
a form's data are always what the user typed (strings, lists of strings, lists of dicts of
strings): parsing happens in validation, so a file keeps exactly what was typed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

FieldType = Literal["text", "textarea", "date", "number", "choice", "list", "group"]
Level = Literal["error", "warning", "hint"]
# How a level reads in Dutch, on the page ("niveau") and on the command line.
LEVEL_NL: dict[str, str] = {"error": "fout", "warning": "waarschuwing", "hint": "tip"}
Data = dict[str, Any]


@dataclass(frozen=True)
class Message:
    """One finding about the data, in Dutch. `field` is a path like `afspraken.2` or None."""

    level: Level
    text: str
    field: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "niveau": LEVEL_NL[self.level],
            "tekst": self.text,
            "veld": self.field,
            "id": field_id(self.field) if self.field else None,
        }


def field_id(path: str) -> str:
    """The HTML id of a field path: `professionals.0.naam` -> `f-professionals-0-naam`."""
    return "f-" + path.replace(".", "-")


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    uitleg: str = ""


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    type: FieldType = "text"
    help: str = ""
    required: bool = False
    required_text: str = ""  # the message when empty; default: "Vul <label> in."
    mark_optional: bool = True  # "(optioneel)" after the label; off for one-of-two pairs
    options: tuple[Option, ...] = ()
    # list / group: one row per item; `item_fields` are the columns of a group row.
    item_label: str = ""
    item_fields: tuple[Field, ...] = ()
    initial_items: int = 1
    max_items: int = 20
    # text / textarea
    max_length: int = 0  # 0: the form-wide default applies
    rows: int = 4
    privacy_scan: bool = False  # warn when the text looks like a BSN, phone number or e-mail
    autocomplete: str = "off"
    # number
    minimum: int | None = None
    maximum: int | None = None
    inputmode: str = ""

    @property
    def is_repeating(self) -> bool:
        return self.type in ("list", "group")


@dataclass(frozen=True)
class Section:
    legend: str
    fields: tuple[Field, ...]
    help: str = ""


@dataclass(frozen=True)
class Parsed:
    """Parsed values for the form's own rules: None when empty; `invalid` names fields with errors."""

    values: Mapping[str, Any]
    invalid: frozenset[str]
    today: date

    def get(self, name: str) -> Any:
        return None if name in self.invalid else self.values.get(name)


CrossCheck = Callable[[Parsed], list[Message]]


@dataclass(frozen=True)
class FormDefinition:
    key: str
    title: str
    intro: str
    version: int
    sections: tuple[Section, ...]
    # Form-specific rules over the parsed data; see `validation.parse`.
    cross_checks: tuple[CrossCheck, ...] = ()
    # Facts computed from parsed data that the page shows, e.g. a deadline: {key: Dutch text}.
    derive: Callable[[Parsed], dict[str, str]] | None = None
    # Builds the draft document from parsed data (see draft.py).
    build_draft: Callable[[Parsed], Any] | None = None
    # Upgrades older document versions: {old_version: function(data) -> data of old_version+1}.
    migrations: Mapping[int, Callable[[Data], Data]] = field(default_factory=dict)
    draft_title: str = "Concept"
    default_max_length: int = 5000

    def fields(self) -> Iterator[Field]:
        for section in self.sections:
            yield from section.fields
