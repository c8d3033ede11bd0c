"""MkDocs hook: put self-hosted Pyodide and the Python bundle into the built site.

Nothing here is committed or fetched from a CDN: Pyodide comes from the npm package pinned in
package-lock.json (node_modules/pyodide), the Python bundle from src/ and the virtual
environment. A manifest tells the browser worker where both are, so every other file can be
cached for good (their paths carry a version or a content hash). A memory snapshot of the
form logic (tools/sitebuild/snapshot.py) and precompressed copies of the big files
(tools/sitebuild/compress.py, also for the theme's files) make the forms ready sooner; both are optional for the browser.
"""
from __future__ import annotations

import json
import mimetypes
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.sitebuild.compress import precompress  # noqa: E402
from tools.sitebuild.pybundle import build_bundle, bundle_name  # noqa: E402
from tools.sitebuild.snapshot import make_snapshot  # noqa: E402

PYODIDE_SRC = ROOT / "node_modules" / "pyodide"
# The files loadPyodide() fetches; the rest of the npm package (consoles, maps, types) stays out.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")

# `mkdocs serve` uses Python's mimetypes: module workers and wasm streaming need exact types.
mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("application/wasm", ".wasm")


def pyodide_version() -> str:
    package = PYODIDE_SRC / "package.json"
    if not package.is_file():
        raise SystemExit(
            "Pyodide ontbreekt: node_modules/pyodide is niet gevonden. Voer `make` of `npm ci` uit."
        )
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def on_post_build(config, **kwargs) -> None:
    site = Path(config["site_dir"])
    version = pyodide_version()
    target = site / "assets" / "pyodide" / version
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copy2(PYODIDE_SRC / name, target / name)

    data = build_bundle()
    bundle = bundle_name(data)
    py_dir = site / "assets" / "py"
    py_dir.mkdir(parents=True, exist_ok=True)
    (py_dir / bundle).write_bytes(data)

    manifest = {"pyodide": f"pyodide/{version}/", "bundle": f"py/{bundle}"}  # relative to assets/
    snapshot = make_snapshot(data, PYODIDE_SRC)
    if snapshot is not None:
        # Named by the bundle and Pyodide it was made from: a new build never meets an old snapshot.
        name = f"snapshot-{bundle_name(data)[len('formlogic-'):-len('.zip')]}-{version}.bin"
        (py_dir / name).write_bytes(snapshot)
        manifest["snapshot"] = f"py/{name}"
    (py_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    precompress(site / "assets")
    precompress(site / "search")
