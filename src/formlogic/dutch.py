"""Dutch dates and small text helpers (no locale needed: Pyodide has no Dutch locale)."""
from __future__ import annotations

import re
from datetime import date

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NL = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
# "3 december 2026" or "3 dec. 2026": how people write a date in a letter.
_WOORD = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$", re.IGNORECASE)
# A day and month without the year: "3-12", "3/12", "3 december".
_ZONDER_JAAR = re.compile(r"^(\d{1,2})(?:[-/.](\d{1,2})|\s+([a-z]+)\.?)$", re.IGNORECASE)


def _maand(word: str) -> int | None:
    """1-12 for a Dutch month name or its short form ('dec', 'mrt'); None otherwise."""
    word = word.lower()
    if word == "mrt":
        return 3
    for i, naam in enumerate(MAANDEN, start=1):
        if word == naam or (len(word) >= 3 and naam.startswith(word)):
            return i
    return None


def parse_date(text: str) -> date | None:
    """A date from `2026-11-23` (what a date field sends), `23-11-2026` (also with / or .) or
    `23 november 2026`; None if none of these."""
    text = text.strip()
    if m := _ISO.match(text):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _NL.match(text):
        d, mo, y = (int(g) for g in m.groups())
    elif (m := _WOORD.match(text)) and (maand := _maand(m.group(2))):
        d, mo, y = int(m.group(1)), maand, int(m.group(3))
    else:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def zonder_jaar(text: str) -> str | None:
    """The day and month as 'd-m' when `text` is a date without its year ('3-12', '3 december');
    None otherwise. A message can then ask for just the year."""
    m = _ZONDER_JAAR.match(text.strip())
    if not m:
        return None
    maand = int(m.group(2)) if m.group(2) else _maand(m.group(3))
    if not maand or not 1 <= maand <= 12 or not 1 <= int(m.group(1)) <= 31:
        return None
    return f"{int(m.group(1))}-{maand}"


def lange_datum(d: date, met_dag: bool = False) -> str:
    """`23 november 2026`, or with the weekday `maandag 23 november 2026`."""
    text = f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
    return f"{DAGEN[d.weekday()]} {text}" if met_dag else text


def korte_datum(d: date) -> str:
    """`23-11-2026`."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def leeftijd_op(geboren: date, op: date) -> int:
    """Age in whole years on a given day."""
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """`1 afspraak`, `3 afspraken`."""
    return f"{n} {enkelvoud if n == 1 else meervoud}"


def opsomming(items: list[str] | tuple[str, ...]) -> str:
    """`a`, `a en b`, `a, b en c`."""
    items = [i for i in items if i]
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} en {items[-1]}" if items else ""
