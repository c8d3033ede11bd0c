"""The text of a .docx's word/document.xml as Word shows it, for tests: one reader for every test.

A run holds more than w:t: formlogic.docx writes a hyphen between digits (10-12-2026) as
w:noBreakHyphen, a line break as w:br. Reading only w:t turns '01-12-2026' into '01' '12' '2026'
glued or split; this reader gives each element the character Word shows for it."""
from __future__ import annotations

from xml.etree import ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SHOWN = {f"{W}noBreakHyphen": "-", f"{W}softHyphen": "", f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n"}


def _root(xml: str | bytes | ET.Element) -> ET.Element:
    return xml if isinstance(xml, ET.Element) else ET.fromstring(xml)


def run_text(run: ET.Element) -> str:
    """The text of one element (a run, a paragraph, the body) in document order."""
    out = []
    for el in run.iter():
        if el.tag == f"{W}t":
            out.append(el.text or "")
        elif el.tag in SHOWN:
            out.append(SHOWN[el.tag])
    return "".join(out)


def paragraphs(xml: str | bytes | ET.Element) -> list[str]:
    """Every paragraph's text (table cells' paragraphs too), in document order."""
    return [run_text(p) for p in _root(xml).iter(f"{W}p")]


def text(xml: str | bytes | ET.Element) -> str:
    """The whole document's text, one paragraph a line."""
    return "\n".join(paragraphs(xml))
