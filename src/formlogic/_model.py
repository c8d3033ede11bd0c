"""The form-definition model: the single source for a form's HTML, validation and document.

A form is a tuple of sections (rendered as fieldsets); a section holds fields and may show
views (read-only panels computed by Python, e.g. the flip-overs of a session). Field values in
a form's data are always what the user typed (strings, lists of strings, lists of dicts of
strings, dicts of strings): parsing happens in validation, so a file keeps exactly what was typed.

Some fields depend on others: a `resolve` function turns the field into its concrete form for
the data at hand (one answer box per question the user wrote, say). The page asks Python for
their HTML again when a field they depend on changes.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

FieldType = Literal[
    "text", "textarea", "date", "number", "choice",  # one value
    "choices",  # several of the options (checkboxes): a list of their values
    "list", "group",  # repeating rows: strings, or dicts of strings
    "map",  # one text per key, keys known from the data (e.g. one rode draad per question)
    "hidden",  # a value the page carries but does not show (ids)
    "data",  # structured data the page carries whole (e.g. answers taken in from files)
]
Level = Literal["error", "warning", "hint", "info"]
# How a level reads in Dutch, on the page ("niveau") and on the command line.
LEVEL_NL: dict[str, str] = {"error": "fout", "warning": "waarschuwing", "hint": "tip", "info": "info"}
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
    required_text: str = ""  # the message when empty; default: built from the label (messages.py)
    # How messages name the value where the label does not tell (messages.py): the label's
    # article ("de", "het"), or the whole phrase ("de einddatum", or a clause: "wat er gebeurt").
    article: Literal["", "de", "het"] = ""
    noun: str = ""
    mark_optional: bool = True  # "(optioneel)" after the label; off for one-of-two pairs
    initial: Any = None  # what a new form holds: a string, or a tuple of rows for list/group
    # choice: the options; `widget` select suits narrow places such as table cells.
    options: tuple[Option, ...] = ()
    widget: Literal["radio", "select"] = "radio"
    # list / group: one row per item; `item_fields` are the columns of a group row.
    item_label: str = ""
    item_fields: tuple[Field, ...] = ()
    initial_items: int = 1
    max_items: int = 20
    reorder: bool = False  # rows can also move up and down and be copied (every row can be removed)
    layout: Literal["rows", "table"] = "rows"
    # map: one item per key; Option.value is the key, label and uitleg the item's label and help.
    keys: tuple[Option, ...] = ()
    item_type: Literal["text", "textarea"] = "textarea"  # the control of a list or map item
    # fields that depend on the data: `resolve(data)` gives the concrete field (keys, options).
    resolve: Callable[[Data], Field] | None = None
    depends_on: tuple[str, ...] = ()
    empty_text: str = ""  # shown instead of a map without keys
    # hidden: `auto_id` asks the page for a fresh random id when the row or form is new.
    auto_id: bool = False
    # data: turns anything into the field's shape; never raises (a bad file part becomes empty).
    normalize_data: Callable[[Any], Any] | None = None
    # data: the texts it holds that came from elsewhere, as (where, text) with `where` saying
    # where in a sentence ("in het antwoord van Politie op vraag 3"); given the field's value
    # and the whole normalized data. They get the privacy scan typed text gets (validation).
    texts: Callable[[Any, Data], Iterable[tuple[str, str]]] | None = None
    # text / textarea
    max_length: int = 0  # 0: the form-wide default applies
    rows: int = 4
    privacy_scan: bool = False  # warn when the text looks like a BSN, phone number or e-mail
    privacy_advice: str = ""  # after such a warning, instead of the form's (text the user cannot change)
    autocomplete: str = "off"
    # number
    minimum: int | None = None
    maximum: int | None = None
    inputmode: str = ""

    @property
    def is_repeating(self) -> bool:
        return self.type in ("list", "group")

    @property
    def is_dynamic(self) -> bool:
        return self.resolve is not None

    @property
    def shown(self) -> bool:
        """Whether the page shows a control for this field."""
        return self.type not in ("hidden", "data")


@dataclass(frozen=True)
class Section:
    legend: str
    fields: tuple[Field, ...]
    help: str = ""
    views: tuple[str, ...] = ()  # names of the form's views shown at the end of this section
    files: str = ""  # a button text: this section takes in files (several, or dropped here)
    exports: tuple[str, ...] = ()  # names of the form's exports offered as buttons here
    actions: tuple[Option, ...] = ()  # buttons that run one of the form's actions (value: its name)


@dataclass(frozen=True)
class Parsed:
    """Parsed values for the form's own rules: None when empty; `invalid` names fields with errors."""

    values: Mapping[str, Any]
    invalid: frozenset[str]
    today: date
    raw: Mapping[str, Any] = field(default_factory=dict)  # the normalized data, exactly as typed

    def get(self, name: str) -> Any:
        return None if name in self.invalid else self.values.get(name)


CrossCheck = Callable[[Parsed], list[Message]]


@dataclass(frozen=True)
class Conflict:
    """A choice only the user can make (which answers to keep, say); `key` names it in `keuzes`."""

    key: str
    question: str
    options: tuple[Option, ...]

    def to_json(self) -> dict[str, Any]:
        return {"sleutel": self.key, "vraag": self.question,
                "opties": [{"waarde": o.value, "label": o.label} for o in self.options]}


@dataclass(frozen=True)
class Outcome:
    """What an action or an intake of files did: new data (None: nothing changed), messages,
    and the choices still to make. With open conflicts nothing is changed yet."""

    data: Data | None
    messages: tuple[Message, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    # A form that holds documents (see `FormDefinition.holds`) may ask the page to show one of
    # them after this outcome: the id of that document (a new one, say).
    show: str = ""


@dataclass(frozen=True)
class Incoming:
    """A file of another form, already checked, upgraded and normalized."""

    name: str  # the file name, for messages
    form: str
    data: Data


@dataclass(frozen=True)
class View:
    """A read-only panel computed from the data (flip-overs, a grid), rendered like a draft."""

    name: str
    title: str
    build: Callable[[Parsed], Any]  # returns a draft.Draft
    present: bool = False  # offer a presentation mode: one part per screen


@dataclass(frozen=True)
class Export:
    """A document made from this form's data for another form (a question file, say)."""

    label: str
    build: Callable[[Parsed], tuple[str, Data]]  # (form key of the document, its data)
    needs_valid: bool = True  # refuse while the form has errors
    filename: Callable[[Parsed], str] | None = None
    in_draft: bool = False  # also offered next to the draft's downloads


# An action: (data, parsed, arguments from the page) -> Outcome. Arguments: "arg", "keuzes".
Action = Callable[[Data, Parsed, Mapping[str, Any]], Outcome]
# An intake of files of other forms: (data, files, keuzes) -> Outcome.
Intake = Callable[[Data, list[Incoming], Mapping[str, str]], Outcome]


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
    # After a privacy warning ("dit lijkt een BSN te bevatten."): why to leave it out.
    privacy_advice: str = "Laat dit weg: het verslag heeft het niet nodig."
    views: tuple[View, ...] = ()
    actions: Mapping[str, Action] = field(default_factory=dict)
    exports: Mapping[str, Export] = field(default_factory=dict)
    # Documents of other forms this form takes in when the user opens them: {form key: intake}.
    accepts: Mapping[str, Intake] = field(default_factory=dict)
    # The start of download file names, from the data (e.g. the organisation); default: the key.
    file_stem: Callable[[Parsed], str] | None = None
    page: str = ""  # docs-relative page of the form, for messages that send a user there
    # Table data for a spreadsheet (CSV): (columns, rows); None: the form has no CSV.
    csv: Callable[[Parsed], tuple[list[str], list[list[str]]]] | None = None
    # Fictional data that passes the form's checks: the trainer's example, and the base the
    # tests put hostile input into (every page form has one; tests/unit/test_trust.py).
    example: Data | None = None
    # A form whose document holds other forms' documents whole (the werkmap): the name of the
    # field that holds them (formlogic/container.py). Empty: an ordinary form.
    holds: str = ""
    # Files made from the data besides the draft, packed in one zip (every document in its own
    # formats, say): (parsed) -> [(name inside the zip, bytes)]. None: the form has no zip.
    package: Callable[[Parsed], list[tuple[str, bytes]]] | None = None

    def fields(self) -> Iterator[Field]:
        for section in self.sections:
            yield from section.fields
        yield EXAMPLE_FIELD

    def view(self, name: str) -> View | None:
        return next((v for v in self.views if v.name == name), None)


def _example_mark(value: Any) -> str | None:
    return value[:200] if isinstance(value, str) and value.strip() else None


# Every form carries this: set when a trainer fills the form with its example, so every output
# says it is an example. Left out of the file when empty.
EXAMPLE_FIELD = Field("voorbeeld", "Oefenvoorbeeld", "data", normalize_data=_example_mark)


def concrete(f: Field, data: Data) -> Field:
    """The field as it stands for this data (a dynamic field resolved, its name kept)."""
    if f.resolve is None:
        return f
    return replace(f.resolve(data), name=f.name, resolve=f.resolve, depends_on=f.depends_on)
