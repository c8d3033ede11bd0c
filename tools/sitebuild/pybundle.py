"""Package the Python the forms need into one zip that the browser worker imports from.

The zip holds formlogic (from src/) and the pure-Python parts of its dependencies, taken from
the very versions installed in the build's virtual environment (pinned in pyproject.toml):
jinja2 and markupsafe. markupsafe's C speed-up is left out; markupsafe then falls back to
its own pure-Python implementation, which is what runs in Pyodide.

Data the forms share with the pages is added as JSON, converted from its one source in data/
at build time (formlogic reads no YAML and no files at import): `formlogic/_data/
kruisverwijzingen.json` from data/kruisverwijzingen.yml (see formlogic/kruisverwijzingen.py).

The zip is deterministic (sorted names, fixed timestamps), so its content hash changes only
when the code does and the file name can carry that hash for safe long-term caching.
"""
from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

from formlogic.pack import pack  # the same deterministic zip the werkmap makes

ROOT = Path(__file__).resolve().parents[2]
PACKAGES: dict[str, Path | None] = {"formlogic": ROOT / "src" / "formlogic", "jinja2": None, "markupsafe": None}
SKIP_SUFFIXES = {".so", ".pyd", ".c", ".pyc", ".pyi"}


def _package_dir(name: str, given: Path | None) -> Path:
    if given is not None:
        return given
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"package {name!r} is not installed; run `make venv`")
    return Path(next(iter(spec.submodule_search_locations)))


def bundle_files() -> list[tuple[str, Path]]:
    """(name inside the zip, file on disk) for every file to ship, sorted by name."""
    files: list[tuple[str, Path]] = []
    for name, given in PACKAGES.items():
        pkg = _package_dir(name, given)
        for path in pkg.rglob("*"):
            if path.is_dir() or "__pycache__" in path.parts or path.suffix in SKIP_SUFFIXES:
                continue
            files.append((f"{name}/{path.relative_to(pkg).as_posix()}", path))
    return sorted(files)


def generated_files() -> dict[str, bytes]:
    """Files made at build time from the data the pages use too: {name inside the zip: bytes}."""
    import yaml

    from formlogic.kruisverwijzingen import BUNDLED, SOURCE, as_json

    raw = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    return {f"formlogic/{BUNDLED}": as_json(raw).encode("utf-8")}


def build_bundle() -> bytes:
    files = [(name, path.read_bytes()) for name, path in bundle_files()]
    return pack(sorted([*files, *generated_files().items()]))


def bundle_name(data: bytes) -> str:
    return f"formlogic-{hashlib.sha256(data).hexdigest()[:12]}.zip"
