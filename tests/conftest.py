"""Fixtures shared by the test layers.

`built_site` is the static site as `make site` builds it (with its PDFs). `make test` builds it once and
passes its folder in KENNISBANK_SITE; run alone, a test session builds its own copy.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("KENNISBANK_SITE")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    # The handbook and handout PDFs, as `make site` makes them (kept in build/pdf/ by content).
    subprocess.run([sys.executable, "-m", "tools.sitebuild.pdf", "--site", str(out), "--cache", str(ROOT / "build" / "pdf")],
                   cwd=ROOT, check=True)
    return out
