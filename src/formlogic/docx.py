"""A draft as a Word document (.docx), written with the standard library.

Why not a library: python-docx needs lxml, which has no wheel for Pyodide that the browser can
load from this site, and the npm `docx` package would put the document's structure in
JavaScript and leave the command line without .docx. A Draft has six kinds of block, so the
WordprocessingML it needs is small: real heading styles (Word's navigation pane and table of
contents see them), real numbered and bulleted lists, tables with a repeating header row, Dutch
as the document language, A4 (landscape when a table is wide).

User text only ever enters as the text of a w:t element, XML-escaped: a field code such as
{ MERGEFIELD x } typed by a user stays plain text, because Word only runs fields written as
w:fldSimple or w:instrText. Characters XML cannot hold (control characters) are dropped.
"""
from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

from formlogic import tables
from formlogic.draft import Block, Draft, Letterhead, Signature

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH = (1980, 1, 1, 0, 0, 0)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The width between the margins in twips (A4, 2 cm margins: tables.PAGE_WIDTH in points x 20).
PAGE_WIDTH = {landscape: round(points * 20) for landscape, points in tables.PAGE_WIDTH.items()}
LIST_END = 120  # twips below a list's last item: a paragraph's own space (docDefaults), so the next one does not stick


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


_DATE_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")


def _line(text: str) -> str:
    """One line as run content: a hyphen between digits (10-12-2026) is a non-breaking one, so
    Word and LibreOffice never split a date or number at the end of a line."""
    parts = _DATE_HYPHEN.split(text)
    return "<w:noBreakHyphen/>".join(f'<w:t xml:space="preserve">{_text(p)}</w:t>' for p in parts)


def _runs(text: str, bold: bool = False, italic: bool = False, size: float = 0) -> str:
    """Runs for text; line breaks become w:br inside the same paragraph."""
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + (
        f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>' if size else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    parts = [f"<w:r>{rpr}{_line(line)}</w:r>" for line in text.split("\n")]
    return f"<w:r>{rpr}<w:br/></w:r>".join(parts)


def _p(text: str, style: str = "", bold: bool = False, italic: bool = False, num: int | None = None,
       keep_next: bool = False, size: float = 0, after: int | None = None) -> str:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:keepNext/>" if keep_next else "") + (
        f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num is not None else "") + (
        f'<w:spacing w:after="{after}"/>' if after is not None else "")  # the schema's order: numPr before spacing
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{_runs(text, bold, italic, size)}</w:p>"


def _table(block: Block, landscape: bool) -> str:
    """A table (or a facts block: labels in bold, no header) with its columns' widths written
    out, a header row that repeats on every page, and rows that stay whole where they fit."""
    lay = tables.layout(block, landscape)
    total = PAGE_WIDTH[landscape] * lay.share
    grid = [round(f * total) for f in lay.fractions]
    header = block.columns if block.kind == "table" else ()
    rows = list(block.rows) if block.kind == "table" else [(k, v) for k, v in block.facts]

    def cell(i: int, text: str, bold: bool, head: bool = False) -> str:
        shade = '<w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/>' if head else ""
        return (f'<w:tc><w:tcPr><w:tcW w:w="{grid[i]}" w:type="dxa"/>{shade}</w:tcPr>'
                f'{_p(text, style="Tabeltekst", bold=bold, keep_next=head, size=lay.font_size)}</w:tc>')

    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="Tabel"/><w:tblW w:w="{sum(grid)}" w:type="dxa"/>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>',
           "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{g}"/>' for g in grid) + "</w:tblGrid>"]
    if header:
        out.append('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
                   + "".join(cell(i, c, True, head=True) for i, c in enumerate(header)) + "</w:tr>")
    for row in rows:
        props = "<w:trPr><w:cantSplit/></w:trPr>" if tables.fits_on_a_page(row, lay, landscape) else ""
        out.append(f"<w:tr>{props}" + "".join(cell(i, c, block.kind == "facts" and i == 0)
                                             for i, c in enumerate(row)) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out) + _p("", style="NaTabel")  # Word wants a paragraph after a table


class _Lists:
    """Each list gets its own numbering instance, so every numbered list starts at 1."""

    def __init__(self) -> None:
        self.nums: list[int] = []  # abstract id per instance: 0 bullets, 1 numbers

    def new(self, numbered: bool) -> int:
        self.nums.append(1 if numbered else 0)
        return len(self.nums)

    def xml(self) -> str:
        def abstract(aid: int, fmt: str, text: str) -> str:
            return (f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>'
                    f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
        nums = "".join(f'<w:num w:numId="{i}"><w:abstractNumId w:val="{a}"/>'
                       '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                       for i, a in enumerate(self.nums, 1))
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
                + abstract(0, "bullet", "•") + abstract(1, "decimal", "%1.") + nums + "</w:numbering>")


def _block(block: Block, lists: _Lists, landscape: bool) -> str:
    if block.kind == "paragraph":
        return _p(block.text)
    if block.kind == "note":
        return _p(block.text, style="Opmerking")
    if block.kind in ("items", "numbered"):
        num = lists.new(block.kind == "numbered")  # the last item keeps a paragraph's room below the list
        last = len(block.items) - 1
        return "".join(_p(item, style="Lijstalinea", num=num, after=LIST_END if i == last else None)
                       for i, item in enumerate(block.items))
    if block.kind == "facts":
        return _table(block, landscape)
    if block.kind == "table":  # the caption stays with the table (keep with next)
        caption = _p(block.caption, style="Bijschrift", keep_next=True) if block.caption else ""
        return caption + _table(block, landscape)
    return ""  # buttons belong to the page, not to a document


def _letterhead(head: Letterhead) -> str:
    """Logo place, then the address block (left, where a window envelope shows it) beside the
    sender block, place and date, subject and reference, salutation."""
    room = PAGE_WIDTH[False]
    left, right = round(room * 0.55), room - round(room * 0.55)

    def block(lines: tuple[str, ...], width: int, first_bold: bool) -> str:
        paras = "".join(_p(line, style="Adres", bold=first_bold and i == 0) for i, line in enumerate(lines)) or _p("")
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paras}</w:tc>'

    table = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/>'
             '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar></w:tblPr>'
             f'<w:tblGrid><w:gridCol w:w="{left}"/><w:gridCol w:w="{right}"/></w:tblGrid>'
             f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{block(head.recipient, left, False)}{block(head.sender, right, True)}"
             "</w:tr></w:tbl>")
    reference = (f'<w:p><w:pPr><w:pStyle w:val="Kenmerk"/></w:pPr>{_runs("Ons kenmerk: ", bold=True)}'
                 f"{_runs(head.reference)}</w:p>" if head.reference else "")
    return (_p(head.logo, style="Logo") + table + _p(head.place_date, style="Datumregel")
            + f'<w:p><w:pPr><w:pStyle w:val="Kenmerk"/></w:pPr>{_runs("Onderwerp: ", bold=True)}{_runs(head.subject)}</w:p>'
            + reference + _p(head.salutation, style="Aanhef"))


def _signature(sig: Signature) -> str:
    """Closing, room to sign (kept on the page of the closing), name and function."""
    return (_p(sig.closing, keep_next=True) + _p("", style="Handtekening")
            + "".join(_p(line, style="Adres", keep_next=i < len(sig.lines) - 1) for i, line in enumerate(sig.lines)))


def _body(draft: Draft, lists: _Lists, landscape: bool) -> str:
    out = [] if draft.letterhead else [_p(draft.title, style="Titel")]
    if draft.voorbeeld:
        out.append(_p(f"VOORBEELD. {draft.voorbeeld}", style="Opmerking"))
    if draft.letterhead:
        out.append(_letterhead(draft.letterhead))
    if draft.subtitle:
        out.append(_p(draft.subtitle, italic=True))
    for part in draft.parts:
        if part.heading:  # a letter's body has no heading
            out.append(_p(part.heading, style="Kop1"))
        out.extend(_block(b, lists, landscape) for b in part.blocks)
    if draft.signature:
        out.append(_signature(draft.signature))
    if draft.footer:
        out.append(_p(draft.footer, style="Voettekst"))
    return "".join(out)


def _section(landscape: bool) -> str:
    paper = tables.PAPER[landscape]
    w, h, m = (round(x * 20) for x in (paper.width, paper.height, paper.margin))
    orient = ' w:orient="landscape"' if landscape else ""
    return (f'<w:sectPr><w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
            f'<w:pgMar w:top="{m}" w:right="{m}" w:bottom="{m}" w:left="{m}" w:header="567" w:footer="567" w:gutter="0"/>'
            "</w:sectPr>")


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/>
<w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:qFormat/>
<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:qFormat/>
<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/><w:basedOn w:val="Standaard"/><w:qFormat/>
<w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Opmerking"><w:name w:val="Opmerking"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="B83200"/></w:pBdr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Tabeltekst"><w:name w:val="Tabeltekst"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Bijschrift"><w:name w:val="caption"/><w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/>
<w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:i/><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="NaTabel"><w:name w:val="Na tabel"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:spacing w:after="0" w:line="120" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="8"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Logo"><w:name w:val="Logo of briefpapier"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:pBdr><w:top w:val="dashed" w:sz="6" w:space="12" w:color="767676"/><w:left w:val="dashed" w:sz="6" w:space="4" w:color="767676"/>
<w:bottom w:val="dashed" w:sz="6" w:space="12" w:color="767676"/><w:right w:val="dashed" w:sz="6" w:space="4" w:color="767676"/></w:pBdr>
<w:spacing w:before="120" w:after="480"/><w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Adres"><w:name w:val="Adresregel"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Datumregel"><w:name w:val="Plaats en datum"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:spacing w:before="600" w:after="240"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Kenmerk"><w:name w:val="Onderwerp en kenmerk"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:spacing w:after="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Aanhef"><w:name w:val="Salutation"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:spacing w:before="480"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Handtekening"><w:name w:val="Ruimte voor de handtekening"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0" w:line="1000" w:lineRule="exact"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Voettekst"><w:name w:val="Voettekst concept"/><w:basedOn w:val="Standaard"/>
<w:pPr><w:spacing w:before="240"/></w:pPr><w:rPr><w:i/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Tabel"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>
<w:top w:val="single" w:sz="4" w:color="999999"/><w:left w:val="single" w:sz="4" w:color="999999"/>
<w:bottom w:val="single" w:sz="4" w:color="999999"/><w:right w:val="single" w:sz="4" w:color="999999"/>
<w:insideH w:val="single" w:sz="4" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:color="999999"/>
</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""


def _core(title: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' + _text(title) + "</dc:title>"
            "<dc:language>nl-NL</dc:language></cp:coreProperties>")


def render_docx(draft: Draft) -> bytes:
    """The draft as the bytes of a .docx file (deterministic: the same draft, the same bytes)."""
    lists, landscape = _Lists(), tables.is_landscape(draft)
    body = _body(draft, lists, landscape)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {R}><w:body>'
                f"{body}{_section(landscape)}</w:body></w:document>")
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS,
        "docProps/core.xml": _core(draft.title),
        "word/document.xml": document,
        "word/styles.xml": STYLES,
        "word/numbering.xml": lists.xml(),
        "word/_rels/document.xml.rels": DOC_RELS,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=_EPOCH), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buf.getvalue()
