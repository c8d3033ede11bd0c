"""A draft document as plain data, independent of its output format.

Form modules build a Draft from parsed data; render.py turns any Draft into Markdown, HTML or
plain text with one generic template per format, docx.py into a Word file. User text only ever
enters as data.

A draft is a report (a title, then parts with headings) or, with a `letterhead` and a
`signature`, a letter in the Dutch business layout: sender block with room for the logo, the
recipient's address block, place and date, subject and reference, salutation, the body (parts
without headings), closing, room for the signature, name and function. What the site does
not ask (names, addresses) stands as a placeholder in square brackets, to fill in in Word.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "items", "numbered", "facts", "note", "table", "buttons"]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""  # paragraph, note
    items: tuple[str, ...] = ()  # items, numbered
    facts: tuple[tuple[str, str], ...] = ()  # (label, value) rows
    columns: tuple[str, ...] = ()  # table: the header
    rows: tuple[tuple[str, ...], ...] = ()  # table: one tuple of cells per row
    caption: str = ""  # table: what it shows, for screen readers and print
    # buttons (views on the page only; documents leave them out): (action, arg, label)
    buttons: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Part:
    heading: str
    blocks: tuple[Block, ...]
    anchor: str = ""  # an id for links into a view (e.g. one flip-over); empty: none


LOGO = "Ruimte voor het logo of het briefpapier van de organisatie"
ADRES = ("[naam]", "[straat en huisnummer]", "[postcode en plaats]")


@dataclass(frozen=True)
class Letterhead:
    """The top of a letter, in reading order."""
    sender: tuple[str, ...]  # organisation first, then department and contact lines
    place_date: str  # "Kwakelhaven, 10 november 2026"
    subject: str  # after "Onderwerp:"
    salutation: str  # "Beste J6 en ouders,"
    reference: str = ""  # after "Ons kenmerk:"; empty: the line is left out
    recipient: tuple[str, ...] = ADRES
    logo: str = LOGO  # what the marked place for the logo says


@dataclass(frozen=True)
class Signature:
    """The end of a letter: closing, room to sign, then name and function (or placeholders)."""
    closing: str  # "Met vriendelijke groet,"
    lines: tuple[str, ...]  # e.g. ("[naam]", "burgemeester van Kwakelhaven")


@dataclass(frozen=True)
class Draft:
    title: str
    subtitle: str = ""
    parts: tuple[Part, ...] = field(default_factory=tuple)
    footer: str = ""
    voorbeeld: str = ""  # set when the data is a trainer's example: every output says so first
    letterhead: Letterhead | None = None  # set: the draft is a letter (see the module's docstring)
    signature: Signature | None = None

    @property
    def is_letter(self) -> bool:
        return self.letterhead is not None


def paragraph(text: str) -> Block:
    return Block("paragraph", text=text)


def note(text: str) -> Block:
    return Block("note", text=text)


def items(values: list[str] | tuple[str, ...], numbered: bool = False) -> Block:
    return Block("numbered" if numbered else "items", items=tuple(values))


def facts(rows: list[tuple[str, str]]) -> Block:
    return Block("facts", facts=tuple(rows))


def table(columns: list[str] | tuple[str, ...], rows: list[tuple[str, ...]] | list[list[str]], caption: str = "") -> Block:
    return Block("table", columns=tuple(columns), rows=tuple(tuple(r) for r in rows), caption=caption)


def buttons(*specs: tuple[str, str, str]) -> Block:
    """Buttons that run one of the form's actions, e.g. ("antwoorden-verwijderen", org, label)."""
    return Block("buttons", buttons=tuple(specs))
