"""A Pyodide memory snapshot of the form logic, made during the build with Node.

The browser's worker restores it instead of starting Python and importing formlogic and jinja2
itself. It is tied to the exact Pyodide build (Pyodide checks a build id) and to this bundle
(its file name carries a hash of both), and it is only an optimisation: without Node, or when
making it fails, the build goes on without one and the worker starts the normal way.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("make_snapshot.mjs")


def make_snapshot(bundle: bytes, pyodide_dir: Path) -> bytes | None:
    node = shutil.which("node")
    if node is None:
        print("warning: Node.js not found; the site is built without a Pyodide snapshot", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        zip_path, out = Path(tmp) / "bundle.zip", Path(tmp) / "snapshot.bin"
        zip_path.write_bytes(bundle)
        run = subprocess.run([node, str(SCRIPT), str(pyodide_dir), str(zip_path), str(out)],
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 0 or not out.is_file():
            print(f"warning: no Pyodide snapshot ({run.stderr.strip().splitlines()[-1:] or run.returncode}); "
                  "the forms start the normal way", file=sys.stderr)
            return None
        return out.read_bytes()
