"""The CycloneDX SBOM of the release package: every third-party part that is really in it.

Two well-kept generators describe what is installed: `cyclonedx-py environment` (the Python
packages of .venv) and `cyclonedx-npm` (the npm packages, without dev dependencies). Neither
knows what ends up in the site, so this module keeps a component only when the package holds
one of its files, byte for byte: the site's files, and the files inside the form-logic bundle
(assets/py/formlogic-*.zip). That finds Pyodide, formlogic, jinja2 and markupsafe (in the
bundle), the theme (mkdocs-material: its scripts, styles and lunr search files) and the
handbook's script (mkdocs-print-site-plugin), and leaves out axe-core, the build tools and
everything else that was only installed. Where a component was found is its `evidence`.

The theme's minified scripts bundle other libraries; their source maps (shipped next to them)
name them, so they are listed inside the theme's component, with a version where the shipped
file says it.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import zipfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = "1.6"
SKIP = (".br", ".gz")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def site_digests(site: Path) -> dict[str, list[str]]:
    """sha256 -> where in the package: every file, and every file inside the bundle zip."""
    found: dict[str, list[str]] = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file() and p.suffix not in SKIP):
        rel = path.relative_to(site).as_posix()
        found.setdefault(digest(path.read_bytes()), []).append(rel)
        if re.fullmatch(r"assets/py/formlogic-[^/]+\.zip", rel):
            with zipfile.ZipFile(path) as z:
                for name in z.namelist():
                    if not name.endswith("/"):
                        found.setdefault(digest(z.read(name)), []).append(f"{rel}!/{name}")
    return found


def _sizes(site: Path) -> set[int]:
    """The sizes of the package's files, those inside the bundle zip included."""
    sizes = {p.stat().st_size for p in site.rglob("*") if p.is_file()}
    for bundle in site.glob("assets/py/formlogic-*.zip"):
        with zipfile.ZipFile(bundle) as z:
            sizes |= {i.file_size for i in z.infolist()}
    return sizes


def python_files(python: Path) -> dict[str, list[Path]]:
    """Distribution name -> its installed files (from its RECORD), read by that interpreter."""
    out = subprocess.run([str(python), "-c", _LIST_FILES], capture_output=True, text=True, check=True).stdout
    return {name: [Path(f) for f in files] for name, files in json.loads(out).items()}


# Run by the environment's own interpreter. An editable install (formlogic) records no source
# files: its packages are found where Python imports them from.
_LIST_FILES = """
import importlib.metadata as m, importlib.util, json, os
tops = {}
for top, names in m.packages_distributions().items():
    for name in names:
        tops.setdefault(name, []).append(top)
out = {}
for d in m.distributions():
    name = d.metadata["Name"]
    files = [str(d.locate_file(f)) for f in (d.files or [])]
    if not any(f.endswith(".py") for f in files):
        for top in tops.get(name, []):
            spec = importlib.util.find_spec(top)
            for folder in (spec.submodule_search_locations or []) if spec else []:
                files += [os.path.join(r, f) for r, _, fs in os.walk(folder) for f in fs]
    out[name] = files
print(json.dumps(out))
"""



def npm_files(node_modules: Path, component: dict) -> list[Path]:
    name = "/".join(filter(None, (component.get("group"), component["name"])))
    return [p for p in (node_modules / name).rglob("*") if p.is_file()]


def matches(files: Iterable[Path], shipped: dict[str, list[str]], sizes: set[int]) -> list[str]:
    """Where in the package the given files are (sorted, without repeats). Only files of a size
    the package has are read (the environment holds hundreds of megabytes)."""
    places: set[str] = set()
    for f in files:
        try:
            size = f.stat().st_size if f.is_file() else 0
            if size > 0 and size in sizes:
                places.update(shipped.get(digest(f.read_bytes()), []))
        except OSError:
            continue
    return sorted(places)


def owners(found: dict[str, list[str]]) -> dict[str, list[str]]:
    """A file that two packages both carry (mkdocs and mkdocs-material both have lunr's
    tinyseg.js) is counted for the one with the most files in the package; a package left
    with none is not in it."""
    size = {name: len(places) for name, places in found.items()}
    kept = {name: [p for p in places
                   if size[name] == max(size[n] for n, ps in found.items() if p in ps)]
            for name, places in found.items()}
    return {name: places for name, places in kept.items() if places}


def run_generators(work: Path, python: Path) -> tuple[dict, dict]:
    """The raw SBOMs of the two generators (reproducible output, no network)."""
    work.mkdir(parents=True, exist_ok=True)
    py_out, npm_out = work / "python.cdx.json", work / "npm.cdx.json"
    subprocess.run([str(python), "-m", "cyclonedx_py", "environment", str(python), "--sv", SPEC,
                    "--output-reproducible", "--of", "JSON", "-o", str(py_out)], check=True, cwd=ROOT)
    subprocess.run([str(ROOT / "node_modules" / ".bin" / "cyclonedx-npm"), "--omit", "dev", "--sv", SPEC,
                    "--flatten-components", "--output-reproducible", "--of", "JSON", "-o", str(npm_out),
                    str(ROOT / "package.json")], check=True, cwd=ROOT)
    return json.loads(py_out.read_text()), json.loads(npm_out.read_text())


def _occurrences(places: list[str]) -> dict:
    return {"occurrences": [{"location": p} for p in places]}


def bundled_in_theme(site: Path) -> list[dict]:
    """The libraries inside the theme's minified scripts, from their shipped source maps."""
    found: dict[str, dict] = {}
    for m in sorted(site.glob("assets/javascripts/**/*.map")):
        data = json.loads(m.read_text(encoding="utf-8"))
        for src, content in zip(data["sources"], data.get("sourcesContent") or [None] * len(data["sources"])):
            if not (hit := re.search(r"node_modules/((?:@[^/]+/)?[^/]+)/", src)):
                continue
            name = hit.group(1)
            entry = found.setdefault(name, {"type": "library", "name": name, "bom-ref": f"theme/{name}",
                                            "purl": f"pkg:npm/{name}", "places": set()})
            entry["places"].add(m.relative_to(site).as_posix().removesuffix(".map"))
            version = re.search(r"\bv?(\d+\.\d+\.\d+)\b", (content or "")[:600])
            if version and "version" not in entry:
                entry["version"] = version.group(1)
                entry["purl"] = f"pkg:npm/{name}@{version.group(1)}"
    # lunr itself says its version in a comment of the search worker; lunr-languages says none.
    worker = next(site.glob("assets/javascripts/workers/search.*.min.js"), None)
    if worker and "lunr" in found and (v := re.search(r"lunr - http://lunrjs\.com.*? - (\d+\.\d+\.\d+)",
                                                      worker.read_text(encoding="utf-8"))):
        found["lunr"].update(version=v.group(1), purl=f"pkg:npm/lunr@{v.group(1)}")
    languages = sorted(p.relative_to(site).as_posix() for p in site.glob("assets/javascripts/lunr/**/*.js"))
    if languages:
        found["lunr-languages"] = {"type": "library", "name": "lunr-languages", "bom-ref": "theme/lunr-languages",
                                   "purl": "pkg:npm/lunr-languages", "places": set(languages)}
    parts = []
    for entry in found.values():
        places = sorted(entry.pop("places"))
        parts.append({**entry, "evidence": _occurrences(places)})
    return sorted(parts, key=lambda c: c["name"])


def select(generated: list[tuple[dict, list[Path]]], shipped: dict[str, list[str]], sizes: set[int]) -> list[dict]:
    """The generators' components (each with its installed files) that have a file in the package."""
    found = {c["bom-ref"]: matches(files, shipped, sizes) for c, files in generated}
    placed = owners({ref: places for ref, places in found.items() if places})
    return [{**_public(c), "evidence": _occurrences(placed[c["bom-ref"]])} for c, _ in generated if c["bom-ref"] in placed]


def _public(component: dict) -> dict:
    """Without the generator's evidence and without references to this machine (an editable
    install names its folder as a file: URL)."""
    c = {k: v for k, v in component.items() if k != "evidence"}
    refs = [r for r in c.pop("externalReferences", []) if not r.get("url", "").startswith("file:")]
    return {**c, "externalReferences": refs} if refs else c


def make_sbom(site: Path, version: str, timestamp: str, work: Path, python: Path) -> dict:
    """The SBOM of the package of `site`: CycloneDX 1.6 JSON, as a dict."""
    shipped = site_digests(site)
    sizes = _sizes(site)
    py_sbom, npm_sbom = run_generators(work, python)
    installed = python_files(python)
    node_modules = ROOT / "node_modules"
    components = select(
        [(c, installed.get(c["name"], [])) for c in py_sbom.get("components", [])]
        + [(c, npm_files(node_modules, c)) for c in npm_sbom.get("components", [])],
        shipped, sizes)
    theme = next((c for c in components if c["name"] == "mkdocs-material"), None)
    if theme is not None:
        theme["components"] = bundled_in_theme(site)
    components.sort(key=lambda c: (c["name"].lower(), c.get("version", "")))
    refs = [c["bom-ref"] for c in components]
    tools = [t for sbom in (py_sbom, npm_sbom) for t in sbom["metadata"].get("tools", {}).get("components", [])]
    return {
        "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",
        "bomFormat": "CycloneDX",
        "specVersion": SPEC,
        "serialNumber": "urn:uuid:" + _uuid(version, timestamp, refs),
        "version": 1,
        "metadata": {
            "timestamp": timestamp,
            "tools": {"components": tools},
            "component": {
                "type": "application", "bom-ref": "jeugdgroepen-kennisbank",
                "name": "jeugdgroepen-kennisbank", "version": version,
                "description": "Jeugdgroepen Kennisbank: static site with forms (Python in the browser)",
                "licenses": [{"license": {"id": "EUPL-1.2"}}],
            },
        },
        "components": components,
        "dependencies": [{"ref": "jeugdgroepen-kennisbank", "dependsOn": refs}],
    }


def _uuid(*parts) -> str:
    """A serial number that is the same for the same package (reproducible), shaped as a UUID v4."""
    h = hashlib.sha256(json.dumps(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


def validate(sbom: dict) -> list[str]:
    """Errors against the CycloneDX 1.6 JSON schema shipped with cyclonedx-python-lib (no network)."""
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(json.dumps(sbom))
    return [] if error is None else [str(error)]
