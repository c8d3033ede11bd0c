"""CSV for a spreadsheet: opens correctly in Excel with Dutch settings, and runs nothing.

Excel with Dutch regional settings reads `;` as the separator and needs a UTF-8 byte order mark
to read accents right. A cell that starts with =, +, - or @ (or a tab or carriage return, which
Excel strips before looking) is a formula to Excel: such cells get a leading apostrophe, which
Excel shows as text and does not display.
"""
from __future__ import annotations

import csv
import io

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell: str) -> str:
    """A cell Excel shows as text, never evaluates."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def to_csv(columns: list[str], rows: list[list[str]]) -> str:
    """The table as CSV text for Excel (Dutch settings): BOM, `;`, CRLF, every cell quoted as needed."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralize(c) for c in columns])
    for row in rows:
        writer.writerow([neutralize(str(c)) for c in row])
    return BOM + out.getvalue()


def form_csv(form, parsed) -> str:
    """A form's table (FormDefinition.csv) as CSV; an example says so in its first row."""
    columns, rows = form.csv(parsed)
    if mark := parsed.values.get("voorbeeld"):
        rows = [[f"VOORBEELD uit de oefencasus '{mark}': verzonnen gegevens"], *rows]
    return to_csv(columns, rows)
