"""Circulair vragen: what the session file, the question file and the answers file share.

The regisseur's session holds the questions, each with an id that stays the same when the
question moves or is reworded; the partners' answers refer to those ids, and to the session's
id, so an answers file can only join the session and the questions it was made for.
"""
from __future__ import annotations

from typing import Any

from formlogic.dutch import lange_datum, parse_date

# The werkproces's example questions (2016, step 3), as questions.
STANDAARDVRAGEN: tuple[tuple[str, str], ...] = (
    ("v1", "Wat zijn de drie belangrijkste kenmerken van de groep?"),
    ("v2", "Wat zijn de drie grootste risico's of zorgen?"),
    ("v3", "Wat zijn de drie meest kansrijke verbindingen met het gewone leven?"),
    ("v4", "Wie zijn de belangrijkste spilfiguren in de groep? Noem een rol of code, geen naam."),
    ("v5", "Wie zijn de belangrijkste sleutelfiguren buiten de groep? Noem een rol, geen naam."),
)
MAX_VRAGEN = 12
MAX_ORGANISATIES = 40
MAX_TEKST = 2000
PRIVACY_ADVIES = ("Laat dit weg: de antwoorden gaan over de groep. Noem personen alleen met een "
                  "code of een rol.")


ANDERS = "anders"  # the partner's choice when their organisation is not on the invitation


def naam_van(antwoorden: dict[str, Any]) -> str:
    """The organisation of an answers file: the one chosen, or the one typed in after 'anders'."""
    chosen = antwoorden.get("organisatie") if isinstance(antwoorden.get("organisatie"), str) else ""
    if chosen == ANDERS:
        chosen = antwoorden.get("andere_organisatie") if isinstance(antwoorden.get("andere_organisatie"), str) else ""
    return chosen.strip()


def org_key(name: str) -> str:
    """Organisations match whatever their case or spacing: 'Politie ' is 'politie'."""
    return " ".join(name.casefold().split())


def _text(value: Any, limit: int = MAX_TEKST) -> str:
    return value[:limit] if isinstance(value, str) else ""


def vragen_van(rows: Any) -> list[tuple[str, str]]:
    """(id, text) of the questions in the session's `vragen` rows; rows without text are no
    question. Rows without an id (a file written by hand) get one from their place."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for i, row in enumerate(rows if isinstance(rows, list) else []):
        if not isinstance(row, dict) or not _text(row.get("tekst")).strip():
            continue
        vid = _text(row.get("id"), 40).strip() or f"rij{i + 1}"
        while vid in seen:
            vid += "x"
        seen.add(vid)
        out.append((vid, _text(row.get("tekst")).strip()))
    return out[:MAX_VRAGEN]


def normalize_sessie(value: Any) -> dict[str, Any]:
    """The session part of a question or answers file, in shape; never raises."""
    v = value if isinstance(value, dict) else {}
    orgs = v.get("organisaties")
    return {
        "id": _text(v.get("id"), 40),
        "groep": _text(v.get("groep"), 200),
        "gemeente": _text(v.get("gemeente"), 200),
        "datum": _text(v.get("datum"), 40),
        "organisaties": [_text(o, 200) for o in orgs if isinstance(o, str)][:MAX_ORGANISATIES]
        if isinstance(orgs, list) else [],
        "vragen": [{"id": vid, "tekst": tekst} for vid, tekst in vragen_van(v.get("vragen"))],
    }


def normalize_antwoorden(value: Any) -> dict[str, str]:
    """{question id: text} of one organisation; never raises."""
    if not isinstance(value, dict):
        return {}
    return {str(k)[:40]: _text(t) for k, t in value.items() if isinstance(t, str)}


def datum_tekst(value: str) -> str:
    """A date as typed, in Dutch words when it is one: '20-11-2026' -> '20 november 2026'."""
    d = parse_date(value or "")
    return lange_datum(d) if d else (value or "").strip()


def vraag_label(nummer: int, tekst: str) -> str:
    return f"Vraag {nummer}: {tekst}"
