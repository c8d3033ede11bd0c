"""`make dist`: the release package of the built site (tools/release): the zip holds exactly
the site, the sums check, the SBOM validates against CycloneDX 1.6 (schema shipped with
cyclonedx-python-lib, no network) and lists what is in the zip and nothing that is not."""
from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from pathlib import Path

import pytest

from tools.release.__main__ import make_dist
from tools.release.package import FOLDER, SUMS_INSIDE, make_zip, site_files
from tools.release.sbom import validate
from tools.sitebuild.version import build_date, site_version


@pytest.fixture(scope="module")
def dist(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    return {p.name: p for p in make_dist(built_site, out, Path(sys.executable))}


def names(dist: dict[str, Path]) -> tuple[str, str]:
    return f"jeugdgroepen-kennisbank-{site_version()}.zip", f"jeugdgroepen-kennisbank-{site_version()}.cdx.json"


def test_the_package_has_its_four_files(dist: dict[str, Path]):
    zip_name, sbom_name = names(dist)
    assert sorted(dist) == sorted([zip_name, sbom_name, "INSTALLATIE.txt", "SHA256SUMS"])


def test_the_sums_check(dist: dict[str, Path]):
    lines = dist["SHA256SUMS"].read_text().splitlines()
    assert len(lines) == 3
    for line in lines:
        digest, name = line.split("  ")
        assert hashlib.sha256((dist["SHA256SUMS"].parent / name).read_bytes()).hexdigest() == digest, name


def test_the_zip_holds_exactly_the_site_and_the_sums_of_its_files(dist: dict[str, Path], built_site: Path):
    zip_name, _ = names(dist)
    with zipfile.ZipFile(dist[zip_name]) as z:
        assert z.testzip() is None
        inside = z.namelist()
        sums = z.read(f"{FOLDER}/{SUMS_INSIDE}").decode().splitlines()
        sample = [n for n in inside if n.endswith(("index.html", ".wasm"))][:3]
        for name in sample:
            assert z.read(name) == (built_site / name.removeprefix(FOLDER + "/")).read_bytes()
    assert inside == [f"{FOLDER}/{f}" for f in site_files(built_site)] + [f"{FOLDER}/{SUMS_INSIDE}"]
    assert len(sums) == len(inside) - 1
    digest, name = next(s.split("  ") for s in sums if s.endswith("  index.html"))
    assert hashlib.sha256((built_site / name).read_bytes()).hexdigest() == digest


def test_the_zip_is_the_same_when_made_again(dist: dict[str, Path], built_site: Path, tmp_path: Path):
    zip_name, _ = names(dist)
    again = tmp_path / zip_name
    make_zip(built_site, again, build_date())
    assert again.read_bytes() == dist[zip_name].read_bytes()


def test_the_sbom_validates_and_a_broken_one_does_not(dist: dict[str, Path]):
    _, sbom_name = names(dist)
    sbom = json.loads(dist[sbom_name].read_text(encoding="utf-8"))
    assert validate(sbom) == []
    broken = json.loads(json.dumps(sbom))
    del broken["components"][0]["name"]
    assert validate(broken) != []


def test_the_sbom_lists_what_is_in_the_zip_and_nothing_else(dist: dict[str, Path]):
    _, sbom_name = names(dist)
    sbom = json.loads(dist[sbom_name].read_text(encoding="utf-8"))
    assert sbom["metadata"]["component"]["version"] == site_version()
    parts = {c["name"].lower(): c for c in sbom["components"]}
    assert {"pyodide", "formlogic", "jinja2", "markupsafe", "mkdocs-material"} <= set(parts)
    for name in ("axe-core", "mkdocs", "pytest", "playwright", "cyclonedx-bom", "brotli", "@cyclonedx/cyclonedx-npm"):
        assert name not in parts, name
    # Where each one is in the package.
    where = {n: [o["location"] for o in c["evidence"]["occurrences"]] for n, c in parts.items()}
    assert any(w.startswith("assets/pyodide/") for w in where["pyodide"])
    assert any("formlogic-" in w and "!/jinja2/" in w for w in where["jinja2"])
    assert any("!/markupsafe/" in w for w in where["markupsafe"])
    assert any("!/formlogic/" in w for w in where["formlogic"])
    assert parts["formlogic"]["version"] == site_version()
    assert parts["pyodide"]["version"] == json.loads(
        (Path(__file__).resolve().parents[2] / "package.json").read_text())["dependencies"]["pyodide"]
    # Versions and licences as the generators found them; formlogic is this project's own code.
    for c in sbom["components"]:
        assert c.get("version") and (c.get("purl") or c["name"] == "formlogic"), c["name"]
    assert "file:" not in json.dumps(sbom), "no paths of the machine that made the package"
    assert all(c.get("licenses") for n, c in parts.items() if n in ("pyodide", "jinja2", "markupsafe", "mkdocs-material"))
    # The libraries inside the theme's scripts, from their source maps; lunr with its version.
    theme = {c["name"]: c for c in parts["mkdocs-material"]["components"]}
    assert {"lunr", "lunr-languages", "rxjs", "clipboard"} <= set(theme)
    assert theme["lunr"]["version"] == "2.3.9"


def test_the_installation_note_says_what_to_copy_which_headers_and_how_to_check(dist: dict[str, Path]):
    zip_name, sbom_name = names(dist)
    note = dist["INSTALLATIE.txt"].read_text(encoding="utf-8")
    for text in (zip_name, sbom_name, "sha256sum -c SHA256SUMS", "Get-FileHash", "beheer/headers.txt",
                 "nginx.conf", "apache.htaccess", "web.config", "/jeugdgroepen/", site_version()):
        assert text in note, text
