"""Every form's .docx (its example data) as a reader opens it: python-docx reads it, LibreOffice
turns it into a PDF, and in that PDF no word of a table breaks over two lines, no heading or
caption is left alone at the foot of a page, no table row is cut over two pages; the
interventiematrix example (10 actions) fits on three landscape pages. PNGs of the pages stay
in test-results/print/ to look at."""
from __future__ import annotations

import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
import pytest

from formlogic import FORMS, tables
from formlogic.docx import render_docx
from formlogic.draft import Draft, Part, table
from formlogic.validation import build_draft, check
from tests.print.conftest import need, pdf_pages, pdf_text, to_pdf
from tests.unit.formcases import PAGE_FORMS

TODAY = date(2026, 11, 24)


@dataclass(frozen=True)
class Printed:
    draft: Draft
    docx: Path
    pdf: Path


@pytest.fixture(scope="session")
def printed(results: Path, tmp_path_factory) -> dict[str, Printed]:
    """Each form's example draft as .docx and as LibreOffice's PDF of it (one LibreOffice run)."""
    out = tmp_path_factory.mktemp("docx")
    made = {}
    for key in PAGE_FORMS:
        form = FORMS[key]
        draft = build_draft(form, check(form, form.example, today=TODAY))
        assert draft is not None, key
        path = out / f"{key}.docx"
        path.write_bytes(render_docx(draft))
        made[key] = Printed(draft, path, out / f"{key}.pdf")
    to_pdf([p.docx for p in made.values()], out)
    for key, p in made.items():
        (results / p.pdf.name).write_bytes(p.pdf.read_bytes())
        subprocess.run([need("pdftoppm"), "-r", "70", "-png", str(p.pdf), str(results / key)], check=True)
    return made


def words(text: str) -> Counter:
    return Counter(text.split())


@pytest.mark.parametrize("key", PAGE_FORMS)
def test_every_docx_opens_in_python_docx_with_its_tables(printed, key):
    p = printed[key]
    document = docx.Document(str(p.docx))
    text = "\n".join(par.text for par in document.paragraphs)
    assert p.draft.title in text or any(p.draft.title in c.text for t in document.tables for r in t.rows for c in r.cells)
    blocks = [b for part in p.draft.parts for b in part.blocks]
    assert len(document.tables) >= sum(b.kind in ("table", "facts") for b in blocks)
    for table in document.tables:  # the widths are written out: every column has its own
        widths = [c.width for c in table.columns]
        assert all(w and w > 0 for w in widths), (key, widths)


@pytest.mark.parametrize("key", PAGE_FORMS)
def test_every_docx_converts_to_pdf_and_no_word_breaks_in_a_table(printed, key):
    p = printed[key]
    assert p.pdf.exists() and pdf_pages(p.pdf), f"LibreOffice made no PDF of {key}"
    document = docx.Document(str(p.docx))
    cells = Counter()
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                cells.update(words(cell.text))
    everything = words("\n".join(par.text for par in document.paragraphs)) + cells
    on_paper = words(pdf_text(p.pdf, "-layout"))
    # A word broken over two lines is missing from the PDF as a whole word.
    broken = {w: n for w, n in cells.items() if on_paper[w] < everything[w]}
    assert not broken, f"{key}: deze woorden in een tabel breken af in LibreOffice: {broken}"


def test_the_matrix_example_fits_on_three_landscape_pages(printed):
    p = printed["interventiematrix"]
    assert len(p.draft.parts[1].blocks[0].rows) == 10  # the practice example's 10 actions
    pages = pdf_pages(p.pdf)
    assert 1 <= len(pages) <= 3, f"{len(pages)} pagina's"
    assert all(w > h for w, h in pages)  # landscape
    text = pdf_text(p.pdf, "-layout")
    assert re.search(r"\b01-12-2026\b", text)  # dates whole, on one line
    # The table's header row repeats on every page that holds its rows.
    header = re.compile(r"^\s*Nr\.\s+Wat\s+Doelen\s+Spoor", re.M)
    for page in text.split("\f"):
        if re.search(r"^\s*\d+\s+\S.*\d\d-\d\d-\d{4}\s+\d\d-\d\d-\d{4}", page, re.M):  # a row of actions
            assert header.search(page), page[:300]


def _body_pages(p: Printed) -> list[list[str]]:
    """Each page's non-empty lines, as LibreOffice laid them out."""
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pdf_text(p.pdf).split("\f")[:-1]]


@pytest.mark.parametrize("key", PAGE_FORMS)
def test_no_heading_or_caption_is_left_alone_at_the_foot_of_a_page(printed, key):
    p = printed[key]
    kept = {part.heading for part in p.draft.parts if part.heading} | {
        b.caption for part in p.draft.parts for b in part.blocks if b.kind == "table" and b.caption}
    pages = _body_pages(p)
    for n, lines in enumerate(pages[:-1], 1):  # keep-with-next: a heading goes to the page of what follows
        assert lines and lines[-1] not in kept, f"{key}: '{lines[-1]}' staat alleen onderaan pagina {n}"


@pytest.mark.parametrize("key", PAGE_FORMS)
def test_table_rows_that_fit_on_a_page_are_not_cut_in_two(printed, key):
    p = printed[key]
    landscape = tables.is_landscape(p.draft)
    pages = [set(pdf_text(p.pdf, "-layout").split("\f")[n].split()) for n in range(len(pdf_pages(p.pdf)))]
    checked = 0
    for block in (b for part in p.draft.parts for b in part.blocks if b.kind in ("table", "facts")):
        lay = tables.layout(block, landscape)
        rows = block.rows if block.kind == "table" else block.facts
        for row in rows:
            cells = tuple(row)
            if not tables.fits_on_a_page(cells, lay, landscape):
                continue
            row_words = set(" ".join(cells).split())
            assert any(row_words <= page for page in pages), f"{key}: rij verdeeld over twee pagina's: {cells}"
            checked += 1
    assert checked or not any(b.kind in ("table", "facts") for part in p.draft.parts for b in part.blocks)


def test_a_long_table_breaks_between_rows_and_repeats_its_header(tmp_path):
    """Rows of several lines over several pages: each row whole on one page, the header on each."""
    rows = [(str(i), f"begin{i} " + "woord " * 55 + f"eind{i}") for i in range(1, 31)]
    draft = Draft("Lange tabel", parts=(Part("Rijen", (table(["Nr.", "Tekst"], rows),)),))
    path = tmp_path / "lang.docx"
    path.write_bytes(render_docx(draft))
    to_pdf([path], tmp_path)
    pages = pdf_text(tmp_path / "lang.pdf").split("\f")[:-1]
    assert len(pages) >= 3, len(pages)
    for n, page in enumerate(pages, 1):
        found = set(page.split())
        assert "Tekst" in found, f"pagina {n} zonder kopregel"
        for i, _ in rows:
            assert (f"begin{i}" in found) == (f"eind{i}" in found), f"rij {i} verdeeld over pagina {n} en de volgende"
