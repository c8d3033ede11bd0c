"""Trust, for every form at once (generated from the definitions in tests/unit/formcases.py):
hostile text through every place a user types into every output, and a lossless round trip of
any data through the saved file. Runs in CPython and inside Pyodide."""
import csv
import io
import json
import re
import zipfile
from xml.etree import ElementTree as ET
from copy import deepcopy

import pytest
from hypothesis import given, settings

from formlogic import FORMS, bridge
from formlogic.csvfile import to_csv
from formlogic.docx import _NOT_XML, render_docx
from formlogic.document import dumps, load_document, to_document
from formlogic.render import FORMATS, render
from formlogic.validation import build_draft, check, normalize
from tests import docx_text
from tests.unit.formcases import HOSTILE, PAGE_FORMS, places, strategy, with_value

TAGS = ("<script", "<img", "<iframe")  # as tags; their escaped text (&lt;img) is fine
_STYLE = re.compile(r' style="[^"<>]*"')  # column widths: numbers of ours, never user text


def text_of(fmt: str, text: str) -> str:
    """What a reader reads of an output: HTML without our style attributes (column widths)."""
    return _STYLE.sub("", text) if fmt in ("html", "views") else text


def outputs(form, data, today) -> dict[str, str]:
    """Every output the form makes of this data: the draft in each format, the views, the file."""
    out = {"json": dumps(to_document(form, data))}
    result = check(form, data, today=today)
    draft = build_draft(form, result)
    if draft is not None:
        out.update({fmt: render(draft, fmt, standalone=fmt == "html") for fmt in FORMATS})
        with zipfile.ZipFile(io.BytesIO(render_docx(draft))) as zf:
            out["docx"] = zf.read("word/document.xml").decode("utf-8")
    if form.csv and result.ok:
        out["csv"] = to_csv(*form.csv(result.parsed))
    if form.views:
        reply = json.loads(bridge.handle(json.dumps({"type": "refresh", "formulier": form.key, "gegevens": data})))
        assert reply["type"] == "refreshed", reply
        out["views"] = "".join(reply["weergaven"].values()) + "".join(reply["velden"].values())
    return out


@pytest.mark.parametrize("key", PAGE_FORMS)
def test_every_form_has_an_example_that_passes_its_own_checks(key, today):
    result = check(FORMS[key], FORMS[key].example, today=today)
    assert result.ok, [m.text for m in result.messages]


@pytest.mark.parametrize("key", PAGE_FORMS)
def test_hostile_text_in_every_place_comes_out_literally_in_every_output(key, today):
    form = FORMS[key]
    base = outputs(form, normalize(form, deepcopy(form.example)), today)
    tried = 0
    for path, put in places(form, form.example):
        for name, hostile in HOSTILE.items():
            data = with_value(form, put, hostile)
            result = check(form, data, today=today)  # never raises: a Dutch message at most
            if name == "megabyte":  # refused with a Dutch message on that very field
                assert any(m.level == "error" and m.field == path for m in result.messages), path
            out = outputs(form, data, today)
            for fmt, text in out.items():
                if fmt in ("html", "views"):
                    lower = text.lower()
                    assert not any(tag in lower for tag in TAGS), (path, name, fmt)
                if fmt not in ("json", "docx"):
                    assert text_of(fmt, text).count("49") == text_of(fmt, base.get(fmt, "")).count("49"), (
                        path, name, fmt)  # {{ 7*7 }} not run
                if fmt == "md":
                    assert "[klik hier](" not in text and "![beeld](" not in text, (path, name)
                if fmt == "docx":  # well-formed, and nothing Word would run: no fields, only text
                    ET.fromstring(text)
                    assert "instrText" not in text and "<w:fldSimple" not in text, (path, name)
                if fmt == "csv":  # no cell Excel would run as a formula
                    cells = [c for row in csv.reader(io.StringIO(text[1:], newline=""), delimiter=";") for c in row]
                    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells), (path, name)
            reopened = load_document(out["json"], expected_form=form.key)[1]
            assert reopened == normalize(form, data), (path, name)
            tried += 1
    assert tried >= 4 * len(HOSTILE)
    print(f"{key}: {tried} hostile cases ({tried // len(HOSTILE)} places x {len(HOSTILE)} strings)")


@pytest.mark.parametrize("key", PAGE_FORMS)
def test_any_data_survives_save_and_open_exactly(key):
    form = FORMS[key]

    @settings(max_examples=40, deadline=None, database=None)
    @given(strategy(form))
    def round_trip(data):
        text = dumps(to_document(form, data))
        opened = load_document(text, expected_form=form.key)[1]
        assert opened == normalize(form, data)
        again = load_document(dumps(to_document(form, opened)), expected_form=form.key)[1]
        assert again == opened

    round_trip()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_in_the_letter_and_table_blocks_stays_literal(name):
    """The blocks of issue 18 (letter head, signature, tables with their widths) in every format:
    the text comes out as text, escaped where the format needs it, never run or turned into markup."""
    from markupsafe import escape

    from formlogic import draft as d
    from formlogic.render import md_escape

    h = HOSTILE[name]
    draft = d.Draft(h, parts=(d.Part("", (d.paragraph(h),)),
                              d.Part(h, (d.table([h, "Nr."], [(h, "1"), ("kort", h)], caption=h), d.facts([(h, h)])))),
                    letterhead=d.Letterhead(sender=(h, h), place_date=h, subject=h, salutation=h, reference=h,
                                            recipient=(h,), logo=h),
                    signature=d.Signature(h, (h, h)))
    out = {fmt: render(draft, fmt, standalone=fmt == "html") for fmt in FORMATS}
    with zipfile.ZipFile(io.BytesIO(render_docx(draft))) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    lower = out["html"].lower()
    assert not any(tag in lower for tag in TAGS)
    for fmt in ("html", "md", "txt"):
        assert text_of(fmt, out[fmt]).count("49") == 0, fmt  # {{ 7*7 }} is not run
    assert "instrText" not in xml and "<w:fldSimple" not in xml
    texts = docx_text.run_text(ET.fromstring(xml))
    if "\n" not in h:
        assert texts.count(_NOT_XML.sub("", h)) >= 10, name  # Word gets the text, less what XML cannot hold
        assert out["txt"].count(h) >= 10 and out["html"].count(str(escape(h))) >= 10
        assert out["md"].count(md_escape(h)) >= 8  # table cells are escaped as cells
