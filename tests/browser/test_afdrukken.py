"""The draft on paper from the browser matches the .docx (issue 18): the same blocks in the same
order, the same column widths, the same orientation; dates and numbers do not wrap."""
from __future__ import annotations

import re
from xml.etree import ElementTree as ET

import pytest
from playwright.sync_api import Page

from tests import docx_text
from tests.browser.conftest import wait_ready
from tests.browser.helpers import check_and_wait, docx_document, use_example
from tests.docx_text import W


def words(text: str) -> list[str]:
    return re.sub(r"\s+", " ", text).strip().lower().split(" ")


def docx_words(xml: str) -> list[str]:
    return words(docx_text.text(xml))  # a non-breaking hyphen reads '-', a line break starts a new word


def docx_outline(xml: str) -> tuple[list[str], list[list[float]]]:
    """The .docx's headings (Kop1) in order, and each table's column widths as fractions."""
    root = ET.fromstring(xml)
    headings = [docx_text.run_text(p) for p in root.iter(f"{W}p")
                if any(s.get(f"{W}val") == "Kop1" for s in p.iter(f"{W}pStyle"))]
    widths = []
    for tbl in root.iter(f"{W}tbl"):
        grid = [int(g.get(f"{W}w")) for g in tbl.iter(f"{W}gridCol")]
        widths.append([g / sum(grid) for g in grid])
    return headings, widths


@pytest.mark.parametrize("form", ["interventiematrix", "plan-van-aanpak", "brief-burgemeester", "bevestiging-afspraken"])
def test_the_print_view_matches_the_docx(page: Page, site_url: str, form: str):
    page.goto(site_url + f"formulieren/{form}/")
    wait_ready(page)
    use_example(page)
    check_and_wait(page)
    xml = docx_document(page)
    headings, widths = docx_outline(xml)
    page.emulate_media(media="print")
    shown = page.evaluate("""() => {
        const doc = document.querySelector('.kb-draft-doc');
        return {
          headings: [...doc.querySelectorAll('h3')].map((h) => h.textContent),
          text: doc.innerText,
          widths: [...doc.querySelectorAll('table')].map((t) => {
            const cells = [...t.rows[0].cells].map((c) => c.getBoundingClientRect().width);
            const sum = cells.reduce((a, b) => a + b, 0);
            return cells.map((w) => w / sum);
          }),
          wrapped: [...doc.querySelectorAll('.kb-nowrap')].filter((cell) => {
            const range = document.createRange(); range.selectNodeContents(cell);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          }).map((cell) => cell.textContent),
        };
    }""")
    assert shown["headings"] == headings
    assert words(shown["text"]) == docx_words(xml)  # the same text in the same order
    assert len(shown["widths"]) == len(widths)
    for on_paper, in_word in zip(shown["widths"], widths):  # the same widths, to a few per cent
        assert len(on_paper) == len(in_word) and all(abs(a - b) < 0.03 for a, b in zip(on_paper, in_word)), (
            on_paper, in_word)
    assert shown["wrapped"] == []  # "01-12-2026" wrapped over three lines before
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    landscape = 'w:orient="landscape"' in xml  # paper and Word agree on the orientation
    assert landscape == (form == "interventiematrix")
    assert boxes and all((float(w) > float(h)) == landscape for w, h in boxes), boxes
