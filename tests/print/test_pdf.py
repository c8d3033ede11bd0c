"""The handbook and the handouts as PDF (tools/sitebuild/pdf.py, run by `make site`): a cover,
a table of contents whose page numbers are right, running heads, page numbers, no nearly
empty page, no ICT pages; every handout on one A4; a download button on their pages."""
from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest

from tests.print.conftest import need, pdf_pages, pdf_text

ROOT = Path(__file__).resolve().parents[2]
HANDOUTS = sorted(p.stem for p in (ROOT / "docs" / "training").glob("handout-*.md"))
A4 = (595.3, 841.9)
FEW_LINES = 5  # a page with fewer lines of text than this (besides its head and foot) is nearly empty
TOC_LINE = re.compile(r"^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$")


@pytest.fixture(scope="module")
def handbook(built_site: Path, results: Path) -> tuple[Path, list[str]]:
    pdf = built_site / "handboek" / "handboek.pdf"
    assert pdf.exists(), f"{pdf} ontbreekt: `make site` maakt het (make pdf)"
    for page in (1, 2, 4, 30):  # to look at: cover, contents, a chapter, a later page
        subprocess.run([need("pdftoppm"), "-r", "60", "-png", "-f", str(page), "-l", str(page), str(pdf),
                        str(results / "handboek")], check=True)
    return pdf, pdf_text(pdf, "-layout").split("\f")[:-1]


def body_lines(page: str) -> list[str]:
    """A page's lines of text without its running head (first line) and its foot (page number)."""
    lines = [line for line in page.splitlines() if line.strip()]
    if lines and re.search(r"Pagina \d+\s*$", lines[-1]):
        lines = lines[:-1]
    return lines[1:] if len(lines) > 1 else lines


def test_the_handbook_is_a4_with_a_cover_and_page_numbers(handbook):
    pdf, pages = handbook
    sizes = pdf_pages(pdf)
    print(f"handboek: {len(sizes)} pagina's")
    assert 60 <= len(sizes) <= 300 and len(pages) == len(sizes)
    assert all(abs(w - A4[0]) < 1 and abs(h - A4[1]) < 1 for w, h in sizes)
    assert "Jeugdgroepen Kennisbank" in pages[0] and "Pagina" not in pages[0]  # the cover: no number
    for n in range(2, len(pages) + 1):
        assert re.search(rf"Pagina {n}\s*$", pages[n - 1].rstrip()), f"pagina {n} heeft geen paginanummer"


def headings(built_site: Path) -> list[str]:
    """The heading each entry of the handbook's contents links to, in the contents' order (the
    entries carry the menu's titles, the pages their own headings)."""
    book = (built_site / "handboek" / "index.html").read_text(encoding="utf-8")
    nav = book[book.index('class="print-page-toc-nav"'):book.index("</nav>", book.index('class="print-page-toc-nav"'))]
    out = []
    for target in re.findall(r'<a href="#([^"]+)"', nav):
        section = re.search(rf"""<section[^>]*\bid=["']{re.escape(target)}["'][^>]*>\s*<h1[^>]*>(.*?)<""", book, re.S)
        assert section, target
        out.append(html.unescape(re.sub(r"<[^>]+>", "", section.group(1))).strip())
    return out


def test_the_contents_give_the_page_each_part_starts_on(handbook, built_site: Path):
    _, pages = handbook
    contents = [m.groups() for page in pages[1:4] for line in page.splitlines() if (m := TOC_LINE.match(line))]
    assert len(contents) >= 40, contents
    numbers = [int(n) for _, n in contents]
    assert numbers == sorted(numbers) and numbers[0] >= 3
    targets = headings(built_site)
    assert len(targets) == len(contents)
    for (title, n), heading in zip(contents, targets):  # target-counter(): the page the heading is on
        assert " ".join(heading.split()) in " ".join(pages[int(n) - 1].split()), f"'{heading}' ({title}) niet op pagina {n}"
    titles = [t for t, _ in contents]
    assert not any("Hosten op een intranet" in t or "beheer" in t.lower() for t in titles)  # no ICT page


def test_running_heads_name_the_chapter(handbook):
    _, pages = handbook
    chapters = {"7-stappenmodel", "Praktijkverhalen", "Methodieken", "Formulieren", "Training", "Meer"}
    heads = [page.splitlines()[0].split("  ")[0].strip() for page in pages[3:] if page.strip()]
    assert chapters <= set(heads), set(heads)


def test_no_page_is_nearly_empty_except_the_cover(handbook):
    _, pages = handbook
    short = {n: len(body_lines(p)) for n, p in enumerate(pages, 1) if n > 1 and len(body_lines(p)) < FEW_LINES}
    assert not short, f"bijna lege pagina's (pagina: regels): {short}"


@pytest.mark.parametrize("name", HANDOUTS)
def test_every_handout_is_one_a4_pdf(built_site: Path, results: Path, name: str):
    pdf = built_site / "training" / name / f"{name}.pdf"
    assert pdf.exists(), f"{pdf} ontbreekt"
    sizes = pdf_pages(pdf)
    assert len(sizes) == 1 and abs(sizes[0][0] - A4[0]) < 1 and abs(sizes[0][1] - A4[1]) < 1, sizes
    title = re.search(r"^# (.+)$", (ROOT / "docs" / "training" / f"{name}.md").read_text(encoding="utf-8"), re.M).group(1)
    text = " ".join(pdf_text(pdf).split())
    assert title in text and "Kies Afdrukken" not in text and "Download als pdf" not in text
    subprocess.run([need("pdftoppm"), "-r", "60", "-png", str(pdf), str(results / name)], check=True)


@pytest.mark.parametrize("page, pdf", [("handboek/index.html", "handboek.pdf"),
                                       *[(f"training/{n}/index.html", f"{n}.pdf") for n in HANDOUTS]])
def test_the_page_has_a_button_to_download_its_pdf(built_site: Path, page: str, pdf: str):
    html = (built_site / page).read_text(encoding="utf-8")
    assert re.search(rf'<a class="md-button md-button--primary" href="{re.escape(pdf)}" download>Download', html)
    assert (built_site / page).parent.joinpath(pdf).exists()


def test_text_for_the_screen_only_stays_off_paper(handbook, built_site: Path):
    """'Klik in de figuur op een stap' means nothing in print: on the site it shows, in the PDF not."""
    _, pages = handbook
    page = (built_site / "stappen" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<p class="kb-alleen-scherm">Klik in de figuur op een stap', page)
    assert not any("Klik in de figuur" in p for p in pages)
