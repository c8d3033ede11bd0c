"""The .docx writer: a real Word package, real headings, lists and tables, Dutch, and user text
that stays text (no fields, no markup), in CPython and inside Pyodide."""
import io
import zipfile
from datetime import date
from xml.etree import ElementTree as ET

import pytest

from formlogic import FORMS, draft as d
from formlogic.docx import render_docx
from formlogic.validation import build_draft, check
from tests import docx_text

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n).decode("utf-8") for n in zf.namelist()}


def document(data: bytes) -> ET.Element:
    return ET.fromstring(parts(data)["word/document.xml"])


def styles_used(root: ET.Element) -> list[str]:
    return [s.get(f"{{{NS['w']}}}val") for s in root.iterfind(".//w:pStyle", NS)]


def text_of(root: ET.Element) -> str:
    return docx_text.run_text(root)


SAMPLE = d.Draft("Titel", subtitle="Onder", parts=(
    d.Part("Deel één", (d.paragraph("Regel 1\nRegel 2"), d.items(["a", "b"]), d.items(["x", "y"], numbered=True),
                         d.facts([("Naam", "Waarde")]))),
    d.Part("Deel twee", (d.table(["A", "B"], [("1", "2")], caption="Onderschrift"), d.note("Let op"))),
), footer="Voet")


def test_a_word_package_with_every_part_in_place():
    p = parts(render_docx(SAMPLE))
    assert set(p) == {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
                      "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels"}
    for name, text in p.items():
        ET.fromstring(text)  # every part is well-formed XML
    assert 'w:lang w:val="nl-NL"' in p["word/styles.xml"]
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in p["word/document.xml"]  # A4, upright


def test_headings_lists_and_tables_are_real():
    root = document(render_docx(SAMPLE))
    assert styles_used(root).count("Kop1") == 2 and "Titel" in styles_used(root)
    nums = [n.get(f"{{{NS['w']}}}val") for n in root.iterfind(".//w:numId", NS)]
    assert nums == ["1", "1", "2", "2"]  # a list per block: every numbered list starts at 1
    numbering = parts(render_docx(SAMPLE))["word/numbering.xml"]
    assert 'w:numFmt w:val="bullet"' in numbering and 'w:numFmt w:val="decimal"' in numbering
    assert len(root.findall(".//w:tbl", NS)) == 2
    assert root.find(".//w:tblHeader", NS) is not None  # the header row repeats on every page
    assert len(root.findall(".//w:br", NS)) == 1  # a line break inside the paragraph


def test_a_wide_table_makes_the_page_landscape():
    form = FORMS["interventiematrix"]
    draft = build_draft(form, check(form, form.example, today=date(2027, 1, 15)))
    assert 'w:orient="landscape"' in parts(render_docx(draft))["word/document.xml"]


@pytest.mark.parametrize("hostile", ['{ MERGEFIELD naam } { INCLUDETEXT "c:\\\\x" }', "<w:fldSimple w:instr=\"DATE\"/>",
                                     "{{ 7*7 }} {% raw %}", "<img src=x onerror=alert(1)>", "[link](https://example.org)"])
def test_user_text_stays_plain_text(hostile):
    data = render_docx(d.Draft(hostile, parts=(d.Part(hostile, (d.paragraph(hostile), d.items([hostile]))),)))
    xml = parts(data)["word/document.xml"]
    assert "fldSimple" not in xml.replace("&lt;w:fldSimple", "") and "instrText" not in xml
    assert text_of(ET.fromstring(xml)).count(hostile) == 4


def test_characters_xml_cannot_hold_are_dropped_and_the_rest_kept():
    data = render_docx(d.Draft("a\x00b\x07c\x1bd 👍🏽 \u202eX", parts=()))
    assert text_of(document(data)) == "abcd 👍🏽 \u202eX"


def test_the_same_draft_gives_the_same_bytes():
    assert render_docx(SAMPLE) == render_docx(SAMPLE)


def test_a_date_does_not_split_in_word_and_reads_back_whole():
    """A hyphen between digits is Word's non-breaking hyphen; every test reads it back as '-'
    (tests/docx_text.py), so '01-12-2026' in the .docx is the same text as on the page."""
    xml = parts(render_docx(d.Draft("Op 01-12-2026", parts=(d.Part("", (d.table(["Datum"], [("1-2-3 en a-b",)]),)),))))[
        "word/document.xml"]
    assert xml.count("<w:noBreakHyphen/>") == 4  # a-b keeps its ordinary hyphen
    assert docx_text.paragraphs(xml)[:3] == ["Op 01-12-2026", "Datum", "1-2-3 en a-b"]
