"""What belongs to which step, as formlogic reads it: the same data the step pages use.

One source: `data/kruisverwijzingen.yml` (macros/kennisbank.py renders the step pages' blocks
from it). The browser has no YAML reader and formlogic reads no files at import, so the build
puts a JSON copy of that file into the Python bundle (tools/sitebuild/pybundle.py writes
`formlogic/_data/kruisverwijzingen.json` into the zip; nothing is committed twice). From a
source checkout (tests, the command line) the YAML itself is read, the first time it is needed.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

BUNDLED = "_data/kruisverwijzingen.json"  # inside the formlogic package of the site's bundle
SOURCE = Path(__file__).resolve().parents[2] / "data" / "kruisverwijzingen.yml"


@dataclass(frozen=True)
class FormulierBijStap:
    sleutel: str
    titel: str
    uitleg: str
    pagina: str = ""


@dataclass(frozen=True)
class StapInfo:
    nummer: int
    titel: str
    pagina: str
    formulieren: tuple[str, ...]


def as_json(raw: dict[str, Any]) -> str:
    """The part of the YAML formlogic uses, as JSON (what the build bundles)."""
    keep = {"formulieren": raw["formulieren"],
            "stappen": {str(n): {k: s.get(k) for k in ("titel", "pagina", "formulieren")}
                        for n, s in raw["stappen"].items()}}
    return json.dumps(keep, ensure_ascii=False, sort_keys=True, indent=1)


@cache
def _raw() -> dict[str, Any]:
    bundled = resources.files("formlogic").joinpath(BUNDLED)
    if bundled.is_file():
        return json.loads(bundled.read_text(encoding="utf-8"))
    import yaml  # a source checkout: the build's own dependency reads the one source

    return json.loads(as_json(yaml.safe_load(SOURCE.read_text(encoding="utf-8"))))


@cache
def stappen() -> dict[int, StapInfo]:
    return {int(n): StapInfo(int(n), s["titel"], s["pagina"], tuple(s.get("formulieren") or ()))
            for n, s in sorted(_raw()["stappen"].items(), key=lambda kv: int(kv[0]))}


@cache
def formulieren() -> dict[str, FormulierBijStap]:
    return {k: FormulierBijStap(k, v["titel"], v["uitleg"], v.get("pagina") or "")
            for k, v in _raw()["formulieren"].items()}
