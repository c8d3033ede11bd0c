"""Command line: check a saved form file, take other files in, and print the draft.

    python -m formlogic gespreksverslag bestand.json [--format md|html|txt]
    python -m formlogic circulair-vragen sessie.json --neem-op a.json b.json [--keuze samen]
                                                     [--bewaar nieuwe-sessie.json]
    python -m formlogic werkmap map.json --format docx --uitvoer dossieroverzicht.docx
    python -m formlogic werkmap map.json --format zip --uitvoer alles.zip   # every document, own formats

Exit status 0 when the data is valid (warnings go to stderr), 2 when it is not, when a file
cannot be read, or when a file to take in was refused (Dutch messages on stderr), like the
page would show them. Where the page would ask (the same organisation twice, say), the
command line takes the first, safest option unless --keuze names another.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from formlogic._model import LEVEL_NL, Conflict
from formlogic.csvfile import form_csv
from formlogic.docx import render_docx
from formlogic.document import DocumentError, dumps, load_document, to_document
from formlogic.forms import FORMS
from formlogic.intake import Replace, open_files
from formlogic.pack import pack
from formlogic.render import FORMATS, render
from formlogic.validation import build_draft, check


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m formlogic",
        description="Controleer een opgeslagen formulierbestand en toon het concept.",
    )
    p.add_argument("formulier", choices=sorted(FORMS), help="welk formulier")
    p.add_argument("bestand", type=Path, help="het .json-bestand (Download gegevens)")
    p.add_argument("--format", choices=[*FORMATS, "csv", "docx", "zip"], default="md",
                   help="uitvoer: md (standaard), html, txt, csv (voor Excel; alleen formulieren met een tabel), "
                        "docx (voor Word; schrijf het met --uitvoer), of zip (de werkmap: elk document in zijn "
                        "eigen formaten; schrijf het met --uitvoer)")
    p.add_argument("--uitvoer", type=Path, metavar="BESTAND", help="schrijf de uitvoer naar dit bestand")
    p.add_argument("--neem-op", type=Path, nargs="+", default=[], metavar="BESTAND",
                   help="bestanden van andere formulieren die dit formulier overneemt (zoals antwoordbestanden)")
    p.add_argument("--keuze", help="wat te doen als het formulier iets vraagt (zoals: behoud, vervang, samen); "
                                   "standaard de eerste, veiligste mogelijkheid")
    p.add_argument("--bewaar", type=Path, metavar="BESTAND", help="schrijf het bijgewerkte formulierbestand hierheen")
    return p


def _read(path: Path, err: TextIO) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        print(f"fout: bestand niet gevonden: {path}", file=err)
    except (UnicodeDecodeError, IsADirectoryError, PermissionError):
        print(f"fout: dit bestand kan niet worden gelezen als tekst: {path}", file=err)
    return None


def _answers(conflicts: tuple[Conflict, ...], keuze: str | None, err: TextIO) -> dict[str, str] | None:
    chosen = {}
    for c in conflicts:
        values = [o.value for o in c.options]
        if keuze is not None and keuze not in values:
            print(f"fout: {c.question} Kies met --keuze een van: {', '.join(values)}.", file=err)
            return None
        pick = keuze or values[0]
        label = next(o.label for o in c.options if o.value == pick)
        print(f"keuze: {c.question} -> {label}", file=err)
        chosen[c.key] = pick
    return chosen


def _take_in(form, data, paths: list[Path], keuze: str | None, err: TextIO) -> tuple[dict, bool] | None:
    """The data after taking the files in, and whether every file was taken; None on a stop."""
    files = []
    for path in paths:
        text = _read(path, err)
        if text is None:
            return None
        files.append((path.name, text))
    outcome = open_files(form, data, files, {})
    if not isinstance(outcome, Replace) and outcome.conflicts:
        keuzes = _answers(outcome.conflicts, keuze, err)
        if keuzes is None:
            return None
        outcome = open_files(form, data, files, keuzes)
    if isinstance(outcome, Replace):
        print("fout: neem hier alleen bestanden van andere formulieren op.", file=err)
        return None
    _print(outcome.messages, err)
    return (outcome.data if outcome.data is not None else data), all(m.level != "error" for m in outcome.messages)


def _print(messages, err: TextIO) -> None:
    for m in messages:
        where = f" [{m.field}]" if m.field else ""
        print(f"{LEVEL_NL[m.level]}{where}: {m.text}", file=err)


def main(argv: list[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    args = _parser().parse_args(argv)
    text = _read(args.bestand, err)
    if text is None:
        return 2
    try:
        form, data, notes = load_document(text, expected_form=args.formulier)
    except DocumentError as e:
        print(f"fout: {e}", file=err)
        return 2
    all_taken = True
    if args.neem_op:
        taken = _take_in(form, data, args.neem_op, args.keuze, err)
        if taken is None:
            return 2
        data, all_taken = taken
    if args.bewaar:
        args.bewaar.write_text(dumps(to_document(form, data)), encoding="utf-8")
        print(f"bewaard: {args.bewaar}", file=err)
    result = check(form, data)
    _print([*notes, *result.messages], err)
    for line in result.derived.values():
        print(f"let op: {line}", file=err)
    draft = build_draft(form, result)
    if draft is None:
        print("Het concept is niet gemaakt: verbeter eerst de fouten.", file=err)
        return 2
    if args.format in ("docx", "zip"):
        if args.uitvoer is None:
            print(f"fout: een .{args.format} is geen tekst; geef met --uitvoer aan waar het bestand heen moet.",
                  file=err)
            return 2
        if args.format == "zip" and form.package is None:
            print(f"fout: het formulier '{form.title}' maakt geen zip; dat doet de werkmap.", file=err)
            return 2
        args.uitvoer.write_bytes(render_docx(draft) if args.format == "docx" else pack(form.package(result.parsed)))
        print(f"bewaard: {args.uitvoer}", file=err)
        return 0 if all_taken else 2
    if args.format == "csv":
        if form.csv is None:
            print(f"fout: het formulier '{form.title}' heeft geen tabel voor Excel.", file=err)
            return 2
        out.write(form_csv(form, result.parsed))
        return 0 if all_taken else 2
    text = render(draft, args.format, standalone=args.format == "html")
    if args.uitvoer is not None:
        args.uitvoer.write_text(text, encoding="utf-8")
        print(f"bewaard: {args.uitvoer}", file=err)
    else:
        out.write(text)
    return 0 if all_taken else 2

