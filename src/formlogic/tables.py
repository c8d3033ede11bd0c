"""How a table of a draft is laid out on paper: column widths from what each column holds, and
the font size at which no word has to break. One computation for the .docx (docx.py) and the
page's print view (render.py's templates), so both show the same widths.

Why our own: Word and LibreOffice do not lay out a .docx table by its content the way a browser
does; without widths LibreOffice gives every column the same width and breaks words in the
middle ("groepsdyn amiek"). So the widths are written into the document.

Text is measured in ems with a rough per-character table for the sans-serif fonts documents use
(Calibri, Carlito, Arial): good enough to keep every word whole, with a margin for the rest.
The method is the browser's automatic table layout: each column gets at least its longest
word; the room left over goes to the columns with the longest text, so "Wat" and "Verwacht
resultaat" get wide and numbers, dates and statuses stay narrow.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from formlogic.draft import Block, Draft

# Rough advance widths in em (Calibri-like); anything else counts as AVERAGE.
_NARROW = dict.fromkeys("ijlI.,;:'!|()[]/", 0.25) | dict.fromkeys("ftr- ", 0.34)
_WIDE = dict.fromkeys("mwMW@%", 0.82) | dict.fromkeys("ABCDEGHKNOPQRSUVXYZ&", 0.6)
_DIGIT = 0.51
AVERAGE = 0.5
BOLD = 1.06  # bold text is a little wider
MARGIN = 1.08  # safety margin on every measured word
MAX_LINE = 48.0  # ems: a cell wider than this wraps anyway, it gets no more room for its length



@dataclass(frozen=True)
class Paper:
    """A4 upright or landscape, in points; docx.py and the print style sheet (print.css @page) use
    these sizes and margins, so the .docx and the printed page have the same room."""
    width: float
    height: float
    margin: float

    @property
    def room(self) -> float:
        return self.width - 2 * self.margin


# Upright 2 cm margins; landscape (wide tables) 1.5 cm, so a wide matrix keeps more room.
PAPER = {False: Paper(595.3, 841.9, 56.7), True: Paper(841.9, 595.3, 42.5)}
PAGE_WIDTH = {landscape: paper.room for landscape, paper in PAPER.items()}
CELL_PADDING = 8.0  # points left plus right in a cell (docx: 2 x 80 twips)
FONT_SIZES = (10.0, 9.0, 8.0)  # table text sizes to try, largest first
FLOW = 0.15  # of the room left over the longest words, for text to flow
WIDE_TABLE = 6  # more columns than this: the document is printed landscape


@lru_cache(maxsize=8192)
def width(text: str, bold: bool = False) -> float:
    """The width of one line of text in ems."""
    w = sum(_NARROW.get(c) or _WIDE.get(c) or (_DIGIT if c.isdigit() else AVERAGE) for c in text)
    return w * (BOLD if bold else 1.0)


def _longest_word(text: str, bold: bool) -> float:
    return max((width(w, bold) for w in text.split()), default=0.0) * MARGIN


def _longest_line(text: str, bold: bool) -> float:
    return min(MAX_LINE, max((width(line, bold) for line in text.splitlines()), default=0.0) * MARGIN)


@dataclass(frozen=True)
class TableLayout:
    """Widths as fractions of the table's width (summing to 1), the font size in points, and per
    column whether its cells are single short tokens (dates, numbers) that must not wrap."""
    fractions: tuple[float, ...]
    font_size: float
    nowrap: tuple[bool, ...]
    share: float = 1.0  # of the width between the margins

    def percentages(self) -> tuple[str, ...]:
        return tuple(f"{f * 100:.1f}%" for f in self.fractions)


MEASURED = 2000  # characters of a cell that count: a longer text is long whatever its width


def _columns(block: Block) -> list[list[tuple[str, bool]]]:
    """Per column its texts, each with whether it is bold (headers and facts' labels are)."""
    if block.kind == "facts":
        return [[(k[:MEASURED], True) for k, _ in block.facts], [(v[:MEASURED], False) for _, v in block.facts]]
    n = max([len(block.columns), *(len(r) for r in block.rows)], default=0)
    cols: list[list[tuple[str, bool]]] = [[] for _ in range(n)]
    for i, c in enumerate(block.columns):
        cols[i].append((c[:MEASURED], True))
    for row in block.rows:
        for i, cell in enumerate(row):
            cols[i].append((cell[:MEASURED], False))
    return cols


def is_landscape(draft: Draft) -> bool:
    """A draft with a wide table goes on landscape pages (in Word and in print alike)."""
    return any(b.kind == "table" and len(b.columns) > WIDE_TABLE for p in draft.parts for b in p.blocks)


def layout(block: Block, landscape: bool = False) -> TableLayout:
    """The layout of a table or facts block on a page of the given orientation."""
    cols = _columns(block)
    if not cols:
        return TableLayout((), FONT_SIZES[0], (), 1.0)
    least = [max((_longest_word(t, b) for t, b in col), default=0.0) for col in cols]
    want = [max([m, *(_longest_line(t, b) for t, b in col)]) for col, m in zip(cols, least)]
    nowrap = tuple(all(len(t.split()) <= 1 and len(t) <= 12 for t, bold in col if not bold) and
                   any(not bold for _, bold in col) for col in cols)
    room = PAGE_WIDTH[landscape] - CELL_PADDING * len(cols)
    # The largest size that leaves some room (FLOW) for text to flow, else the largest at
    # which every word fits at all.
    size = next((s for s in FONT_SIZES if sum(least) * s <= room * (1 - FLOW)),
                next((s for s in FONT_SIZES if sum(least) * s <= room), FONT_SIZES[-1]))
    total = room / size  # ems at this size
    if sum(want) <= total:  # every cell on one line: the table is as wide as its text
        ems = want
    elif sum(least) <= total:  # every word fits: the rest goes where it saves the most lines
        ems = _share(cols, least, want, total)
    else:  # not even the words fit at the smallest size: as near to their share as possible
        ems = [m * total / sum(least) for m in least]
    paper = [e * size + CELL_PADDING for e in ems]
    share = sum(paper) / PAGE_WIDTH[landscape]
    if share > NARROW_TABLE:  # nearly the page's width: make it the page's width
        paper, share = [p / share for p in paper], 1.0
    return TableLayout(tuple(p / sum(paper) for p in paper), size, nowrap, share)


NARROW_TABLE = 0.7  # a table that needs less of the page's width than this keeps its own width
SAMPLE_ROWS = 60  # the rows the widths are fitted to (a 600-row table has the same columns)
STEPS = 24


def _share(cols: list[list[tuple[str, bool]]], least: list[float], want: list[float], total: float) -> list[float]:
    """Widths from the longest words up, in steps: each time to the column where the fewest
    steps save the most lines (the tallest cell of a row counts most), a greedy fit of the
    table's height on its first rows."""
    sample = [col[:SAMPLE_ROWS] for col in cols]
    step = (total - sum(least)) / STEPS
    given = [0] * len(cols)  # steps given to each column (whole steps: the line counts are cached)

    def counts_at(i: int, steps: int) -> list[int]:
        return [_lines(t, least[i] + steps * step, b) for t, b in sample[i]]

    counts = [counts_at(i, 0) for i in range(len(cols))]
    left = STEPS
    while left > 0:
        rows = list(zip(*counts))
        top = [max(r) for r in rows]
        second = [sorted(r)[-2] if len(r) > 1 else 0 for r in rows]
        total_lines = sum(map(sum, counts))
        now = sum(top) + 0.05 * total_lines
        best: tuple[float, int, int, list[int]] | None = None  # (lines saved per step, column, steps, counts)
        for i in range(len(cols)):
            for k in range(1, left + 1):
                if least[i] + (given[i] + k - 1) * step >= want[i]:
                    break
                trial = counts_at(i, given[i] + k)
                if trial == counts[i]:
                    continue
                # The tallest cell of each row without column i, then with its new counts.
                others = [s if c == t else t for c, t, s in zip(counts[i], top, second)]
                cost = sum(map(max, others, trial)) + 0.05 * (total_lines - sum(counts[i]) + sum(trial))
                if cost < now and (best is None or (now - cost) / k > best[0]):
                    best = ((now - cost) / k, i, k, trial)
                break
        if best is None:
            break
        _, i, k, counts[i] = best
        given[i] += k
        left -= k
    ems = [m + g * step for m, g in zip(least, given)]
    spare = total - sum(ems)  # what saves no line: to the columns still short of one line
    short = [max(0.0, w - e) for w, e in zip(want, ems)]
    return [e + spare * s / sum(short) for e, s in zip(ems, short)] if sum(short) else [e + spare / len(ems) for e in ems]


@lru_cache(maxsize=65536)
def _lines(text: str, ems: float, bold: bool) -> int:
    return lines(text, ems, bold)


PAGE_HEIGHT = {landscape: paper.height - 2 * paper.margin for landscape, paper in PAPER.items()}
LINE = 1.2  # line height in font sizes


def lines(text: str, ems: float, bold: bool = False) -> int:
    """How many lines `text` takes in a column `ems` wide (words wrap whole)."""
    total = 0
    for line in text.splitlines() or [""]:
        n, used = 1, 0.0
        for word in line.split():
            w = width(word, bold) * MARGIN
            if used and used + width(" ") + w > ems:
                n, used = n + 1, w
            else:
                used += (width(" ") if used else 0.0) + w
        total += n
    return total


def fits_on_a_page(row: tuple[str, ...], lay: TableLayout, landscape: bool) -> bool:
    """Whether the row fits well within a page, so it may be kept whole (a taller row must split)."""
    if sum(len(c) for c in row) < 400:  # most rows: short, no need to measure
        return True
    row = tuple(c[:MEASURED] for c in row)
    room = PAGE_WIDTH[landscape] * lay.share
    height = max((lines(cell, (f * room - CELL_PADDING) / lay.font_size) for cell, f in zip(row, lay.fractions)),
                 default=1) * lay.font_size * LINE
    return height < PAGE_HEIGHT[landscape] / 2
