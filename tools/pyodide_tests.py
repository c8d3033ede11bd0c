"""Run the formlogic unit tests inside real Pyodide (Node), against the bundle the site ships,
then check the memory snapshot the build makes from that bundle (tests/pyodide/snapshot_check.mjs).

    python -m tools.pyodide_tests [pytest args]

Needs `npm ci` (Pyodide) and the pure-Python test wheels in build/test-wheels (`make test`
downloads them from PyPI).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tools.sitebuild.pybundle import ROOT, build_bundle

WHEELS = ROOT / "build" / "test-wheels"


def main(argv: list[str]) -> int:
    node = shutil.which("node")
    if node is None:
        print("Node.js is needed to run Pyodide tests; install Node 20 or newer.", file=sys.stderr)
        return 1
    if not list(WHEELS.glob("*.whl")):
        print(f"No test wheels in {WHEELS}: run `make test-pyodide`.", file=sys.stderr)
        return 1
    bundle = ROOT / "build" / "pyodide-test-bundle.zip"
    bundle.parent.mkdir(parents=True, exist_ok=True)
    bundle.write_bytes(build_bundle())
    runner = ROOT / "tests" / "pyodide" / "run_pytest.mjs"
    code = subprocess.call([node, str(runner), str(bundle), str(WHEELS), *argv], cwd=ROOT)
    snapshot = ROOT / "tests" / "pyodide" / "snapshot_check.mjs"
    return code or subprocess.call([node, str(snapshot), str(bundle)], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
