"""Spot personal data that should not stand in free text: a BSN, a phone number, an e-mail.

The aim is a gentle warning while typing, not detection with certainty: a nine-digit number
passing the elfproef is very likely a BSN; false alarms cost the user one glance.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Nine digits, optionally grouped as 1234.56.789 or 123 456 789, not part of a longer number.
_BSN = re.compile(r"(?<![\d.\-])(\d{4}[. ]?\d{2}[. ]?\d{3}|\d{3}[. ]\d{3}[. ]\d{3})(?![\d])")
# Dutch numbers: 06-12345678, 020 123 4567, +31 6 1234 5678, 0031 20 1234567.
_PHONE = re.compile(r"(?<![\d+])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|0)[1-9](?:[\s-]?\d){8}(?!\d)")
# The look-behind lets a match start only where a name starts: without it, a long run of
# letters (100 KB pasted text) makes the search quadratic and freezes the page's worker.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")
# A BSN and a phone number each have at least nine digits, an e-mail address an @: most texts
# (names of fields, dates, codes) have neither, and one search then spares three (a werkmap
# holds thousands of texts, every one scanned on opening).
_NINE_DIGITS = re.compile(r"\d(?:\D*\d){8}")


@dataclass(frozen=True)
class Vondst:
    soort: str  # "bsn" | "telefoon" | "e-mail"
    omschrijving: str


def elfproef(digits: str) -> bool:
    """The BSN check: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 (and not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "0" * 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def scan(text: str) -> list[Vondst]:
    """What in `text` looks like a BSN, a phone number or an e-mail address (each kind once)."""
    found: list[Vondst] = []
    if "@" not in text and not _NINE_DIGITS.search(text):
        return found
    if any(elfproef(re.sub(r"\D", "", m.group(1))) for m in _BSN.finditer(text)):
        found.append(Vondst("bsn", "een burgerservicenummer (BSN)"))
    if _PHONE.search(text):
        found.append(Vondst("telefoon", "een telefoonnummer"))
    if _EMAIL.search(text):
        found.append(Vondst("e-mail", "een e-mailadres"))
    return found
