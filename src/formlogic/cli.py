"""Command line: check a saved form file and print its draft.

    python -m formlogic gespreksverslag bestand.json [--format md|html|txt]

Exit status 0 when the data is valid (warnings go to stderr), 2 when it is not or the file
cannot be read (Dutch messages on stderr), like the page would show them.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from formlogic._model import LEVEL_NL
from formlogic.document import DocumentError, load_document
from formlogic.forms import FORMS
from formlogic.render import FORMATS, render
from formlogic.validation import build_draft, check



def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m formlogic",
        description="Controleer een opgeslagen formulierbestand en toon het concept.",
    )
    p.add_argument("formulier", choices=sorted(FORMS), help="welk formulier")
    p.add_argument("bestand", type=Path, help="het .json-bestand (Download gegevens)")
    p.add_argument("--format", choices=FORMATS, default="md", help="uitvoer: md (standaard), html of txt")
    return p


def main(argv: list[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    args = _parser().parse_args(argv)
    try:
        text = args.bestand.read_text(encoding="utf-8")
    except FileNotFoundError:
        print(f"fout: bestand niet gevonden: {args.bestand}", file=err)
        return 2
    except (UnicodeDecodeError, IsADirectoryError, PermissionError):
        print(f"fout: dit bestand kan niet worden gelezen als tekst: {args.bestand}", file=err)
        return 2
    try:
        form, data, notes = load_document(text, expected_form=args.formulier)
    except DocumentError as e:
        print(f"fout: {e}", file=err)
        return 2
    result = check(form, data)
    for m in [*notes, *result.messages]:
        where = f" [{m.field}]" if m.field else ""
        print(f"{LEVEL_NL[m.level]}{where}: {m.text}", file=err)
    for text in result.derived.values():
        print(f"let op: {text}", file=err)
    draft = build_draft(form, result)
    if draft is None:
        print("Het concept is niet gemaakt: verbeter eerst de fouten.", file=err)
        return 2
    out.write(render(draft, args.format, standalone=args.format == "html"))
    return 0
