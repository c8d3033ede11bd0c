"""Print tests: documents as their readers open them. Every .docx goes through LibreOffice
(headless) to a PDF, which poppler reads back (pages, words, PNGs to look at); the handbook
PDF is checked the same way. `make test` installs the programs first
(tools/ensure_print_tools.py); a test that cannot find one fails and says which."""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pytest


def need(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} ontbreekt: run `python -m tools.ensure_print_tools` (as root it installs it with apt).")
    return path


def to_pdf(docx_files: Iterable[Path], out: Path) -> None:
    """All files in one LibreOffice run, with a profile of its own (other runs may be busy)."""
    soffice = need("soffice")
    profile = out / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(out), *map(str, docx_files)],
                   check=True, capture_output=True, timeout=600, env={**os.environ, "HOME": str(out)})


def pdf_pages(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page."""
    info = subprocess.run([need("pdfinfo"), "-f", "1", "-l", "9999", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return [(float(line.split()[3]), float(line.split()[5])) for line in info.splitlines()
            if line.startswith("Page") and " size:" in line]


def pdf_text(pdf: Path, *args: str) -> str:
    """The PDF's text; a non-breaking hyphen (the .docx writes one inside dates) reads as '-'."""
    return subprocess.run([need("pdftotext"), "-enc", "UTF-8", *args, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout.replace("\u2011", "-")


@pytest.fixture(scope="session")
def results() -> Path:
    """Where the PDFs and PNGs stay after the run, to look at (test-results/print/)."""
    path = Path(__file__).resolve().parents[2] / "test-results" / "print"
    path.mkdir(parents=True, exist_ok=True)
    return path
