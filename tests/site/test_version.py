"""The one source of the site's version and build date (tools/sitebuild/version.py)."""
from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import formlogic
from tools.sitebuild.version import ROOT, build_date, site_version


def test_the_version_is_formlogics():
    assert site_version() == formlogic.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", site_version())


def test_a_file_without_a_version_is_an_error(tmp_path: Path):
    init = tmp_path / "__init__.py"
    init.write_text("x = 1\n")
    try:
        site_version(init)
    except ValueError as e:
        assert "__version__" in str(e)
    else:
        raise AssertionError("no error")


def test_source_date_epoch_wins():
    assert build_date(environ={"SOURCE_DATE_EPOCH": "1795392000"}) == date(2026, 11, 23)


def test_without_it_the_commit_date_of_head():
    head = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%cs"],
                          capture_output=True, text=True, check=True).stdout.strip()
    assert build_date(environ={}) == date.fromisoformat(head)
    assert build_date(environ={"SOURCE_DATE_EPOCH": "not a number"}) == date.fromisoformat(head)


def test_without_git_today(tmp_path: Path):
    assert build_date(root=tmp_path, environ={}) == date.today()


def test_the_hosting_page_and_versie_json_name_this_builds_version_and_date(built_site: Path):
    import json

    from macros.versie import render_versie

    assert render_versie("0.9.0", date(2026, 12, 4)) == "versie 0.9.0, gebouwd op 4 december 2026"
    info = json.loads((built_site / "beheer" / "versie.json").read_text(encoding="utf-8"))
    assert info["versie"] == site_version()
    page = (built_site / "over" / "beheer" / "index.html").read_text(encoding="utf-8")
    assert render_versie(info["versie"], date.fromisoformat(info["bouwdatum"])) in page
