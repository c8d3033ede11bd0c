"""Make sure the programs that print documents are there (tests/print and the handbook PDF).

- LibreOffice (`libreoffice-writer-nogui`): opens every .docx as a reader would and turns it
  into a PDF (the tests count its pages and read its words);
- poppler (`poppler-utils`): `pdftotext`, `pdfinfo` and `pdftoppm` read those PDFs;
- Carlito (`fonts-crosextra-carlito`): the same letter widths as Calibri, the .docx's font, so
  LibreOffice lays out the pages as Word does;
- Pango (`libpango-1.0-0`, `libpangoft2-1.0-0`): WeasyPrint, which makes the handbook PDF at
  build time, draws its text with it.

Installs what is missing with apt when we are root; otherwise says what to do and fails, so
nothing is skipped without a word. Same pattern as tools/ensure_chromium.py. With --pdf it
looks only at what building the PDFs needs (`make site`): Pango and the font.
"""
from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable

# (what, how to tell it is there, Debian package, needed to build the PDFs too)
NEEDED: tuple[tuple[str, Callable[[], bool], str, bool], ...] = (
    ("LibreOffice", lambda: shutil.which("soffice") is not None, "libreoffice-writer-nogui", False),
    ("pdftotext/pdftoppm", lambda: all(shutil.which(c) for c in ("pdftotext", "pdftoppm", "pdfinfo")), "poppler-utils",
     False),
    ("Carlito font", lambda: _has_font("Carlito"), "fonts-crosextra-carlito", True),
    ("Pango", lambda: ctypes.util.find_library("pango-1.0") is not None, "libpango-1.0-0", True),
    ("PangoFT2", lambda: ctypes.util.find_library("pangoft2-1.0") is not None, "libpangoft2-1.0-0", True),
)


def _has_font(family: str) -> bool:
    if not shutil.which("fc-list"):
        return False
    out = subprocess.run(["fc-list", family], capture_output=True, text=True).stdout
    return bool(out.strip())


def missing(pdf_only: bool = False) -> list[tuple[str, str]]:
    return [(what, package) for what, present, package, for_pdf in NEEDED
            if (for_pdf or not pdf_only) and not present()]


def main(argv: list[str] | None = None) -> int:
    pdf_only = "--pdf" in (sys.argv[1:] if argv is None else argv)  # only what building the PDFs needs
    lacking = missing(pdf_only)
    if not lacking:
        print("print tools: " + ("Carlito and Pango" if pdf_only else "LibreOffice, poppler, Carlito and Pango")
              + " are there")
        return 0
    packages = sorted({p for _, p in lacking})
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print(f"Missing for the print tests and the handbook PDF: {', '.join(w for w, _ in lacking)}.\n"
              f"  On Debian/Ubuntu, as root:  apt-get install -y {' '.join(packages)}",
              file=sys.stderr)
        return 1
    print(f"print tools: installing {' '.join(packages)} with apt ...")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=600", *packages]
    for cmd in (["apt-get", "update", "-qq"], install):
        if subprocess.call(cmd, env=env) != 0:
            print(f"'{' '.join(cmd)}' failed; install {' '.join(packages)} by hand, then run make test again.",
                  file=sys.stderr)
            return 1
    if still := missing(pdf_only):
        print(f"Installed, but still not found: {', '.join(w for w, _ in still)}.", file=sys.stderr)
        return 1
    print("print tools: ready")
    return 0


if __name__ == "__main__":
    sys.exit(main())
