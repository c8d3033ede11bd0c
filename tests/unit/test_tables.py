"""Table layout on paper (formlogic/tables.py): widths from what the columns hold, the same in
the .docx and the print view; no word is narrower than its column."""
import re
from datetime import date

from formlogic import FORMS, draft as d, tables
from formlogic.docx import PAGE_WIDTH, render_docx
from formlogic.render import render
from formlogic.validation import build_draft, check
from tests.unit.test_docx import NS, document


def matrix_table() -> d.Block:
    form = FORMS["interventiematrix"]
    draft = build_draft(form, check(form, form.example, today=date(2027, 1, 15)))
    return next(b for p in draft.parts for b in p.blocks if b.kind == "table" and "Verwacht resultaat" in b.columns)


def test_long_text_gets_wide_columns_and_dates_and_numbers_narrow_ones():
    block = matrix_table()
    lay = tables.layout(block, landscape=True)
    width = dict(zip(block.columns, lay.fractions))
    assert abs(sum(lay.fractions) - 1) < 1e-9
    assert width["Wat"] > 1.5 * width["Start"] and width["Doelen"] > 1.5 * width["Eind"]
    assert width["Verwacht resultaat"] > width["Status"] and width["Nr."] < width["Start"]
    nowrap = dict(zip(block.columns, lay.nowrap))
    assert nowrap["Nr."] and nowrap["Start"] and nowrap["Eind"] and not nowrap["Wat"]


def test_every_column_holds_its_longest_word_at_the_chosen_size():
    plan = d.table(["Partner", "Taak en verantwoordelijkheid"], [("Jongerenwerk", "Contact met de groep, stage voor J1"),
                                                               ("Zorg- en Veiligheidshuis", "Regie op de persoonsgerichte aanpak")])
    for block, landscape in ((matrix_table(), True), (plan, False)):
        lay = tables.layout(block, landscape)
        room = tables.PAGE_WIDTH[landscape] * lay.share
        for i, f in enumerate(lay.fractions):
            texts = [block.columns[i], *(r[i] for r in block.rows)]
            longest = max(tables.width(w, bold=True) for t in texts for w in t.split())
            assert (f * room - tables.CELL_PADDING) / lay.font_size >= longest, (landscape, block.columns[i])


def test_a_small_table_keeps_its_own_width_and_a_word_too_long_for_the_page_still_gets_a_layout():
    small = tables.layout(d.facts([("Groep", "Marktplein")]))
    assert small.share < 0.5 and small.font_size == 10
    huge = tables.layout(d.table(["A", "B"], [("x" * 5000, "kort")]))
    assert huge.font_size == min(tables.FONT_SIZES) and huge.fractions[0] > 0.9 and huge.share == 1.0


def test_the_docx_and_the_print_view_carry_the_same_widths():
    block = matrix_table()
    draft = d.Draft("Matrix", parts=(d.Part("Acties", (block,)),))
    lay = tables.layout(block, landscape=True)
    root = document(render_docx(draft))
    grid = [int(g.get(f"{{{NS['w']}}}w")) for g in root.iterfind(".//w:gridCol", NS)]
    assert abs(sum(grid) - PAGE_WIDTH[True]) <= len(grid) and len(grid) == len(block.columns)
    assert [round(g / sum(grid), 3) for g in grid] == [round(f, 3) for f in lay.fractions]
    assert root.find(".//w:tblLayout", NS).get(f"{{{NS['w']}}}type") == "fixed"
    cells = [int(w.get(f"{{{NS['w']}}}w")) for w in root.find(".//w:tr", NS).iterfind(".//w:tcW", NS)]
    assert cells == grid  # every cell says its width, as Word and LibreOffice want
    html = render(draft, "html")
    cols = [float(x) for x in re.findall(r'<col style="width: ([\d.]+)%">', html)]
    assert len(cols) == len(lay.fractions) and all(abs(c / 100 - f) < 0.0006 for c, f in zip(cols, lay.fractions))
    assert "kb-draft-doc--liggend" in html and html.count('class="kb-nowrap"') >= 3 * len(block.rows)
